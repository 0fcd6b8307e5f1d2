package org.luoshi.shared.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's server process, driven by pg_ctl on one data directory and one port, so that it can be
 * started again where it was after it died. pg_ctl detaches the server from the JVM: a JVM killed with -9 leaves
 * it running, which {@link #stopLeftOver} deals with at the next start.
 */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

    /** The server's own log is kept to this size: one older generation beside it. */
    private static final long LOG_LIMIT = 10L * 1024 * 1024;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final Map<String, String> settings;
    private volatile ProcessHandle process;

    Postmaster(Path bin, Path dataDir, int port, Map<String, String> settings) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.settings = settings;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        Path logFile = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        keepSmall(logFile);
        try {
            pgCtl("-D", dataDir.toString(), "-l", logFile.toString(), "-w", "-t", "60", "-o", options(), "start");
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " " + lastLine(logFile), e);
        }
        process = runningOn(dataDir).orElseThrow(() -> new IllegalStateException(
                "pg_ctl reported the server started but " + dataDir.resolve("postmaster.pid") + " names no live one"));
    }

    boolean alive() {
        ProcessHandle current = process;
        // isAlive also compares the start time, so a recycled process id is not taken for the server
        return current != null && current.isAlive();
    }

    long pid() {
        ProcessHandle current = process;
        return current == null ? -1 : current.pid();
    }

    /** Fast shutdown: open transactions are rolled back, every committed one is on disk. */
    synchronized void stop() {
        pgCtl("-D", dataDir.toString(), "-m", "fast", "-w", "-t", "10", "stop");
        process = null;
    }

    /**
     * A server still running on {@code dataDir} although no JVM owns it (its JVM was killed): stopped as a shutdown
     * would (pg_ctl stop -m fast), killed if that fails. Throws if it cannot be stopped.
     */
    static void stopLeftOver(Path dataDir) {
        Optional<ProcessHandle> found = runningOn(dataDir);
        if (found.isEmpty()) {
            return;
        }
        ProcessHandle server = found.get();
        log.warn("A PostgreSQL server (pid {}) was left running on {} by an earlier start; stopping it",
                server.pid(), dataDir);
        List<ProcessHandle> children = server.descendants().toList();
        try {
            binOf(server).map(bin -> new Postmaster(bin, dataDir, 0, Map.of())).ifPresent(Postmaster::stop);
        } catch (RuntimeException e) {
            log.warn("pg_ctl could not stop it ({}); killing it", e.getMessage());
        }
        if (server.isAlive()) {
            server.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
        if (!exited(server) || children.stream().anyMatch(child -> !exited(child))) {
            throw EmbeddedDatabaseUnavailableException.leftOver(dataDir, server.pid());
        }
        log.info("The left-over PostgreSQL server is stopped");
    }

    /** The live server whose postmaster.pid is in {@code dataDir}: a postgres process serving that directory. */
    static Optional<ProcessHandle> runningOn(Path dataDir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dataDir.resolve("postmaster.pid"), e);
        }
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        Path served = Path.of(lines.get(1).trim());
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> binOf(process).isPresent())
                .filter(process -> sameDirectory(served, dataDir));
    }

    /** The directory of the postgres binary a server runs (and of its pg_ctl). */
    static Optional<Path> binOf(ProcessHandle process) {
        return process.info().command().map(Path::of)
                .filter(command -> command.getFileName().toString().equals("postgres"))
                .map(Path::getParent);
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean exited(ProcessHandle process) {
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private String options() {
        return "-p " + port + settings.entrySet().stream()
                .map(setting -> " -c " + setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining());
    }

    /** Why the server did not start is in its log, not in pg_ctl's answer. */
    private static String lastLine(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return lines.isEmpty() ? "" : "(" + logFile + ": " + lines.get(lines.size() - 1) + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static void keepSmall(Path logFile) {
        try {
            if (Files.exists(logFile) && Files.size(logFile) > LOG_LIMIT) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("cannot rotate {}: {}", logFile, e.getMessage());
        }
    }

    /** initdb and the server refuse root: as zonky does, run them in a user namespace where we are not root. */
    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve("pg_ctl").toString());
        command.addAll(List.of(arguments));
        try {
            Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(pgCtl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (pgCtl.waitFor() != 0) {
                throw new IllegalStateException("pg_ctl " + arguments[arguments.length - 1] + " failed: "
                        + output.replaceAll("\\s+", " "));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pg_ctl", e);
        }
    }
}
