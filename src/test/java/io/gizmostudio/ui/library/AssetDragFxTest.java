package io.gizmostudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.jobs.JobTracker;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card dragged out of the library carries its asset id in the composer's format and as text. Platform
 * drag-and-drop needs real glass: Monocle headless fails it (recipe §4), so this runs only under Xvfb.
 */
@ExtendWith(ApplicationExtension.class)
class AssetDragFxTest {
    private Label target;
    private AssetLibraryViewModel library;

    @BeforeAll
    static void needsRealGlass() {
        // In @BeforeAll: an assumption failing inside @Start would surface as an error, not a skip.
        Assumptions.assumeFalse("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                || Boolean.getBoolean("testfx.headless"), "platform drag-and-drop needs Xvfb (run with -Pxvfb)");
    }

    @Start
    void start(Stage stage) {
        FakeAssetLibrary server = new FakeAssetLibrary().withReadyAssets(3);
        ManualUiExecutor executor = new ManualUiExecutor();
        RecordingDialogService dialogs = new RecordingDialogService();
        JobTracker jobs = new JobTracker(server, executor, dialogs, Duration.ofMinutes(1));
        library = new AssetLibraryViewModel(server, executor);
        AssetActionsViewModel actions = new AssetActionsViewModel(server, executor, dialogs, jobs, library, a -> { });
        library.refresh();
        target = new Label("drop here");
        target.setId("dropTarget");
        target.setPrefSize(200, 200);
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(AssetDragFormat.ASSET_ID)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            target.setText(e.getDragboard().getContent(AssetDragFormat.ASSET_ID) + "|" + e.getDragboard().getString());
            e.setDropCompleted(true);
            e.consume();
        });
        stage.setScene(new Scene(new HBox(new AssetLibraryView(library, actions, ZoneOffset.UTC), target), 700, 500));
        stage.show();
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDraggedCardCarriesItsAssetId(FxRobot robot) throws Exception {
        String id = library.assets().get(0).id();

        robot.drag("#card-" + id, MouseButton.PRIMARY).dropTo("#dropTarget");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> target.getText().contains("|"));

        assertThat(target.getText()).isEqualTo(id + "|" + id);
    }
}
