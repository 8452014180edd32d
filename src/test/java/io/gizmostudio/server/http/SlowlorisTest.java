package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client trickling a request a byte at a time (each byte well inside the idle timeout) is cut off once the
 * request has taken longer than the read limit, instead of holding the connection for as long as it likes.
 */
class SlowlorisTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    /** The limit, the watchdog's tick and slack for a busy machine; far below the 30 s idle timeout. */
    private static final long BOUND_MS = 5_000;

    @TempDir
    Path dataDir;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(TestServer.config(dataDir).withRequestReadTimeout(LIMIT), TestModels.factory());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void tricklingHeadersAreAnswered408AndClosedWithinTheLimit() throws Exception {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            Trickle t = trickle(s, "X-Slow: " + "a".repeat(200));
            assertThat(t.closedAfterMs).as("headers trickled for %d ms without being cut off", t.closedAfterMs)
                    .isLessThan(BOUND_MS);
            assertThat(t.answer).startsWith("HTTP/1.1 408").contains("\"code\":\"request_timeout\"");
        }
    }

    @Test
    void aTricklingBodyIsCutOffWithinTheLimit() throws Exception {
        try (Socket s = connect()) {
            String key = server.key().secret();
            s.getOutputStream().write(("POST /v1/scenes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"name\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            Trickle t = trickle(s, "b".repeat(380));
            assertThat(t.closedAfterMs).as("body trickled for %d ms without being cut off", t.closedAfterMs)
                    .isLessThan(BOUND_MS);
        }
        assertThat(server.http().get("/v1/scenes").json().get("total").asLong()).isZero();
    }

    @Test
    void aPromptRequestIsUnaffected() {
        assertThat(server.http().get("/v1/health").status()).isEqualTo(200);
        assertThat(server.http().post("/v1/scenes", "{\"name\":\"quick\"}").status()).isEqualTo(201);
    }

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", server.server().port());
        s.setSoTimeout(50);
        return s;
    }

    private record Trickle(long closedAfterMs, String answer) {
    }

    /** Sends {@code text} one byte per 100 ms until the server answers or closes; gives up after 3 bounds. */
    private static Trickle trickle(Socket s, String text) throws IOException, InterruptedException {
        long start = System.nanoTime();
        InputStream in = s.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int i = 0; elapsedMs(start) < 3 * BOUND_MS; i++) {
            try {
                s.getOutputStream().write(text.charAt(i % text.length()));
                s.getOutputStream().flush();
            } catch (IOException closed) {
                return new Trickle(elapsedMs(start), drain(in, answer, buf));
            }
            try {
                int n = in.read(buf);
                if (n < 0) {
                    return new Trickle(elapsedMs(start), answer.toString(StandardCharsets.UTF_8));
                }
                answer.write(buf, 0, n);
                return new Trickle(elapsedMs(start), drain(in, answer, buf));
            } catch (SocketTimeoutException stillOpen) {
                Thread.sleep(50);
            } catch (IOException reset) {
                return new Trickle(elapsedMs(start), answer.toString(StandardCharsets.UTF_8));
            }
        }
        return new Trickle(elapsedMs(start), answer.toString(StandardCharsets.UTF_8));
    }

    private static String drain(InputStream in, ByteArrayOutputStream answer, byte[] buf) {
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                answer.write(buf, 0, n);
            }
        } catch (IOException ignored) {
            // timeout or reset: what came so far is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
