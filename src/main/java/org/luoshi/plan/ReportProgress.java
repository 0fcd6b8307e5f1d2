package org.luoshi.plan;

import java.util.List;
import org.luoshi.shared.files.Upload;

/**
 * 报送进展: what a unit reports on one actionable item (optionally one of its measures), with its evidence files.
 * A report that completes the item (100 %) carries the evidence the item asks for, or says in
 * {@code missingEvidenceReason} why it cannot. The same {@code idempotencyKey} twice makes one report.
 */
public record ReportProgress(long itemId, Long measureId, String text, Integer percent, List<Upload> files,
        String missingEvidenceReason, String idempotencyKey) {

    public ReportProgress {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
