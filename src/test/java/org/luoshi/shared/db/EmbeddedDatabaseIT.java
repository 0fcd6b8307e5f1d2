package org.luoshi.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database as the app runs it (not the tests' fast scratch one): durable, supervised, and clear of
 * a server a killed JVM left behind. Its own databases in temporary directories; the shared test database is not
 * touched.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path dir;

    private EmbeddedDatabase database;

    @AfterEach
    void stop() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyCommitIsOnDiskBeforeItIsAcknowledged() {
        database = EmbeddedDatabase.start(dir.resolve("postgres"), 0, false);

        try (HikariDataSource pool = pool(database)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            assertThat(List.of("fsync", "synchronous_commit", "full_page_writes"))
                    .allSatisfy(setting -> assertThat(jdbc.sql("show " + setting).query(String.class).single())
                            .as(setting).isEqualTo("on"));
        }
    }

    @Test
    void aKilledServerIsStartedAgainAndNoAcknowledgedWriteIsLost() throws Exception {
        database = EmbeddedDatabase.start(dir.resolve("postgres"), 0, false);
        try (HikariDataSource pool = pool(database)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("create table probe (id bigint primary key)").update();
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicLong ids = new AtomicLong();
            AtomicLong killedAt = new AtomicLong();
            AtomicLong failedAt = new AtomicLong();
            AtomicLong servedAgainAt = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(20);
            for (int i = 0; i < 20; i++) {
                clients.submit(() -> write(jdbc, ids, acknowledged, running, killedAt, failedAt, servedAgainAt));
            }

            Thread.sleep(1000);
            long acknowledgedBefore = acknowledged.size();
            long killedPid = database.pid();
            killedAt.set(System.nanoTime());
            ProcessHandle.of(killedPid).orElseThrow().destroyForcibly();
            long backAt = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (servedAgainAt.get() == 0 && System.nanoTime() < deadline) {
                if (backAt == 0 && database.pid() != killedPid && database.pid() > 0) {
                    backAt = System.nanoTime();
                }
                Thread.sleep(20);
            }
            Thread.sleep(500);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

            assertThat(acknowledgedBefore).as("writes before the kill").isPositive();
            assertThat(backAt).as("the watchdog started the server again").isPositive();
            assertThat(servedAgainAt.get()).as("a write succeeded after the kill").isPositive();
            assertThat(Duration.ofNanos(servedAgainAt.get() - backAt)).as("from the server back to a write served")
                    .isLessThan(Duration.ofSeconds(10));
            Set<Long> stored = new HashSet<>(jdbc.sql("select id from probe").query(Long.class).list());
            assertThat(acknowledged).as("acknowledged writes missing after the kill")
                    .allMatch(stored::contains);
        }
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAndTheDatabaseStarts() throws Exception {
        Path dataDir = dir.resolve("postgres");
        database = EmbeddedDatabase.start(dataDir, 0, false);
        Path bin = Postmaster.runningOn(dataDir).flatMap(Postmaster::binOf).orElseThrow();
        database.close();
        database = null;
        // what a JVM killed with -9 leaves behind: the server still running on the directory, nobody holding it
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Postmaster leftOver = new Postmaster(bin, dataDir, port, Map.of());
        leftOver.start();
        long leftOverPid = leftOver.pid();

        database = EmbeddedDatabase.start(dataDir, 0, false);

        assertThat(ProcessHandle.of(leftOverPid).filter(ProcessHandle::isAlive)).isEmpty();
        try (HikariDataSource pool = pool(database)) {
            assertThat(JdbcClient.create(pool).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    private static void write(JdbcClient jdbc, AtomicLong ids, Set<Long> acknowledged, AtomicBoolean running,
            AtomicLong killedAt, AtomicLong failedAt, AtomicLong servedAgainAt) {
        while (running.get()) {
            long id = ids.incrementAndGet();
            long started = System.nanoTime();
            try {
                jdbc.sql("insert into probe (id) values (?)").param(id).update();
                acknowledged.add(id);
                // served again: a write that began after the outage was seen succeeded
                if (failedAt.get() != 0 && started > failedAt.get()) {
                    servedAgainAt.compareAndSet(0, System.nanoTime());
                }
            } catch (RuntimeException e) {
                // the server is down: the client is told, and nothing it was not told is counted
                if (killedAt.get() != 0) {
                    failedAt.compareAndSet(0, System.nanoTime());
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HikariDataSource pool(EmbeddedDatabase database) {
        return DatabaseConfiguration.pool(database.jdbcUrl(), null, null,
                new DatabaseProperties(null, null, null, null, 0, 20, null));
    }
}
