package org.luoshi.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitType;
import org.luoshi.plan.Targets;
import org.luoshi.shared.error.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the assignments of an issue or a forward in one statement each, whatever the number of targets (the
 * national body issues to ~5,000 units at once). Idempotent: a unit that already has the plan keeps its assignment.
 * The targets come from the org module's {@link UnitDirectory} (one query for a whole subtree) and go into the
 * insert as two arrays.
 */
@Component
class TargetUnits {

    private static final String CREATE = """
            with created as (
                insert into assignment (plan_id, unit_id, unit_path, assigner_unit_id, parent_assignment_id, notice,
                                        issued_at)
                select cast(:plan as bigint), t.unit_id, t.unit_path, cast(:assigner as bigint),
                       cast(:parent as bigint), cast(:notice as text), cast(:at as timestamptz)
                  from unnest(string_to_array(:ids, ',')::bigint[], string_to_array(:paths, ',')::text[])
                       with ordinality as t(unit_id, unit_path, n)
                 order by t.n
                on conflict (plan_id, unit_id) do nothing
                returning id),
            -- a data-modifying WITH runs to completion even though the final select does not read it
            items as (
                insert into assignment_item (assignment_id, item_id, due_on)
                select c.id, i.item_id, i.due_on from created c cross join ({items}) i
                returning 1)
            select count(*) from created
            """;

    private static final String PLAN_ITEMS = "select id as item_id, due_on from plan_item where plan_id = :plan "
            + "and actionable";

    private static final String FORWARDER_ITEMS = """
            select ai.item_id, coalesce(d.due_on, ai.due_on) as due_on
              from assignment_item ai
              left join unnest(string_to_array(:dueItems, ',')::bigint[], string_to_array(:dueDates, ',')::date[])
                   as d(item_id, due_on) on d.item_id = ai.item_id
             where ai.assignment_id = :parent
            """;

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    TargetUnits(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** 下发: assignments from the issuer, with the plan's due dates. */
    int issue(Plan plan, Targets form, Instant at) {
        return create(PLAN_ITEMS, plan.id(), plan.issuerUnitId(), plan.issuerPath(), null, null, form, Map.of(), at);
    }

    /** 转发: assignments from the forwarding unit, pointing at its assignment, with its due dates. */
    int forward(Assignment from, String notice, Targets form, Map<Long, LocalDate> dues, Instant at) {
        return create(FORWARDER_ITEMS, from.planId(), from.unitId(), from.unitPath(), from.id(), notice, form, dues,
                at);
    }

    private int create(String itemSource, long planId, long assignerId, String scope, Long parent, String notice,
            Targets form, Map<Long, LocalDate> dues, Instant at) {
        List<UnitRef> targets = targets(form, assignerId, scope);
        if (targets.isEmpty()) {
            return 0;
        }
        return jdbc.sql(CREATE.replace("{items}", itemSource))
                .param("plan", planId).param("assigner", assignerId).param("parent", parent).param("notice", notice)
                .param("at", Timestamp.from(at))
                .param("ids", targets.stream().map(u -> String.valueOf(u.id())).collect(Collectors.joining(",")))
                .param("paths", targets.stream().map(UnitRef::path).collect(Collectors.joining(",")))
                .param("dueItems", dues.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("dueDates", dues.values().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .query(Integer.class).single();
    }

    /** The active units below the assigner that the form names, in path order. */
    private List<UnitRef> targets(Targets form, long assignerId, String scope) {
        return switch (form.mode()) {
            case SUBTREE -> units.subtree(scope, EnumSet.allOf(UnitType.class));
            case CHILDREN -> units.children(assignerId);
            case TYPES -> {
                if (form.types().isEmpty()) {
                    throw BusinessException.invalid("types", "plan.targets.noTypes");
                }
                yield units.subtree(scope, EnumSet.copyOf(form.types()));
            }
            case UNITS -> pickedUnits(form, scope).stream().filter(UnitRef::active)
                    .sorted(Comparator.comparing(UnitRef::path)).toList();
        };
    }

    /** Hand-picked units: by id (checkboxes) or code (typed, one per line); each must lie within the subtree. */
    private List<UnitRef> pickedUnits(Targets form, String scope) {
        Set<Long> ids = new LinkedHashSet<>(form.unitIds());
        List<String> codes = form.unitCodes() == null ? List.of()
                : List.of(form.unitCodes().split("[\\s,，、;；]+"));
        for (String code : codes) {
            if (!code.isBlank()) {
                UnitRef unit = units.findByCode(code.strip()).filter(u -> u.isWithin(scope))
                        .orElseThrow(() -> BusinessException.invalid("unitCodes", "plan.targets.unknownCode",
                                code.strip()));
                ids.add(unit.id());
            }
        }
        if (ids.isEmpty()) {
            throw BusinessException.invalid("unitIds", "plan.targets.noUnits");
        }
        List<UnitRef> picked = new ArrayList<>();
        int outside = 0;
        for (Long id : ids) {
            Optional<UnitRef> unit = units.find(id).filter(u -> u.isWithin(scope) && !u.path().equals(scope));
            unit.ifPresent(picked::add);
            outside += unit.isEmpty() ? 1 : 0;
        }
        if (outside > 0) {
            throw BusinessException.invalid("unitIds", "plan.targets.outsideScope", outside);
        }
        return picked;
    }
}
