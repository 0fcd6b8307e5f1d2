package org.luoshi.shared.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.nio.file.Path;

/** The embedded PostgreSQL could not start; the failure analyzer turns this into one plain line. */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

    enum Reason { FAILED, AS_ROOT, IN_USE, LEFT_OVER }

    private final Reason reason;
    private final Path dataDir;
    private final long pid;

    private EmbeddedDatabaseUnavailableException(Reason reason, String message, Throwable cause, Path dataDir,
            long pid) {
        super(message, cause);
        this.reason = reason;
        this.dataDir = dataDir;
        this.pid = pid;
    }

    /**
     * initdb refuses root; zonky gets round it with a user namespace, so running as root only fails where
     * namespaces are blocked.
     */
    EmbeddedDatabaseUnavailableException(Throwable cause) {
        this(asRootWithoutNamespaces(cause) ? Reason.AS_ROOT : Reason.FAILED, cause.getMessage(), cause, null, -1);
    }

    /** Another running JVM holds the data directory's lock: it is that instance's database. */
    static EmbeddedDatabaseUnavailableException inUse(Path dataDir) {
        return new EmbeddedDatabaseUnavailableException(Reason.IN_USE, dataDir + " is in use by another process",
                null, dataDir, -1);
    }

    /** A server left running by a killed JVM that neither pg_ctl nor a kill could stop. */
    static EmbeddedDatabaseUnavailableException leftOver(Path dataDir, long pid) {
        return new EmbeddedDatabaseUnavailableException(Reason.LEFT_OVER,
                "cannot stop the PostgreSQL server (pid " + pid + ") left running on " + dataDir, null, dataDir, pid);
    }

    Reason reason() {
        return reason;
    }

    Path dataDir() {
        return dataDir;
    }

    long pid() {
        return pid;
    }

    public boolean runningAsRoot() {
        return reason == Reason.AS_ROOT;
    }

    private static boolean asRootWithoutNamespaces(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("cannot be run as root")) {
                return true;
            }
        }
        return "root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable();
    }
}
