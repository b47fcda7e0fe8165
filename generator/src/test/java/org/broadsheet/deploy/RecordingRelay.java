package org.broadsheet.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TCP relay on a free loopback port in front of a server, which passes every byte through unchanged and
 * keeps what clients sent, so that a test can read the HTTP requests a deploy made: their order, keys and
 * headers. It does not touch the traffic, so signatures stay valid.
 */
final class RecordingRelay implements AutoCloseable {

    /** An HTTP request as sent: method, decoded path (without query), headers with lower-case names, when it began. */
    record Request(String method, String path, Map<String, String> headers, long nanos) {
    }

    /** What one connection's client sent, and when each piece of it arrived. */
    private static final class Sent {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<long[]> arrivals = new ArrayList<>();

        synchronized void add(byte[] buffer, int n) {
            arrivals.add(new long[] {bytes.size(), System.nanoTime()});
            bytes.write(buffer, 0, n);
        }

        /** When the byte at {@code offset} arrived. */
        synchronized long arrival(int offset) {
            long nanos = 0;
            for (long[] arrival : arrivals) {
                if (arrival[0] > offset) {
                    break;
                }
                nanos = arrival[1];
            }
            return nanos;
        }
    }

    private final ServerSocket server;
    private final int targetPort;
    private final List<Sent> connections = Collections.synchronizedList(new ArrayList<>());

    RecordingRelay(int targetPort) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        Thread accept = new Thread(this::accept, "relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                Sent sent = new Sent();
                connections.add(sent);
                pump(client.getInputStream(), target.getOutputStream(), sent, target);
                pump(target.getInputStream(), client.getOutputStream(), null, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(InputStream in, OutputStream out, Sent copy, Socket closeAfter) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[65536];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (copy != null) {
                        copy.add(buffer, n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side closed: the connection is over
            } finally {
                try {
                    closeAfter.shutdownOutput();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** The requests sent so far, in the order they began. */
    List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        synchronized (connections) {
            for (Sent connection : connections) {
                byte[] bytes;
                synchronized (connection) {
                    bytes = connection.bytes.toByteArray();
                }
                parse(bytes, connection, requests);
            }
        }
        requests.sort(Comparator.comparingLong(Request::nanos));
        return requests;
    }

    /** The PUT requests of objects (the deploy manifest aside), in the order the relay saw them start. */
    List<Request> uploads() {
        return requests().stream().filter(r -> r.method().equals("PUT") && !r.path().endsWith(DeployManifest.NAME))
                .toList();
    }

    private static void parse(byte[] bytes, Sent connection, List<Request> requests) {
        int at = 0;
        while (at < bytes.length) {
            int end = indexOf(bytes, at);
            if (end < 0) {
                return;
            }
            String[] lines = new String(bytes, at, end - at, StandardCharsets.ISO_8859_1).split("\r\n");
            String[] first = lines[0].split(" ");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            String target = first[1];
            int query = target.indexOf('?');
            String path = URLDecoder.decode(query < 0 ? target : target.substring(0, query), StandardCharsets.UTF_8);
            requests.add(new Request(first[0], path, headers, connection.arrival(at)));
            at = end + 4 + Integer.parseInt(headers.getOrDefault("content-length", "0"));
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
