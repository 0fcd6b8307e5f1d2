package org.luoshi.plan;

import java.util.List;
import org.luoshi.shared.files.StoredFile;

/** 佐证材料: what a unit must hand in to show an actionable item done. */
public enum EvidenceKind {
    /** 文字报告: the report's own text. */
    TEXT_REPORT,
    /** 照片: an image attached. */
    PHOTOS,
    /** 签到表: a file attached (a scan, a photo or a spreadsheet of the sign-in sheet). */
    ATTENDANCE,
    /** 文件材料: a document attached (PDF, Word, Excel). */
    DOCUMENT;

    /** Whether a report with this text and these (stored, so type-checked) files carries this kind of evidence. */
    public boolean shownBy(String text, List<StoredFile> files) {
        return switch (this) {
            case TEXT_REPORT -> text != null && !text.isBlank();
            case PHOTOS -> files.stream().anyMatch(StoredFile::isImage);
            case ATTENDANCE -> !files.isEmpty();
            case DOCUMENT -> files.stream().anyMatch(file -> !file.isImage());
        };
    }
}
