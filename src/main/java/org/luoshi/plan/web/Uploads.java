package org.luoshi.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.luoshi.plan.internal.Upload;
import org.springframework.web.multipart.MultipartFile;

/** Multipart files as uploads; the empty file input a browser sends when nothing was chosen is dropped. */
final class Uploads {

    private Uploads() {
    }

    static List<Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(Uploads::of).toList();
    }

    static Upload of(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
