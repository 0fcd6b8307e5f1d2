package org.luoshi.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database is unreachable or restarting: no connection within the pool's timeout, or the connection broke
 * under a statement. Not a bug but a moment to wait through, so a 503 "系统正在恢复，请稍后再试", never a 500.
 */
final class DatabaseOutage {

    static final String MESSAGE = "error.database.unavailable";

    /** Seconds a client should wait before it tries again: about what a restart of the database takes. */
    static final String RETRY_AFTER = "5";

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && (connectionLost(sql.getSQLState()) || evicted(sql))) {
                return true;
            }
            // the commit failed as the connection broke, then the rollback on the closed connection: the failure
            // that matters is the first, which this exception keeps aside from its cause
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari swaps a lent connection for a closed one as soon as it sees it die (a fatal SQL state), and every
     * later call on it, a rollback included, fails with this message and no state.
     */
    private static boolean evicted(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    /** Class 08 (connection exception), 57P01–57P03 (the server shutting down or starting up). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }
}
