package org.luoshi.org.internal.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.org.internal.unit.UnitPerson.Details;
import org.luoshi.org.internal.unit.UnitPerson.Kind;

/** A leader's or contact's phone is shown masked, kept masked in the audit log, and kept when sent back masked. */
class UnitPersonTests {

    final UnitPerson contact = new UnitPerson(1, 2, Kind.CONTACT, "王联络员", "联络员", "0571-8888 6666", null, 0, 0);

    @Test
    void thePhoneIsMaskedForShowingAndForTheAuditLog() {
        assertThat(contact.masked().phone()).isEqualTo("057****6666");
        assertThat(contact.snapshot()).containsEntry("phone", "057****6666");
    }

    @Test
    void theMaskedPhoneSentBackKeepsTheStoredOneAndANewOneReplacesIt() {
        assertThat(details("057****6666").keepingMasked(contact.phone()).phone()).isEqualTo("0571-8888 6666");
        assertThat(details("010-6851 2345").keepingMasked(contact.phone()).phone()).isEqualTo("010-6851 2345");
        assertThat(details(null).keepingMasked(contact.phone()).phone()).isNull();
    }

    private static Details details(String phone) {
        return new Details(Kind.CONTACT, "王联络员", null, phone, null, 0);
    }
}
