package org.luoshi.shared.files;

import java.util.Optional;
import org.springframework.util.unit.DataSize;

/**
 * Keeps uploaded files (attachments, evidence, photos). The default keeps them in PostgreSQL, so every app node
 * sees every upload without shared disks; an S3-compatible store can take its place for the national deployment.
 */
public interface FileStore {

    /**
     * Checks the type by content and the size, then stores the file.
     *
     * @throws org.luoshi.shared.error.BusinessException (field {@code field}) when the type is not allowed or the
     *         file is empty or too large
     */
    StoredFile store(String field, String filename, byte[] content, java.util.Set<FileType> allowed);

    /** The largest file {@link #store} keeps: pages say it before an upload, and the container's refusal names it. */
    DataSize maxSize();

    Optional<StoredFile> find(long id);

    Optional<byte[]> content(long id);
}
