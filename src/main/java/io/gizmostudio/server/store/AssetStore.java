package io.gizmostudio.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.AssetStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Assets, their tags and their generated models in the store. */
public final class AssetStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "id, owner, status, name, prompt, tags, seed, progress, created_at, updated_at,"
            + " error_code, error_message, stats, params, export_formats, fixed_base";
    /** Separates name, prompt and tags in {@code search_text} so a query never matches across two of them. */
    private static final char FIELD_SEPARATOR = '\u001f';

    private final Database db;
    private final ObjectMapper json;

    public AssetStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Outcome of a delete: the asset is gone, still placed in a scene, or was never there. */
    public enum DeleteOutcome { DELETED, IN_USE, NOT_FOUND }

    public void insert(StoredAsset asset) {
        insertAll(List.of(asset));
    }

    /** Inserts many assets in one transaction (bulk imports and benchmarks). */
    public void insertAll(Collection<StoredAsset> assets) {
        db.write(c -> {
            insertRows(c, assets);
            return null;
        });
    }

    /**
     * Stores an asset that is ready the moment it exists (an imported robot description): the row and its model in one
     * transaction, so a crash leaves either both or neither.
     */
    public void insertReady(StoredAsset asset, GenerationResult result) {
        if (asset.status() != AssetStatus.READY) {
            throw new IllegalArgumentException("insertReady takes a ready asset, not " + asset.status());
        }
        db.write(c -> {
            insertRows(c, List.of(asset));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO asset_models (asset_id, articulation) VALUES (?, ?)")) {
                ps.setString(1, asset.id());
                ps.setString(2, result.articulationJson());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void insertRows(Connection c, Collection<StoredAsset> assets) throws SQLException {
        {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assets (" + COLUMNS + ", search_text)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement tags = c.prepareStatement("INSERT INTO asset_tags (asset_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (StoredAsset a : assets) {
                    ps.setString(1, a.id());
                    ps.setString(2, a.owner());
                    ps.setString(3, a.status().wireName());
                    ps.setString(4, a.name());
                    ps.setString(5, a.prompt());
                    ps.setString(6, toJson(a.tags()));
                    ps.setLong(7, a.seed());
                    ps.setInt(8, a.progress());
                    ps.setLong(9, a.createdAt().toEpochMilli());
                    ps.setLong(10, a.updatedAt().toEpochMilli());
                    setNullable(ps, 11, a.errorCode());
                    setNullable(ps, 12, a.errorMessage());
                    setNullable(ps, 13, a.statsJson());
                    setNullable(ps, 14, a.paramsJson());
                    ps.setString(15, toJson(a.exportFormats()));
                    ps.setInt(16, a.fixedBase() ? 1 : 0);
                    ps.setString(17, searchText(a.name(), a.prompt(), a.tags()));
                    ps.addBatch();
                    for (String tag : a.tags()) {
                        tags.setString(1, a.id());
                        tags.setString(2, tag);
                        tags.addBatch();
                    }
                }
                ps.executeBatch();
                tags.executeBatch();
            }
        }
    }

    public Optional<StoredAsset> find(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM assets WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Newest first ({@code created_at} descending, ties by id descending), with the total of all matches. */
    public Page<StoredAsset> list(AssetQuery q) {
        StringBuilder where = new StringBuilder(" WHERE owner = ?");
        List<Object> args = new ArrayList<>();
        args.add(q.owner());
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status().wireName());
        }
        if (q.tag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM asset_tags t WHERE t.asset_id = assets.id AND t.tag = ?)");
            args.add(q.tag());
        }
        if (q.text() != null) {
            where.append(" AND ").append(db.dialect().contains("search_text"));
            // Without the separator a query can never match across two fields.
            args.add(fold(q.text()).replace(String.valueOf(FIELD_SEPARATOR), ""));
        }
        // Without tag or text filters the trigger-kept counts answer the total without scanning the key's assets.
        boolean counted = q.tag() == null && q.text() == null;
        String countSql = counted
                ? "SELECT COALESCE(SUM(n), 0) FROM asset_counts WHERE owner = ?" + (q.status() != null ? " AND status = ?" : "")
                : "SELECT COUNT(*) FROM assets" + where;
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement(countSql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<StoredAsset> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM assets" + where
                    + " ORDER BY " + q.order().sql() + " LIMIT ? OFFSET ?")) {
                List<Object> all = new ArrayList<>(args);
                all.add(q.limit());
                all.add(q.offset());
                bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs));
                    }
                }
            }
            return new Page<>(items, total);
        });
    }

    /** Moves a pending or processing asset to processing at {@code progress}; false when it is gone or finished. */
    public boolean markProcessing(String id, int progress, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assets SET status = 'processing', progress = ?, updated_at = ?"
                    + " WHERE id = ? AND status IN ('pending', 'processing')")) {
                ps.setInt(1, progress);
                ps.setLong(2, now.toEpochMilli());
                ps.setString(3, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Stores the finished model and marks the asset ready, atomically; false when the asset was deleted meanwhile. */
    public boolean markReady(String id, GenerationResult result, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assets SET status = 'ready', progress = 100, updated_at = ?,"
                    + " stats = ?, params = ?, export_formats = ?, error_code = NULL, error_message = NULL"
                    + " WHERE id = ? AND status IN ('pending', 'processing')")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, result.statsJson());
                ps.setString(3, result.paramsJson());
                ps.setString(4, toJson(result.exportFormats()));
                ps.setString(5, id);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO asset_models (asset_id, articulation) VALUES (?, ?)"
                    + " ON CONFLICT (asset_id) DO UPDATE SET articulation = excluded.articulation")) {
                ps.setString(1, id);
                ps.setString(2, result.articulationJson());
                ps.executeUpdate();
            }
            return true;
        });
    }

    public boolean markFailed(String id, String code, String message, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assets SET status = 'failed', updated_at = ?, error_code = ?,"
                    + " error_message = ? WHERE id = ? AND status IN ('pending', 'processing')")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, code);
                ps.setString(3, message);
                ps.setString(4, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The articulation JSON stored when the asset became ready. */
    public Optional<String> model(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT articulation FROM asset_models WHERE asset_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Deletes the asset unless a scene still places it; the check and the delete are one transaction. */
    public DeleteOutcome delete(String id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM placements WHERE asset_id = ? LIMIT 1")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return DeleteOutcome.IN_USE;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assets WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1 ? DeleteOutcome.DELETED : DeleteOutcome.NOT_FOUND;
            }
        });
    }

    /**
     * Every asset whose generation was acknowledged but not finished (a crash or a shutdown cut it short), oldest
     * first, reset to {@code pending} at progress 0 so it can be queued again.
     */
    public List<String> resetUnfinished(Instant now) {
        return db.write(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM assets WHERE status IN ('pending', 'processing')"
                    + " ORDER BY created_at, id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE assets SET status = 'pending', progress = 0, updated_at = ?"
                    + " WHERE status = 'processing'")) {
                ps.setLong(1, now.toEpochMilli());
                ps.executeUpdate();
            }
            return ids;
        });
    }

    static String searchText(String name, String prompt, List<String> tags) {
        StringBuilder sb = new StringBuilder(fold(name)).append(FIELD_SEPARATOR).append(fold(prompt));
        for (String t : tags) {
            sb.append(FIELD_SEPARATOR).append(fold(t));
        }
        return sb.toString();
    }

    /** Case folding done in Java, because SQLite's lower() only knows ASCII. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private StoredAsset row(ResultSet rs) throws SQLException {
        return new StoredAsset(rs.getString(1), rs.getString(2), AssetStatus.fromWire(rs.getString(3)), rs.getString(4),
                rs.getString(5), fromJson(rs.getString(6)), rs.getLong(7), rs.getInt(8),
                Instant.ofEpochMilli(rs.getLong(9)), Instant.ofEpochMilli(rs.getLong(10)), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), fromJson(rs.getString(15)), rs.getInt(16) != 0);
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else {
                ps.setString(i + 1, (String) v);
            }
        }
    }

    static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode a string list", e);
        }
    }

    private List<String> fromJson(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt string list in the store: " + e.getOriginalMessage(), e);
        }
    }

    /** Whether {@code sql}, which takes one id parameter, finds a row. */
    static boolean exists(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
