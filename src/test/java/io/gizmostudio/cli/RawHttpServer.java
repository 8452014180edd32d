package io.gizmostudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP/1.1 server that answers every request with raw bytes from a script, then does what the
 * script says with the connection: closes it, or holds it open without another byte (a stalled body). For the
 * failures MockWebServer cannot stage exactly: a body cut off, a body that never ends.
 */
final class RawHttpServer implements AutoCloseable {
    /** What to send on one connection, after its request was read. Return true to keep the socket open (stall). */
    @FunctionalInterface
    interface Script {
        boolean answer(OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    RawHttpServer(Script script) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> serve(script), "raw-http");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    private void serve(Script script) {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                requestLines.add(readRequest(s.getInputStream()));
                OutputStream out = s.getOutputStream();
                if (script.answer(out)) {
                    out.flush();
                    held.add(s);
                } else {
                    out.flush();
                    s.close();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Reads the head and a Content-Length body; returns the request line. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).trim()));
            }
        }
        return text.lines().findFirst().orElse("");
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
