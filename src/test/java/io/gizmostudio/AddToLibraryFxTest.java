package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.connection.ClientConnectionService;
import io.gizmostudio.ui.preview.ExportBundleCache;
import io.gizmostudio.ui.preview.PreviewViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole way a user takes a published description into a scene: the app opens a URDF given at start, "Add to
 * library" converts it and imports it into the real built-in engine, and the library lists and selects the new asset,
 * whose preview is then the engine's own export of it.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AddToLibraryFxTest {
    private static final Path ARM = Path.of("src/test/resources/descriptions/pick_arm/pick_arm.urdf").toAbsolutePath();
    @TempDir
    static Path home;
    private StudioApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path root = Files.createTempDirectory(home, "user");
        ServerBuiltInEngine engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(ServerConfig.defaults(root.resolve("data")).withPort(0)));
        app = new StudioApp(root.resolve("config"), Map.of(), new ClientConnectionService(engine), () -> { });
        app.usePreviewCache(new ExportBundleCache(root.resolve("cache")));
        app.openAtStart(ARM);
        app.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::close).get().get(30, TimeUnit.SECONDS);
    }

    @Test
    void anOpenedUrdfIsAddedToTheLibraryAndSelected(FxRobot robot) throws Exception {
        waitUntil(() -> app.preview().stateProperty().get() == PreviewViewModel.State.SHOWING
                && app.preview().shownFileProperty().get() != null);
        // the built-in engine starts beside the window: the file shows before it is up, the import needs it
        waitUntil(() -> robot.lookup("#connectionDetail").queryLabeled().getText().equals("healthy"));
        Button add = robot.lookup("#previewAddToLibrary").queryAs(Button.class);
        waitUntil(() -> add.isVisible() && !add.isDisabled());
        robot.clickOn(add);

        javafx.scene.control.Label status = robot.lookup("#previewImportStatus").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> status.getText().startsWith("Added") || status.getText().startsWith("Cannot"));
        assertThat(status.getText()).startsWith("Added pick arm to the library");
        waitUntil(() -> app.library().assets().stream().anyMatch(a -> a.name().equals("pick arm")));
        Asset asset = WaitForAsyncUtils.asyncFx(() -> app.library().assets().stream()
                .filter(a -> a.name().equals("pick arm")).findFirst().orElseThrow()).get();
        assertThat(asset.params()).containsEntry("source", "import");
        assertThat(asset.tags()).contains("imported");
        assertThat(asset.prompt()).isEqualTo("Imported from pick_arm.urdf");
        waitUntil(() -> asset.id().equals(app.preview().shownAssetIdProperty().get())
                && app.preview().stateProperty().get() == PreviewViewModel.State.SHOWING);
        assertThat(app.preview().viewport().articulationProperty().get().movableJoints()).hasSize(5);
        assertThat(robot.lookup("#previewAddToLibrary").queryAs(Button.class).isVisible()).as("a library asset needs no adding").isFalse();
        snapshot(Path.of("target", "add-to-library.png"));
    }

    private void snapshot(Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
