package io.gizmostudio.server.store;

import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scenes and their placements in the store. */
public final class SceneStore {
    private static final String PLACEMENT_COLUMNS = "id, asset_id, name, px, py, pz, rx, ry, rz, rw, added_at";
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

    private static Optional<StoredScene> find(Connection c, String id) throws SQLException {
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
        List<StoredPlacement> placements = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PLACEMENT_COLUMNS + " FROM placements WHERE scene_id = ? ORDER BY ordinal")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    placements.add(new StoredPlacement(rs.getString(1), rs.getString(2), rs.getString(3),
                            new Position(rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)),
                            new Rotation(rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10)),
                            Instant.ofEpochMilli(rs.getLong(11))));
                }
            }
        }
        return Optional.of(new StoredScene(bare.id(), bare.owner(), bare.name(), bare.description(), bare.createdAt(),
                bare.updatedAt(), placements));
    }

    /** Newest first, without placements; {@code text} (nullable) is a case-insensitive substring of the name. */
    public Page<StoredScene> list(String owner, String text, int limit, int offset) {
        String where = " WHERE owner = ?" + (text != null ? " AND instr(search_text, ?) > 0" : "");
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
            List<StoredScene> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, owner, name, description, created_at, updated_at FROM scenes"
                    + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
                List<Object> all = new ArrayList<>(args);
                all.add(limit);
                all.add(offset);
                AssetStore.bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(sceneRow(rs));
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
            if (!AssetStore.exists(c, "SELECT 1 FROM assets WHERE id = ? AND status = 'ready'", p.assetId())
                    || !AssetStore.exists(c, "SELECT 1 FROM scenes WHERE id = ?", sceneId)) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO placements (" + PLACEMENT_COLUMNS + ", scene_id, ordinal)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM placements WHERE scene_id = ?))")) {
                ps.setString(1, p.id());
                ps.setString(2, p.assetId());
                ps.setString(3, p.name());
                setPose(ps, 4, p.position(), p.rotation());
                ps.setLong(11, p.addedAt().toEpochMilli());
                ps.setString(12, sceneId);
                ps.setString(13, sceneId);
                ps.executeUpdate();
            }
            touch(c, sceneId, now);
            return find(c, sceneId);
        });
    }

    /** Moves a placement; empty when the scene has no such placement. */
    public Optional<StoredScene> movePlacement(String sceneId, String placementId, Position position, Rotation rotation, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE placements SET px = ?, py = ?, pz = ?, rx = ?, ry = ?, rz = ?,"
                    + " rw = ? WHERE id = ? AND scene_id = ?")) {
                setPose(ps, 1, position, rotation);
                ps.setString(8, placementId);
                ps.setString(9, sceneId);
                if (ps.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            touch(c, sceneId, now);
            return find(c, sceneId);
        });
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
