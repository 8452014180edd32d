package io.gizmostudio.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** API key rows (hashes only). */
public final class KeyStore {
    private static final String COLUMNS = "key_id, name, key_hash, created_at, revoked_at, rate_limit_per_minute, source";
    private final Database db;

    public KeyStore(Database db) {
        this.db = db;
    }

    public void insert(StoredKey key) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, key.keyId());
                ps.setString(2, key.name());
                ps.setString(3, key.keyHash());
                ps.setLong(4, key.createdAt().toEpochMilli());
                if (key.revokedAt() == null) {
                    ps.setNull(5, Types.INTEGER);
                } else {
                    ps.setLong(5, key.revokedAt().toEpochMilli());
                }
                if (key.rateLimitPerMinute() == null) {
                    ps.setNull(6, Types.INTEGER);
                } else {
                    ps.setInt(6, key.rateLimitPerMinute());
                }
                ps.setString(7, key.source().wireName());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<StoredKey> findByHash(String keyHash) {
        return one("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = ?", keyHash);
    }

    public Optional<StoredKey> findById(String keyId) {
        return one("SELECT " + COLUMNS + " FROM api_keys WHERE key_id = ?", keyId);
    }

    /** Every key, oldest first. */
    public List<StoredKey> list() {
        return db.read(c -> {
            List<StoredKey> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM api_keys ORDER BY created_at, key_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    /** Marks the key revoked; false when there is no such key or it was already revoked. */
    public boolean revoke(String keyId, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, keyId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Gives an existing key a new secret (its hash); the key id, and so everything it owns, stays. */
    public boolean replaceHash(String keyId, String newHash) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_keys SET key_hash = ?, revoked_at = NULL WHERE key_id = ?")) {
                ps.setString(1, newHash);
                ps.setString(2, keyId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private Optional<StoredKey> one(String sql, String arg) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    private static StoredKey row(ResultSet rs) throws SQLException {
        long revoked = rs.getLong(5);
        Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
        int limit = rs.getInt(6);
        Integer rate = rs.wasNull() ? null : limit;
        return new StoredKey(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
                revokedAt, rate, KeySource.fromWire(rs.getString(7)));
    }
}
