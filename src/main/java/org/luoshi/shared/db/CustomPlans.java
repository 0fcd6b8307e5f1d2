package org.luoshi.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans made for the values asked, for the rest of the current transaction. The JDBC driver prepares a statement it
 * runs often, and PostgreSQL may then keep one generic plan for any values; for a query whose best plan depends on
 * them (a common word or a rare one, a whole country or one county) that plan can be many times slower (search: 0.8 s
 * instead of 30 ms). Call it inside a transaction; outside one it changes nothing.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    public static void forThisTransaction(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }
}
