package org.toolkitpress.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** One reload event: the build now shown and the build that last changed the assets ("run.number"). */
    record Event(String build, String assets) {
        long number() {
            return Long.parseLong(build.substring(build.indexOf('.') + 1));
        }
    }

    /** Opens the reload event stream; the events it brings arrive in the queue. */
    BlockingQueue<Event> events() {
        BlockingQueue<Event> builds = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(base.resolve("/__toolkit/events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (Stream<String> lines = response.body()) {
                        lines.filter(l -> l.startsWith("data: ")).forEach(l -> builds.add(parse(l.substring(6))));
                    } catch (RuntimeException closed) {
                        // The preview stopped: the stream ends.
                    }
                });
        return builds;
    }

    private static Event parse(String json) {
        try {
            JsonNode event = JSON.readTree(json);
            return new Event(event.get("build").asText(), event.get("assets").asText());
        } catch (IOException e) {
            throw new AssertionError("the reload event is not JSON: " + json, e);
        }
    }

    static Event next(BlockingQueue<Event> events, Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no reload event within " + timeout);
        }
        return event;
    }
}
