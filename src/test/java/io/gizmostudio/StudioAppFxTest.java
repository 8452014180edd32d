package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.connection.ClientConnectionService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * The real app composition against the real built-in engine (in-process server, HTTP client, SQLite in a temp
 * dir), driven through the keyboard and mouse. Runs under Monocle headless by default, under Xvfb with -Pxvfb.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StudioAppFxTest {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StudioAppFxTest.class);
    @TempDir
    static Path home;
    private StudioApp app;
    private Stage stage;
    private Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(home, "user");
        configDir = root.resolve("config");
        Path dataDir = root.resolve("data");
        ServerBuiltInEngine engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(ServerConfig.defaults(dataDir).withPort(0)));
        this.stage = stage;
        app = new StudioApp(configDir, Map.of(), new ClientConnectionService(engine), () -> { });
        app.usePreviewCache(new io.gizmostudio.ui.preview.ExportBundleCache(root.resolve("cache")));
        app.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::close).get().get(30, TimeUnit.SECONDS);
    }

    @Test
    void theWindowConnectsToTheBuiltInEngineAndShowsTheEmptyStates(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy"));

        assertThat(text(robot, "#connectionServer")).startsWith("Built-in engine · http://127.0.0.1:");
        assertThat(robot.lookup("#sceneCanvas").queryAs(Node.class).isVisible()).isTrue();
        assertThat(textsIn(robot)).anyMatch(t -> t.startsWith("Drag assets from the library onto the canvas"));
        assertThat(textsIn(robot)).anyMatch(t -> t.contains("Ctrl+G"));
        assertThat(text(robot, "#jobsStatus")).isEqualTo("No jobs running");
    }

    @Test
    void atTheDefaultWindowSizeTheComposerToolbarAndTheLibraryFiltersAreNotCutOff(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy"));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ToolBar bar = robot.lookup("#composerToolBar").queryAs(javafx.scene.control.ToolBar.class);
        assertThat(WaitForAsyncUtils.asyncFx(() -> {
            Node overflow = bar.lookup(".tool-bar-overflow-button");
            return overflow != null && overflow.isVisible();
        }).get()).as("the composer toolbar has items in its overflow menu at %s × %s", stage.getWidth(), stage.getHeight()).isFalse();
        for (String combo : java.util.List.of("#statusFilter", "#sortChoice")) {
            javafx.scene.control.ComboBox<?> box = robot.lookup(combo).queryAs(javafx.scene.control.ComboBox.class);
            String[] shown = WaitForAsyncUtils.asyncFx(() -> {
                var skin = (javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin();
                javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) skin.getDisplayNode();
                return new String[] {cell.getText(), ((javafx.scene.text.Text) cell.lookup(".text")).getText()};
            }).get();
            assertThat(shown[1]).as(combo + " shows its whole label").isEqualTo(shown[0]).isNotBlank();
        }
    }

    @Test
    void helpShowsTheShortcutsOfTheMenusAndAboutNamesTheFoldersAndTheEngine(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy"));
        robot.clickOn("#helpMenu").clickOn("Keyboard shortcuts");
        waitUntil(() -> robot.lookup("#helpDialog").tryQuery().isPresent());
        String shortcuts = helpText(robot);
        assertThat(shortcuts).containsPattern("Ctrl\\+G\\s+File › Generate asset…")
                .containsPattern("Ctrl\\+S\\s+File › Save").contains("3D views").contains("orbits");
        closeHelp(robot);

        robot.clickOn("#helpMenu").clickOn("About Gizmo Studio");
        waitUntil(() -> robot.lookup("#helpDialog").tryQuery().isPresent());
        String about = helpText(robot);
        assertThat(about).contains("Gizmo Studio").contains("generator ").contains(configDir.toString())
                .contains("Engine: Built-in engine · http://127.0.0.1:").contains("Apache 2.0");
        closeHelp(robot);
    }

    private static String helpText(FxRobot robot) {
        return robot.lookup("#helpDialog").lookup(".text-area").queryAs(javafx.scene.control.TextArea.class).getText();
    }

    private static void closeHelp(FxRobot robot) throws Exception {
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.Button b && "Close".equals(b.getText()));
        waitUntil(() -> robot.lookup("#helpDialog").tryQuery().isEmpty());
    }

    @Test
    void aPromptTypedInTheGenerateDialogBecomesAReadyCard(FxRobot robot) throws Exception {
        generate(robot, "a 6-DOF robot arm with a parallel-jaw gripper");

        waitUntil(() -> cards(robot).stream().anyMatch(a -> a.status() == AssetStatus.READY));
        assertThat(cards(robot)).singleElement().satisfies(a -> {
            assertThat(a.prompt()).isEqualTo("a 6-DOF robot arm with a parallel-jaw gripper");
            assertThat(a.exportFormats()).isNotEmpty();
        });
        waitUntil(() -> textsIn(robot).stream().anyMatch(t -> t.endsWith("is ready.")));
    }

    @Test
    void exportSelectedOpensTheExportDialogForSeveralFormatsNamedAfterTheAsset(FxRobot robot) throws Exception {
        generate(robot, "a steel cabinet with 2 drawers");
        waitUntil(() -> cards(robot).stream().anyMatch(a -> a.status() == AssetStatus.READY));
        Asset cabinet = cards(robot).get(0);
        waitUntil(() -> robot.lookup("#card-" + cabinet.id()).tryQuery().isPresent());
        robot.clickOn("#card-" + cabinet.id());
        Path out = Files.createDirectories(home.resolve("asset-export"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#sceneExportDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#sceneExportDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(WaitForAsyncUtils.asyncFx(pane::getHeaderText).get()).contains(cabinet.name());
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((Stage) pane.getScene().getWindow()).getTitle()).get()).isEqualTo("Export asset");
        assertThat(robot.lookup("#format-isaac_sim_usd").queryAs(javafx.scene.control.CheckBox.class).getText()).isEqualTo("Isaac Sim (USD)");
        robot.interact(() -> {
            robot.lookup("#format-isaac_sim_usd").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            robot.lookup("#exportFolderField").queryAs(javafx.scene.control.TextField.class).setText(out.toString());
        });
        assertThat(robot.lookup("#format-mujoco_mjcf").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("MuJoCo is chosen to begin with").isTrue();
        robot.clickOn("#unpackedToggle");
        waitUntil(() -> !robot.lookup("#exportButton").queryButton().isDisabled());
        robot.clickOn("#exportButton");
        try {
            waitUntil(() -> {
                try (var listed = Files.list(out)) {
                    return listed.filter(f -> !f.getFileName().toString().startsWith(".")).count() == 2;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            try (var listed = Files.list(out)) {
                throw new AssertionError("exported " + listed.toList() + "; the dialog says: " + textsIn(robot).stream()
                        .filter(t -> t.startsWith("Export") || t.startsWith("Stopped") || t.contains("not exported")).toList(), e);
            }
        }
        String base = cabinet.name(); // a plain name is its own file name
        assertThat(out.resolve(base + "_mujoco_mjcf")).isDirectory();
        assertThat(out.resolve(base + "_isaac_sim_usd")).isDirectory();
        String dir = System.getProperty("gizmo.screenshot.dir");
        if (dir != null) {
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            javafx.scene.image.Image shot = robot.capture(pane).getImage();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png",
                    Files.createDirectories(Path.of(dir)).resolve("asset-export.png").toFile());
        }
    }

    @Test
    void selectingAReadyArmPreviewsItAndItsJointsMove(FxRobot robot) throws Exception {
        generate(robot, "a 6-DOF robot arm with a parallel-jaw gripper");
        waitUntil(() -> cards(robot).stream().anyMatch(a -> a.status() == AssetStatus.READY));
        String id = cards(robot).get(0).id();
        waitUntil(() -> robot.lookup("#card-" + id).tryQuery().isPresent());

        long clicked = System.nanoTime();
        robot.clickOn("#card-" + id);
        waitUntil(() -> app.preview().stateProperty().get() == io.gizmostudio.ui.preview.PreviewViewModel.State.SHOWING);
        WaitForAsyncUtils.waitForFxEvents();
        LOG.info("preview shown {} ms after selecting the asset", (System.nanoTime() - clicked) / 1_000_000);

        // TestFX lookups stop at the SubScene, so the link comes from the viewport's own API
        Node wrist = robot.lookup("#articulationViewport").queryAs(io.gizmostudio.ui.viewport.ArticulationViewport.class)
                .linkNode("wrist_1_link").orElseThrow();
        javafx.geometry.Point3D before = WaitForAsyncUtils.asyncFx(() -> wrist.localToScene(javafx.geometry.Point3D.ZERO)).get();
        robot.interact(() -> {
            app.preview().viewport().joints().setPosition("shoulder_lift_joint", 0.6);
            app.preview().viewport().joints().setPosition("elbow_joint", 0.9);
            app.preview().viewport().showJointAxesProperty().set(true);
        });
        javafx.geometry.Point3D after = WaitForAsyncUtils.asyncFx(() -> wrist.localToScene(javafx.geometry.Point3D.ZERO)).get();
        assertThat(after.distance(before)).isGreaterThan(1e-3);
        assertThat(robot.lookup("#previewDetails").tryQuery()).isPresent();
    }

    @Test
    void theGenerateButtonStaysDisabledUntilThereIsAPrompt(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy"));
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#generateButton").tryQuery().isPresent());

        assertThat(robot.lookup("#generateButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#validationMessage")).contains("Describe the asset");
        robot.clickOn("#seedField").write("abc");
        robot.clickOn("#promptArea").write("a table");
        assertThat(text(robot, "#validationMessage")).contains("seed must be a whole number");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards(robot)).isEmpty();
    }

    @Test
    void ctrlEnterInThePromptSubmitsTheDialog(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy"));
        robot.clickOn("#assetList");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#promptArea").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#generateButton").tryQuery()).as("an empty prompt keeps the dialog open").isPresent();
        robot.clickOn("#promptArea").write("a laptop");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#generateButton").tryQuery().isEmpty());
        waitUntil(() -> cards(robot).stream().anyMatch(a -> a.prompt().equals("a laptop")));
    }

    @Test
    void aPromptTheEngineCannotMakeShowsItsMessage(FxRobot robot) throws Exception {
        generate(robot, "a flux capacitor");

        waitUntil(() -> cards(robot).stream().anyMatch(a -> a.status() == AssetStatus.FAILED));
        waitUntil(() -> textsIn(robot).stream().anyMatch(t -> t.contains("Gizmo can make: serial robot arm")));
        assertThat(robot.lookup(".card-failure").queryAs(Labeled.class).getText())
                .startsWith("Could not recognise an asset in \"a flux capacitor\"");
    }

    @Test
    void searchAsYouTypeAsksTheServerAndNarrowsTheList(FxRobot robot) throws Exception {
        generate(robot, "a four-wheeled mobile base");
        generate(robot, "a 6-DOF robot arm");
        waitUntil(() -> cards(robot).size() == 2 && cards(robot).stream().allMatch(a -> a.status() == AssetStatus.READY));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("mobile");

        waitUntil(() -> cards(robot).size() == 1);
        assertThat(cards(robot).get(0).prompt()).contains("mobile base");
    }

    @Test
    void deleteAsksAndRemovesTheSelectedAsset(FxRobot robot) throws Exception {
        generate(robot, "a suction gripper");
        waitUntil(() -> cards(robot).size() == 1 && cards(robot).get(0).status() == AssetStatus.READY);
        String id = cards(robot).get(0).id();

        robot.clickOn("#card-" + id);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn((Node n) -> n instanceof Button b && "Delete".equals(b.getText()));

        waitUntil(() -> cards(robot).isEmpty());
        robot.clickOn("#toolbarRefresh");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(cards(robot)).isEmpty();
    }

    @Test
    void switchingToAnUnreachableServerSaysWhatToDoAndSwitchingBackRecovers(FxRobot robot) throws Exception {
        generate(robot, "a pan-tilt camera mount");
        waitUntil(() -> cards(robot).size() == 1);

        robot.clickOn("#toolbarSettings");
        waitUntil(() -> robot.lookup("#profileChoice").tryQuery().isPresent());
        selectProfile(robot, 2);
        robot.doubleClickOn("#baseUrlField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("http://127.0.0.1:9/v1");
        robot.clickOn("#apiKeyField").write("gzm_k1_secretvalue1234");
        assertThat(robot.lookup("#apiKeyPlainField").queryAs(Node.class).isVisible()).isFalse();
        robot.clickOn("#revealKey");
        assertThat(robot.lookup("#apiKeyPlainField").queryAs(TextField.class).getText()).isEqualTo("gzm_k1_secretvalue1234");
        robot.clickOn("#testConnection");
        waitUntil(() -> text(robot, "#testResult").startsWith("✘"));
        assertThat(text(robot, "#testResult")).contains("Cannot reach the server");
        robot.clickOn("#applyConnection");

        waitUntil(() -> text(robot, "#connectionDetail").contains("Cannot reach the server"));
        assertThat(text(robot, "#connectionServer")).isEqualTo("Custom URL · http://127.0.0.1:9/v1");
        assertThat(cards(robot)).isEmpty();
        Path saved = configDir.resolve("connections.properties");
        assertThat(Files.readString(saved)).contains("custom.api_key=gzm_k1_secretvalue1234");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(saved))).isEqualTo("rw-------");

        robot.clickOn("#toolbarSettings");
        waitUntil(() -> robot.lookup("#profileChoice").tryQuery().isPresent());
        selectProfile(robot, 0);
        robot.clickOn("#applyConnection");
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy") && cards(robot).size() == 1);
    }

    @Test
    void deleteTypedInTheSearchFieldEditsTextAndDeletesNoAsset(FxRobot robot) throws Exception {
        generate(robot, "a three-finger gripper");
        waitUntil(() -> cards(robot).size() == 1 && cards(robot).get(0).status() == AssetStatus.READY);
        robot.clickOn("#card-" + cards(robot).get(0).id());

        robot.clickOn("#searchField").write("do").press(KeyCode.HOME).release(KeyCode.HOME)
                .press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("o");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void selectProfile(FxRobot robot, int index) throws Exception {
        javafx.scene.control.ComboBox<Object> choice = robot.lookup("#profileChoice").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> choice.getSelectionModel().select(index)).get();
    }

    @Test
    void closingTheWindowSavesItsLayout(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy"));
        WaitForAsyncUtils.asyncFx(app::close).get().get(30, TimeUnit.SECONDS);

        String saved = Files.readString(configDir.resolve("window.properties"));
        assertThat(saved).contains("divider.library=").contains("width=");
        assertThat(stage.isShowing()).isFalse();
    }

    private void generate(FxRobot robot, String prompt) throws Exception {
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy"));
        robot.clickOn("#assetList");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#promptArea").tryQuery().isPresent());
        robot.clickOn("#promptArea").write(prompt);
        robot.clickOn("#generateButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<Asset> cards(FxRobot robot) {
        ListView<Asset> list = robot.lookup("#assetList").queryAs(ListView.class);
        try {
            return WaitForAsyncUtils.asyncFx(() -> List.copyOf(list.getItems())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Every label text in every window (notifications live in their own popup window). */
    private static List<String> textsIn(FxRobot robot) {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null)
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup((Predicate<Node>) n -> n instanceof Labeled)
                        .queryAllAs(Labeled.class).stream())
                .map(Labeled::getText)
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
