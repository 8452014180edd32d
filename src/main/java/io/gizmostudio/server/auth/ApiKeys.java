package io.gizmostudio.server.auth;

import io.gizmostudio.server.store.Ids;
import io.gizmostudio.server.store.KeySource;
import io.gizmostudio.server.store.KeyStore;
import io.gizmostudio.server.store.StoredKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Creates, lists, revokes and checks API keys. Valid keys are cached for a moment so a busy client does not
 * cost a store read per request, and short enough that a {@code keys revoke} from another process takes
 * effect within {@link #CACHE_TTL}. A {@code GIZMO_API_KEY} secret is accepted only by the server that was given it
 * ({@link #registerExternal}): restarted without the variable, or with another value, the old secret is refused.
 */
public final class ApiKeys {
    /** The name a {@code GIZMO_API_KEY} key is registered under. */
    public static final String ENVIRONMENT_KEY_NAME = "GIZMO_API_KEY";
    static final Duration CACHE_TTL = Duration.ofSeconds(2);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiKeys.class);

    private final KeyStore store;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final int defaultRatePerMinute;
    private final KeyHasher hasher = new KeyHasher();
    private final Ids ids = new Ids();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    /** The hash of this server's GIZMO_API_KEY, the one environment key it accepts; null when none was given. */
    private volatile String environmentHash;

    private record Cached(Principal principal, long expiresAtNanos) {
    }

    public ApiKeys(KeyStore store, Clock clock, int defaultRatePerMinute) {
        this(store, clock, System::nanoTime, defaultRatePerMinute);
    }

    ApiKeys(KeyStore store, Clock clock, LongSupplier nanoTime, int defaultRatePerMinute) {
        this.store = store;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.defaultRatePerMinute = defaultRatePerMinute;
    }

    /** A new key; its secret is returned once and only its hash is kept. */
    public IssuedKey create(String name) {
        String secret = hasher.newSecret();
        StoredKey key = new StoredKey(ids.next(Ids.KEY), name, KeyHasher.hash(secret), clock.instant(), null, null,
                KeySource.ISSUED);
        store.insert(key);
        return new IssuedKey(key.keyId(), key.name(), secret, key.createdAt());
    }

    /**
     * A fresh secret for the key {@code keyId}, creating that key (named {@code name}) the first time. The id
     * stays, so everything the key owns stays visible: the desktop app gets a new secret per start without
     * losing its library.
     */
    public IssuedKey renew(String keyId, String name) {
        String secret = hasher.newSecret();
        String hash = KeyHasher.hash(secret);
        Optional<StoredKey> existing = store.findById(keyId);
        if (existing.isPresent()) {
            store.replaceHash(keyId, hash);
            cache.clear();
            return new IssuedKey(keyId, existing.get().name(), secret, existing.get().createdAt());
        }
        StoredKey key = new StoredKey(keyId, name, hash, clock.instant(), null, null, KeySource.ISSUED);
        store.insert(key);
        return new IssuedKey(keyId, name, secret, key.createdAt());
    }

    /**
     * Accepts {@code secret} (from {@code GIZMO_API_KEY}) while this server runs, and no other environment secret.
     * It is stored as an {@link KeySource#ENVIRONMENT environment} key, not a permanent one: a server started without
     * it, or with another value, refuses it. The same secret always maps to the same key id, so what it created is
     * its own again when it comes back. Returns the key id. A secret whose key was revoked stays revoked: revoking is
     * how an operator retires a leaked secret, and restarting with the old environment must not undo it. (A secret
     * that is an issued key's stays that key, valid until revoked.)
     */
    public String registerExternal(String secret) {
        String hash = KeyHasher.hash(secret);
        environmentHash = hash;
        cache.clear();
        Optional<StoredKey> existing = store.findByHash(hash);
        if (existing.isPresent()) {
            if (existing.get().isRevoked()) {
                LOG.warn("GIZMO_API_KEY is the secret of key {}, which was revoked on {}: requests with it are refused."
                        + " Set a new secret.", existing.get().keyId(), existing.get().revokedAt());
            }
            return existing.get().keyId();
        }
        StoredKey key = new StoredKey(ids.next(Ids.KEY), ENVIRONMENT_KEY_NAME, hash, clock.instant(), null, null,
                KeySource.ENVIRONMENT);
        store.insert(key);
        return key.keyId();
    }

    public List<StoredKey> list() {
        return store.list();
    }

    /** Revokes the key; false when there is no such (valid) key. */
    public boolean revoke(String keyId) {
        boolean revoked = store.revoke(keyId, clock.instant());
        cache.clear();
        return revoked;
    }

    /** The principal for {@code secret}, empty when it is unknown or revoked. */
    public Optional<Principal> authenticate(String secret) {
        String hash = KeyHasher.hash(secret);
        long now = nanoTime.getAsLong();
        Cached hit = cache.get(hash);
        if (hit != null && hit.expiresAtNanos - now > 0) {
            return Optional.of(hit.principal);
        }
        Optional<StoredKey> key = store.findByHash(hash).filter(k -> !k.isRevoked())
                .filter(k -> k.source() != KeySource.ENVIRONMENT || hash.equals(environmentHash));
        if (key.isEmpty()) {
            cache.remove(hash);
            return Optional.empty();
        }
        StoredKey k = key.get();
        Principal p = new Principal(k.keyId(), k.name(), k.createdAt(),
                k.rateLimitPerMinute() != null ? k.rateLimitPerMinute() : defaultRatePerMinute);
        cache.put(hash, new Cached(p, now + CACHE_TTL.toNanos()));
        return Optional.of(p);
    }
}
