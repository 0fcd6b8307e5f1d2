package org.luoshi.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A file as it arrived in a request, before the {@link FileStore} has checked its type and size. */
public record Upload(String filename, byte[] content) {

    /**
     * The files of a multipart field. The part a browser sends for a file input left empty (no name, no bytes) is
     * not a file; a named file without content is kept, so the store refuses it and says so.
     */
    public static List<Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !nothingChosen(f)).map(Upload::of).toList();
    }

    public static Upload of(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean nothingChosen(MultipartFile file) {
        return file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }
}
