package io.gizmostudio.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import io.gizmostudio.server.store.StoreLocation;
import java.time.Duration;

/**
 * How a server runs. Defaults: loopback on port 8787, as many workers as cores (at most 4), a queue of 1,000
 * generations, 600 requests per minute per key, 10 s for running jobs to finish at shutdown, 10 failed
 * authentications per minute per client address (a burst of 10, then one per 6 s), 20 s to send a request's
 * headers (and a body's first 20 s, after which it must average 16 KiB/s). A non-loopback
 * {@code host} needs {@code allowRemote}. {@code environmentKey} (from {@code GIZMO_API_KEY}) may be null.
 * {@code store} is null for the SQLite file in {@code dataDir}, or a team server's PostgreSQL, where instances share
 * the generation queue and a job whose instance stopped renewing its {@code jobLease} (default 15 s) is taken over.
 */
public record ServerConfig(String host, int port, Path dataDir, int workers, int queueCapacity, int rateLimitPerMinute,
                           boolean allowRemote, String environmentKey, String version, Duration shutdownGrace,
                           int authFailuresPerMinute, Duration requestReadTimeout, StoreLocation store, Duration jobLease) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8787;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (workers < 1 || queueCapacity < 1 || rateLimitPerMinute < 1 || authFailuresPerMinute < 1) {
            throw new IllegalArgumentException("workers, queue capacity and rate limits must be at least 1");
        }
        if (dataDir == null || host == null || version == null || shutdownGrace == null || requestReadTimeout == null
                || requestReadTimeout.isNegative() || requestReadTimeout.isZero() || jobLease == null
                || jobLease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("host, data directory, version, shutdown grace and a positive request read timeout are required");
        }
    }

    public static ServerConfig defaults(Path dataDir) {
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new ServerConfig(LOOPBACK, DEFAULT_PORT, dataDir, workers, 1000, 600, false, null, EngineVersion.current(),
                Duration.ofSeconds(10), 10, Duration.ofSeconds(20), null, Duration.ofSeconds(15));
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, dataDir, workers, queueCapacity, rateLimitPerMinute, allowRemote, environmentKey, version, shutdownGrace, authFailuresPerMinute, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, dataDir, workers, queueCapacity, rateLimitPerMinute, allowRemote, environmentKey, version, shutdownGrace, authFailuresPerMinute, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withWorkers(int w) {
        return new ServerConfig(host, port, dataDir, w, queueCapacity, rateLimitPerMinute, allowRemote, environmentKey, version, shutdownGrace, authFailuresPerMinute, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withQueueCapacity(int q) {
        return new ServerConfig(host, port, dataDir, workers, q, rateLimitPerMinute, allowRemote, environmentKey, version, shutdownGrace, authFailuresPerMinute, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withRateLimitPerMinute(int r) {
        return new ServerConfig(host, port, dataDir, workers, queueCapacity, r, allowRemote, environmentKey, version, shutdownGrace, authFailuresPerMinute, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withAllowRemote(boolean a) {
        return new ServerConfig(host, port, dataDir, workers, queueCapacity, rateLimitPerMinute, a, environmentKey, version, shutdownGrace, authFailuresPerMinute, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withEnvironmentKey(String k) {
        return new ServerConfig(host, port, dataDir, workers, queueCapacity, rateLimitPerMinute, allowRemote, k, version, shutdownGrace, authFailuresPerMinute, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withShutdownGrace(Duration g) {
        return new ServerConfig(host, port, dataDir, workers, queueCapacity, rateLimitPerMinute, allowRemote, environmentKey, version, g, authFailuresPerMinute, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withAuthFailuresPerMinute(int f) {
        return new ServerConfig(host, port, dataDir, workers, queueCapacity, rateLimitPerMinute, allowRemote, environmentKey, version, shutdownGrace, f, requestReadTimeout, store, jobLease);
    }

    public ServerConfig withRequestReadTimeout(Duration t) {
        return new ServerConfig(host, port, dataDir, workers, queueCapacity, rateLimitPerMinute, allowRemote, environmentKey, version, shutdownGrace,
                authFailuresPerMinute, t, store, jobLease);
    }

    public ServerConfig withStore(StoreLocation location) {
        return new ServerConfig(host, port, dataDir, workers, queueCapacity, rateLimitPerMinute, allowRemote, environmentKey, version, shutdownGrace,
                authFailuresPerMinute, requestReadTimeout, location, jobLease);
    }

    public ServerConfig withJobLease(Duration lease) {
        return new ServerConfig(host, port, dataDir, workers, queueCapacity, rateLimitPerMinute, allowRemote, environmentKey, version, shutdownGrace,
                authFailuresPerMinute, requestReadTimeout, store, lease);
    }

    /** Refuses a non-loopback bind address unless remote access was asked for explicitly. */
    void checkBindAddress() {
        if (allowRemote) {
            return;
        }
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("refusing to listen on " + host + ", which is reachable from other"
                        + " machines; pass --allow-remote to do so on purpose");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    @Override
    public String toString() {
        // environmentKey is a secret: never print it.
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", workers=" + workers
                + ", queueCapacity=" + queueCapacity + ", rateLimitPerMinute=" + rateLimitPerMinute + ", allowRemote="
                + allowRemote + ", environmentKey=" + (environmentKey == null ? "none" : "set") + ", version=" + version
                + ", authFailuresPerMinute=" + authFailuresPerMinute + ", requestReadTimeout=" + requestReadTimeout
                + ", store=" + (store == null ? "sqlite in dataDir" : store.describe()) + ", jobLease=" + jobLease + "]";
    }
}
