package io.gizmostudio.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Responses remembered per (key id, Idempotency-Key) for a limited time (contract §10: 24 h). */
public final class IdempotencyStore {
    private final Database db;

    public IdempotencyStore(Database db) {
        this.db = db;
    }

    /** The response stored for {@code idempotencyKey} no earlier than {@code notBefore}. */
    public Optional<StoredResponse> find(String owner, String idempotencyKey, Instant notBefore) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, status, content_type, disposition, body"
                    + " FROM idempotency WHERE owner = ? AND idempotency_key = ? AND created_at >= ?")) {
                ps.setString(1, owner);
                ps.setString(2, idempotencyKey);
                ps.setLong(3, notBefore.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getBytes(5)));
                }
            }
        });
    }

    /**
     * Inside a {@link Transactions#inOne} unit: holds (owner, key) for the rest of the unit against every other
     * instance sharing the store, then answers what another may have stored meanwhile. On PostgreSQL a transaction
     * advisory lock, taken after the caller's own lookup found nothing, so two instances that get the same retried
     * request at once create one resource. SQLite has one engine per file, whose own lock already serialises a key:
     * nothing to do.
     */
    public Optional<StoredResponse> holdAndFind(String owner, String idempotencyKey, Instant notBefore) {
        if (db.dialect() != SqlDialect.POSTGRESQL) {
            return Optional.empty();
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                ps.setString(1, owner + '\n' + idempotencyKey);
                ps.execute();
            }
            return null;
        });
        return find(owner, idempotencyKey, notBefore);
    }

    /** Remembers a response, replacing an expired one under the same key. */
    public void save(String owner, String idempotencyKey, StoredResponse response, Instant now) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency (owner, idempotency_key, fingerprint,"
                    + " status, content_type, disposition, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (owner, idempotency_key) DO UPDATE SET fingerprint = excluded.fingerprint,"
                    + " status = excluded.status, content_type = excluded.content_type, disposition = excluded.disposition,"
                    + " body = excluded.body, created_at = excluded.created_at")) {
                ps.setString(1, owner);
                ps.setString(2, idempotencyKey);
                ps.setString(3, response.fingerprint());
                ps.setInt(4, response.status());
                AssetStore.setNullable(ps, 5, response.contentType());
                AssetStore.setNullable(ps, 6, response.disposition());
                ps.setBytes(7, response.body());
                ps.setLong(8, now.toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Drops responses older than {@code before}; returns how many. */
    public int purgeOlderThan(Instant before) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency WHERE created_at < ?")) {
                ps.setLong(1, before.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }
}
