package org.luoshi.org.internal.unit;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leaders and contacts of a unit (领导班子与联系人): listed with the unit, changed by whoever may edit the unit. */
@Service
public class UnitPersonService {

    static final String ENTITY = "unit_person";

    private static final RowMapper<UnitPerson> PERSON = (rs, i) -> new UnitPerson(rs.getLong("id"),
            rs.getLong("unit_id"), UnitPerson.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
            rs.getString("position"), rs.getString("phone"), rs.getString("email"), rs.getInt("sort_order"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final UnitAccess access;
    private final AuditTrail audit;
    private final Messages messages;

    UnitPersonService(JdbcClient jdbc, UnitAccess access, AuditTrail audit, Messages messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** Leaders first, then contacts, each in the order the unit chose. */
    public List<UnitPerson> of(Unit unit) {
        return jdbc.sql("select * from unit_person where unit_id = ? order by kind desc, sort_order, id")
                .param(unit.id()).query(PERSON).list();
    }

    public UnitPerson find(Actor actor, long unitId, long personId) {
        Unit unit = access.readable(actor, unitId);
        return load(unit, personId);
    }

    @Transactional
    public UnitPerson add(Actor actor, long unitId, UnitPerson.Details input) {
        Unit unit = access.editable(actor, unitId);
        unit.requireActive();
        UnitPerson.Details d = validated(input);
        long id = jdbc.sql("""
                insert into unit_person (unit_id, kind, name, position, phone, email, sort_order)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(unit.id(), d.kind().name(), d.name(), d.position(), d.phone(), d.email(), d.sortOrder())
                .query(Long.class).single();
        UnitPerson added = load(unit, id);
        audit.record("UNIT_PERSON_ADD", ENTITY, id, unit.path(),
                messages.get("unit.person.audit.added", added.name(), unit.name()), null, added.snapshot());
        return added;
    }

    @Transactional
    public UnitPerson edit(Actor actor, long unitId, long personId, int version, UnitPerson.Details input) {
        Unit unit = access.editable(actor, unitId);
        unit.requireActive();
        UnitPerson before = load(unit, personId);
        UnitPerson.Details d = validated(input);
        int updated = jdbc.sql("""
                update unit_person set kind = ?, name = ?, position = ?, phone = ?, email = ?, sort_order = ?,
                       version = version + 1
                 where id = ? and unit_id = ? and version = ?
                """).params(d.kind().name(), d.name(), d.position(), d.phone(), d.email(), d.sortOrder(), personId,
                unit.id(), version).update();
        if (updated == 0) {
            throw BusinessException.conflict("unit.person.staleVersion", before.name());
        }
        UnitPerson after = load(unit, personId);
        audit.record("UNIT_PERSON_EDIT", ENTITY, personId, unit.path(),
                messages.get("unit.person.audit.edited", after.name(), unit.name()), before.snapshot(),
                after.snapshot());
        return after;
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
                .query(PERSON).optional()
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
