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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's wiring of drafts, without a toolkit: one journal per run shared by the session's recorder and the
 * restore offer made at the first connection. What the user does before that connection completes (open a scene
 * file, edit the new scene) is journaled at once, and must not come back as "unsaved edits the app closed with";
 * what an earlier run left must.
 */
class FirstConnectionDraftOfferTest {
    private static final String CONNECTION = SceneDraft.BUILT_IN_ENGINE;

    @TempDir
    Path cache;
    @TempDir
    Path config;
    private final ManualUiExecutor ui = new ManualUiExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<SceneDraft> restored = new ArrayList<>();
    private Path folder;
    private DraftJournal journal;
    private SceneComposerViewModel composer;
    private SceneSessionViewModel session;
    private DraftRestoreViewModel offer;

    @BeforeEach
    void setUp() {
        folder = DraftJournal.folderIn(config);
        // the real journal, writing on the calling thread: what it holds is on disk when a call returns
        journal = new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE);
        AssetModels models = new AssetModels(new FakeAssetLibrary(), ui, new ExportBundleCache(cache));
        composer = new SceneComposerViewModel(models, id -> Optional.empty(), new PlacementClipboard());
        session = new SceneSessionViewModel(composer, new MemorySceneService(), ui, dialogs,
                new SceneDocumentMapping(id -> Mobility.FIXED), new DraftRecorder(journal, Clock.systemUTC()),
                () -> CONNECTION, new RecentScenes(config));
        offer = new DraftRestoreViewModel(journal, ui, dialogs, draft -> {
            restored.add(draft);
            session.restore(draft);
        }, Clock.systemUTC());
    }

    private static Placement placement(int n, String asset) {
        return new Placement("local-" + n, asset, asset + " " + n, new Pose(new Vec3(n, 0, 0), Quat.fromRpy(0, 0, 0)),
                Map.of(), Mobility.FIXED);
    }

    private List<SceneDraft> onDisk() throws IOException {
        return new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE).pending();
    }

    /** The first connection completes: the app offers what is in the drafts folder for it. */
    private void firstConnection() {
        offer.load(CONNECTION);
        ui.runWork();
    }

    @Test
    void aSceneFileOpenedBeforeTheFirstConnectionIsNotOfferedBackAsLeftOverEdits() throws Exception {
        SceneDocument fromFile = new SceneDocument("Mailed cell", List.of(placement(1, "ast_table"), placement(2, "ast_box")));
        Path file = config.resolve("mailed.gizmo-scene");
        SceneFile.write(file, fromFile);

        new SceneFileActions(session, ui, dialogs).openFile(file);
        ui.runWork();
        assertThat(onDisk()).extracting(SceneDraft::document).containsExactly(fromFile); // journaled, as it must be

        firstConnection();

        assertThat(offer.offers()).isEmpty();
        assertThat(offer.offeringProperty().get()).isFalse();
        assertThat(composer.documentProperty().get()).isEqualTo(fromFile);
    }

    @Test
    void editsToTheNewSceneBeforeTheFirstConnectionAreNotOfferedBack() throws Exception {
        composer.replaceDocument("Add", composer.documentProperty().get().withAll(List.of(placement(1, "ast_table"))));
        assertThat(onDisk()).hasSize(1);

        firstConnection();

        assertThat(offer.offers()).isEmpty();
        assertThat(offer.offeringProperty().get()).isFalse();
    }

    @Test
    void aDraftAnEarlierRunLeftIsStillOfferedBesideThisRunsOwnEdits() throws Exception {
        SceneDocument crashed = new SceneDocument("Crashed cell", List.of(placement(7, "ast_arm")));
        DraftRecorder earlierRun = new DraftRecorder(new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE),
                Clock.systemUTC());
        earlierRun.openedNew(CONNECTION, SceneDocument.empty("Crashed cell"));
        earlierRun.edited(crashed);
        SceneDocument fromFile = new SceneDocument("Mailed cell", List.of(placement(1, "ast_table")));
        Path file = config.resolve("mailed.gizmo-scene");
        SceneFile.write(file, fromFile);

        new SceneFileActions(session, ui, dialogs).openFile(file);
        ui.runWork();
        composer.replaceDocument("Add", composer.documentProperty().get().withAll(List.of(placement(2, "ast_box"))));
        assertThat(onDisk()).hasSize(2);

        firstConnection();

        assertThat(offer.offers()).singleElement().satisfies(o -> {
            assertThat(o.draft().document()).isEqualTo(crashed);
            assertThat(o.draft().key()).isEqualTo(earlierRun.key().orElseThrow());
        });
        assertThat(offer.offeringProperty().get()).isTrue();
    }

    @Test
    void restoringAnEarlierRunsDraftOverEditsMadeBeforeTheConnectionAsksFirstAndCancelKeepsThem() throws Exception {
        SceneDocument crashed = new SceneDocument("Crashed cell", List.of(placement(7, "ast_arm")));
        DraftRecorder earlierRun = new DraftRecorder(new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE),
                Clock.systemUTC());
        earlierRun.openedNew(CONNECTION, SceneDocument.empty("Crashed cell"));
        earlierRun.edited(crashed);
        composer.replaceDocument("Add", composer.documentProperty().get().withAll(List.of(placement(1, "ast_table"))));
        SceneDocument mine = composer.documentProperty().get();
        firstConnection();
        dialogs.answer = null; // Cancel

        offer.restoreCommand().execute();
        ui.runWork();

        assertThat(dialogs.questions).singleElement().asString().contains("‘Untitled scene’", "before restoring ‘Crashed cell’");
        assertThat(composer.documentProperty().get()).isEqualTo(mine);
        assertThat(onDisk()).extracting(SceneDraft::document).containsExactlyInAnyOrder(mine, crashed);

        dialogs.answer = "Don't save";
        session.restore(offer.offers().get(0).draft());
        ui.runWork();

        assertThat(composer.documentProperty().get()).isEqualTo(crashed);
    }

    @Test
    void aSceneThisRunOpenedAndLeftKeepsItsDraftForTheNextStart() throws Exception {
        composer.replaceDocument("Add", composer.documentProperty().get().withAll(List.of(placement(1, "ast_table"))));
        SceneDocument edited = composer.documentProperty().get();
        firstConnection();
        assertThat(offer.offers()).isEmpty();

        // the next start: a new journal and offer on the same folder
        DraftRestoreViewModel nextStart = new DraftRestoreViewModel(new DraftJournal(folder, Runnable::run,
                DraftJournalListener.NONE), ui, dialogs, restored::add, Clock.systemUTC());
        nextStart.load(CONNECTION);
        ui.runWork();

        assertThat(nextStart.offers()).singleElement().satisfies(o -> assertThat(o.draft().document()).isEqualTo(edited));
    }
}
