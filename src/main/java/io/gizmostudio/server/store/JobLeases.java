package io.gizmostudio.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The generation queue of a team server, in the assets table itself: an unfinished asset whose lease is free or run
 * out can be claimed by any instance, which then renews the lease while it works. {@code FOR UPDATE SKIP LOCKED}
 * lets every instance's workers claim at once without waiting on, or taking, each other's rows.
 */
public final class JobLeases {
    private static final String UNFINISHED = "status IN ('pending', 'processing')";

    private final Database db;

    public JobLeases(Database db) {
        if (db.dialect() != SqlDialect.POSTGRESQL) {
            throw new IllegalArgumentException("a shared queue needs PostgreSQL (SKIP LOCKED); SQLite's queue is in-process");
        }
        this.db = db;
    }

    /** A claimed job: the asset and how many times it has been claimed (1 the first time; more after a takeover). */
    public record Claim(String assetId, int attempt) {
    }

    /** Claims the oldest unfinished asset that no live lease holds, for {@code lease} from {@code now}. */
    public Optional<Claim> claim(String instance, Instant now, Duration lease) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assets SET lease_owner = ?, lease_expires_at = ?,"
                    + " attempts = attempts + 1 WHERE id = (SELECT id FROM assets WHERE " + UNFINISHED
                    + " AND (lease_expires_at IS NULL OR lease_expires_at < ?) ORDER BY created_at, id LIMIT 1"
                    + " FOR UPDATE SKIP LOCKED) RETURNING id, attempts")) {
                ps.setString(1, instance);
                ps.setLong(2, now.plus(lease).toEpochMilli());
                ps.setLong(3, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Claim(rs.getString(1), rs.getInt(2))) : Optional.empty();
                }
            }
        });
    }

    /** Extends every lease {@code instance} holds on unfinished work to {@code lease} from {@code now}; how many. */
    public int renew(String instance, Instant now, Duration lease) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assets SET lease_expires_at = ? WHERE lease_owner = ?"
                    + " AND " + UNFINISHED)) {
                ps.setLong(1, now.plus(lease).toEpochMilli());
                ps.setString(2, instance);
                return ps.executeUpdate();
            }
        });
    }

    /** Whether {@code instance} still holds the lease on {@code assetId} (false once another instance took it over). */
    public boolean holds(String instance, String assetId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM assets WHERE id = ? AND lease_owner = ?")) {
                ps.setString(1, assetId);
                ps.setString(2, instance);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Gives back everything {@code instance} holds that is still unfinished (a graceful shutdown): pending again,
     * free for any instance at once. How many were handed back.
     */
    public int handBack(String instance, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assets SET status = 'pending', progress = 0, updated_at = ?,"
                    + " lease_owner = NULL, lease_expires_at = NULL WHERE lease_owner = ? AND " + UNFINISHED)) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, instance);
                return ps.executeUpdate();
            }
        });
    }

    /** Generations queued or running on any instance (from the trigger-kept counts, without a scan). */
    public long unfinished() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(n), 0) FROM asset_counts WHERE " + UNFINISHED);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Unfinished generations whose lease ran out before {@code now}: work of an instance that died, waiting. */
    public long orphaned(Instant now) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM assets WHERE " + UNFINISHED
                    + " AND lease_expires_at < ?")) {
                ps.setLong(1, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
