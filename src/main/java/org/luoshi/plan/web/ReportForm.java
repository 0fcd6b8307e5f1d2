package org.luoshi.plan.web;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.plan.ReportProgress;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.web.multipart.MultipartFile;

/**
 * 报送进展 for one item (optionally one measure). The idempotency key comes from a hidden form field or the
 * Idempotency-Key header: a second submit with the same key returns the first report instead of a copy.
 */
public class ReportForm implements VersionedForm {

    private Long measureId;
    private String text;
    private Integer percent;
    private String missingEvidenceReason;
    /** The evidence: photos, scans, documents. */
    private List<MultipartFile> files = new ArrayList<>();
    private String idempotencyKey;
    /** The assignment's version. */
    private Integer version;

    public Long getMeasureId() { return measureId; }
    public void setMeasureId(Long measureId) { this.measureId = measureId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Integer getPercent() { return percent; }
    public void setPercent(Integer percent) { this.percent = percent; }
    public String getMissingEvidenceReason() { return missingEvidenceReason; }
    public void setMissingEvidenceReason(String reason) { this.missingEvidenceReason = reason; }
    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files == null ? new ArrayList<>() : files; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    ReportProgress command(long itemId) {
        return new ReportProgress(itemId, measureId, text, percent, Upload.of(files), missingEvidenceReason,
                idempotencyKey);
    }
}
