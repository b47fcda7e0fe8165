package org.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Server-Sent-Event streams of the open pages, each told the site's state when it opens and whenever it
 * changes. One thread writes to every stream, so that a message and a heartbeat never interleave; a stream
 * holds no thread while it waits, and one whose page went away is dropped at the next write.
 */
final class LiveEvents {

    /**
     * The site as the open pages should show it.
     *
     * @param version  changes whenever a build changes {@code site/}; a page of another version reloads
     * @param problems the problems of the last build, shown over the page; empty when it succeeded
     */
    record State(String version, List<String> problems) {

        State {
            problems = List.copyOf(problems);
        }

        /** As JSON, safe inside a {@code <script>} element. */
        String json() {
            StringBuilder out = new StringBuilder("{\"version\":");
            string(out, version);
            out.append(",\"problems\":[");
            for (int i = 0; i < problems.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, problems.get(i));
            }
            return out.append("]}").toString();
        }

        private static void string(StringBuilder out, String text) {
            out.append('"');
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }

    /** More streams than this at once are refused: a browser shares one between its tabs. */
    private static final int MAX_STREAMS = 64;
    private static final long HEARTBEAT_SECONDS = 15;

    private final ScheduledExecutorService thread;
    /** Touched only on {@link #thread}. */
    private final List<OutputStream> streams = new ArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile State state = new State("", List.of());

    LiveEvents(ScheduledExecutorService thread) {
        this.thread = thread;
        thread.scheduleWithFixedDelay(() -> writeAll(": heartbeat\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    State state() {
        return state;
    }

    /** Makes {@code newState} the state and tells every open page, unless it is the state already. */
    void publish(State newState) {
        if (newState.equals(state)) {
            return;
        }
        state = newState;
        thread.execute(() -> writeAll(message(newState)));
    }

    /**
     * Answers a request for the event stream; true when the stream stays open, to be closed by this class,
     * false when the request was answered and may be closed.
     */
    boolean open(HttpExchange exchange) throws IOException {
        if (open.incrementAndGet() > MAX_STREAMS) {
            open.decrementAndGet();
            exchange.getResponseHeaders().set("Retry-After", "5");
            exchange.sendResponseHeaders(503, -1);
            return false;
        }
        OutputStream out;
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            out = exchange.getResponseBody();
        } catch (IOException | RuntimeException gone) {
            // the page went before its stream opened: no write will ever find it gone, so it is uncounted here
            open.decrementAndGet();
            throw gone;
        }
        thread.execute(() -> {
            // a stopped preview's pages reconnect after a second, and reload when it is back
            if (write(out, "retry: 1000\n" + message(state))) {
                streams.add(out);
            }
        });
        return true;
    }

    private static String message(State state) {
        return "event: state\ndata: " + state.json() + "\n\n";
    }

    private void writeAll(String message) {
        streams.removeIf(out -> !write(out, message));
    }

    /** Writes to one stream; false, with the stream closed, when its page went away. */
    private boolean write(OutputStream out, String message) {
        try {
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException gone) {
            close(out);
            return false;
        }
    }

    private void close(OutputStream out) {
        open.decrementAndGet();
        try {
            out.close();
        } catch (IOException alreadyGone) {
            // nothing more to say to that page
        }
    }

    /** Closes every stream, on the writing thread, and waits for it briefly. */
    void close() {
        try {
            thread.submit(() -> {
                streams.forEach(this::close);
                streams.clear();
            }).get(1, TimeUnit.SECONDS);
        } catch (Exception stopping) {
            // the server stops anyway
        }
    }
}
