package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.scene.AssetShape;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The solid shapes of the open scene's placements, for dropping, moving and checking: each asset's shape at each
 * joint pose is worked out once, and a placement's world shape again only when the placement changes. Placements
 * whose asset model is not loaded yet have no shape (they are drawn as stand-ins and skipped by the checks).
 */
final class PlacementGeometry {
    private final AssetModels models;
    private final Map<String, Map<Map<String, Double>, AssetShape>> assetShapes = new HashMap<>();
    private final Map<String, Placed> placed = new HashMap<>();

    private record Placed(Placement placement, PlacedShape shape) {
    }

    PlacementGeometry(AssetModels models) {
        this.models = models;
    }

    void request(String assetId) {
        models.request(assetId);
    }

    Optional<String> failure(String assetId) {
        return models.failure(assetId);
    }

    Optional<AssetShape> shapeOf(String assetId, Map<String, Double> jointPositions) {
        Optional<Articulation> a = models.get(assetId);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(assetShapes.computeIfAbsent(assetId, k -> new HashMap<>())
                .computeIfAbsent(Map.copyOf(jointPositions), q -> AssetShape.of(a.get(), q)));
    }

    Optional<PlacedShape> placedShape(Placement p) {
        Placed cached = placed.get(p.id());
        if (cached != null && cached.placement().equals(p)) {
            return Optional.of(cached.shape());
        }
        Optional<PlacedShape> shape = shapeOf(p.assetId(), p.jointPositions()).map(s -> s.placedAt(p.id(), p.pose()));
        shape.ifPresent(s -> placed.put(p.id(), new Placed(p, s)));
        return shape;
    }

    /** World shapes of every placement that has one, except {@code ignored}. */
    List<PlacedShape> shapes(SceneDocument doc, Set<String> ignored) {
        List<PlacedShape> out = new ArrayList<>();
        for (Placement p : doc.placements()) {
            if (!ignored.contains(p.id())) {
                placedShape(p).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Forgets cached world shapes of placements no longer in {@code doc}. */
    void retain(SceneDocument doc) {
        placed.keySet().retainAll(doc.byId().keySet());
    }
}
