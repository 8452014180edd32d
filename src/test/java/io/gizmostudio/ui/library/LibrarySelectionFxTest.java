package io.gizmostudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.jobs.JobTracker;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The selected card (and so the preview and details) stays selected when the library reloads under it. */
@ExtendWith(ApplicationExtension.class)
class LibrarySelectionFxTest {
    private final FakeAssetLibrary server = new FakeAssetLibrary().withReadyAssets(5);
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private AssetLibraryViewModel library;
    private ListView<?> list;

    @Start
    void start(Stage stage) {
        RecordingDialogService dialogs = new RecordingDialogService();
        JobTracker jobs = new JobTracker(server, executor, dialogs, Duration.ofMinutes(1));
        library = new AssetLibraryViewModel(server, executor);
        AssetActionsViewModel actions = new AssetActionsViewModel(server, executor, dialogs, jobs, library, a -> { });
        library.refresh();
        AssetLibraryView view = new AssetLibraryView(library, actions, ZoneOffset.UTC);
        stage.setScene(new Scene(view, 320, 600));
        stage.show();
        list = (ListView<?>) view.lookup("#assetList");
    }

    @Test
    void refreshingKeepsTheSelectedAssetSelected(FxRobot robot) {
        List<Asset> selections = new ArrayList<>();
        robot.clickOn("#card-" + library.assets().get(2).id());
        Asset chosen = library.selectedProperty().get();
        assertThat(chosen).isNotNull();
        robot.interact(() -> library.selectedProperty().addListener((obs, was, now) -> selections.add(now)));

        robot.interact(() -> {
            library.refresh();
            executor.runWork();
        });

        assertThat(library.selectedProperty().get()).extracting(Asset::id).isEqualTo(chosen.id());
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(library.selectedProperty().get());
        assertThat(selections).as("the selection never went through nothing").doesNotContainNull();
    }

    @Test
    void anAssetTheNewResultsLeaveOutIsNoLongerSelected(FxRobot robot) {
        robot.clickOn("#card-" + library.assets().get(0).id());
        String chosen = library.selectedProperty().get().name();

        robot.interact(() -> {
            library.searchTextProperty().set("no asset is called this " + chosen);
            library.refresh();
            executor.runWork();
        });

        assertThat(library.assets()).isEmpty();
        assertThat(library.selectedProperty().get()).isNull();
    }
}
