package org.luoshi.shared.db;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the app starts its own embedded PostgreSQL
 * under {@code embeddedDir}, so a small association needs no database server.
 */
@ConfigurationProperties("luoshi.db")
public record DatabaseProperties(String url, String username, String password, Path embeddedDir, int embeddedPort,
        int maxPoolSize, Duration connectionTimeout) {

    public DatabaseProperties {
        if (embeddedDir == null) {
            embeddedDir = Path.of("data", "postgres");
        }
        if (maxPoolSize <= 0) {
            maxPoolSize = 20;
        }
        if (connectionTimeout == null) {
            connectionTimeout = Duration.ofSeconds(3);
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
