package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.server.store.Ids;
import io.gizmostudio.server.store.SceneStore;
import io.gizmostudio.server.store.StoredAsset;
import io.gizmostudio.server.store.StoredPlacement;
import io.gizmostudio.server.store.StoredScene;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** {@code /v1/scenes/{id}/assets}: place a ready asset (201), move a placement, remove placements (§7, §10). */
public final class PlacementRoutes {
    private final SceneStore scenes;
    private final Ownership ownership;
    private final Replies replies;
    private final Ids ids;
    private final Clock clock;

    public PlacementRoutes(SceneStore scenes, Ownership ownership, Replies replies, Ids ids, Clock clock) {
        this.scenes = scenes;
        this.ownership = ownership;
        this.replies = replies;
        this.ids = ids;
        this.clock = clock;
    }

    public Reply add(ApiRequest req) {
        JsonFields f = req.json();
        String assetId = f.requiredString("asset_id");
        Position position = f.object("position").map(Poses::position).orElse(Position.ORIGIN);
        Rotation rotation = f.object("rotation").map(Poses::rotation).orElse(Rotation.IDENTITY);
        StoredScene scene = ownership.scene(req.path("id"), req.owner());
        StoredAsset asset = ownership.asset(assetId, req.owner());
        if (asset.status() != AssetStatus.READY) {
            throw notReady(asset);
        }
        Instant now = clock.instant();
        StoredPlacement placement = new StoredPlacement(ids.next(Ids.PLACEMENT), asset.id(), asset.name(), position, rotation, now);
        StoredScene updated = scenes.addPlacement(scene.id(), placement, now).orElseThrow(() -> gone(scene.id(), assetId));
        return replies.status(201, SceneViews.toWire(updated));
    }

    public Reply move(ApiRequest req) {
        JsonFields f = req.json();
        Optional<JsonNode> position = f.object("position");
        Optional<JsonNode> rotation = f.object("rotation");
        Position newPosition = position.map(Poses::position).orElse(null);
        Rotation newRotation = rotation.map(Poses::rotation).orElse(null);
        StoredScene scene = ownership.scene(req.path("id"), req.owner());
        String placementId = req.path("placement_id");
        StoredPlacement current = scene.placements().stream().filter(p -> p.id().equals(placementId)).findFirst()
                .orElseThrow(() -> placementNotFound(scene.id(), placementId));
        StoredScene updated = scenes.movePlacement(scene.id(), placementId,
                newPosition != null ? newPosition : current.position(),
                newRotation != null ? newRotation : current.rotation(), clock.instant())
                .orElseThrow(() -> placementNotFound(scene.id(), placementId));
        return replies.ok(SceneViews.toWire(updated));
    }

    /** Removes one placement, or every placement of an asset when the segment is an asset id (§7 tolerance). */
    public Reply remove(ApiRequest req) {
        StoredScene scene = ownership.scene(req.path("id"), req.owner());
        String target = req.path("placement_id");
        boolean byAsset = target.startsWith(Ids.ASSET);
        StoredScene updated = scenes.removePlacements(scene.id(), target, byAsset, clock.instant())
                .orElseThrow(() -> placementNotFound(scene.id(), target));
        return replies.ok(SceneViews.toWire(updated));
    }

    static ApiException notReady(StoredAsset asset) {
        return ApiException.conflict(ErrorCodes.ASSET_NOT_READY, "Asset " + asset.id() + " is " + asset.status().wireName()
                + "; only ready assets can be used. Poll it until its status is ready.");
    }

    private ApiException gone(String sceneId, String assetId) {
        // Lost a race with a delete between the checks and the write: report whichever is missing now.
        if (scenes.find(sceneId).isEmpty()) {
            return Ownership.sceneNotFound(sceneId);
        }
        return Ownership.assetNotFound(assetId);
    }

    private static ApiException placementNotFound(String sceneId, String id) {
        return ApiException.notFound(ErrorCodes.PLACEMENT_NOT_FOUND,
                "Scene " + sceneId + " has no placement " + Paging.abbreviate(id) + ".");
    }
}
