package io.gizmostudio.ui.composer;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.TestAssets;
import io.gizmostudio.ui.preview.ExportBundleCache;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A composer over real articulations (a 1.2 × 0.8 × 0.75 m table-like slab on legs, boxes) with no server. */
final class ComposerFixture {
    static final String TABLE = "ast_table";
    static final String BOX = "ast_box";
    static final String PENDING = "ast_pending";
    static final String FAILED = "ast_failed";
    final Map<String, Asset> assets = new HashMap<>();
    final AssetModels models;
    final PlacementClipboard clipboard = new PlacementClipboard();
    final SceneComposerViewModel vm;

    ComposerFixture(Path cacheDir) {
        models = new AssetModels(new ModelServingLibrary(), new ManualUiExecutor(), new ExportBundleCache(cacheDir));
        assets.put(TABLE, TestAssets.ready(TABLE, "Table"));
        assets.put(BOX, TestAssets.ready(BOX, "Box"));
        assets.put(PENDING, TestAssets.asset(PENDING, "Shelf", AssetStatus.PENDING, Instant.EPOCH));
        assets.put(FAILED, TestAssets.failed(TestAssets.asset(FAILED, "Flux", AssetStatus.FAILED, Instant.EPOCH), "unrecognized_prompt", "no such thing"));
        models.put(TABLE, TestModels.box(1.2, 0.8, 0.75));
        models.put(BOX, TestModels.box(0.2, 0.2, 0.2));
        vm = new SceneComposerViewModel(models, id -> Optional.ofNullable(assets.get(id)), clipboard);
    }

    /** Straight down onto (x, y) from 10 m up. */
    static Ray down(double x, double y) {
        return new Ray(new Vec3(x, y, 10), new Vec3(0, 0, -1));
    }
}
