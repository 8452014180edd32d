package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.composer.AssetModels;
import io.gizmostudio.ui.composer.PlacementClipboard;
import io.gizmostudio.ui.composer.SceneComposerViewModel;
import io.gizmostudio.ui.preview.ExportBundleCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneFileActionsTest {
    @TempDir
    Path cache;
    @TempDir
    Path config;
    private final ManualUiExecutor ui = new ManualUiExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final MemorySceneService server = new MemorySceneService();
    private DraftJournal journal;
    private SceneComposerViewModel composer;
    private SceneSessionViewModel session;
    private SceneFileActions files;

    @BeforeEach
    void setUp() {
        // the real journal, writing on the calling thread: what it holds is on disk when a call returns
        journal = new DraftJournal(DraftJournal.folderIn(config), Runnable::run, DraftJournalListener.NONE);
        AssetModels models = new AssetModels(new FakeAssetLibrary(), ui, new ExportBundleCache(cache));
        composer = new SceneComposerViewModel(models, id -> Optional.empty(), new PlacementClipboard());
        session = new SceneSessionViewModel(composer, server, ui, dialogs, new SceneDocumentMapping(id -> Mobility.FIXED),
                new DraftRecorder(journal, Clock.systemUTC()), () -> SceneDraft.BUILT_IN_ENGINE, new RecentScenes(config));
        files = new SceneFileActions(session, ui, dialogs);
    }

    private static Placement local(int n, String asset, double x) {
        return new Placement("local-" + n, asset, asset + " " + n,
                new Pose(new Vec3(x, 0.1 + 0.2, 0), Quat.fromRpy(0, 0, 0.3)), Map.of("lift", 0.25), Mobility.FREE);
    }

    private void add(Placement... ps) {
        composer.replaceDocument("Add", composer.documentProperty().get().withAll(List.of(ps)));
    }

    @Test
    void aSceneFileOpensAsANewUnsavedSceneThatSaveCreatesOnTheServer() throws Exception {
        SceneDocument fromFile = new SceneDocument("Mailed cell", List.of(local(1, "ast_table", 0), local(2, "ast_box", 1.5)));
        Path file = config.resolve("mailed.gizmo-scene");
        SceneFile.write(file, fromFile);

        files.openFile(file);
        ui.runWork();

        assertThat(composer.documentProperty().get()).isEqualTo(fromFile);
        assertThat(session.openSceneProperty().get().sceneId()).isNull();
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(session.titleProperty().get()).isEqualTo("*Mailed cell — Gizmo Studio");
        assertThat(session.statusProperty().get()).isEqualTo("Opened ‘mailed.gizmo-scene’ as a new scene: Save puts it on the server.");
        assertThat(journal.pending()).anySatisfy(d -> assertThat(d.document()).isEqualTo(fromFile)); // journaled at once
        session.save();
        ui.runWork();
        assertThat(server.scenes.values()).singleElement().satisfies(s -> assertThat(s.assets()).hasSize(2));
    }

    @Test
    void aSceneWrittenToAFileIsTheComposersDocumentAndABrokenOneSaysWhy() throws Exception {
        add(local(1, "ast_table", 0));
        Path file = config.resolve("out.gizmo-scene");
        files.saveToFile(file);
        ui.runWork();
        assertThat(SceneFile.read(file)).isEqualTo(composer.documentProperty().get());
        assertThat(session.statusProperty().get()).startsWith("Wrote ");

        Path broken = config.resolve("broken.gizmo-scene");
        Files.writeString(broken, "{\"format\":\"gizmo-scene\",\"version\":7}");
        SceneDocument before = composer.documentProperty().get();
        files.openFile(broken);
        ui.runWork();
        assertThat(dialogs.errors).singleElement().asString().contains(broken.toString()).contains("version 7");
        assertThat(composer.documentProperty().get()).isEqualTo(before); // nothing lost
    }

    @Test
    void theFileIsReadInTheBackgroundAndTheStatusSaysSoMeanwhile() throws Exception {
        ManualUiExecutor deferred = new ManualUiExecutor().deferWork();
        SceneFileActions lazy = new SceneFileActions(session, deferred, dialogs);
        Path file = config.resolve("cell.gizmo-scene");
        SceneFile.write(file, new SceneDocument("Cell", List.of(local(1, "ast_table", 0))));

        lazy.openFile(file);

        assertThat(session.statusProperty().get()).isEqualTo("Reading ‘cell.gizmo-scene’…");
        assertThat(deferred.queuedWork()).isEqualTo(1);
        assertThat(composer.documentProperty().get().name()).isEqualTo(SceneSessionViewModel.UNTITLED);
        deferred.runWork();
        assertThat(composer.documentProperty().get().name()).isEqualTo("Cell");
    }

    @Test
    void openingAFileOverUnsavedEditsAsksFirstAndCancelKeepsThem() throws Exception {
        add(local(1, "ast_table", 0));
        SceneDocument edited = composer.documentProperty().get();
        Path file = config.resolve("other.gizmo-scene");
        SceneFile.write(file, new SceneDocument("Other", List.of(local(2, "ast_box", 1))));
        dialogs.answer = null; // Cancel

        files.openFile(file);
        ui.runWork();

        assertThat(dialogs.questions).singleElement().asString().contains("before opening ‘other.gizmo-scene’");
        assertThat(composer.documentProperty().get()).isEqualTo(edited);
        assertThat(journal.pending()).singleElement().satisfies(d -> assertThat(d.document()).isEqualTo(edited));
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhereAndTheSceneStaysAsItIs() throws Exception {
        add(local(1, "ast_table", 0));
        SceneDocument edited = composer.documentProperty().get();
        Path notAFolder = Files.writeString(config.resolve("plain.txt"), "x");
        Path file = notAFolder.resolve("out.gizmo-scene");

        files.saveToFile(file);
        ui.runWork();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot write the scene file: Cannot write " + file);
        assertThat(composer.documentProperty().get()).isEqualTo(edited);
        assertThat(session.dirtyProperty().get()).isTrue();
    }
}
