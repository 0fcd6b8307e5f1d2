package org.luoshi.org.internal.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders and contacts of a unit (领导班子与联系人): listed with the unit, changed by whoever may edit the unit. Their
 * phone numbers are sealed at rest and masked on the way out, like members' (PIPL).
 */
@Service
public class UnitPersonService {

    static final String ENTITY = "unit_person";

    private final RowMapper<UnitPerson> person;
    private final JdbcClient jdbc;
    private final UnitAccess access;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final Messages messages;

    UnitPersonService(JdbcClient jdbc, UnitAccess access, PersonalDataCipher cipher, AuditTrail audit,
            Messages messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.cipher = cipher;
        this.audit = audit;
        this.messages = messages;
        this.person = (rs, i) -> new UnitPerson(rs.getLong("id"), rs.getLong("unit_id"),
                UnitPerson.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("position"),
                cipher.decrypt(rs.getBytes("phone_enc")), rs.getString("email"), rs.getInt("sort_order"),
                rs.getInt("version"));
    }

    /** Leaders first, then contacts, each in the order the unit chose; phone numbers masked. */
    public List<UnitPerson> of(Unit unit) {
        return jdbc.sql("select * from unit_person where unit_id = ? order by kind desc, sort_order, id")
                .param(unit.id()).query(person).list().stream().map(UnitPerson::masked).toList();
    }

    public UnitPerson find(Actor actor, long unitId, long personId) {
        Unit unit = access.readable(actor, unitId);
        return load(unit, personId).masked();
    }

    /**
     * One person with the full phone number, for a role entitled to personal data (the same rule as members'),
     * asked for deliberately; recorded once, with who saw whose number from where.
     */
    @Transactional
    public UnitPerson reveal(Actor actor, long unitId, long personId) {
        Unit unit = access.readable(actor, unitId);
        if (!actor.maySeePersonalData()) {
            throw BusinessException.forbidden("unit.person.forbidden.reveal");
        }
        UnitPerson shown = load(unit, personId);
        if (shown.phone() != null) {
            audit.record("PERSONAL_DATA_VIEWED", ENTITY, personId, unit.path(),
                    messages.get("unit.person.audit.revealed", shown.name(), unit.name()), null,
                    Map.of("unitPersonId", personId));
        }
        return shown;
    }

    @Transactional
    public UnitPerson add(Actor actor, long unitId, UnitPerson.Details input) {
        Unit unit = access.editable(actor, unitId);
        unit.requireActive();
        UnitPerson.Details d = validated(input);
        long id = jdbc.sql("""
                insert into unit_person (unit_id, kind, name, position, phone_enc, email, sort_order)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(unit.id(), d.kind().name(), d.name(), d.position(), cipher.encrypt(d.phone()), d.email(),
                        d.sortOrder())
                .query(Long.class).single();
        UnitPerson added = load(unit, id);
        audit.record("UNIT_PERSON_ADD", ENTITY, id, unit.path(),
                messages.get("unit.person.audit.added", added.name(), unit.name()), null, added.snapshot());
        return added.masked();
    }

    @Transactional
    public UnitPerson edit(Actor actor, long unitId, long personId, int version, UnitPerson.Details input) {
        Unit unit = access.editable(actor, unitId);
        unit.requireActive();
        UnitPerson before = load(unit, personId);
        UnitPerson.Details d = validated(input.keepingMasked(before.phone()));
        int updated = jdbc.sql("""
                update unit_person set kind = ?, name = ?, position = ?, phone_enc = ?, email = ?, sort_order = ?,
                       version = version + 1
                 where id = ? and unit_id = ? and version = ?
                """).params(d.kind().name(), d.name(), d.position(), cipher.encrypt(d.phone()), d.email(),
                        d.sortOrder(), personId, unit.id(), version).update();
        if (updated == 0) {
            throw BusinessException.conflict("unit.person.staleVersion", before.name());
        }
        UnitPerson after = load(unit, personId);
        audit.record("UNIT_PERSON_EDIT", ENTITY, personId, unit.path(),
                messages.get("unit.person.audit.edited", after.name(), unit.name()), before.snapshot(),
                after.snapshot());
        return after.masked();
    }

    @Transactional
    public void remove(Actor actor, long unitId, long personId) {
        Unit unit = access.editable(actor, unitId);
        UnitPerson before = load(unit, personId);
        jdbc.sql("delete from unit_person where id = ? and unit_id = ?").params(personId, unit.id()).update();
        audit.record("UNIT_PERSON_REMOVE", ENTITY, personId, unit.path(),
                messages.get("unit.person.audit.removed", before.name(), unit.name()), before.snapshot(), null);
    }

    private UnitPerson load(Unit unit, long personId) {
        return jdbc.sql("select * from unit_person where id = ? and unit_id = ?").params(personId, unit.id())
                .query(person).optional()
                .orElseThrow(() -> BusinessException.notFound("unit.person.notFound"));
    }

    private static UnitPerson.Details validated(UnitPerson.Details input) {
        UnitPerson.Details d = input.cleaned();
        List<UnitProblem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(new UnitProblem("kind", "unit.person.kind.required"));
        }
        if (d.name() == null) {
            problems.add(new UnitProblem("name", "unit.person.name.required"));
        } else if (d.name().length() > 50) {
            problems.add(new UnitProblem("name", "unit.person.name.tooLong", 50));
        }
        if (d.position() != null && d.position().length() > 60) {
            problems.add(new UnitProblem("position", "unit.person.position.tooLong", 60));
        }
        if (ContactFormats.badPhone(d.phone())) {
            problems.add(new UnitProblem("phone", "unit.phone.format", d.phone()));
        }
        if (ContactFormats.badEmail(d.email())) {
            problems.add(new UnitProblem("email", "unit.email.format", d.email()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidUnitException(problems);
        }
        return d;
    }
}
