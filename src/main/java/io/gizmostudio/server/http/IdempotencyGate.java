package io.gizmostudio.server.http;

import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.server.store.IdempotencyStore;
import io.gizmostudio.server.store.StoredResponse;
import io.gizmostudio.server.store.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code Idempotency-Key} on POST (§10): the first successful response under a key is stored for 24 hours and
 * sent again, byte for byte, for the same request; the same key with a different request (method, path, query
 * or body) is 409 {@code idempotency_key_reused}. Requests racing under one key wait for each other, so the
 * second sees the first one's result. Errors are not stored: a retry after a 4xx is judged afresh.
 *
 * <p>The handler's writes and the stored response are one store transaction: a crash (kill -9) can leave both or
 * neither, never a created resource without its key, which a retry would create a second time.
 */
public final class IdempotencyGate {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final Duration RETENTION = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 255;
    private static final int PURGE_EVERY = 1000;

    private final IdempotencyStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final ReentrantLock[] stripes = new ReentrantLock[64];
    private int savesSincePurge;

    /** A reply and whether it is a stored one sent again. */
    public record Outcome(Reply reply, boolean replayed) {
    }

    public IdempotencyGate(IdempotencyStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Drops stored responses past their 24 hours. */
    public void purgeExpired() {
        store.purgeOlderThan(clock.instant().minus(RETENTION));
    }

    public Outcome run(ApiRequest request, String key, ApiHandler handler) throws Exception {
        validate(key);
        String owner = request.owner();
        String fingerprint = fingerprint(request);
        ReentrantLock lock = stripes[Math.floorMod((owner + '\n' + key).hashCode(), stripes.length)];
        lock.lock();
        try {
            Instant now = clock.instant();
            Optional<StoredResponse> stored = store.find(owner, key, now.minus(RETENTION));
            if (stored.isPresent()) {
                return replay(stored.get(), fingerprint);
            }
            Outcome outcome = transactions.inOne(() -> {
                // Another instance on the same store may have answered this key since the lookup above.
                Optional<StoredResponse> raced = store.holdAndFind(owner, key, now.minus(RETENTION));
                if (raced.isPresent()) {
                    return replay(raced.get(), fingerprint);
                }
                Reply r = handler.handle(request);
                if (r.status() >= 200 && r.status() < 300) {
                    store.save(owner, key, new StoredResponse(fingerprint, r.status(), r.contentType(),
                            r.disposition(), r.body()), now);
                }
                return new Outcome(r, false);
            });
            if (!outcome.replayed() && outcome.reply().status() >= 200 && outcome.reply().status() < 300) {
                maybePurge();
            }
            return outcome;
        } finally {
            lock.unlock();
        }
    }

    private static Outcome replay(StoredResponse s, String fingerprint) {
        if (!s.fingerprint().equals(fingerprint)) {
            throw ApiException.conflict(ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key.");
        }
        return new Outcome(new Reply(s.status(), s.contentType(), s.disposition(), s.body()), true);
    }

    private synchronized void maybePurge() {
        if (++savesSincePurge >= PURGE_EVERY) {
            savesSincePurge = 0;
            purgeExpired();
        }
    }

    private static void validate(String key) {
        boolean ok = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH;
        for (int i = 0; ok && i < key.length(); i++) {
            char c = key.charAt(i);
            ok = c > 0x20 && c < 0x7f;
        }
        if (!ok) {
            throw ApiException.badRequest(ErrorCodes.INVALID_PARAMETER,
                    "The Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters.");
        }
    }

    private static String fingerprint(ApiRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.method() + ' ' + request.target() + '\n').getBytes(StandardCharsets.UTF_8));
            sha.update(CanonicalJson.of(request.body()));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
