package io.gizmostudio.ui.scenes;

import static io.gizmostudio.ui.scenes.DraftFixtures.BASE_URL;
import static io.gizmostudio.ui.scenes.DraftFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DraftRestoreViewFxTest {
    @TempDir
    Path folder;

    private Stage stage;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<SceneDraft> restored = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 300, 200));
        s.show();
    }

    @Test
    void discardKeepsTheDialogOpenForTheRestAndRestoreClosesIt(FxRobot robot) throws Exception {
        SceneDraft older = DraftFixtures.draft(DraftKey.newUnsaved(), DraftFixtures.workCell(2), T0);
        SceneDraft newer = DraftFixtures.draft(DraftKey.newUnsaved(), DraftFixtures.workCell(5), T0.plusSeconds(60));
        DraftJournal earlierRun = new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE);
        earlierRun.record(older);
        earlierRun.record(newer);
        DraftJournal journal = new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE);
        DraftRestoreViewModel vm = new DraftRestoreViewModel(journal, new ManualUiExecutor(), dialogs, restored::add,
                Clock.fixed(T0, ZoneOffset.UTC));
        WaitForAsyncUtils.asyncFx(() -> {
            DraftRestoreView.showWhenOffered(vm, stage);
            vm.load(BASE_URL);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#draftList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();

        robot.clickOn("#discardDraft");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(robot.lookup("#draftRestoreDialog").tryQuery()).isPresent();
        assertThat(list.getItems()).hasSize(1);
        assertThat(journal.pending()).containsExactly(older);

        robot.clickOn("#restoreDraft");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(restored).containsExactly(older);
        assertThat(robot.lookup("#draftRestoreDialog").tryQuery()).isEmpty();
    }
}
