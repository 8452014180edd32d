package io.gizmostudio.ui.scenes;

import static io.gizmostudio.ui.scenes.DraftFixtures.BASE_URL;
import static io.gizmostudio.ui.scenes.DraftFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRestoreViewModelTest {
    @TempDir
    Path folder;

    private final ManualUiExecutor ui = new ManualUiExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<SceneDraft> restored = new ArrayList<>();
    /** An hour after the fixtures' 14:02 edit, same day, UTC. */
    private final Clock clock = Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    private DraftJournal journal;
    private DraftRestoreViewModel vm;

    private final SceneDraft workCell = new SceneDraft(DraftKey.forScene(BASE_URL, "scn_1"), BASE_URL, "scn_1",
            DraftFixtures.workCell(12), T0, T0.minusSeconds(600));
    private final SceneDraft newScene = new SceneDraft(DraftKey.newUnsaved(), BASE_URL, null,
            new SceneDocument("Pallet line", DraftFixtures.workCell(1).placements()), T0.minus(Duration.ofDays(1)), null);
    private final SceneDraft elsewhere = new SceneDraft(DraftKey.forScene("https://team.example:8443", "scn_1"),
            "https://team.example:8443", "scn_1", DraftFixtures.workCell(3), T0.plusSeconds(60), null);

    @BeforeEach
    void setUp() {
        journal = new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE);
        vm = new DraftRestoreViewModel(journal, ui, dialogs, restored::add, clock);
    }

    /** Drafts an earlier run left: written by that run's own journal on the same folder. */
    private void onDisk(SceneDraft... drafts) {
        DraftJournal earlierRun = new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE);
        for (SceneDraft d : drafts) {
            earlierRun.record(d);
        }
    }

    @Test
    void offersThisConnectionsDraftsNewestFirstWithNameSizeAndTime() {
        onDisk(newScene, workCell, elsewhere);

        vm.load(BASE_URL + "/");

        assertThat(vm.offers()).extracting(DraftOffer::title).containsExactly("Restore 'Work cell'", "Restore 'Pallet line'");
        assertThat(vm.offers()).extracting(DraftOffer::details).containsExactly(
                "12 placements, edited 14:02, not saved", "1 placement, edited 13 Mar 14:02, never saved");
        assertThat(vm.selectedProperty().get().draft()).isEqualTo(workCell);
        assertThat(vm.offeringProperty().get()).isTrue();
        assertThat(vm.otherServersProperty().get()).isEqualTo("1 more draft belongs to another server; connect to it to restore.");
    }

    @Test
    void withNoDraftsForThisConnectionThereIsNothingToOffer() {
        onDisk(elsewhere);

        vm.load(BASE_URL);

        assertThat(vm.offers()).isEmpty();
        assertThat(vm.offeringProperty().get()).isFalse();
        assertThat(vm.restoreCommand().isExecutable()).isFalse();
        assertThat(vm.discardCommand().isExecutable()).isFalse();
    }

    @Test
    void restoreHandsTheDraftToTheAppAndKeepsItsFileUntilTheSceneIsSaved() throws Exception {
        onDisk(workCell, newScene);
        vm.load(BASE_URL);

        vm.restoreCommand().execute();

        assertThat(restored).containsExactly(workCell);
        assertThat(vm.offeringProperty().get()).isFalse();
        assertThat(journal.pending()).contains(workCell, newScene);
    }

    @Test
    void discardAsksFirstAndADeclinedDiscardKeepsTheDraft() throws Exception {
        onDisk(workCell);
        vm.load(BASE_URL);
        dialogs.confirmAnswer = false;

        vm.discardCommand().execute();

        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("'Work cell'", "12 placements", "cannot be undone");
        assertThat(vm.offers()).hasSize(1);
        assertThat(journal.pending()).containsExactly(workCell);
        assertThat(restored).isEmpty();
    }

    @Test
    void aConfirmedDiscardDeletesTheDraftAndMovesToTheNextUntilNoneIsLeft() throws Exception {
        onDisk(workCell, newScene);
        vm.load(BASE_URL);

        vm.discardCommand().execute();

        assertThat(journal.pending()).containsExactly(newScene);
        assertThat(vm.offers()).extracting(DraftOffer::draft).containsExactly(newScene);
        assertThat(vm.selectedProperty().get().draft()).isEqualTo(newScene);
        assertThat(vm.offeringProperty().get()).isTrue();

        vm.discardCommand().execute();

        assertThat(journal.pending()).isEmpty();
        assertThat(vm.offeringProperty().get()).isFalse();
        assertThat(restored).isEmpty();
    }

    @Test
    void laterKeepsEveryDraftForTheNextStart() throws Exception {
        onDisk(workCell, newScene);
        vm.load(BASE_URL);

        vm.laterCommand().execute();

        assertThat(vm.offeringProperty().get()).isFalse();
        assertThat(journal.pending()).containsExactly(workCell, newScene);
        assertThat(restored).isEmpty();
    }

    @Test
    void theFolderIsReadInTheBackgroundNotOnTheUiThread() {
        ManualUiExecutor deferred = new ManualUiExecutor().deferWork();
        DraftRestoreViewModel lazy = new DraftRestoreViewModel(journal, deferred, dialogs, restored::add, clock);
        onDisk(workCell);

        lazy.load(BASE_URL);
        assertThat(lazy.offers()).isEmpty();
        assertThat(deferred.queuedWork()).isEqualTo(1);

        deferred.runWork();
        assertThat(lazy.offers()).extracting(DraftOffer::draft).containsExactly(workCell);
    }

    @Test
    void aDraftThisRunRecordedIsNotOfferedButOneAnEarlierRunLeftIs() {
        onDisk(workCell);
        journal.record(newScene); // this run's own edits, made before the first connection

        vm.load(BASE_URL);

        assertThat(vm.offers()).extracting(DraftOffer::draft).containsExactly(workCell);
        assertThat(vm.otherServersProperty().get()).isEmpty();
    }

    @Test
    void aDraftFromAnotherYearShowsTheYear() {
        SceneDraft old = workCell.withDocument(workCell.document(), T0.minus(Duration.ofDays(400)));
        onDisk(old);

        vm.load(BASE_URL);

        assertThat(vm.offers()).extracting(DraftOffer::details).containsExactly("12 placements, edited 8 Feb 2024 14:02, not saved");
    }
}
