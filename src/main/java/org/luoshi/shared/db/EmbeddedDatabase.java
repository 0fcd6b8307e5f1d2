package org.luoshi.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server: data kept across restarts, as durable as a server (every commit on disk before it
 * is acknowledged), restarted on the same directory and port within seconds when its process dies.
 *
 * <p>zonky unpacks the binaries and runs initdb; the server that then serves is our own pg_ctl start. zonky stops
 * its server from a JVM shutdown hook, which runs while Spring is still finishing the requests in flight, so after
 * the first start zonky is let go, and the server is stopped after Spring has closed everything that uses it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** zonky's lock file, created after initdb (which wants an empty directory). */
    private static final String LOCK_FILE = "epg-lock";

    private static final Duration WATCH_EVERY = Duration.ofSeconds(1);

    private final Path dataDir;
    private final boolean scratch;
    private final Postmaster postmaster;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final ScheduledExecutorService watchdog;
    private volatile boolean closing;

    private EmbeddedDatabase(Path dataDir, boolean scratch, Postmaster postmaster, FileChannel lockFile,
            FileLock lock) {
        this.dataDir = dataDir;
        this.scratch = scratch;
        this.postmaster = postmaster;
        this.lockFile = lockFile;
        this.lock = lock;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the server on {@code dataDir} ({@code port} 0: a free one, kept for later restarts). A {@code scratch}
     * database (the tests') is emptied first and runs without fsync, for speed: nothing in it needs to survive.
     */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean scratch) {
        try {
            if (scratch) {
                delete(dataDir);
            }
            Files.createDirectories(dataDir);
            if (Files.exists(dataDir.resolve(LOCK_FILE))) {
                try (FileChannel probe = lockFileOf(dataDir); FileLock free = tryLock(probe, dataDir)) {
                    // no running instance holds the directory: a server still running on it is a left-over
                }
            }
            Postmaster.stopLeftOver(dataDir);
            Map<String, String> settings = settings(scratch);
            Postmaster postmaster = firstStart(dataDir, port, settings);
            FileChannel lockFile = lockFileOf(dataDir);
            EmbeddedDatabase database = new EmbeddedDatabase(dataDir, scratch, postmaster, lockFile,
                    tryLock(lockFile, dataDir));
            postmaster.start();
            database.watch();
            return database;
        } catch (EmbeddedDatabaseUnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailableException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postmaster.port() + "/postgres?user=postgres";
    }

    /** The server's process id, for the fault tests that kill it. */
    public long pid() {
        return postmaster.pid();
    }

    /** Stops the server; the last thing to close, after everything that uses it. */
    @Override
    public void close() throws IOException {
        closing = true;
        watchdog.shutdownNow();
        try {
            watchdog.awaitTermination(5, TimeUnit.SECONDS);
            if (postmaster.alive()) {
                postmaster.stop();
                log.info("Embedded PostgreSQL stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.release();
            lockFile.close();
            if (scratch) {
                delete(dataDir);
            }
        }
    }

    /** Durability as on a server: fsync, synchronous commit and full-page writes are what zonky turns off. */
    private static Map<String, String> settings(boolean scratch) {
        String durable = scratch ? "off" : "on";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", durable);
        settings.put("synchronous_commit", durable);
        settings.put("full_page_writes", durable);
        settings.put("max_connections", "200");
        settings.put("shared_buffers", "128MB");
        settings.put("timezone", "UTC");
        return settings;
    }

    /** zonky unpacks the binaries and creates the cluster if needed; its server only tells where the binaries are. */
    private static Postmaster firstStart(Path dataDir, int port, Map<String, String> settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setPort(port);
        settings.forEach(builder::setServerConfig);
        try (EmbeddedPostgres zonky = builder.start()) {
            Path bin = Postmaster.runningOn(dataDir).flatMap(Postmaster::binOf).orElseThrow(
                    () -> new IllegalStateException("cannot find the PostgreSQL binaries zonky started"));
            return new Postmaster(bin, dataDir, zonky.getPort(), settings);
        }
    }

    /** The watchdog: a server that died (killed, out of memory) is started again on the same directory and port. */
    private void watch() {
        watchdog.scheduleWithFixedDelay(() -> {
            if (closing || postmaster.alive()) {
                return;
            }
            log.warn("The embedded PostgreSQL is not running; starting it again on {} port {}", dataDir,
                    postmaster.port());
            long started = System.nanoTime();
            try {
                postmaster.start();
                log.info("The embedded PostgreSQL is running again, after {} ms",
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                // its children may still hold the shared memory for a moment: the next round tries again
                log.warn("The embedded PostgreSQL did not start yet ({}); trying again in {} s", e.getMessage(),
                        WATCH_EVERY.toSeconds());
            }
        }, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** zonky's lock file: held by the JVM whose database it is, released by the system when that JVM dies. */
    private static FileChannel lockFileOf(Path dataDir) throws IOException {
        return FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static FileLock tryLock(FileChannel channel, Path dataDir) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw EmbeddedDatabaseUnavailableException.inUse(dataDir);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw EmbeddedDatabaseUnavailableException.inUse(dataDir);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
