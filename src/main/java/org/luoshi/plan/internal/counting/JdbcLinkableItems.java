package org.luoshi.plan.internal.counting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The items a unit may count its work toward, read from the unit's own assignments (see linkableItems.sql). */
@Component
class JdbcLinkableItems implements LinkableItems {

    private static final String LINKABLE = sql("linkableItems");

    /** One item of the unit's assignments, on the same terms as {@link #LINKABLE}: no tree walk for one item. */
    private static final String ONE = """
            select a.plan_id, pi.id as item_id, a.id as assignment_id, p.title as plan_title,
                   pi.citation || pi.title as label, ai.due_on, pi.target_quantity, pi.target_unit
              from assignment a
              join plan p on p.id = a.plan_id
              join assignment_item ai on ai.assignment_id = a.id
              join plan_item pi on pi.id = ai.item_id
             where a.unit_id = :unitId and ai.item_id = :itemId
               and a.status in ('ACKNOWLEDGED', 'COMPLETED') and p.status = 'ISSUED' and pi.actionable
            """;

    private final JdbcClient jdbc;

    JdbcLinkableItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LinkableItem> of(long unitId) {
        return jdbc.sql(LINKABLE).param("unitId", unitId).param("itemId", null, java.sql.Types.BIGINT)
                .query(JdbcLinkableItems::item).list();
    }

    @Override
    public Optional<LinkableItem> find(long unitId, long itemId) {
        return jdbc.sql(ONE).param("unitId", unitId).param("itemId", itemId).query(JdbcLinkableItems::item)
                .optional();
    }

    private static LinkableItem item(ResultSet rs, int row) throws SQLException {
        return new LinkableItem(new ItemRef(rs.getLong("plan_id"), rs.getLong("item_id")), rs.getLong("assignment_id"),
                rs.getString("plan_title"), rs.getString("label"), rs.getObject("due_on", LocalDate.class),
                (Integer) rs.getObject("target_quantity"), rs.getString("target_unit"));
    }

    static String sql(String name) {
        try (InputStream in = JdbcLinkableItems.class.getResourceAsStream(name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("missing query " + name + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
