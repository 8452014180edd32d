package io.gizmostudio.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * One token bucket per key in the store, refilled and taken from in a single atomic upsert so any number of
 * instances can draw on it at once. The commit is asynchronous (a crash may forget the last few taken tokens, never
 * anything else), which keeps the per-request cost at a round trip rather than a disk flush.
 */
public final class RateBuckets {
    private static final String REFILLED = "LEAST(CAST(? AS DOUBLE PRECISION), b.tokens"
            + " + GREATEST(0, EXCLUDED.updated_at - b.updated_at) * CAST(? AS DOUBLE PRECISION))";
    private static final String TAKE = "INSERT INTO rate_buckets AS b (key_id, tokens, updated_at, allowed) VALUES (?, ?, ?, 1)"
            + " ON CONFLICT (key_id) DO UPDATE SET"
            + " tokens = CASE WHEN " + REFILLED + " >= 1 THEN " + REFILLED + " - 1 ELSE " + REFILLED + " END,"
            + " allowed = CASE WHEN " + REFILLED + " >= 1 THEN 1 ELSE 0 END,"
            + " updated_at = GREATEST(b.updated_at, EXCLUDED.updated_at)"
            + " RETURNING tokens, allowed";

    private final Database db;

    public RateBuckets(Database db) {
        if (db.dialect() != SqlDialect.POSTGRESQL) {
            throw new IllegalArgumentException("shared rate buckets are for a team server's PostgreSQL");
        }
        this.db = db;
    }

    /** Tokens left after this request, and whether it got one. */
    public record Taken(double tokens, boolean allowed) {
    }

    /** Refills {@code keyId}'s bucket of {@code capacity} at {@code perMilli} up to {@code nowMillis}, then takes one. */
    public Taken take(String keyId, int capacity, double perMilli, long nowMillis) {
        return db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL synchronous_commit TO OFF");
            }
            try (PreparedStatement ps = c.prepareStatement(TAKE)) {
                int i = 1;
                ps.setString(i++, keyId);
                ps.setDouble(i++, capacity - 1.0);
                ps.setLong(i++, nowMillis);
                for (int n = 0; n < 4; n++) {
                    ps.setDouble(i++, capacity);
                    ps.setDouble(i++, perMilli);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Taken(rs.getDouble(1), rs.getInt(2) == 1);
                }
            }
        });
    }
}
