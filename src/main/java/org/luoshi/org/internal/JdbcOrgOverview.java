package org.luoshi.org.internal;

import org.luoshi.org.OrgOverview;
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
        return jdbc.sql("select count(*) from member where unit_path like :prefix || '%' and status = 'ACTIVE'")
                .param("prefix", scopePath).query(Long.class).single();
    }
}
