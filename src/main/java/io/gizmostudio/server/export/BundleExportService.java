package io.gizmostudio.server.export;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.SceneModel;
import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.core.model.Articulation;
import java.util.List;

/** The engine core's bundle writers ({@code core.format}) behind {@link ExportService}. */
public final class BundleExportService implements ExportService {
    @Override
    public byte[] exportAsset(String assetId, Articulation articulation, String format) {
        return BundleWriter.asset(assetId, articulation, ExportFormat.fromWire(format));
    }

    @Override
    public byte[] exportScene(String sceneId, String sceneName, List<ScenePart> parts, String format) {
        return BundleWriter.scene(sceneId, new SceneModel(sceneName, parts), ExportFormat.fromWire(format));
    }
}
