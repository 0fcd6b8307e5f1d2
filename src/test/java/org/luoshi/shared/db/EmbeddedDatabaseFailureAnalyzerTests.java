package org.luoshi.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseFailureAnalyzerTests {

    private final EmbeddedDatabaseFailureAnalyzer analyzer = new EmbeddedDatabaseFailureAnalyzer();

    @Test
    void asRootWithoutUserNamespacesItNamesBothWaysOut() {
        RuntimeException initdb = new IllegalStateException("initdb: cannot be run as root");
        FailureAnalysis analysis = analyzer.analyze(new EmbeddedDatabaseUnavailableException(initdb));

        assertThat(analysis.getDescription()).contains("root").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("非 root").contains("LUOSHI_DB_URL").doesNotContain("\n");
    }

    @Test
    void anyOtherFailureIsReportedWithItsCause() {
        RuntimeException disk = new IllegalStateException("No space left on device");
        FailureAnalysis analysis = analyzer.analyze(new EmbeddedDatabaseUnavailableException(disk));

        assertThat(analysis.getDescription()).contains("No space left on device");
        assertThat(analysis.getAction()).contains("LUOSHI_DB_URL");
    }

    @Test
    void aServerLeftRunningThatCannotBeStoppedIsNamedWithItsProcess() {
        FailureAnalysis analysis = analyzer.analyze(
                EmbeddedDatabaseUnavailableException.leftOver(Path.of("/srv/luoshi/data/postgres"), 4242));

        assertThat(analysis.getDescription()).contains("遗留", "4242", "/srv/luoshi/data/postgres")
                .doesNotContain("root").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("kill -9 4242");
    }

    @Test
    void aDirectoryHeldByAnotherRunningInstanceIsNotTakenFromIt() {
        FailureAnalysis analysis = analyzer.analyze(
                EmbeddedDatabaseUnavailableException.inUse(Path.of("/srv/luoshi/data/postgres")));

        assertThat(analysis.getDescription()).contains("另一个运行中的洛书").doesNotContain("root");
        assertThat(analysis.getAction()).contains("LUOSHI_DATA_DIR");
    }
}
