package io.gizmostudio.ui.composer;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.preview.ExportBundleCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scene naming an asset whose model cannot be loaded (deleted on this server, a scene file from another one) is
 * drawn without it and says why, instead of failing on the UI thread.
 */
@ExtendWith(ApplicationExtension.class)
class MissingAssetCanvasFxTest {
    @TempDir
    static Path cache;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private AssetModels models;
    private SceneComposerViewModel vm;
    private SceneCanvas canvas;

    @Start
    void start(Stage stage) {
        models = new AssetModels(new ModelServingLibrary().withBrokenModel("ast_gone"), executor, new ExportBundleCache(cache));
        vm = new SceneComposerViewModel(models, id -> Optional.empty(), new PlacementClipboard());
        canvas = new SceneCanvas(vm, models);
        stage.setScene(new Scene(canvas, 400, 300, true));
        stage.show();
    }

    @Test
    void aPlacementWhoseModelFailsToLoadIsLeftUndrawnAndTheLoadSaysWhy() throws Exception {
        SceneDocument doc = new SceneDocument("mailed", List.of(
                new Placement("p1", "ast_gone", "table", Pose.IDENTITY, Map.of(), Mobility.FIXED)));
        WaitForAsyncUtils.asyncFx(() -> {
            vm.open(doc);
            executor.runWork(); // the load fails and every listener hears it, on this (the UI) thread
        }).get(10, TimeUnit.SECONDS);

        assertThat(WaitForAsyncUtils.asyncFx(canvas::drawnModels).get()).isZero();
        assertThat(models.failure("ast_gone")).isPresent();
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.documentProperty().get()).get()).isEqualTo(doc);
    }
}
