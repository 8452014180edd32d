package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.server.store.Ids;
import io.gizmostudio.server.store.SceneStore;
import io.gizmostudio.server.store.StoredAsset;
import io.gizmostudio.server.store.StoredPlacement;
import io.gizmostudio.server.store.StoredScene;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/scenes/{id}/assets}: place a ready asset (201), change a placement, replace the whole list (the
 * desktop app's Save, one transaction), remove placements (§7, §10 and the scene extensions in README).
 */
public final class PlacementRoutes {
    private final SceneStore scenes;
    private final PlaceableAssets placeable;
    private final Ownership ownership;
    private final Replies replies;
    private final Ids ids;
    private final Clock clock;

    public PlacementRoutes(SceneStore scenes, PlaceableAssets placeable, Ownership ownership, Replies replies, Ids ids,
                           Clock clock) {
        this.scenes = scenes;
        this.placeable = placeable;
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
        Optional<String> name = PlacementFields.name(f);
        Optional<Mobility> mobility = PlacementFields.mobility(f);
        Optional<JsonNode> joints = PlacementFields.jointPositions(f);
        StoredScene scene = ownership.scene(req.path("id"), req.owner());
        Placeable asset = placeable.lookup(req.owner()).require(assetId);
        Instant now = clock.instant();
        StoredPlacement placement = new StoredPlacement(ids.next(Ids.PLACEMENT), asset.asset().id(),
                name.orElse(asset.asset().name()), position, rotation, now, mobility.orElse(asset.defaultMobility()),
                joints.map(j -> PlacementFields.resolve(j, asset.articulation())).orElse(Map.of()));
        StoredScene updated = scenes.addPlacement(scene.id(), placement, now).orElseThrow(() -> gone(scene.id(), assetId));
        return replies.status(201, SceneViews.toWire(updated));
    }

    /** PATCH: moves, renames, re-poses or frees/welds a placement, keeping its id; absent fields stay. */
    public Reply move(ApiRequest req) {
        JsonFields f = req.json();
        Position newPosition = f.object("position").map(Poses::position).orElse(null);
        Rotation newRotation = f.object("rotation").map(Poses::rotation).orElse(null);
        Optional<String> name = PlacementFields.name(f);
        Optional<Mobility> mobility = PlacementFields.mobility(f);
        Optional<JsonNode> joints = PlacementFields.jointPositions(f);
        StoredScene scene = ownership.scene(req.path("id"), req.owner());
        String placementId = req.path("placement_id");
        StoredPlacement current = scene.placements().stream().filter(p -> p.id().equals(placementId)).findFirst()
                .orElseThrow(() -> placementNotFound(scene.id(), placementId));
        Mobility newMobility = current.mobility();
        Map<String, Double> newJoints = current.jointPositions();
        if (f.has("mobility") || f.has("joint_positions")) {
            // Only these need the asset: its default (mobility: null) and its joints.
            Placeable asset = placeable.lookup(req.owner()).require(current.assetId());
            if (f.has("mobility")) {
                newMobility = mobility.orElse(asset.defaultMobility());
            }
            if (f.has("joint_positions")) {
                newJoints = joints.map(j -> PlacementFields.resolve(j, asset.articulation())).orElse(Map.of());
            }
        }
        StoredPlacement updated = new StoredPlacement(current.id(), current.assetId(), name.orElse(current.name()),
                newPosition != null ? newPosition : current.position(), newRotation != null ? newRotation : current.rotation(),
                current.addedAt(), newMobility, newJoints);
        StoredScene after = scenes.updatePlacement(scene.id(), updated, clock.instant())
                .orElseThrow(() -> placementNotFound(scene.id(), placementId));
        return replies.ok(SceneViews.toWire(after));
    }

    /**
     * PUT: the whole placement list, in order, in one transaction. Every entry is checked before anything is
     * written; a refusal names the entry ({@code assets[i]}) and its field.
     */
    public Reply replace(ApiRequest req) {
        JsonNode list = req.json().array("assets").orElseThrow(() -> ApiException.missingField("assets"));
        StoredScene scene = ownership.scene(req.path("id"), req.owner());
        Map<String, StoredPlacement> current = new LinkedHashMap<>();
        scene.placements().forEach(p -> current.put(p.id(), p));
        PlaceableAssets.Lookup lookup = placeable.lookup(req.owner());
        Instant now = clock.instant();
        List<StoredPlacement> entries = new ArrayList<>(list.size());
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                entries.add(entry(list.get(i), scene.id(), current, kept, lookup, now));
            } catch (ApiException e) {
                throw e.at("assets[" + i + "]");
            }
        }
        SceneStore.Replacement outcome = scenes.replacePlacements(scene.id(), entries, kept, now);
        if (outcome instanceof SceneStore.Replacement.Done done) {
            return replies.ok(SceneViews.toWire(done.scene()));
        }
        if (outcome instanceof SceneStore.Replacement.AssetUnavailable a) {
            throw gone(scene.id(), a.assetId()).at("assets[" + a.index() + "]");
        }
        if (outcome instanceof SceneStore.Replacement.PlacementGone g) {
            throw notInScene(scene.id(), g.placementId()).at("assets[" + g.index() + "]");
        }
        throw Ownership.sceneNotFound(scene.id());
    }

    private StoredPlacement entry(JsonNode node, String sceneId, Map<String, StoredPlacement> current, Set<String> kept,
                                  PlaceableAssets.Lookup lookup, Instant now) {
        if (!node.isObject()) {
            throw ApiException.invalidField("assets[]", "must hold objects, not " + JsonFields.describe(node));
        }
        JsonFields f = JsonFields.of((ObjectNode) node);
        Optional<String> placementId = f.string("placement_id");
        StoredPlacement before = null;
        if (placementId.isPresent()) {
            before = current.get(placementId.get());
            if (before == null) {
                throw notInScene(sceneId, placementId.get());
            }
            if (!kept.add(before.id())) {
                throw ApiException.invalidField("placement_id", "names " + before.id() + " a second time; each placement appears once");
            }
        }
        String assetId = f.requiredString("asset_id");
        if (before != null && !before.assetId().equals(assetId)) {
            throw ApiException.invalidField("asset_id", "must stay " + before.assetId() + " for placement " + before.id()
                    + "; place another asset as a new entry (without placement_id)");
        }
        if (!f.has("name")) {
            throw ApiException.missingField("name");
        }
        String name = PlacementFields.name(f).orElseThrow();
        Position position = Poses.position(f.object("position").orElseThrow(() -> ApiException.missingField("position")));
        Rotation rotation = Poses.rotation(f.object("rotation").orElseThrow(() -> ApiException.missingField("rotation")));
        Optional<Mobility> mobility = PlacementFields.mobility(f);
        Optional<JsonNode> joints = PlacementFields.jointPositions(f);
        Placeable asset = lookup.require(assetId);
        Map<String, Double> positions = joints.map(j -> PlacementFields.resolve(j, asset.articulation())).orElse(Map.of());
        String id = before != null ? before.id() : ids.next(Ids.PLACEMENT);
        Instant addedAt = before != null ? before.addedAt() : now;
        return new StoredPlacement(id, assetId, name, position, rotation, addedAt, mobility.orElse(asset.defaultMobility()),
                positions);
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
        // Lost a race with a delete (or a status change) between the checks and the write: report what is wrong now.
        if (scenes.find(sceneId).isEmpty()) {
            return Ownership.sceneNotFound(sceneId);
        }
        try {
            placeable.lookup(scenes.find(sceneId).get().owner()).require(assetId);
        } catch (ApiException e) {
            return e;
        }
        return Ownership.assetNotFound(assetId);
    }

    private static ApiException notInScene(String sceneId, String placementId) {
        return ApiException.invalidField("placement_id", "names " + Paging.abbreviate(placementId) + ", which is not a placement"
                + " of scene " + sceneId + "; leave it out to add a new placement");
    }

    private static ApiException placementNotFound(String sceneId, String id) {
        return ApiException.notFound(ErrorCodes.PLACEMENT_NOT_FOUND,
                "Scene " + sceneId + " has no placement " + Paging.abbreviate(id) + ".");
    }
}
