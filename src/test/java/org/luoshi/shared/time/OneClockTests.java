package org.luoshi.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Now" comes from the one {@link java.time.Clock} bean: a module that reads the system clock on its own cannot be
 * moved by the tests or the demo, and would disagree with the rest about what today is.
 */
class OneClockTests {

    private static final Pattern SYSTEM_NOW = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\(\\)"
                    + "|System\\.currentTimeMillis\\(\\)|Clock\\.system(UTC|DefaultZone)?\\(");

    @Test
    void nothingButTheBusinessClockReadsTheSystemClock() throws IOException {
        Path main = Path.of("src/main/java");
        Path clock = main.resolve("org/luoshi/shared/time/BusinessClockConfiguration.java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java") && !f.equals(clock))
                    .filter(OneClockTests::readsSystemClock)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).as("read the injected java.time.Clock instead").isEmpty();
        }
    }

    private static boolean readsSystemClock(Path file) {
        try {
            return SYSTEM_NOW.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
