package io.gizmostudio.server.http;

import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.api.ExportFormats;
import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.SceneExtent;
import io.gizmostudio.server.codec.ArticulationCodec;
import io.gizmostudio.server.export.ExportService;
import io.gizmostudio.server.export.ScenePartNames;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.StoredAsset;
import io.gizmostudio.server.store.StoredPlacement;
import io.gizmostudio.server.store.StoredScene;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v1/assets/{id}/export} and {@code POST /v1/scenes/{id}/export}: the format from the body or
 * {@code ?format=} (body wins, aliases accepted), then a zip named {@code <id>_<format>.zip}. Exports read the
 * articulation stored at generation time, so a scene keeps exporting exactly what was generated.
 */
public final class ExportRoutes {
    private final AssetStore assets;
    private final Ownership ownership;
    private final ArticulationCodec codec;
    private final ExportService exporter;

    public ExportRoutes(AssetStore assets, Ownership ownership, ArticulationCodec codec, ExportService exporter) {
        this.assets = assets;
        this.ownership = ownership;
        this.codec = codec;
        this.exporter = exporter;
    }

    public Reply asset(ApiRequest req) {
        String format = format(req);
        StoredAsset asset = ownership.asset(req.path("id"), req.owner());
        if (asset.status() != AssetStatus.READY) {
            throw PlacementRoutes.notReady(asset);
        }
        if (!asset.exportFormats().contains(format)) {
            throw unsupported(format);
        }
        byte[] zip = exporter.exportAsset(asset.id(), model(asset.id()), format);
        return Reply.zip(zip, asset.id() + "_" + format + ".zip");
    }

    public Reply scene(ApiRequest req) {
        String format = format(req);
        StoredScene scene = ownership.scene(req.path("id"), req.owner());
        Map<String, Articulation> models = new HashMap<>();
        ScenePartNames names = new ScenePartNames();
        List<ScenePart> parts = new ArrayList<>();
        for (StoredPlacement p : scene.placements()) {
            checkExtent(scene, p);
            Articulation a = models.computeIfAbsent(p.assetId(), this::model);
            Pose pose = new Pose(new Vec3(p.position().x(), p.position().y(), p.position().z()),
                    new Quat(p.rotation().x(), p.rotation().y(), p.rotation().z(), p.rotation().w()));
            parts.add(new ScenePart(names.next(p.name()), a, pose, p.mobility(), p.jointPositions()));
        }
        byte[] zip = exporter.exportScene(scene.id(), scene.name(), parts, format);
        return Reply.zip(zip, scene.id() + "_" + format + ".zip");
    }

    /**
     * Placements stored before positions were bounded can lie out of range: refuse to export them with what to move,
     * instead of writing files no simulator loads.
     */
    private static void checkExtent(StoredScene scene, StoredPlacement p) {
        double[] xyz = {p.position().x(), p.position().y(), p.position().z()};
        String[] axes = {"x", "y", "z"};
        for (int i = 0; i < 3; i++) {
            if (!SceneExtent.contains(xyz[i])) {
                throw ApiException.invalidField("position." + axes[i], "of placement " + p.id() + " ('" + Paging.abbreviate(p.name())
                        + "') " + SceneExtent.problem(xyz[i], "m") + "; move it (PATCH /v1/scenes/" + scene.id() + "/assets/"
                        + p.id() + ") and export again");
            }
        }
        for (Map.Entry<String, Double> j : p.jointPositions().entrySet()) {
            if (!SceneExtent.contains(j.getValue())) {
                throw ApiException.invalidField("joint_positions." + Paging.abbreviate(j.getKey()), "of placement " + p.id() + " "
                        + SceneExtent.problem(j.getValue(), "m or rad") + "; set it again (PATCH /v1/scenes/" + scene.id()
                        + "/assets/" + p.id() + ") and export again");
            }
        }
    }

    private Articulation model(String assetId) {
        return codec.decode(assets.model(assetId).orElseThrow(() -> new IllegalStateException(
                "ready asset " + assetId + " has no stored model")));
    }

    static String format(ApiRequest req) {
        Optional<String> body = req.json().string("format");
        String raw = body.orElse(AssetRoutes.blankToNull(req.query("format")));
        if (raw == null) {
            throw ApiException.missingField("format");
        }
        return ExportFormats.canonical(raw).orElseThrow(() -> unsupported(raw));
    }

    private static ApiException unsupported(String raw) {
        return ApiException.badRequest(ErrorCodes.UNSUPPORTED_FORMAT, "The format '" + Paging.abbreviate(raw)
                + "' is not supported; use one of " + String.join(", ", ExportFormats.ALL) + " (or mjcf, urdf, usd).");
    }
}
