package org.luoshi.org.unit;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What the unit tests share: unique names (all tests use one database), members inserted directly, lookups. */
abstract class UnitTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** Two provinces with a county each, named uniquely so searches find only this test's units. */
    record Provinces(String tag, long provinceA, long countyA, long provinceB, long countyB, String adminA) {
    }

    static String tag() {
        return "u" + System.nanoTime() % 100_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    Provinces provinces() {
        String tag = tag();
        long root = fixtures.root();
        long provinceA = fixtures.unit(root, "甲省" + tag, "PROVINCIAL");
        long countyA = fixtures.unit(provinceA, "甲县" + tag, "COUNTY");
        long provinceB = fixtures.unit(root, "乙省" + tag, "PROVINCIAL");
        long countyB = fixtures.unit(provinceB, "乙县" + tag, "COUNTY");
        String adminA = fixtures.account("adminA", provinceA, Role.UNIT_ADMIN);
        return new Provinces(tag, provinceA, countyA, provinceB, countyB, adminA);
    }

    long member(long unitId) {
        return jdbc.sql("""
                insert into member (unit_id, unit_path, name) select id, path, '测试会员' from unit where id = ?
                returning id""").param(unitId).query(Long.class).single();
    }

    String memberPath(long memberId) {
        return jdbc.sql("select unit_path from member where id = ?").param(memberId).query(String.class).single();
    }

    long memberUnit(long memberId) {
        return jdbc.sql("select unit_id from member where id = ?").param(memberId).query(Long.class).single();
    }

    Map<String, Object> unit(long id) {
        return jdbc.sql("select * from unit where id = ?").param(id).query().singleRow();
    }

    String path(long id) {
        return (String) unit(id).get("path");
    }

    int version(long id) {
        return (Integer) unit(id).get("version");
    }

    long auditCount(String action, long entityId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and entity_id = ?")
                .param(action).param(String.valueOf(entityId)).query(Long.class).single();
    }
}
