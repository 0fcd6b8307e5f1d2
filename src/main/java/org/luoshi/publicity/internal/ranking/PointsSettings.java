package org.luoshi.publicity.internal.ranking;

import java.util.List;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 积分设置 as stored: read by everyone in publicity, changed by the national administrators. The last save wins: the
 * table is one short list set by one or two people, and each change is audited with the values before and after,
 * so an overwritten value can be seen and restored.
 */
@Service
public class PointsSettings {

    static final String ACTION = "publicity.points.change";
    static final String ENTITY = "publicity_points";

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AuditTrail audit;

    PointsSettings(JdbcClient jdbc, UnitDirectory units, AuditTrail audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    public PointsTable table() {
        return new PointsTable(jdbc.sql("select level, adopted, recommended from publicity_points")
                .query((rs, n) -> new PointRule(rs.getString("level"), rs.getInt("adopted"),
                        rs.getInt("recommended")))
                .list());
    }

    public boolean mayChange(Actor actor) {
        return PointsTable.mayChange(actor, units.root().id());
    }

    @Transactional
    public PointsTable change(Actor actor, ChangePoints change) {
        UnitRef national = units.root();
        PointsTable before = table();
        PointsTable after = before.changed(actor, national.id(), change);
        List<PointRule> rules = after.rules();
        for (PointRule rule : rules) {
            jdbc.sql("""
                    insert into publicity_points (level, adopted, recommended) values (:level, :adopted, :recommended)
                    on conflict (level) do update set adopted = excluded.adopted, recommended = excluded.recommended
                    """)
                    .param("level", rule.level()).param("adopted", rule.adopted())
                    .param("recommended", rule.recommended()).update();
        }
        audit.record(ACTION, ENTITY, national.id(), national.path(), summary(before, after), before.asMap(),
                after.asMap());
        return after;
    }

    private static String summary(PointsTable before, PointsTable after) {
        StringBuilder changed = new StringBuilder();
        for (PointRule rule : after.rules()) {
            PointRule old = before.rule(rule.level());
            if (!old.equals(rule)) {
                changed.append(rule.level()).append(' ').append(old.adopted()).append('/').append(old.recommended())
                        .append("→").append(rule.adopted()).append('/').append(rule.recommended()).append("; ");
            }
        }
        return changed.length() == 0 ? "-" : changed.toString().trim();
    }
}
