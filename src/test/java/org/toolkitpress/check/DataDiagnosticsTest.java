package org.toolkitpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.model.Diagnostic;
import org.toolkitpress.testing.TestSites;

/**
 * Invalid data sites and the exact diagnostics `check` prints for them: schema errors (shape,
 * with line:col and the offending key) and cross-reference errors, each reported once. Run with
 * {@code -Dgolden.update=true} to rewrite an expected file after a deliberate change.
 */
class DataDiagnosticsTest {

    @ParameterizedTest
    @ValueSource(strings = {"invalid-data", "invalid-yaml-data"})
    void reportsEveryProblemOnceAtItsLine(String site) throws IOException {
        Path project = TestSites.fixture(site);
        Build.Result result = Build.run(Configure.settings(project, null, false));
        String actual = result.diagnostics().sorted().stream().map(Diagnostic::format)
                .collect(Collectors.joining("\n", "", "\n"));
        Path expected = project.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual);
    }
}
