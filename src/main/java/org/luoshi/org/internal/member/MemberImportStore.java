package org.luoshi.org.internal.member;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.luoshi.shared.excel.ImportReport.RowError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Finished imports with their error reports, in the database so that every app node can serve them. */
@Repository
class MemberImportStore {

    /** The result page lists this many errors; the downloadable report has them all. */
    static final int FIRST_ERRORS = 100;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    MemberImportStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long save(long accountId, String scopePath, String fileName, int rows, int imported, int rejected,
            List<RowError> errors, byte[] report) {
        return jdbc.sql("""
                        insert into member_import (account_id, scope_path, file_name, row_count, imported_count,
                                                   rejected_count, first_errors, report)
                        values (:account, :scope, :file, :rows, :imported, :rejected, cast(:errors as jsonb), :report)
                        returning id""")
                .param("account", accountId).param("scope", scopePath).param("file", fileName)
                .param("rows", rows).param("imported", imported).param("rejected", rejected)
                .param("errors", json.writeValueAsString(errors.subList(0, Math.min(FIRST_ERRORS, errors.size()))))
                .param("report", report).query(Long.class).single();
    }

    Optional<MemberImportSummary> find(long id, String scope) {
        return jdbc.sql("""
                        select id, file_name, created_at, row_count, imported_count, rejected_count, first_errors
                        from member_import where id = :id and scope_path like :scope || '%'""")
                .param("id", id).param("scope", scope)
                .query((rs, i) -> new MemberImportSummary(rs.getLong("id"), rs.getString("file_name"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getInt("row_count"),
                        rs.getInt("imported_count"), rs.getInt("rejected_count"),
                        json.readValue(rs.getString("first_errors"), new TypeReference<List<RowError>>() {
                        })))
                .optional();
    }

    Optional<byte[]> report(long id, String scope) {
        return jdbc.sql("select report from member_import where id = :id and scope_path like :scope || '%'")
                .param("id", id).param("scope", scope).query(byte[].class).optional();
    }
}
