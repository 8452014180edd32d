package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ErrorCodes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slowloris guard. Jetty's idle timeout restarts with every byte, so a client trickling a byte every few seconds
 * holds a connection forever. This watchdog looks at every open connection a few times a second: one that has
 * spent more than {@code limit} receiving one request's headers is answered 408 {@code request_timeout} and closed;
 * one whose body has arrived for more than {@code limit} at under {@link #MIN_BODY_BYTES_PER_SECOND} on average
 * is closed (its handler is blocked in a read and sees the connection end). Idle keep-alive connections and
 * requests being handled or answered are left to the idle timeout.
 */
public final class RequestReadDeadline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RequestReadDeadline.class);
    /** An upload slower than this after its first {@code limit} is treated as trickling. */
    static final long MIN_BODY_BYTES_PER_SECOND = 16 * 1024;

    private final long limitNanos;
    private final LongSupplier nanoTime;
    private final byte[] timeoutResponse;
    private final Map<EndPoint, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gizmo-read-deadline");
        t.setDaemon(true);
        return t;
    });
    private volatile List<Connector> connectors = List.of();

    /** What a connection was doing when first seen doing it: which request (by count), since when, bytes by then. */
    private static final class Watch {
        Phase phase = Phase.OTHER;
        long request = -1;
        long since;
        long bytesAtStart;
    }

    private enum Phase { HEADERS, BODY, OTHER }

    public RequestReadDeadline(Duration limit, ObjectMapper json) {
        this(limit, json, System::nanoTime);
    }

    RequestReadDeadline(Duration limit, ObjectMapper json, LongSupplier nanoTime) {
        this.limitNanos = limit.toNanos();
        this.nanoTime = nanoTime;
        byte[] body = ErrorMapper.envelope(json, new ApiException(408, ErrorCodes.INVALID_REQUEST, ErrorCodes.REQUEST_TIMEOUT,
                "The request was not received in time (headers within " + limit.toSeconds() + " s); send it at once."));
        this.timeoutResponse = ("HTTP/1.1 408 Request Timeout\r\nContent-Type: " + Reply.JSON + "\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n" + new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Starts watching the connections of {@code servedBy}. */
    public void start(List<Connector> servedBy) {
        this.connectors = List.copyOf(servedBy);
        long period = Math.max(50, Math.min(500, TimeUnit.NANOSECONDS.toMillis(limitNanos) / 4));
        ticker.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    void tick() {
        try {
            long now = nanoTime.getAsLong();
            Set<EndPoint> open = new HashSet<>();
            for (Connector c : connectors) {
                if (c instanceof AbstractConnector ac) {
                    Collection<EndPoint> endPoints = ac.getConnectedEndPoints();
                    for (EndPoint e : endPoints) {
                        open.add(e);
                        check(e, now);
                    }
                }
            }
            watches.keySet().retainAll(open);
        } catch (RuntimeException e) {
            LOG.warn("Request read deadline check failed: {}", e.toString());
        }
    }

    private void check(EndPoint endPoint, long now) {
        Connection connection = endPoint.getConnection();
        if (!(connection instanceof HttpConnection http) || !endPoint.isOpen()) {
            return;
        }
        HttpParser parser = http.getParser();
        Phase phase = parser.inContentState() ? Phase.BODY
                : parser.inHeaderState() && !parser.isStart() ? Phase.HEADERS : Phase.OTHER;
        Watch w = watches.computeIfAbsent(endPoint, e -> new Watch());
        long request = http.getMessagesIn();
        if (phase != w.phase || request != w.request) {
            w.phase = phase;
            w.request = request;
            w.since = now;
            w.bytesAtStart = http.getBytesIn();
            return;
        }
        long elapsed = now - w.since;
        if (elapsed <= limitNanos) {
            return;
        }
        if (phase == Phase.HEADERS) {
            LOG.info("Closing connection from {}: request headers not received within {} ms", endPoint.getRemoteSocketAddress(),
                    TimeUnit.NANOSECONDS.toMillis(limitNanos));
            watches.remove(endPoint);
            endPoint.write(Callback.from(endPoint::close, x -> endPoint.close()), ByteBuffer.wrap(timeoutResponse));
        } else if (phase == Phase.BODY) {
            double rate = (http.getBytesIn() - w.bytesAtStart) / (elapsed / 1e9);
            if (rate < MIN_BODY_BYTES_PER_SECOND) {
                LOG.info("Closing connection from {}: request body trickling at {} bytes/s", endPoint.getRemoteSocketAddress(),
                        (long) rate);
                watches.remove(endPoint);
                endPoint.close();
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
