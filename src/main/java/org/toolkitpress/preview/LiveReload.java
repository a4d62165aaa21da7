package org.toolkitpress.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells open tabs that a new build is ready, over Server-Sent Events: each tab keeps one
 * {@code /__toolkit/events} request open and, when the build it hears of differs from the one
 * its page was served with, takes in the new page or reloads (live.js decides). Browsers reconnect by themselves after a restart.
 */
final class LiveReload {

    private static final long PING_SECONDS = 15;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** One open tab. Writes are synchronised because builds and pings come from different threads. */
    private final class Client {
        private final OutputStream out;
        private final CountDownLatch gone = new CountDownLatch(1);

        Client(OutputStream out) {
            this.out = out;
        }

        synchronized boolean send(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                drop();
                return false;
            }
        }

        void drop() {
            clients.remove(this);
            gone.countDown();
            try {
                out.close();
            } catch (IOException ignored) {
                // The tab has gone; there is no one left to tell.
            }
        }
    }

    /** Holds an event-stream request open until the tab goes away or the preview stops. */
    void stream(HttpExchange exchange, String shown) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange.getResponseBody());
        if (closed) {
            client.drop();
            return;
        }
        clients.add(client);
        if (!client.send("retry: 500\n" + event(shown))) {
            return;
        }
        try {
            while (!client.gone.await(PING_SECONDS, TimeUnit.SECONDS)) {
                // A comment line: finds tabs that closed without saying so.
                client.send(": ping\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.drop();
        }
    }

    /** Tells every open tab what is shown now (a small JSON object; see live.js). */
    void announce(String shown) {
        String event = event(shown);
        for (Client client : clients) {
            client.send(event);
        }
    }

    int openTabs() {
        return clients.size();
    }

    void close() {
        closed = true;
        for (Client client : clients) {
            client.drop();
        }
    }

    private static String event(String shown) {
        return "event: build\ndata: " + shown + "\n\n";
    }
}
