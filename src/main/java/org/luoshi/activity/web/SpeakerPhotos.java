package org.luoshi.activity.web;

import org.luoshi.activity.internal.speaker.Speaker;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.FileStore;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A speaker's photo from the file store, for the page and the API. */
@Component
class SpeakerPhotos {

    private final FileStore files;

    SpeakerPhotos(FileStore files) {
        this.files = files;
    }

    ResponseEntity<byte[]> of(Speaker s) {
        if (s.photoFileId() == null) {
            throw BusinessException.notFound("activity.speaker.photo.none");
        }
        return FileDownload.of(files.find(s.photoFileId())
                        .orElseThrow(() -> BusinessException.notFound("activity.speaker.photo.none")),
                files.content(s.photoFileId()).orElseThrow());
    }
}
