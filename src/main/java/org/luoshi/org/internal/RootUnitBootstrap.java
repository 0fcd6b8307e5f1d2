package org.luoshi.org.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An empty installation gets its root unit (the national body), so the first administrator has a unit to act for. */
@Component
@Order(10)
class RootUnitBootstrap implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final String rootName;
    private final String rootCode;

    RootUnitBootstrap(JdbcClient jdbc, @Value("${luoshi.org.root-name}") String rootName,
            @Value("${luoshi.org.root-code}") String rootCode) {
        this.jdbc = jdbc;
        this.rootName = rootName;
        this.rootCode = rootCode;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from unit").query(Long.class).single() > 0) {
            return;
        }
        long id = jdbc.sql("""
                insert into unit (code, name, short_name, type, path, depth)
                values (?, ?, ?, 'NATIONAL', '/', 0) returning id
                """).param(rootCode).param(rootName).param(rootName).query(Long.class).single();
        jdbc.sql("update unit set path = ? where id = ?").param("/" + id + "/").param(id).update();
    }
}
