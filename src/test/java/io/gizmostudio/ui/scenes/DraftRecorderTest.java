package io.gizmostudio.ui.scenes;

import static io.gizmostudio.ui.scenes.DraftFixtures.BASE_URL;
import static io.gizmostudio.ui.scenes.DraftFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.connection.ProfileKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRecorderTest {
    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final Instant serverUpdatedAt = Instant.parse("2025-03-14T13:00:00Z");
    private final SceneDocument saved = DraftFixtures.workCell(4);
    private final SceneDocument moved = saved.replaced(saved.placements().get(0).withPose(Pose.of(1, 2, 0)));
    private final SceneDocument movedAgain = moved.replaced(moved.placements().get(1).withPose(Pose.of(3, 2, 0)));
    private DraftJournal journal;
    private DraftRecorder recorder;

    @BeforeEach
    void setUp() {
        journal = new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE);
        recorder = new DraftRecorder(journal, clock);
    }

    @Test
    void anEditToAnOpenedSceneIsJournaledWithTheSceneItBelongsTo() throws Exception {
        recorder.openedSaved(BASE_URL, "scn_7", serverUpdatedAt, saved);
        recorder.edited(saved); // opening fires the document listener too: not an edit
        assertThat(journal.pending()).isEmpty();

        recorder.edited(moved);

        assertThat(journal.pending()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo(DraftKey.forScene(BASE_URL, "scn_7"));
            assertThat(d.sceneId()).isEqualTo("scn_7");
            assertThat(d.baseUrl()).isEqualTo(BASE_URL);
            assertThat(d.baseUpdatedAt()).isEqualTo(serverUpdatedAt);
            assertThat(d.document()).isEqualTo(moved);
            assertThat(d.editedAt()).isEqualTo(T0);
        });
    }

    @Test
    void undoingBackToTheSavedSceneRemovesTheDraft() throws Exception {
        recorder.openedSaved(BASE_URL, "scn_7", serverUpdatedAt, saved);
        recorder.edited(moved);

        recorder.edited(saved);

        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void aSaveRemovesTheDraftButAnEditMadeDuringItStays() throws Exception {
        recorder.openedSaved(BASE_URL, "scn_7", serverUpdatedAt, saved);
        recorder.edited(moved);
        // The save of `moved` is in flight when the user moves another placement.
        recorder.edited(movedAgain);
        Instant afterSave = serverUpdatedAt.plusSeconds(5);

        recorder.saved("scn_7", afterSave, moved);

        assertThat(journal.pending()).singleElement().satisfies(d -> {
            assertThat(d.document()).isEqualTo(movedAgain);
            assertThat(d.baseUpdatedAt()).isEqualTo(afterSave);
        });

        recorder.saved("scn_7", afterSave.plusSeconds(5), movedAgain);
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void theFirstSaveOfANewSceneMakesItsDraftPointAtTheSavedScene() throws Exception {
        recorder.openedNew(BASE_URL, SceneDocument.empty("Untitled"));
        recorder.edited(moved);
        recorder.edited(movedAgain);

        recorder.saved("scn_new", serverUpdatedAt, moved);

        assertThat(journal.pending()).singleElement().satisfies(d -> {
            assertThat(d.sceneId()).isEqualTo("scn_new");
            assertThat(d.neverSaved()).isFalse();
            assertThat(d.document()).isEqualTo(movedAgain);
        });
    }

    @Test
    void aRestoredDraftSavedWithoutFurtherEditsIsRemoved() throws Exception {
        recorder.openedSaved(BASE_URL, "scn_7", serverUpdatedAt, saved);
        recorder.edited(moved);
        SceneDraft left = journal.pending().get(0);
        DraftRecorder afterRestart = new DraftRecorder(new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE), clock);

        afterRestart.openedDraft(left);
        afterRestart.edited(moved);
        afterRestart.saved("scn_7", serverUpdatedAt.plusSeconds(9), moved);

        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void discardingTheEditsRemovesTheDraftAndClosingKeepsIt() throws Exception {
        recorder.openedSaved(BASE_URL, "scn_7", serverUpdatedAt, saved);
        recorder.edited(moved);
        recorder.closed();
        recorder.edited(movedAgain); // no scene open: ignored
        assertThat(journal.pending()).extracting(SceneDraft::document).containsExactly(moved);

        recorder.openedSaved(BASE_URL, "scn_7", serverUpdatedAt, saved);
        recorder.edited(movedAgain);
        recorder.discardDraft();

        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void theBuiltInEnginesDraftsSurviveItsNewPortAtEveryStart() throws Exception {
        String today = SceneDraft.connectionOf(ProfileKind.BUILT_IN, "http://127.0.0.1:41234/v1");
        String tomorrow = SceneDraft.connectionOf(ProfileKind.BUILT_IN, "http://127.0.0.1:39877/v1");
        recorder.openedSaved(today, "scn_7", serverUpdatedAt, saved);
        recorder.edited(moved);

        SceneDraft left = journal.pending().get(0);

        assertThat(left.belongsTo(tomorrow)).isTrue();
        assertThat(left.key()).isEqualTo(DraftKey.forScene(tomorrow, "scn_7"));
        assertThat(left.belongsTo(SceneDraft.connectionOf(ProfileKind.CUSTOM, "http://127.0.0.1:39877/v1"))).isFalse();
    }
}
