package org.toolkitpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * {@code toolkit serve} as an editor runs it: a real process that prints its address, serves
 * the site, and on Ctrl-C (SIGINT) says it stopped, frees its port and ends.
 */
class ServeProcessTest {

    private static final Pattern ADDRESS = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path temp;

    @Test
    void servesUntilCtrlCThenStopsCleanly() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        List<Path> before = files();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "-p", project.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        // Its own thread, not the common pool: other classes running beside this one fill that
        // pool (one thread on two cores) with their parallel streams, and the read would wait.
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            URI address = CompletableFuture.supplyAsync(() -> awaitAddress(lines, output), reader).get(60, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(address.resolve("/guidance/attendance/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Every day counts."), page.body());

            // Ctrl-C in a terminal sends SIGINT to the process.
            Process interrupt = new ProcessBuilder("kill", "-" + stopSignal(), Long.toString(serve.pid())).inheritIO().start();
            assertEquals(0, interrupt.waitFor());
            assertTrue(serve.waitFor(15, TimeUnit.SECONDS), "serve ended after Ctrl-C");
            lines.lines().forEach(output::add);
            assertTrue(output.contains("stopped the preview"), String.join("\n", output));
            assertTrue(output.stream().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")),
                    "no stack trace:\n" + String.join("\n", output));
            assertThrows(ConnectException.class, () -> http.send(HttpRequest.newBuilder(address).build(),
                    HttpResponse.BodyHandlers.discarding()), "the port is free again");
            assertEquals(before, files(), "serve builds in memory: it writes nothing beside or into the project");
        } finally {
            serve.destroyForcibly();
            reader.shutdownNow();
        }
    }

    /**
     * INT, as Ctrl-C sends; TERM when this JVM was started with SIGINT ignored. A script's
     * background job starts so (`mvn verify &`), every process under it inherits the ignored
     * signal, and a JVM does not catch a signal it started ignoring: serve would rightly never
     * see the INT. TERM runs the same shutdown, so the stop is tested either way.
     */
    private static String stopSignal() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    long ignored = Long.parseLong(line.substring("SigIgn:".length()).strip(), 16);
                    return (ignored & (1L << (2 - 1))) != 0 ? "TERM" : "INT";
                }
            }
        }
        return "INT";
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(temp)) {
            return walk.sorted().toList();
        }
    }

    private static URI awaitAddress(BufferedReader lines, List<String> output) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher serving = ADDRESS.matcher(line);
                if (serving.find()) {
                    return URI.create(serving.group(1));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read serve's output", e);
        }
        throw new AssertionError("serve ended without printing its address:\n" + String.join("\n", output));
    }
}
