package io.gizmostudio.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;

/**
 * Everything a {@link GizmoClient} is built from; immutable, made with {@link #builder()}.
 *
 * <p>The base URL may be given with or without its {@code /v1} ({@code http://127.0.0.1:8787},
 * {@code https://api.gizmo.antimlabs.com/v1/}); it is kept as {@code …/v1/}. The poll schedule defaults to
 * {@link PollSchedule#LOCAL} for loopback hosts and {@link PollSchedule#REMOTE} otherwise. The sleeper, clock
 * and jitter source are seams for tests. {@link #toString()} masks the key.
 */
public final class GizmoClientOptions {
    /** The local engine that ships inside the app. */
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8787";
    public static final String ENV_BASE_URL = "GIZMO_BASE_URL";
    public static final String ENV_API_KEY = "GIZMO_API_KEY";
    public static final String DEFAULT_USER_AGENT = "GizmoStudio/" + version() + " (Java)";
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "::1", "0:0:0:0:0:0:0:1");

    private final HttpUrl baseUrl;
    private final ApiKey apiKey;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final RetryPolicy retryPolicy;
    private final PollSchedule pollSchedule;
    private final String userAgent;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier jitter;

    private GizmoClientOptions(Builder b) {
        this.baseUrl = normaliseBaseUrl(b.baseUrl);
        this.apiKey = b.apiKey;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.retryPolicy = b.retryPolicy;
        this.pollSchedule = b.pollSchedule != null ? b.pollSchedule
                : LOOPBACK_HOSTS.contains(baseUrl.host()) ? PollSchedule.LOCAL : PollSchedule.REMOTE;
        this.userAgent = b.userAgent;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.jitter = b.jitter;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset from {@code GIZMO_BASE_URL} (default the local engine) and {@code GIZMO_API_KEY}. */
    public static Builder fromEnvironment(Map<String, String> environment) {
        Builder b = builder();
        String url = environment.get(ENV_BASE_URL);
        b.baseUrl(url == null || url.isBlank() ? DEFAULT_BASE_URL : url.trim());
        String key = environment.get(ENV_API_KEY);
        if (key != null && !key.isBlank()) {
            b.apiKey(key);
        }
        return b;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUrl = baseUrl.toString();
        b.apiKey = apiKey;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.callTimeout = callTimeout;
        b.retryPolicy = retryPolicy;
        b.pollSchedule = pollSchedule;
        b.userAgent = userAgent;
        b.sleeper = sleeper;
        b.clock = clock;
        b.jitter = jitter;
        return b;
    }

    /** {@code scheme://host:port[/prefix]/v1/}: every API path is resolved against it. */
    static HttpUrl normaliseBaseUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a base URL is required");
        }
        HttpUrl url = HttpUrl.parse(text.trim());
        if (url == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + text.trim());
        }
        HttpUrl.Builder b = url.newBuilder().query(null).fragment(null);
        java.util.List<String> segments = new java.util.ArrayList<>(url.pathSegments());
        segments.removeIf(String::isEmpty);
        if (segments.isEmpty() || !segments.get(segments.size() - 1).equals("v1")) {
            segments.add("v1");
        }
        b.encodedPath("/");
        for (String s : segments) {
            b.addPathSegment(s);
        }
        b.addPathSegment("");
        return b.build();
    }

    private static String version() {
        String v = GizmoClientOptions.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /** True when the base URL names this machine (127.0.0.1, localhost, ::1): the local engine's case. */
    public boolean isLoopback() {
        return LOOPBACK_HOSTS.contains(baseUrl.host());
    }

    public Optional<ApiKey> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** The limit for one attempt of one call, body included (zero: none). */
    public Duration callTimeout() {
        return callTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public PollSchedule pollSchedule() {
        return pollSchedule;
    }

    public String userAgent() {
        return userAgent;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public Clock clock() {
        return clock;
    }

    public DoubleSupplier jitter() {
        return jitter;
    }

    @Override
    public String toString() {
        return "GizmoClientOptions[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : apiKey.masked())
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout="
                + callTimeout + ", retryPolicy=" + retryPolicy + ", pollSchedule=" + pollSchedule + ", userAgent="
                + userAgent + "]";
    }

    /** Mutable companion of {@link GizmoClientOptions}; defaults suit the local engine. */
    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private ApiKey apiKey;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofMinutes(5);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private PollSchedule pollSchedule;
        private String userAgent = DEFAULT_USER_AGENT;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        public Builder baseUrl(String url) {
            this.baseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The key to send as {@code Authorization: Bearer …}; null or blank: send none. */
        public Builder apiKey(String key) {
            this.apiKey = key == null || key.isBlank() ? null : ApiKey.of(key);
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = nonNegative(d, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = nonNegative(d, "readTimeout");
            return this;
        }

        public Builder callTimeout(Duration d) {
            this.callTimeout = nonNegative(d, "callTimeout");
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public Builder pollSchedule(PollSchedule schedule) {
            this.pollSchedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        public Builder userAgent(String agent) {
            if (agent == null || agent.isBlank()) {
                throw new IllegalArgumentException("a user agent may not be blank");
            }
            this.userAgent = agent;
            return this;
        }

        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s, "sleeper");
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Source of uniform randoms in [0, 1) for backoff jitter. */
        public Builder jitter(DoubleSupplier source) {
            this.jitter = Objects.requireNonNull(source, "source");
            return this;
        }

        public GizmoClientOptions build() {
            return new GizmoClientOptions(this);
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " may not be negative");
            }
            return d;
        }
    }
}
