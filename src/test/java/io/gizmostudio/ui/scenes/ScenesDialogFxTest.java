package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Scene;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.ui.common.FxUiExecutor;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.connection.BuiltInEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import io.gizmostudio.ui.connection.Connection;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ProfileKind;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scene browser as a user sees it: a modal window over the main one, search, rows, Enter opens. */
@ExtendWith(ApplicationExtension.class)
class ScenesDialogFxTest {
    @TempDir
    static Path data;
    private TestServer engine;
    private Connection connection;
    private FxUiExecutor executor;
    private Stage main;
    private final List<Scene> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        engine = TestServer.start(data.resolve("engine-" + System.nanoTime()));
        connection = new ClientConnectionService(new BuiltInEngine() {
            @Override
            public EngineEndpoint start() {
                throw new UnsupportedOperationException("connects to the test engine as a custom server");
            }

            @Override
            public void stop() {
            }
        }).open(new ConnectionProfile(ProfileKind.CUSTOM, engine.server().baseUrl() + "/v1", engine.key().secret()));
        executor = new FxUiExecutor();
        main = stage;
        stage.setScene(new javafx.scene.Scene(new StackPane(new Label("main window")), 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        connection.close();
        engine.close();
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void searchShowsMatchingRowsAndEnterOpensTheSelectedScene(FxRobot robot) throws Exception {
        SceneService scenes = connection.scenes();
        scenes.create("Work cell", null);
        Scene dock = scenes.create("Loading dock", null);
        scenes.create("Dock office", null);
        ScenesDialog dialog = new ScenesDialog(scenes, new RecentScenes(data.resolve("config-" + System.nanoTime())),
                executor, ZoneOffset.UTC);
        Stage[] shown = new Stage[1];
        robot.interact(() -> shown[0] = dialog.show(main, opened::add, id -> { }, s -> { }));
        TableView<SceneRow> table = robot.lookup("#sceneTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(shown[0].getOwner()).isSameAs(main);

        robot.clickOn("#sceneSearch").write("loading");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("Loading dock");
        assertThat(table.getItems().get(0).placementsText()).isEqualTo("0");
        assertThat(robot.lookup("#openSceneButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("Loading dock").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).extracting(Scene::id).containsExactly(dock.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shown[0].isShowing());
    }
}
