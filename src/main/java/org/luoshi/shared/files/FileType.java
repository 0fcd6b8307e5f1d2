package org.luoshi.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of file users may upload, recognised by their content (magic bytes), never by the name they carry:
 * a renamed executable stays out.
 */
public enum FileType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    FileType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == WEBP;
    }

    public static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, 0, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, 0x47, 0x49, 0x46, 0x38)) {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, 0x52, 0x49, 0x46, 0x46) && startsWith(content, 8, 0x57, 0x45, 0x42, 0x50)) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 0, 0x50, 0x4B, 0x03, 0x04)) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    /** Word and Excel files are zip archives; the part names inside tell them apart. */
    private static Optional<FileType> officeDocument(byte[] content) {
        String names = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        if (names.contains("word/")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, int... magic) {
        if (content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
