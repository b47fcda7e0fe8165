package org.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves {@code site/} on 127.0.0.1 only, for the preview: never a file outside the folder (encoded
 * {@code ..} and symbolic links included), no caching, UTF-8, the site's 404 page; HTML pages get the
 * live-reload script and, while the last build failed, its problems.
 */
final class PreviewServer implements AutoCloseable {

    static final String LIVE_SCRIPT = "/_broadsheet/live.js";
    static final String EVENTS = "/_broadsheet/events";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    private final Path siteDir;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final byte[] liveScript;
    private volatile List<String> problems = List.of();

    /** @param port the port on 127.0.0.1, or 0 for any free one */
    PreviewServer(Path siteDir, int port) throws IOException {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        try (InputStream script = PreviewServer.class.getResourceAsStream("live.js")) {
            this.liveScript = script.readAllBytes();
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload. */
    void reload() {
        problems = List.of();
        broadcast("reload", "{}");
    }

    /** Shows {@code current} over every open page (and every page opened until the next good build). */
    void showProblems(List<String> current) {
        problems = List.copyOf(current);
        broadcast("problems", json(current));
    }

    private void broadcast(String event, String data) {
        byte[] message = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(message);
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals(EVENTS)) {
                events(exchange);
                return;
            }
            if (rawPath.equals(LIVE_SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), liveScript);
                return;
            }
            Optional<Path> file = resolve(rawPath);
            if (file.isPresent() && Files.isDirectory(file.get())) {
                if (!rawPath.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", rawPath + "/");
                    send(exchange, 301, TYPES.get("txt"), new byte[0]);
                    return;
                }
                file = Optional.of(file.get().resolve("index.html")).filter(Files::isRegularFile);
            }
            if (file.isPresent() && Files.isRegularFile(file.get())) {
                serveFile(exchange, 200, file.get());
            } else if (Files.isRegularFile(siteDir.resolve("404.html"))) {
                serveFile(exchange, 404, siteDir.resolve("404.html"));
            } else {
                send(exchange, 404, TYPES.get("html"), page("<p>Not found.</p>"));
            }
        }
    }

    /**
     * The file of {@code site/} that a request path names, or empty when it is malformed or would
     * leave the folder (after percent-decoding, and following symbolic links).
     */
    Optional<Path> resolve(String rawPath) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        Path file = siteDir.resolve(path.substring(1)).normalize();
        if (!file.startsWith(siteDir)) {
            return Optional.empty();
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (!file.toRealPath().startsWith(siteDir.toRealPath())) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(file);
    }

    private void serveFile(HttpExchange exchange, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] bytes = Files.readAllBytes(file);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        if (name.equals("feed.xml")) {
            type = "application/atom+xml; charset=utf-8";
        }
        if (extension.equals("html")) {
            bytes = withLiveScript(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, type, bytes);
    }

    /** Adds the live-reload script, and the current problems, before {@code </body>}. */
    private String withLiveScript(String html) {
        String script = "<script src=\"" + LIVE_SCRIPT + "\"></script>";
        if (!problems.isEmpty()) {
            script += "<script>addEventListener(\"DOMContentLoaded\",function(){broadsheetShowProblems("
                    + json(problems).replace("</", "<\\/") + ")})</script>";
        }
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        try {
            // hold the connection; a failed heartbeat means the page went away
            while (listeners.contains(out)) {
                Thread.sleep(15_000);
                out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // the page was closed
        } finally {
            listeners.remove(out);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException clientGone) {
                // the reader closed the connection; nothing to do
            }
        }
    }

    private static byte[] page(String body) {
        return ("<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Broadsheet preview</title>"
                + body).getBytes(StandardCharsets.UTF_8);
    }

    static String json(List<String> texts) {
        StringBuilder out = new StringBuilder("[");
        for (String text : texts) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"');
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        listeners.clear();
    }
}
