package org.luoshi.shared.files;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a download, the same for every module: images show inline (thumbnails), everything else is
 * saved, so no uploaded document renders in our origin; the browser may not guess another type than the checked one.
 * Whether the person may have the file is the module's to decide first.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static ResponseEntity<byte[]> of(StoredFile file, byte[] content) {
        ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
