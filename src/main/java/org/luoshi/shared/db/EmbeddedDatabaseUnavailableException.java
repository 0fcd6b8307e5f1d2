package org.luoshi.shared.db;

/** The embedded PostgreSQL could not start; the failure analyzer turns this into one plain line. */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

    EmbeddedDatabaseUnavailableException(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    /** initdb refuses root; zonky gets round it with a user namespace, which some containers block. */
    public boolean runningAsRoot() {
        for (Throwable t = this; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("cannot be run as root") || message.contains("unshare")) {
                return true;
            }
        }
        return false;
    }
}
