package io.gizmostudio.server.store;

import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.core.scene.Mobility;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scenes and their placements in the store. A placement's joint positions live in {@code placement_joints}, one
 * row per joint in the asset's joint order; a placement without a stored mobility (written before schema 3) reads
 * as its asset's default.
 */
public final class SceneStore {
    private static final String PLACEMENT_COLUMNS = "id, asset_id, name, px, py, pz, rx, ry, rz, rw, added_at, mobility";
    private final Database db;

    public SceneStore(Database db) {
        this.db = db;
    }

    public void insert(StoredScene scene) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenes (id, owner, name, description, search_text,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, scene.id());
                ps.setString(2, scene.owner());
                ps.setString(3, scene.name());
                AssetStore.setNullable(ps, 4, scene.description());
                ps.setString(5, AssetStore.fold(scene.name()));
                ps.setLong(6, scene.createdAt().toEpochMilli());
                ps.setLong(7, scene.updatedAt().toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The scene with every placement, in insertion order. */
    public Optional<StoredScene> find(String id) {
        return db.read(c -> find(c, id));
    }

    private Optional<StoredScene> find(Connection c, String id) throws SQLException {
        StoredScene bare;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, owner, name, description, created_at, updated_at FROM scenes WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                bare = sceneRow(rs);
            }
        }
        Map<String, Map<String, Double>> joints = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT j.placement_id, j.joint, j.position FROM placement_joints j"
                + " JOIN placements p ON p.id = j.placement_id WHERE p.scene_id = ? ORDER BY j.placement_id, j.ordinal")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    joints.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getDouble(3));
                }
            }
        }
        List<StoredPlacement> placements = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.asset_id, p.name, p.px, p.py, p.pz, p.rx, p.ry, p.rz,"
                + " p.rw, p.added_at, p.mobility, " + db.dialect().jsonField("a.params", "family") + ", a.fixed_base FROM placements p"
                + " LEFT JOIN assets a ON a.id = p.asset_id WHERE p.scene_id = ? ORDER BY p.ordinal")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stored = rs.getString(12);
                    Mobility mobility = stored != null ? Mobility.valueOf(stored.toUpperCase(Locale.ROOT))
                            : Mobility.of(rs.getString(13), rs.getInt(14) != 0);
                    placements.add(new StoredPlacement(rs.getString(1), rs.getString(2), rs.getString(3),
                            new Position(rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)),
                            new Rotation(rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10)),
                            Instant.ofEpochMilli(rs.getLong(11)), mobility, joints.getOrDefault(rs.getString(1), Map.of())));
                }
            }
        }
        return Optional.of(new StoredScene(bare.id(), bare.owner(), bare.name(), bare.description(), bare.createdAt(),
                bare.updatedAt(), placements));
    }

    /** A scene read for a list: the bare row (no placements) and how many placements it holds. */
    public record Listed(StoredScene scene, int placementCount) {
    }

    /**
     * Newest first, without placements but with their count (one query: the count is a subquery on the
     * placements' scene index); {@code text} (nullable) is a case-insensitive substring of the name.
     */
    public Page<Listed> list(String owner, String text, int limit, int offset) {
        String where = " WHERE owner = ?" + (text != null ? " AND " + db.dialect().contains("search_text") : "");
        List<Object> args = new ArrayList<>();
        args.add(owner);
        if (text != null) {
            args.add(AssetStore.fold(text));
        }
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM scenes" + where)) {
                AssetStore.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Listed> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, owner, name, description, created_at, updated_at,"
                    + " (SELECT COUNT(*) FROM placements p WHERE p.scene_id = scenes.id) FROM scenes"
                    + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
                List<Object> all = new ArrayList<>(args);
                all.add(limit);
                all.add(offset);
                AssetStore.bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Listed(sceneRow(rs), rs.getInt(7)));
                    }
                }
            }
            return new Page<>(items, total);
        });
    }

    /** Sets name and description (the caller passes the current values for fields it keeps). */
    public Optional<StoredScene> update(String id, String name, String description, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE scenes SET name = ?, description = ?, search_text = ?,"
                    + " updated_at = ? WHERE id = ?")) {
                ps.setString(1, name);
                AssetStore.setNullable(ps, 2, description);
                ps.setString(3, AssetStore.fold(name));
                ps.setLong(4, now.toEpochMilli());
                ps.setString(5, id);
                ps.executeUpdate();
            }
            return find(c, id);
        });
    }

    public boolean delete(String id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenes WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Appends a placement; the asset must still be {@code ready} when the transaction runs (it may have been
     * deleted since the caller looked). Empty when it is not.
     */
    public Optional<StoredScene> addPlacement(String sceneId, StoredPlacement p, Instant now) {
        return db.write(c -> {
            if (!assetReady(c, p.assetId()) || !AssetStore.exists(c, "SELECT 1 FROM scenes WHERE id = ?", sceneId)) {
                return Optional.empty();
            }
            insertPlacement(c, sceneId, p, null);
            touch(c, sceneId, now);
            return find(c, sceneId);
        });
    }

    /** Sets every value of a placement but its id and added time; empty when the scene has no such placement. */
    public Optional<StoredScene> updatePlacement(String sceneId, StoredPlacement p, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE placements SET px = ?, py = ?, pz = ?, rx = ?, ry = ?, rz = ?,"
                    + " rw = ?, name = ?, mobility = ? WHERE id = ? AND scene_id = ?")) {
                setPose(ps, 1, p.position(), p.rotation());
                ps.setString(8, p.name());
                ps.setString(9, wire(p.mobility()));
                ps.setString(10, p.id());
                ps.setString(11, sceneId);
                if (ps.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM placement_joints WHERE placement_id = ?")) {
                ps.setString(1, p.id());
                ps.executeUpdate();
            }
            insertJoints(c, p);
            touch(c, sceneId, now);
            return find(c, sceneId);
        });
    }

    /** What {@link #replacePlacements} did. */
    public sealed interface Replacement {
        /** The list is stored (or was already exactly this; then nothing was written, not even the time). */
        record Done(StoredScene scene) implements Replacement {
        }

        record SceneGone() implements Replacement {
        }

        /** The asset was deleted or is not ready now; {@code index} is its first entry. */
        record AssetUnavailable(int index, String assetId) implements Replacement {
        }

        /** An entry keeps an id that is no longer a placement of this scene. */
        record PlacementGone(int index, String placementId) implements Replacement {
        }
    }

    /**
     * Makes {@code placements}, in this order, the scene's whole list in one transaction: placements not in the list
     * are removed. {@code keptIds} are the entries' ids that must still be placements of this scene (the others
     * are freshly minted). Nothing is written when any check fails.
     */
    public Replacement replacePlacements(String sceneId, List<StoredPlacement> placements, Set<String> keptIds, Instant now) {
        return db.write(c -> {
            Optional<StoredScene> current = find(c, sceneId);
            if (current.isEmpty()) {
                return new Replacement.SceneGone();
            }
            Set<String> existing = new HashSet<>();
            current.get().placements().forEach(p -> existing.add(p.id()));
            Map<String, Boolean> ready = new HashMap<>();
            for (int i = 0; i < placements.size(); i++) {
                StoredPlacement p = placements.get(i);
                if (keptIds.contains(p.id()) && !existing.contains(p.id())) {
                    return new Replacement.PlacementGone(i, p.id());
                }
                if (!ready.computeIfAbsent(p.assetId(), a -> uncheckedReady(c, a))) {
                    return new Replacement.AssetUnavailable(i, p.assetId());
                }
            }
            if (unchanged(current.get().placements(), placements)) {
                return new Replacement.Done(current.get());
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM placements WHERE scene_id = ?")) {
                ps.setString(1, sceneId);
                ps.executeUpdate();
            }
            for (int i = 0; i < placements.size(); i++) {
                insertPlacement(c, sceneId, placements.get(i), i + 1);
            }
            touch(c, sceneId, now);
            return new Replacement.Done(find(c, sceneId).orElseThrow());
        });
    }

    private static boolean unchanged(List<StoredPlacement> before, List<StoredPlacement> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).sameAs(after.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean assetReady(Connection c, String assetId) throws SQLException {
        return AssetStore.exists(c, "SELECT 1 FROM assets WHERE id = ? AND status = 'ready'", assetId);
    }

    private static boolean uncheckedReady(Connection c, String assetId) {
        try {
            return assetReady(c, assetId);
        } catch (SQLException e) {
            throw new StoreException("read failed: " + e.getMessage(), e);
        }
    }

    /** Inserts a placement at {@code ordinal}, or after the scene's last one when null. */
    private static void insertPlacement(Connection c, String sceneId, StoredPlacement p, Integer ordinal) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO placements (" + PLACEMENT_COLUMNS + ", scene_id, ordinal)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + (ordinal != null ? "?" : "(SELECT COALESCE(MAX(ordinal), 0) + 1 FROM placements WHERE scene_id = ?)") + ")")) {
            ps.setString(1, p.id());
            ps.setString(2, p.assetId());
            ps.setString(3, p.name());
            setPose(ps, 4, p.position(), p.rotation());
            ps.setLong(11, p.addedAt().toEpochMilli());
            ps.setString(12, wire(p.mobility()));
            ps.setString(13, sceneId);
            if (ordinal != null) {
                ps.setInt(14, ordinal);
            } else {
                ps.setString(14, sceneId);
            }
            ps.executeUpdate();
        }
        insertJoints(c, p);
    }

    private static void insertJoints(Connection c, StoredPlacement p) throws SQLException {
        if (p.jointPositions().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO placement_joints (placement_id, joint, ordinal, position)"
                + " VALUES (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (Map.Entry<String, Double> e : p.jointPositions().entrySet()) {
                ps.setString(1, p.id());
                ps.setString(2, e.getKey());
                ps.setInt(3, ordinal++);
                ps.setDouble(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String wire(Mobility m) {
        return m.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Removes one placement by id or, when {@code byAsset}, every placement of that asset id; empty when nothing
     * matched.
     */
    public Optional<StoredScene> removePlacements(String sceneId, String id, boolean byAsset, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM placements WHERE scene_id = ? AND "
                    + (byAsset ? "asset_id" : "id") + " = ?")) {
                ps.setString(1, sceneId);
                ps.setString(2, id);
                if (ps.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            touch(c, sceneId, now);
            return find(c, sceneId);
        });
    }

    private static void touch(Connection c, String sceneId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE scenes SET updated_at = ? WHERE id = ?")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setString(2, sceneId);
            ps.executeUpdate();
        }
    }

    private static void setPose(PreparedStatement ps, int first, Position p, Rotation r) throws SQLException {
        ps.setDouble(first, p.x());
        ps.setDouble(first + 1, p.y());
        ps.setDouble(first + 2, p.z());
        ps.setDouble(first + 3, r.x());
        ps.setDouble(first + 4, r.y());
        ps.setDouble(first + 5, r.z());
        ps.setDouble(first + 6, r.w());
    }

    private static StoredScene sceneRow(ResultSet rs) throws SQLException {
        return new StoredScene(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)), List.of());
    }
}
