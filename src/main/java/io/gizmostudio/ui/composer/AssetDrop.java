package io.gizmostudio.ui.composer;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.AssetShape;
import io.gizmostudio.core.scene.GridSnap;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.core.scene.SceneRaycast;
import io.gizmostudio.core.scene.SurfaceDrop;
import io.gizmostudio.core.scene.SurfaceHit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Dragging an asset from the library over the scene: where it would stand (on what the pointer ray hits, its bounds'
 * bottom on the surface), or why it cannot be placed; and the drop itself. A drop that beats its asset's model
 * download is kept and placed when the model arrives.
 */
final class AssetDrop {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AssetDrop.class);
    private final Function<String, Optional<Asset>> assets;
    private final PlacementGeometry geometry;
    private final SceneHistory history;
    private final PlacementNaming naming;
    private final Supplier<GridSnap> grid;
    private final Consumer<String> message;
    private PendingDrop pending;

    private record PendingDrop(String assetId, Ray ray, boolean freeMove) {
    }

    AssetDrop(Function<String, Optional<Asset>> assets, PlacementGeometry geometry, SceneHistory history, PlacementNaming naming,
              Supplier<GridSnap> grid, Consumer<String> message) {
        this.assets = assets;
        this.geometry = geometry;
        this.history = history;
        this.naming = naming;
        this.grid = grid;
        this.message = message;
    }

    DropPreview dragOver(String assetId, Ray ray, boolean freeMove) {
        Optional<Asset> asset = assets.apply(assetId);
        if (asset.isEmpty()) {
            return DropPreview.refused("This asset is not in the library (it may have been deleted).");
        }
        Asset a = asset.get();
        if (a.status() == AssetStatus.FAILED) {
            return DropPreview.refused(a.name() + " failed to generate"
                    + (a.error() != null && a.error().message() != null ? ": " + a.error().message() : "") + " — it cannot be placed.");
        }
        if (a.status() != AssetStatus.READY) {
            return DropPreview.refused(a.name() + " is still generating — it can be placed when it is ready.");
        }
        Optional<AssetShape> shape = geometry.shapeOf(assetId, Map.of());
        if (shape.isEmpty()) {
            geometry.request(assetId);
            return DropPreview.refused(geometry.failure(assetId).map(f -> "Cannot load " + a.name() + ": " + f)
                    .orElse("Loading " + a.name() + "…"));
        }
        List<PlacedShape> shapes = geometry.shapes(history.document(), Set.of());
        Optional<SurfaceHit> hit = SceneRaycast.cast(ray, shapes, Set.of());
        if (hit.isEmpty()) {
            return DropPreview.refused("Point at the floor or at a placed asset to drop " + a.name() + ".");
        }
        double support = SurfaceDrop.supportHeight(hit.get(), shapes, Set.of());
        Vec3 at = freeMove ? hit.get().point() : grid.get().snapXY(hit.get().point());
        return DropPreview.at(new Pose(SurfaceDrop.standingPosition(shape.get(), Quat.IDENTITY, at, support), Quat.IDENTITY));
    }

    /** Places the asset; false when refused (the reason goes to the message). A drop waiting for its model counts as placed. */
    boolean drop(String assetId, Ray ray, boolean freeMove) {
        DropPreview preview = dragOver(assetId, ray, freeMove);
        if (preview.pose().isEmpty()) {
            boolean loading = geometry.shapeOf(assetId, Map.of()).isEmpty() && geometry.failure(assetId).isEmpty()
                    && assets.apply(assetId).map(a -> a.status() == AssetStatus.READY).orElse(false);
            if (loading) {
                pending = new PendingDrop(assetId, ray, freeMove);
            }
            LOG.info("Drop of {} refused: {}", assetId, preview.refusal());
            message.accept(preview.refusal());
            return loading;
        }
        pending = null;
        Asset a = assets.apply(assetId).orElseThrow();
        Object family = a.params() == null ? null : a.params().get("family");
        Placement p = new Placement(naming.newId(), assetId, naming.uniqueName(a.name(), Set.of()), preview.pose().get(), Map.of(),
                Mobility.defaultFor(family == null ? null : family.toString()));
        history.apply("Add " + p.name(), history.document().with(p), List.of(p.id()));
        message.accept("Placed " + p.name() + ".");
        return true;
    }

    /** A model arrived: a drop that waited for it is placed now. */
    void modelArrived(String assetId) {
        PendingDrop waiting = pending;
        if (waiting != null && waiting.assetId().equals(assetId)) {
            pending = null;
            drop(waiting.assetId(), waiting.ray(), waiting.freeMove());
        }
    }
}
