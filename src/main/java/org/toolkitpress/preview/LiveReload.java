package org.toolkitpress.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Tells open tabs that a new build is ready, over Server-Sent Events: each tab keeps one
 * {@code /__toolkit/events} request open and, when the build it hears of differs from the one
 * its page was served with, takes in the new page or reloads (live.js decides). Browsers
 * reconnect by themselves after a restart.
 *
 * <p>No stream holds a thread: a request for one answers its head and the first event and
 * returns, leaving the stream open. A new build is written to every stream by the thread that
 * built it (a hand-over to another thread would add that thread's wake-up, tens of
 * milliseconds on a busy machine, to every save), and one small thread writes the keep-alive
 * pings; so a hundred tabs cost no more threads than one. A tab on this machine reads its
 * events at once, so a write never waits for long. The number of open streams is capped
 * ({@link #MAX_TABS}); a request over the cap gets a 503 that says why.
 */
final class LiveReload {

    /** More open tabs than anyone previews with, few enough that a runaway script cannot exhaust the machine. */
    static final int MAX_TABS = 500;
    private static final long PING_SECONDS = 15;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    /** Streams accepted and not yet closed, counted as they are accepted (before they join {@link #clients}). */
    private final AtomicInteger accepted = new AtomicInteger();
    private boolean closed;
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "toolkit-preview-pings");
        t.setDaemon(true);
        return t;
    });

    LiveReload() {
        // A comment line now and then finds tabs that closed without saying so.
        pinger.scheduleAtFixedRate(() -> sendAll(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** One open tab. Writes are synchronised because builds and pings come from different threads. */
    private final class Client {
        private final HttpExchange exchange;
        private final OutputStream out;
        private boolean gone;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.out = exchange.getResponseBody();
        }

        synchronized void send(String text) {
            if (gone) {
                return;
            }
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                drop();
            }
        }

        synchronized void drop() {
            if (gone) {
                return;
            }
            gone = true;
            clients.remove(this);
            accepted.decrementAndGet();
            // Closing the exchange closes the stream too; a tab that has gone cannot be told.
            exchange.close();
        }
    }

    /**
     * Answers an event-stream request and keeps it open (it is closed when the tab goes away or
     * the preview stops), or refuses it with 503 when {@link #MAX_TABS} streams are open.
     * {@code shown} is read while no build is being announced, so a new tab hears the latest
     * build before any later one.
     */
    void stream(HttpExchange exchange, Supplier<String> shown) throws IOException {
        if (accepted.incrementAndGet() > MAX_TABS) {
            accepted.decrementAndGet();
            refuse(exchange);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Client client = new Client(exchange);
        try {
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException gone) {
            accepted.decrementAndGet();
            exchange.close();
            return;
        }
        synchronized (this) {
            if (closed) {
                client.drop();
                return;
            }
            clients.add(client);
            client.send("retry: 500\n" + event(shown.get()));
        }
    }

    private static void refuse(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = ("the preview already has " + MAX_TABS + " tabs listening for changes; close some tabs and reload\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Retry-After", "5");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** Tells every open tab what is shown now (a small JSON object; see live.js), on the calling thread. */
    synchronized void announce(String shown) {
        sendAll(event(shown));
    }

    private void sendAll(String text) {
        for (Client client : clients) {
            client.send(text);
        }
    }

    int openTabs() {
        return clients.size();
    }

    void close() {
        pinger.shutdownNow();
        synchronized (this) {
            closed = true;
            for (Client client : clients) {
                client.drop();
            }
        }
    }

    private static String event(String shown) {
        return "event: build\ndata: " + shown + "\n\n";
    }
}
