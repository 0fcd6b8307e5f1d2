package org.luoshi.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** One DataSource: the configured PostgreSQL server, or the embedded one when none is configured. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        long started = System.nanoTime();
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.embeddedDir().toAbsolutePath(),
                properties.embeddedPort(), false);
        log.info("Embedded PostgreSQL ready in {} ms, data in {}", (System.nanoTime() - started) / 1_000_000,
                properties.embeddedDir().toAbsolutePath());
        return database;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database != null) {
            dataSource.setJdbcUrl(database.jdbcUrl());
        } else {
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.username());
            dataSource.setPassword(properties.password());
        }
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        // one multi-row INSERT per JDBC batch: imports of 100,000 members go several times faster
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.setPoolName("luoshi");
        return dataSource;
    }

}
