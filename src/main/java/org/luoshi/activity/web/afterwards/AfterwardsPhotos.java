package org.luoshi.activity.web.afterwards;

import org.luoshi.activity.internal.afterwards.Afterwards;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.FileStore;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** An activity's photo (or its thumbnail) from the file store, for the page and the API; only the activity's own. */
@Component
class AfterwardsPhotos {

    private final FileStore files;

    AfterwardsPhotos(FileStore files) {
        this.files = files;
    }

    ResponseEntity<byte[]> of(AfterwardsPanel.View view, long fileId, boolean thumbnail) {
        Afterwards.Photo photo = view.photos().stream().filter(p -> p.fileId() == fileId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("activity.afterwards.photo.notFound"));
        long id = thumbnail && photo.thumbnailId() != null ? photo.thumbnailId() : photo.fileId();
        return FileDownload.of(files.find(id)
                        .orElseThrow(() -> BusinessException.notFound("activity.afterwards.photo.notFound")),
                files.content(id).orElseThrow());
    }
}
