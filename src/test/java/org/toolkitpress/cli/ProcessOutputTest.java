package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * The command line as its own process, as an editor runs it: what reaches the terminal whatever
 * the locale, and nothing from the libraries' own logging.
 */
class ProcessOutputTest {

    @TempDir
    Path temp;

    private record Run(int code, byte[] out, byte[] err) {
    }

    private static Run toolkit(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void diagnosticsAreUtf8UnderTheCLocale() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Files.writeString(project.resolve("content/pages/guide/quote.md"),
                "---\ntitle: Quote\n---\n\nSee [the school’s café](café’s.md).\n", StandardCharsets.UTF_8);
        Run run = toolkit("check", "-p", project.toString());
        assertEquals(1, run.code());
        byte[] expected = "the link points to a page that does not exist: \"café’s.md\"".getBytes(StandardCharsets.UTF_8);
        assertTrue(indexOf(run.err(), expected) >= 0, new String(run.err(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aTemplateAttemptThatRecoversLogsNothing() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("minimal"), temp);
        Path components = Files.createDirectories(project.resolve("templates/components"));
        String continuum = Files.readString(TestSites.projectRoot().resolve("templates/components/continuum.ftlh"));
        Files.writeString(components.resolve("continuum.ftlh"),
                "<#attempt>${no.such.value}<#recover>recovered</#attempt>\n" + continuum);
        Run run = toolkit("check", "-p", project.toString());
        String err = new String(run.err(), StandardCharsets.UTF_8);
        assertEquals(0, run.code(), err);
        assertEquals("", err);
        assertFalse(new String(run.out(), StandardCharsets.UTF_8).contains("freemarker"));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
