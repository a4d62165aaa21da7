package org.toolkitpress.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.toolkitpress.testing.TestSites;

/**
 * Open tabs cost the preview no threads: as many event streams as the cap allows are served by
 * the same few threads, each hears of a new build, and one more is refused with a 503 that says
 * why. The tabs here are plain sockets read one after another, so the test adds no threads of
 * its own to the count. It counts the JVM's threads, so it runs alone: a class beside it starting
 * a browser or a server would add threads of its own to the count.
 */
@Isolated
class LiveReloadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The server's request threads and its one event thread, with room for the JVM's own. */
    private static final int FEW_THREADS = 16;
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 5).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void manyOpenTabsShareAFewThreadsAndAllHearOfANewBuild() throws Exception {
        Path project = TestSites.copy(TestSites.fixture("editors"), temp);
        Path page = project.resolve("content/pages/guidance/attendance.md");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Socket> tabs = new ArrayList<>();
        try (Preview preview = Preview.start(new PreviewOptions(project, "127.0.0.1", 0, CLOCK), new PrintWriter(new StringWriter()))) {
            PreviewClient browser = new PreviewClient(preview.address());
            assertEquals(200, browser.get("/").statusCode());
            int before = threads.getThreadCount();
            for (int i = 0; i < LiveReload.MAX_TABS; i++) {
                tabs.add(open(preview.address()));
            }
            await(() -> preview.openTabs() == LiveReload.MAX_TABS, "every tab is listening");
            int during = threads.getThreadCount();
            System.out.println(LiveReload.MAX_TABS + " open tabs: " + before + " threads before, " + during + " with them open");
            assertTrue(during - before <= FEW_THREADS, LiveReload.MAX_TABS + " open tabs took " + (during - before)
                    + " more threads (" + before + " before, " + during + " with them open)");

            try (Socket oneTooMany = open(preview.address())) {
                String refused = readUntil(oneTooMany, text -> text.contains("\r\n\r\n") && text.contains("reload\n"));
                assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
                assertTrue(refused.contains("already has " + LiveReload.MAX_TABS + " tabs listening for changes"), refused);
            }

            Files.writeString(page, Files.readString(page).replace("Every day counts.", "Every single day counts."));
            for (Socket tab : tabs) {
                // The build the tab was served with, then the new one.
                String heard = readUntil(tab, text -> text.split("data: ", -1).length > 2);
                assertTrue(heard.startsWith("HTTP/1.1 200"), heard);
                assertTrue(heard.contains("text/event-stream"), heard);
            }
            assertTrue(browser.page("/guidance/attendance/").contains("Every single day counts."));
        } finally {
            for (Socket tab : tabs) {
                tab.close();
            }
        }
    }

    /** A tab's event-stream request, written by hand. */
    private static Socket open(URI address) throws IOException {
        Socket socket = new Socket(address.getHost(), address.getPort());
        socket.setSoTimeout((int) WAIT.toMillis());
        socket.getOutputStream().write(("GET /__toolkit/events HTTP/1.1\r\nHost: " + address.getHost() + ":"
                + address.getPort() + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** What the socket has sent so far, read until {@code enough} holds (or the read times out). */
    private static String readUntil(Socket socket, Predicate<String> enough) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!enough.test(seen.toString(StandardCharsets.UTF_8))) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            seen.write(buffer, 0, read);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
