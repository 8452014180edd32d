package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.PlacementMobility;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The composer's document and the server's scene, both ways. Placements the server has not seen yet have ids the
 * composer made ({@link Placement#hasLocalId()}): they go out without an id and come back with the server's.
 */
public final class SceneDocumentMapping {
    private final Function<String, Mobility> defaultMobility;

    /** {@code defaultMobility}: an asset's own default, for servers that do not send a placement's mobility. */
    public SceneDocumentMapping(Function<String, Mobility> defaultMobility) {
        this.defaultMobility = defaultMobility;
    }

    public SceneDocument toDocument(Scene scene) {
        List<Placement> out = new ArrayList<>();
        for (io.gizmostudio.api.Placement p : scene.assets()) {
            Position at = p.position() == null ? Position.ORIGIN : p.position();
            Rotation r = p.rotation() == null ? Rotation.IDENTITY : p.rotation();
            Mobility m = PlacementMobility.canonical(p.mobility())
                    .map(v -> v.equals(PlacementMobility.FREE) ? Mobility.FREE : Mobility.FIXED)
                    .orElseGet(() -> defaultMobility.apply(p.assetId()));
            String name = p.name() == null || p.name().isBlank() ? p.assetId() : p.name();
            out.add(new Placement(p.placementId(), p.assetId(), name,
                    new Pose(new Vec3(at.x(), at.y(), at.z()), new Quat(r.x(), r.y(), r.z(), r.w())),
                    p.jointPositions(), m));
        }
        return new SceneDocument(scene.name(), out);
    }

    /** The document's placements as a {@code PUT} list, in order; placements new to the server go without an id. */
    public List<PlacementEntry> toEntries(SceneDocument doc) {
        List<PlacementEntry> out = new ArrayList<>();
        for (Placement p : doc.placements()) {
            Vec3 at = p.pose().position();
            Quat q = p.pose().rotation();
            out.add(new PlacementEntry(p.hasLocalId() ? null : p.id(), p.assetId(), p.name(), new Position(at.x(), at.y(), at.z()),
                    new Rotation(q.x(), q.y(), q.z(), q.w()),
                    p.mobility() == Mobility.FREE ? PlacementMobility.FREE : PlacementMobility.FIXED, p.jointPositions()));
        }
        return out;
    }

    /**
     * The ids the server gave: entry i of the saved list is placement i of {@code sent}, so each local id maps to the
     * id at its index in {@code saved}. Empty when the lists do not line up (then nothing is renamed).
     */
    public static Map<String, String> serverIds(SceneDocument sent, Scene saved) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<Placement> ps = sent.placements();
        if (saved.assets().size() != ps.size()) {
            return Map.of();
        }
        for (int i = 0; i < ps.size(); i++) {
            String mine = ps.get(i).id();
            String theirs = saved.assets().get(i).placementId();
            if (!ps.get(i).assetId().equals(saved.assets().get(i).assetId())) {
                return Map.of();
            }
            if (!mine.equals(theirs)) {
                ids.put(mine, theirs);
            }
        }
        return ids;
    }
}
