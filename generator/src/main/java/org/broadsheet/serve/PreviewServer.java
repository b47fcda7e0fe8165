package org.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.broadsheet.model.ContentPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves {@code site/} on 127.0.0.1 only, for the preview, and only to requests addressed to that
 * address by name ({@code Host}), so that a web page the writer visits cannot read drafts through DNS
 * rebinding. Never a file outside the folder (encoded {@code ..} and symbolic links included); no caching;
 * UTF-8; the site's 404 page; byte ranges for audio and video. HTML pages get the live-reload script with
 * the site's version and the last build's problems.
 *
 * <p>A fixed number of threads answers requests; the event streams hold none, and only one thread writes
 * to them ({@link LiveEvents}).
 */
final class PreviewServer implements AutoCloseable {

    static final String LIVE_SCRIPT = "/_broadsheet/live.js";
    static final String EVENTS = "/_broadsheet/events";

    /** Threads answering requests; a browser opens at most six connections to a host. */
    private static final int THREADS = 8;

    /** The answer to every address while there is no site yet: the first build failed. */
    private static final String NOT_BUILT = "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\">"
            + "<title>Broadsheet preview</title><body><p>Not found: the site has not been built yet.</p></body>";

    /** A page bigger than this is served as it is, without the live-reload script. */
    private static final long MAX_INJECTED_PAGE = 32L << 20;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("vtt", "text/vtt; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"));

    static {
        // the JDK's server writes a response's headers and body apart; with Nagle's algorithm on, each
        // answer then waits 40 ms for the reader's delayed acknowledgement (read once, when the server starts)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Path siteDir;
    private final HttpServer server;
    private final ExecutorService threads;
    private final ScheduledExecutorService eventThread;
    private final LiveEvents events;
    private final Set<String> hosts;
    private final byte[] liveScript;

    /**
     * Listens on the port without answering yet: requests wait until {@link #start()}.
     *
     * @param port the port on 127.0.0.1, or 0 for any free one
     */
    PreviewServer(Path siteDir, int port) throws IOException {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        try (InputStream script = PreviewServer.class.getResourceAsStream("live.js")) {
            this.liveScript = script.readAllBytes();
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
        int bound = server.getAddress().getPort();
        this.hosts = Set.of("127.0.0.1:" + bound, "localhost:" + bound, "[::1]:" + bound);
        this.threads = Executors.newFixedThreadPool(THREADS, daemon("broadsheet-preview"));
        this.eventThread = Executors.newSingleThreadScheduledExecutor(daemon("broadsheet-events"));
        this.events = new LiveEvents(eventThread);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Publishes the site's state to every open page: a page of another {@code version} reloads, one of
     * this version shows the {@code problems} (none: the overlay goes).
     */
    void show(String version, List<String> problems) {
        events.publish(new LiveEvents.State(version, problems));
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keptOpen = false;
        try {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                send(exchange, 403, TYPES.get("txt"), ("the preview answers only at http://127.0.0.1:" + port()
                        + "/ (or localhost)\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, TYPES.get("txt"), "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals(EVENTS)) {
                keptOpen = events.open(exchange);
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
                // checked as a path of its own: the folder lying inside site/ says nothing of a link in it
                file = resolve(rawPath + "index.html");
            }
            if (file.isPresent() && Files.isRegularFile(file.get()) && served(exchange, 200, file.get())) {
                return;
            }
            Optional<Path> notFound = resolve("/404.html");
            if (notFound.isPresent() && Files.isRegularFile(notFound.get()) && served(exchange, 404, notFound.get())) {
                return;
            }
            send(exchange, 404, TYPES.get("html"), withLiveScript(NOT_BUILT, events.state())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException clientGone) {
            // the reader closed the connection mid-answer; nothing is owed to anyone
        } finally {
            if (!keptOpen) {
                exchange.close();
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
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && ContentPaths.realInside(siteDir, file).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /**
     * Answers with {@code file}; false, with nothing sent, when it went before it was opened: a build removes the
     * files it no longer makes while pages are read, and such a file is then simply not found.
     */
    private boolean served(HttpExchange exchange, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = name.equals("feed.xml") ? "application/atom+xml; charset=utf-8"
                : TYPES.getOrDefault(extension, "application/octet-stream");
        // the version is read before the page, so that a page read after a rebuild never carries the old one
        LiveEvents.State state = events.state();
        String html;
        FileChannel opened;
        try {
            html = extension.equals("html") && Files.size(file) <= MAX_INJECTED_PAGE
                    ? Files.readString(file, StandardCharsets.UTF_8) : null;
            opened = html == null ? FileChannel.open(file) : null;
        } catch (NoSuchFileException gone) {
            return false;
        }
        if (html != null) {
            send(exchange, status, type, withLiveScript(html, state).getBytes(StandardCharsets.UTF_8));
            return true;
        }
        try (FileChannel channel = opened) {
            long size = channel.size();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            ByteRange range = status == 200 ? ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), size) : null;
            if (range == ByteRange.UNSATISFIABLE) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                send(exchange, 416, TYPES.get("txt"), new byte[0]);
                return true;
            }
            long start = range == null ? 0 : range.first();
            long length = range == null ? size : range.length();
            if (range != null) {
                exchange.getResponseHeaders().set("Content-Range", range.contentRange(size));
            }
            int code = range == null ? status : 206;
            if (exchange.getRequestMethod().equals("HEAD") || length == 0) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
                exchange.sendResponseHeaders(code, -1);
                return true;
            }
            exchange.sendResponseHeaders(code, length);
            try (OutputStream out = exchange.getResponseBody()) {
                WritableByteChannel target = Channels.newChannel(out);
                for (long sent = 0; sent < length; ) {
                    long moved = channel.transferTo(start + sent, length - sent, target);
                    if (moved <= 0) {
                        throw new IOException(file + " became shorter while it was being served");
                    }
                    sent += moved;
                }
            }
        }
        return true;
    }

    /**
     * Adds the page's live state and the live-reload script before {@code </body>}: the site's version, which
     * tells the page whether it is out of date, and the problems of the last build, shown over it.
     */
    private static String withLiveScript(String html, LiveEvents.State state) {
        String script = "<script type=\"application/json\" id=\"broadsheet-preview\">" + state.json()
                + "</script><script src=\"" + LIVE_SCRIPT + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD") || body.length == 0) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }


    @Override
    public void close() {
        events.close();
        server.stop(0);
        eventThread.shutdownNow();
        threads.shutdownNow();
    }
}
