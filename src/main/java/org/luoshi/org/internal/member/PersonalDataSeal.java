package org.luoshi.org.internal.member;

import org.luoshi.org.internal.member.MemberRepository.Sealed;
import org.luoshi.shared.crypto.Masking;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/** Seals a member's phone and ID number for storage and opens them again for the rows actually shown. */
@Component
class PersonalDataSeal {

    private final PersonalDataCipher cipher;

    PersonalDataSeal(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    Sealed seal(MemberDetails d) {
        return new Sealed(cipher.encrypt(d.phone()), cipher.lookupHash(d.phone()), cipher.encrypt(d.idNumber()),
                idNumberHash(d.idNumber()));
    }

    /** The lookup hash of an ID number already normalised by {@link IdNumber#normalise}. */
    byte[] idNumberHash(String idNumber) {
        return cipher.lookupHash(idNumber);
    }

    String phone(MemberRecord m, boolean unmasked) {
        String phone = cipher.decrypt(m.phoneEnc());
        return unmasked ? phone : Masking.phone(phone);
    }

    String idNumber(MemberRecord m, boolean unmasked) {
        String id = cipher.decrypt(m.idNumberEnc());
        return unmasked ? id : Masking.idNumber(id);
    }
}
