package org.broadsheet.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pages that ask for the event stream and go at once, as tabs closed or reloaded while connecting do, leave
 * nothing counted: the streams of the pages still open are never refused for them.
 */
class AbandonedStreamsTest {

    @TempDir
    Path dir;

    @Test
    void streamsAbandonedWhileTheyOpenDoNotCountAgainstTheLimit() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        PreviewServer server = new PreviewServer(dir.resolve("site"), 0);
        server.start();
        List<Socket> open = new ArrayList<>();
        try {
            for (int abandoned = 0; abandoned < 300; abandoned++) {
                try (Socket socket = request(server.port())) {
                    // closed with a reset, not a goodbye: the answer's first write fails
                    socket.setSoLinger(true, 0);
                }
            }
            // a stream whose page went away is dropped at the next message: one is sent
            server.show("after", List.of());
            Thread.sleep(500);
            for (int tab = 0; tab < 64; tab++) {
                Socket socket = request(server.port());
                open.add(socket);
                InputStream in = socket.getInputStream();
                String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
                assertEquals("HTTP/1.1 200", status, "stream " + tab);
            }
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
            server.close();
        }
    }

    private static Socket request(int port) throws Exception {
        Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }
}
