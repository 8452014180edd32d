package io.gizmostudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.ui.common.ManualUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a xacro file in the preview shows its arguments dialog; Expand stays off until the required one is typed. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class XacroArgumentsFxTest {
    @TempDir static Path dir;
    private PreviewViewModel vm;

    @Start
    void start(Stage stage) {
        // the inline executor runs the reading on the FX thread here, which only a test may do
        vm = new PreviewViewModel(new BundleServingLibrary(), new ManualUiExecutor(), new ExportBundleCache(dir.resolve("cache")),
                new SimpleObjectProperty<Asset>());
        PreviewView view = new PreviewView(vm, new LibraryImportViewModel(new BundleServingLibrary(), new ManualUiExecutor(), vm, a -> { }));
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @Test
    void theDialogAsksForTheArgumentsAndExpandShowsTheModel(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("arm.urdf.xacro"), PreviewXacroTest.ARM);
        robot.interact(() -> vm.openFile(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#xacroArg-reach").tryQuery().isPresent());
        Button expand = robot.lookup("#xacroExpandButton").queryButton();
        assertThat(expand.isDisabled()).isTrue();
        assertThat(robot.lookup("#xacroArgsProblem").queryLabeled().getText()).contains("reach");

        robot.clickOn("#xacroArg-reach").write("0.75");
        assertThat(expand.isDisabled()).isFalse();
        robot.clickOn("#xacroExpandButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.stateProperty().get() == PreviewViewModel.State.SHOWING);
        assertThat(vm.viewport().articulationProperty().get().joint("left_shoulder").orElseThrow().limits().upper()).isEqualTo(0.75);
        assertThat(robot.lookup("#xacroArg-reach").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(robot.lookup("#previewXacroArgs").query().isVisible()).isTrue();
    }
}
