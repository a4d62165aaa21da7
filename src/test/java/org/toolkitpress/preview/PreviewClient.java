package org.toolkitpress.preview;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A test's browser: fetches pages and listens to the preview's reload events. */
final class PreviewClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    PreviewClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String page(String path) throws IOException, InterruptedException {
        return get(path).body();
    }

    /** Fetches until the page satisfies the condition, or fails after the timeout. */
    String awaitPage(String path, Predicate<String> condition, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String body = page(path);
        while (!condition.test(body)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the page " + path + " did not change as expected within " + timeout + ":\n" + body);
            }
            Thread.sleep(25);
            body = page(path);
        }
        return body;
    }

    /** Opens the reload event stream; the build numbers it announces arrive in the queue. */
    BlockingQueue<Long> events() {
        BlockingQueue<Long> builds = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(base.resolve("/__toolkit/events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (Stream<String> lines = response.body()) {
                        lines.filter(l -> l.startsWith("data: ")).forEach(l -> builds.add(Long.parseLong(l.substring(6))));
                    } catch (RuntimeException closed) {
                        // The preview stopped: the stream ends.
                    }
                });
        return builds;
    }

    static long next(BlockingQueue<Long> events, Duration timeout) throws InterruptedException {
        Long build = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (build == null) {
            throw new AssertionError("no reload event within " + timeout);
        }
        return build;
    }
}
