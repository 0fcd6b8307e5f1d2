package org.luoshi.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * The system Chromium the browser tests drive: LUOSHI_CHROMIUM (set by .ci/run), else Debian's /usr/bin/chromium.
 * Playwright's own browser download is never used, so the tests run offline.
 */
final class Chromium {

    static final Path DEBIAN = Paths.get("/usr/bin/chromium");

    /**
     * Without these Chromium reaches for the network (updates, sync, QUIC probes) and, as root, refuses to start
     * sandboxed; the test machines have neither a network nor user namespaces for the sandbox.
     */
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    static Optional<Path> find() {
        String configured = System.getenv("LUOSHI_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return Files.isExecutable(DEBIAN) ? Optional.of(DEBIAN) : Optional.empty();
    }
}
