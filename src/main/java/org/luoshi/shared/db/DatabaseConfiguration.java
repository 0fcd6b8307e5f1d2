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
        EmbeddedDatabase database = embedded.getIfAvailable();
        return database != null ? pool(database.jdbcUrl(), null, null, properties)
                : pool(properties.url(), properties.username(), properties.password(), properties);
    }

    static HikariDataSource pool(String url, String username, String password, DatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        // while the database is away a request waits this long for a connection, then gets a 503, instead of
        // Hikari's 30 s; connections broken by a restart fail their check on loan and are replaced
        dataSource.setConnectionTimeout(properties.connectionTimeout().toMillis());
        dataSource.setValidationTimeout(Math.min(1000, properties.connectionTimeout().toMillis() / 2));
        // one multi-row INSERT per JDBC batch: imports of 100,000 members go several times faster
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.setPoolName("luoshi");
        return dataSource;
    }

}
