package org.luoshi.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.luoshi.shared.db.EmbeddedDatabase;

/**
 * One database per test JVM: the embedded PostgreSQL (always), or a fresh database on the server named by
 * LUOSHI_TEST_DB_URL when the failsafe run sets luoshi.test.db=server. Dropped when the JVM ends.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;
    private final Path dataDir;

    private TestDatabase(String url, String username, String password, Path dataDir) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.dataDir = dataDir;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = "server".equals(System.getProperty("luoshi.test.db")) ? onServer() : embedded();
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** A scratch directory for files the app keeps (keys, uploads) during the tests. */
    public Path dataDir() {
        return dataDir;
    }

    private static TestDatabase embedded() {
        Path dir = tempDir();
        EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("postgres"), 0, true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (Exception e) {
                // the JVM is ending; nothing left to tell
            }
        }));
        return new TestDatabase(database.jdbcUrl(), null, null, dir);
    }

    private static TestDatabase onServer() {
        String serverUrl = System.getenv("LUOSHI_TEST_DB_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new IllegalStateException("luoshi.test.db=server needs LUOSHI_TEST_DB_URL");
        }
        String user = envOr("LUOSHI_TEST_DB_USERNAME", "postgres");
        String pass = envOr("LUOSHI_TEST_DB_PASSWORD", "");
        String name = "luoshi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, user, pass, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, user, pass, "drop database if exists " + name + " with (force)")));
        return new TestDatabase(withDatabase(serverUrl, name), user, pass, tempDir());
    }

    static String withDatabase(String serverUrl, String name) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + name + params;
    }

    private static void execute(String url, String user, String pass, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, pass);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database: " + sql, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("luoshi-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
