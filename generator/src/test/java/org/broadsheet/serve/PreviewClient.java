package org.broadsheet.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reader of the real preview over HTTP, as a browser tab reads it: pages, and the live state's event stream. */
final class PreviewClient {

    /** The live state a page carries: everything after the page's own {@code </body>} is the preview's. */
    private static final Pattern LIVE = Pattern.compile(
            "<script type=\"application/json\" id=\"broadsheet-preview\">(.*?)</script>"
                    + "<script src=\"/_broadsheet/live.js\"></script>");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The site's state as the preview tells it. */
    record State(String version, List<String> problems) {

        static State parse(String json) {
            try {
                JsonNode node = JSON.readTree(json);
                List<String> problems = new ArrayList<>();
                node.get("problems").forEach(problem -> problems.add(problem.asText()));
                return new State(node.get("version").asText(), problems);
            } catch (IOException e) {
                throw new AssertionError("not the live state: " + json, e);
            }
        }
    }

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PreviewClient(int port) {
        this.port = port;
    }

    /** The address of {@code path}, which may hold characters that need percent-encoding (Korean slugs). */
    URI uri(String path) {
        try {
            return new URI("http", null, "127.0.0.1", port, path, null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends {@code request} (the request line and headers, without the blank line) as written; the raw answer,
     * its bytes decoded one to one.
     */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write((request + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** The live state a served page carries. */
    static State pageState(String html) {
        Matcher m = LIVE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no live state in the page");
        }
        return State.parse(m.group(1));
    }

    /** A served page without what the preview adds to it. */
    static String withoutLiveScript(String html) {
        return LIVE.matcher(html).replaceAll("");
    }

    /** An open event stream: the states it was told, in order. */
    static final class Stream {
        private final BlockingQueue<State> states = new LinkedBlockingQueue<>();
        private volatile State last;

        /** The next state told within {@code wait}, or null. */
        State next(Duration wait) throws InterruptedException {
            return states.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        }

        /** The last state told so far (null before the first), without waiting. */
        State last() {
            return last;
        }

        private void add(State state) {
            last = state;
            states.add(state);
        }
    }

    /** Opens the event stream and waits for the state it is told first. */
    Stream listen() throws InterruptedException {
        Stream stream = new Stream();
        String[] event = {null};
        http.sendAsync(HttpRequest.newBuilder(uri(PreviewServer.EVENTS)).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("event: ")) {
                        event[0] = line.substring(7);
                    } else if (line.startsWith("data: ") && "state".equals(event[0])) {
                        stream.add(State.parse(line.substring(6)));
                    }
                }));
        if (stream.next(Duration.ofSeconds(20)) == null) {
            throw new AssertionError("the event stream told no state");
        }
        return stream;
    }

    /** Every file below {@code root}, by path, as bytes decoded one to one. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
