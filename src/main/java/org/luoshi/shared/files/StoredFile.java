package org.luoshi.shared.files;

/** An uploaded file as lists show it; the content is fetched separately. */
public record StoredFile(long id, String filename, String contentType, long sizeBytes) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
