package org.luoshi.shared.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

@Component
class DatabaseFileStore implements FileStore {

    private final JdbcClient jdbc;
    private final DataSize maxSize;
    private final Clock clock;

    DatabaseFileStore(JdbcClient jdbc, @Value("${luoshi.files.max-size:20MB}") DataSize maxSize, Clock clock) {
        this.jdbc = jdbc;
        this.maxSize = maxSize;
        this.clock = clock;
    }

    @Override
    public StoredFile store(String field, String filename, byte[] content, Set<FileType> allowed) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid(field, "file.empty", filename);
        }
        if (content.length > maxSize.toBytes()) {
            throw BusinessException.invalid(field, "file.tooLarge", filename, maxSize.toMegabytes());
        }
        FileType type = FileType.detect(content).filter(allowed::contains)
                .orElseThrow(() -> BusinessException.invalid(field, "file.typeNotAllowed", filename, names(allowed)));
        String name = filename == null || filename.isBlank() ? "file" : filename.strip();
        long id = jdbc.sql("""
                insert into stored_file (filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).param(name).param(type.contentType()).param(content.length).param(sha256(content))
                .param(content).param(CurrentActor.find().map(Actor::accountId).orElse(null))
                .param(Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return new StoredFile(id, name, type.contentType(), content.length);
    }

    @Override
    public DataSize maxSize() {
        return maxSize;
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return jdbc.sql("select id, filename, content_type, size_bytes from stored_file where id = ?").param(id)
                .query((rs, i) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    @Override
    public Optional<byte[]> content(long id) {
        return jdbc.sql("select content from stored_file where id = ?").param(id).query(byte[].class).optional();
    }

    private static String names(Set<FileType> allowed) {
        return allowed.stream().map(Enum::name).sorted().collect(Collectors.joining("、"));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
