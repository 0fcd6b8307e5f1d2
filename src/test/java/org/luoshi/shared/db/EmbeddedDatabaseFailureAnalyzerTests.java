package org.luoshi.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

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
}
