package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Placement;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.composer.AssetModels;
import io.gizmostudio.ui.composer.PlacementClipboard;
import io.gizmostudio.ui.composer.SceneComposerViewModel;
import io.gizmostudio.ui.preview.ExportBundleCache;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneSessionViewModelTest {
    @TempDir
    Path cache;
    private final ManualUiExecutor ui = new ManualUiExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final MemorySceneService server = new MemorySceneService();
    @TempDir
    Path config;
    private final RecordingJournalListener journaled = new RecordingJournalListener();
    private DraftJournal journal;
    private SceneComposerViewModel composer;
    private SceneSessionViewModel session;

    @BeforeEach
    void setUp() {
        // the real journal, writing on the calling thread: what it holds is on disk when a call returns
        journal = new DraftJournal(DraftJournal.folderIn(config), Runnable::run, journaled);
        AssetModels models = new AssetModels(new FakeAssetLibrary(), ui, new ExportBundleCache(cache));
        composer = new SceneComposerViewModel(models, id -> Optional.empty(), new PlacementClipboard());
        session = session(server, ui);
    }

    private SceneSessionViewModel session(io.gizmostudio.ui.common.SceneService service, ManualUiExecutor executor) {
        return new SceneSessionViewModel(composer, service, executor, dialogs, new SceneDocumentMapping(id -> Mobility.FIXED),
                new DraftRecorder(journal, java.time.Clock.systemUTC()), () -> SceneDraft.BUILT_IN_ENGINE,
                new RecentScenes(config));
    }

    private List<SceneDraft> drafts() {
        try {
            return journal.pending();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static io.gizmostudio.core.scene.Placement local(int n, String asset, double x) {
        return new io.gizmostudio.core.scene.Placement("local-" + n, asset, asset + " " + n,
                new Pose(new Vec3(x, 0.1 + 0.2, 0), Quat.fromRpy(0, 0, 0.3)), Map.of("lift", 0.25), Mobility.FREE);
    }

    /** An edit as the composer makes them: one undo step adding placements. */
    private void add(io.gizmostudio.core.scene.Placement... ps) {
        composer.replaceDocument("Add", composer.documentProperty().get().withAll(List.of(ps)));
    }

    @Test
    void aNewSceneIsCleanAndAnEditMarksTheTitleAndGoesToTheJournal() {
        assertThat(session.dirtyProperty().get()).isFalse();
        assertThat(session.titleProperty().get()).isEqualTo("Untitled scene — Gizmo Studio");
        add(local(1, "ast_table", 0));
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(session.titleProperty().get()).isEqualTo("*Untitled scene — Gizmo Studio");
        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.document()).isEqualTo(composer.documentProperty().get());
            assertThat(d.sceneId()).isNull();
        });
    }

    @Test
    void savingANewSceneCreatesItAndGivesPlacementsTheServersIdsInTheWholeHistory() {
        add(local(1, "ast_table", 0));
        add(local(2, "ast_box", 1.5));
        session.save();

        OpenScene open = session.openSceneProperty().get();
        assertThat(open.sceneId()).isEqualTo("scn_1");
        assertThat(session.dirtyProperty().get()).isFalse();
        Scene held = server.scenes.get("scn_1");
        List<String> ids = held.assets().stream().map(Placement::placementId).toList();
        assertThat(composer.documentProperty().get().placements()).extracting(io.gizmostudio.core.scene.Placement::id).isEqualTo(ids);
        // exactly what the canvas holds, field by field
        io.gizmostudio.core.scene.Placement shown = composer.documentProperty().get().placements().get(1);
        Placement saved = held.assets().get(1);
        assertThat(saved.position()).isEqualTo(new Position(1.5, 0.1 + 0.2, 0));
        assertThat(saved.rotation()).isEqualTo(new Rotation(shown.pose().rotation().x(), shown.pose().rotation().y(),
                shown.pose().rotation().z(), shown.pose().rotation().w()));
        assertThat(saved.jointPositions()).isEqualTo(Map.of("lift", 0.25));
        assertThat(saved.mobility()).isEqualTo("free");
        assertThat(saved.name()).isEqualTo("ast_box 2");
        assertThat(drafts()).as("the draft goes once the server holds the scene").isEmpty();
        assertThat(session.titleProperty().get()).isEqualTo("Untitled scene — Gizmo Studio");

        // undo reaches back past the save, to placements under the server's ids: saving again adds nothing new
        composer.undoCommand().execute();
        assertThat(composer.documentProperty().get().placements()).extracting(io.gizmostudio.core.scene.Placement::id)
                .containsExactly(ids.get(0));
        composer.redoCommand().execute();
        assertThat(session.dirtyProperty().get()).isFalse();
        composer.undoCommand().execute();
        session.save();
        assertThat(server.creates).isEqualTo(1);
        assertThat(server.scenes.get("scn_1").assets()).extracting(Placement::placementId).containsExactly(ids.get(0));
    }

    @Test
    void aServerThatIsDownKeepsTheEditsSaysSoAndIsTriedAgain() {
        add(local(1, "ast_table", 0));
        server.failNext.add(new ServiceException(FailureKind.UNREACHABLE, null, "connection refused"));
        session.save();
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(drafts()).singleElement().extracting(SceneDraft::document).isEqualTo(composer.documentProperty().get());
        assertThat(session.statusProperty().get()).startsWith("Not saved: Cannot reach the server")
                .contains("kept on this computer").contains("trying again in 5 s");
        assertThat(server.scenes).isEmpty();

        ui.advance(Duration.ofSeconds(5));
        assertThat(session.dirtyProperty().get()).isFalse();
        assertThat(server.scenes.get("scn_1").assets()).hasSize(1);
        assertThat(session.statusProperty().get()).isEqualTo("Saved ‘Untitled scene’ (1 placement).");
    }

    @Test
    void aSaveThatFailsAfterCreatingTheSceneDoesNotCreateASecondOne() {
        add(local(1, "ast_table", 0));
        MemorySceneService flaky = server;
        // create works, the placements are refused for now (429 with Retry-After 7 s)
        SceneSessionViewModel s = session(new FailingSave(flaky, 1), ui);
        composer.replaceDocument("Edit", composer.documentProperty().get().renamed("Cell"));
        s.save();
        assertThat(flaky.creates).isEqualTo(1);
        assertThat(s.openSceneProperty().get().sceneId()).isEqualTo("scn_1");
        assertThat(s.statusProperty().get()).contains("trying again in 7 s");
        ui.advance(Duration.ofSeconds(7));
        assertThat(flaky.creates).isEqualTo(1);
        assertThat(s.dirtyProperty().get()).isFalse();
        assertThat(flaky.scenes.get("scn_1").assets()).hasSize(1);
    }

    /** Refuses the first {@code n} saves of placements with a 429. */
    private static final class FailingSave extends DelegatingSceneService {
        private int left;

        FailingSave(MemorySceneService inner, int n) {
            super(inner);
            left = n;
        }

        @Override
        public Scene savePlacements(String sceneId, List<io.gizmostudio.api.PlacementEntry> entries) {
            if (left-- > 0) {
                throw new ServiceException(FailureKind.RATE_LIMITED, "rate_limited", "slow down", Duration.ofSeconds(7), null);
            }
            return super.savePlacements(sceneId, entries);
        }
    }

    @Test
    void aRejectedListSaysWhatIsWrongInTheServersWordsAndIsNotRetried() {
        add(local(1, "ast_gone", 0));
        server.failNext.add(new ServiceException(FailureKind.NOT_FOUND, "asset_not_found", "assets[0]: asset ast_gone not found"));
        session.save();
        assertThat(session.statusProperty().get()).isEqualTo("Not saved: assets[0]: asset ast_gone not found Your edits are kept; fix the problem and save again.");
        assertThat(dialogs.notifiedErrors).containsExactly("Scene not saved: assets[0]: asset ast_gone not found");
        ui.advance(Duration.ofMinutes(5));
        assertThat(server.saves).isZero();
        assertThat(session.dirtyProperty().get()).isTrue();
    }

    @Test
    void aSceneDeletedOnTheServerIsCreatedAgainByTheNextSave() {
        add(local(1, "ast_table", 0));
        session.save();
        server.scenes.clear();
        add(local(2, "ast_box", 1));
        session.save();
        assertThat(session.statusProperty().get()).contains("was deleted on the server; Save creates it again");
        session.save();
        assertThat(server.scenes).hasSize(1);
        assertThat(server.scenes.values().iterator().next().assets()).hasSize(2);
        assertThat(session.dirtyProperty().get()).isFalse();
    }

    @Test
    void unsavedEditsAskSaveDiscardOrCancelBeforeMovingOn() {
        add(local(1, "ast_table", 0));
        boolean[] ran = {false};
        dialogs.answer = null; // Cancel
        session.whenSettled("closing the window", () -> ran[0] = true);
        assertThat(ran[0]).isFalse();
        assertThat(dialogs.questions).containsExactly("Save the changes to ‘Untitled scene’ before closing the window?");

        server.failNext.add(new ServiceException(FailureKind.SERVER_ERROR, "internal_error", "boom"));
        dialogs.answer = "Save";
        session.whenSettled("closing the window", () -> ran[0] = true);
        assertThat(ran[0]).as("a failed save keeps the window").isFalse();

        session.whenSettled("closing the window", () -> ran[0] = true);
        assertThat(ran[0]).isTrue();
        assertThat(session.dirtyProperty().get()).isFalse();

        add(local(2, "ast_box", 1));
        ran[0] = false;
        dialogs.answer = "Don't save";
        session.whenSettled("opening ‘Other’", () -> ran[0] = true);
        assertThat(ran[0]).isTrue();
        assertThat(drafts()).as("don't save throws the draft away").isEmpty();
    }

    @Test
    void openingASceneShowsItCleanAndRestoringADraftPutsTheEditsOnTopAsOneUndo() {
        Scene cell = new Scene("scn_9", "Cell", null, Instant.EPOCH, Instant.EPOCH, List.of(
                new Placement("plc_1", "ast_table", "table", new Position(1, 2, 0), Rotation.IDENTITY, Instant.EPOCH, "fixed", Map.of())));
        session.open(cell);
        assertThat(session.dirtyProperty().get()).isFalse();
        assertThat(session.titleProperty().get()).isEqualTo("Cell — Gizmo Studio");
        SceneDocument shown = composer.documentProperty().get();
        assertThat(shown.placements()).hasSize(1);
        assertThat(shown.placements().get(0).pose().position()).isEqualTo(new Vec3(1, 2, 0));

        SceneDocument edited = shown.with(local(1, "ast_box", 3));
        server.scenes.put(cell.id(), cell);
        session.restore(new SceneDraft(DraftKey.newUnsaved(), SceneDraft.BUILT_IN_ENGINE, "scn_9", edited, Instant.now(), Instant.EPOCH));
        assertThat(composer.documentProperty().get()).isEqualTo(edited);
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(session.openSceneProperty().get().sceneId()).isEqualTo("scn_9");
        composer.undoCommand().execute();
        assertThat(composer.documentProperty().get()).isEqualTo(shown);
        assertThat(session.dirtyProperty().get()).isFalse();
        composer.redoCommand().execute();
        session.save();
        assertThat(server.creates).as("the restored edits go into the scene they belong to").isZero();
        assertThat(server.scenes.get("scn_9").assets()).hasSize(2);
        assertThat(drafts()).isEmpty();
    }

    @Test
    void aDraftOfASceneDeletedMeanwhileIsRestoredAsANewScene() {
        SceneDocument edited = new SceneDocument("Gone", List.of(local(1, "ast_box", 3)));
        session.restore(new SceneDraft(DraftKey.newUnsaved(), SceneDraft.BUILT_IN_ENGINE, "scn_404", edited, Instant.now(), null));
        assertThat(composer.documentProperty().get()).isEqualTo(edited);
        assertThat(session.statusProperty().get()).contains("no longer on the server; Save creates it again");
        session.save();
        assertThat(server.creates).isEqualTo(1);
        assertThat(session.dirtyProperty().get()).isFalse();
    }

    @Test
    void anEditMadeWhileSavingStaysUnsavedAndTheHistoryKeepsBoth() {
        ManualUiExecutor deferred = new ManualUiExecutor().deferWork();
        AssetModels models = new AssetModels(new FakeAssetLibrary(), deferred, new ExportBundleCache(cache));
        composer = new SceneComposerViewModel(models, id -> Optional.empty(), new PlacementClipboard());
        session = session(server, deferred);
        add(local(1, "ast_table", 0));
        session.save();
        assertThat(session.savingProperty().get()).isTrue();
        add(local(2, "ast_box", 1));
        deferred.runWork();
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(composer.documentProperty().get().placements().get(0).id()).startsWith("plc_");
        assertThat(composer.documentProperty().get().placements().get(1).id()).isEqualTo("local-2");
        assertThat(server.scenes.get("scn_1").assets()).hasSize(1);
        assertThat(drafts()).as("the newer edit stays journaled").singleElement()
                .extracting(SceneDraft::document).isEqualTo(composer.documentProperty().get());
    }

    @Test
    void renamingTheOpenSceneOnTheServerIsNoUnsavedEditButKeepsRealOnes() {
        add(local(1, "ast_table", 0));
        session.save();
        session.renameScene("  Work cell ");
        assertThat(server.scenes.get("scn_1").name()).isEqualTo("Work cell");
        assertThat(session.titleProperty().get()).isEqualTo("Work cell — Gizmo Studio");
        assertThat(session.dirtyProperty().get()).isFalse();
        assertThat(drafts()).isEmpty();

        add(local(2, "ast_box", 1));
        session.renameScene("Cell A");
        assertThat(session.titleProperty().get()).isEqualTo("*Cell A — Gizmo Studio");
        assertThat(drafts()).singleElement().extracting(d -> d.document().name(), d -> d.document().placements().size())
                .containsExactly("Cell A", 2);
        session.renameScene(" ");
        assertThat(session.statusProperty().get()).isNotEmpty();
        assertThat(server.scenes.get("scn_1").name()).isEqualTo("Cell A");
    }

    @Test
    void autosaveSavesTwoSecondsAfterTheLastEdit() {
        session.autosaveProperty().set(true);
        add(local(1, "ast_table", 0));
        ui.advance(Duration.ofMillis(1500));
        add(local(2, "ast_box", 1));
        ui.advance(Duration.ofMillis(1500));
        assertThat(server.saves).isZero();
        ui.advance(Duration.ofMillis(600));
        assertThat(server.saves).isEqualTo(1);
        assertThat(server.scenes.get("scn_1").assets()).hasSize(2);
        assertThat(session.dirtyProperty().get()).isFalse();
    }
}
