package org.toolkitpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.build.Build;
import org.toolkitpress.configure.Configure;
import org.toolkitpress.testing.TestSites;

/** Two builds of the same content give the same PDF bytes: a guide and a fillable form. */
class DeterminismTest {

    @Test
    void twoBuildsGiveIdenticalPdfs(@TempDir Path temp) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Path project = TestSites.copy(TestSites.projectRoot().resolve("content"), temp.resolve("project"));
        project = project.getParent();
        Path toolkitYml = project.resolve("content/toolkit.yml");
        String yml = Files.readString(toolkitYml);
        // Two small editions keep the test quick; the same code makes every PDF.
        Files.writeString(toolkitYml, yml.substring(0, yml.indexOf("\neditions:")) + """

                editions:
                  - id: case-study
                    sections: [case-study]
                  - id: partnership-working-questions
                    audit: partnership-working-questions
                """);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertTrue(Build.run(Configure.settings(project, first, true, true)).published());
        assertTrue(Build.run(Configure.settings(project, second, true, true)).published());
        for (String pdf : new String[] {"downloads/case-study.pdf", "downloads/partnership-working-questions.pdf"}) {
            assertArrayEquals(Files.readAllBytes(first.resolve(pdf)), Files.readAllBytes(second.resolve(pdf)), pdf);
        }
    }
}
