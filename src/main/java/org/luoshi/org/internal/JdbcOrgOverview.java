package org.luoshi.org.internal;

import java.util.List;
import org.luoshi.org.OrgOverview;
import org.luoshi.org.UnitHeadcount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcOrgOverview implements OrgOverview {

    private final JdbcClient jdbc;

    JdbcOrgOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long unitCount(String scopePath) {
        return jdbc.sql("select count(*) from unit where path like :prefix || '%' and status = 'ACTIVE'")
                .param("prefix", scopePath).query(Long.class).single();
    }

    @Override
    public long memberCount(String scopePath) {
        // the per-unit counters (V63): a national scope sums ~5,000 rows instead of scanning 2,000,000 members
        return jdbc.sql("""
                select coalesce(sum(n.members), 0) from unit_member_count n join unit d on d.id = n.unit_id
                 where n.status = 'ACTIVE' and d.path like :prefix || '%'
                """).param("prefix", scopePath).query(Long.class).single();
    }

    @Override
    public List<UnitHeadcount> membersByUnit(String scopePath) {
        return jdbc.sql("""
                select d.id, d.path, n.members from unit_member_count n join unit d on d.id = n.unit_id
                 where n.status = 'ACTIVE' and n.members > 0 and d.path like :prefix || '%'
                """).param("prefix", scopePath)
                .query((rs, i) -> new UnitHeadcount(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }
}
