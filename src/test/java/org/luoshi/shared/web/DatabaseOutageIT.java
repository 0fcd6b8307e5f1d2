package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * While the database is away every request is answered 503 "系统正在恢复，请稍后再试", whether the failure comes
 * from a controller or from the session and security filters that run before any controller: never a 500, never an
 * English body. The failures are the ones Hikari and the JDBC driver raise when the database is gone.
 */
@IntegrationTest
class DatabaseOutageIT {

    private static final CannotCreateTransactionException NO_CONNECTION = new CannotCreateTransactionException(
            "Could not open JDBC Connection for transaction", new SQLTransientConnectionException(
                    "luoshi - Connection is not available, request timed out after 3000ms."));

    @Autowired
    DatabaseOutageFilter filter;

    @Autowired
    ApiErrors apiErrors;

    @Test
    void anApiRequestThatFindsNoDatabaseGetsAChinese503ToRetry() throws Exception {
        MockHttpServletResponse response = filtered("/api/v1/members");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("系统正在恢复，请稍后再试");
    }

    @Test
    void aPageRequestThatFindsNoDatabaseGetsAPageThatNeedsNone() throws Exception {
        MockHttpServletResponse response = filtered("/org/units");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("系统正在恢复，请稍后再试", "返回工作台")
                .doesNotContain("退出");
    }

    @Test
    void aControllerThatLosesItsConnectionAnswers503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        var problem = apiErrors.databaseUnavailable(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Connection refused", "08001")), response);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail()).isEqualTo("系统正在恢复，请稍后再试。");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void aCommitCutByTheOutageThenARollbackOnTheClosedConnectionIsAnOutageToo() throws Exception {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "JDBC commit; FATAL: terminating connection due to unexpected postmaster exit"));

        assertThat(apiErrors.databaseUnavailable(rollback, new MockHttpServletResponse()).getStatus()).isEqualTo(503);
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).as("a transaction marked rollback-only").isTrue();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("disk quota exceeded")))).isFalse();
    }

    @Test
    void onlyALostDatabaseCountsAsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(NO_CONNECTION))).isTrue();
        assertThat(DatabaseOutage.causedBy(new UncategorizedSQLException("insert", "insert into member",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    private MockHttpServletResponse filtered(String uri) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setRequestURI(uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw NO_CONNECTION;
        });
        return response;
    }
}
