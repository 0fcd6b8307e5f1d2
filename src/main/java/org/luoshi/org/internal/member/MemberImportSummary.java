package org.luoshi.org.internal.member;

import java.time.OffsetDateTime;
import java.util.List;
import org.luoshi.shared.excel.ImportReport.RowError;

/**
 * What an import did: rows read, members added, rows refused, and errors (all of them right after the import, the
 * first {@value MemberImportStore#FIRST_ERRORS} when read back later; the xlsx report always has all).
 */
public record MemberImportSummary(long id, String fileName, OffsetDateTime importedAt, int rows, int imported,
        int rejected, List<RowError> errors) {

    public boolean hasErrors() {
        return rejected > 0;
    }
}
