package io.gizmostudio.ui.connection;

import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.Placement;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.UpdatePlacementRequest;
import io.gizmostudio.client.ScenesResource;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ServiceException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Saves a placement list on a server without {@code PUT /v1/scenes/{id}/assets}: PATCH each listed placement that
 * differs, POST each new entry (null {@code placementId}), DELETE each placement the list leaves out.
 *
 * <p>Limits, unlike the PUT: it is not one transaction (a failure part-way leaves the server between the old list
 * and the new; removals come last so nothing the server held is gone before the rest is written, and saving again
 * converges); it cannot reorder (kept placements stay in the server's order, new ones come last, in entry order);
 * an entry without {@code mobility} keeps the placement's current mobility instead of resetting it to the asset's
 * default (a PATCH cannot send that null). Entries are checked as the PUT checks them before anything is written.
 */
final class PlacementByPlacementSave {
    private final ScenesResource scenes;

    PlacementByPlacementSave(ScenesResource scenes) {
        this.scenes = scenes;
    }

    Scene save(String sceneId, List<PlacementEntry> entries) {
        Scene scene = scenes.get(sceneId);
        Map<String, Placement> current = new LinkedHashMap<>();
        scene.assets().forEach(p -> current.put(p.placementId(), p));
        check(scene, current, entries);
        Set<String> listed = new HashSet<>();
        for (PlacementEntry entry : entries) {
            if (entry.placementId() == null) {
                scene = scenes.addPlacement(sceneId, new AddPlacementRequest(entry.assetId(), entry.position(),
                        entry.rotation(), entry.name(), entry.mobility(), emptyToNull(entry.jointPositions())));
                continue;
            }
            listed.add(entry.placementId());
            UpdatePlacementRequest change = difference(current.get(entry.placementId()), entry);
            if (change != null) {
                scene = scenes.updatePlacement(sceneId, entry.placementId(), change);
            }
        }
        for (String placementId : current.keySet()) {
            if (!listed.contains(placementId)) {
                scene = scenes.removePlacement(sceneId, placementId);
            }
        }
        return scene;
    }

    /** The PUT's own refusals, so a bad list changes nothing here either. */
    private static void check(Scene scene, Map<String, Placement> current, List<PlacementEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            PlacementEntry e = entries.get(i);
            if (e.placementId() == null) {
                continue;
            }
            Placement before = current.get(e.placementId());
            if (before == null) {
                throw refused(i, "placement_id names " + e.placementId() + ", which is not a placement of scene "
                        + scene.id() + "; leave it out to add a new placement");
            }
            if (!seen.add(e.placementId())) {
                throw refused(i, "placement_id names " + e.placementId() + " a second time; each placement appears once");
            }
            if (!before.assetId().equals(e.assetId())) {
                throw refused(i, "asset_id must stay " + before.assetId() + " for placement " + e.placementId());
            }
        }
    }

    /** A PATCH carrying only what changed, or null when the placement already is what the entry says. */
    private static UpdatePlacementRequest difference(Placement before, PlacementEntry entry) {
        boolean position = !Objects.equals(before.position(), entry.position());
        boolean rotation = !Objects.equals(before.rotation(), entry.rotation());
        boolean name = !Objects.equals(before.name(), entry.name());
        boolean mobility = entry.mobility() != null && !entry.mobility().equals(before.mobility());
        Map<String, Double> wanted = entry.jointPositions() == null ? Map.of() : entry.jointPositions();
        // A server that sends no joint positions keeps none; then only a non-empty map is a change.
        Map<String, Double> had = before.jointPositions() == null ? Map.of() : before.jointPositions();
        boolean joints = !wanted.equals(had);
        if (!(position || rotation || name || mobility || joints)) {
            return null;
        }
        return new UpdatePlacementRequest(position ? entry.position() : null, rotation ? entry.rotation() : null,
                name ? entry.name() : null, mobility ? entry.mobility() : null, joints ? wanted : null);
    }

    private static Map<String, Double> emptyToNull(Map<String, Double> positions) {
        return positions == null || positions.isEmpty() ? null : positions;
    }

    private static ServiceException refused(int index, String message) {
        return new ServiceException(FailureKind.INVALID_REQUEST, "invalid_field", "assets[" + index + "]: " + message);
    }
}
