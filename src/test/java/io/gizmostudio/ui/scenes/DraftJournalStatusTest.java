package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.ManualUiExecutor;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DraftJournalStatusTest {
    private final ManualUiExecutor ui = new ManualUiExecutor();
    private final DraftJournalStatus status = new DraftJournalStatus(ui);
    private final DraftKey a = DraftKey.newUnsaved();
    private final DraftKey b = DraftKey.newUnsaved();

    @Test
    void aFailedWriteShowsWhatIsWrongUntilThatDraftIsWrittenAgain() {
        status.writeFailed(a, new IOException("No space left on device"));
        assertThat(status.problemProperty().get()).contains("No space left on device", "tries again");

        status.draftWritten(DraftFixtures.draft(b, DraftFixtures.workCell(1), DraftFixtures.T0));
        assertThat(status.problemProperty().get()).as("another draft's success").isNotEmpty();

        status.draftWritten(DraftFixtures.draft(a, DraftFixtures.workCell(1), DraftFixtures.T0));
        assertThat(status.problemProperty().get()).isEmpty();
    }

    @Test
    void aRemovedDraftNoLongerCounts() {
        status.writeFailed(a, new IOException());
        assertThat(status.problemProperty().get()).contains("IOException");

        status.draftRemoved(a);
        assertThat(status.problemProperty().get()).isEmpty();
    }

    @Test
    void setAsideFilesAreListed() {
        SetAsideDraft file = new SetAsideDraft(Path.of("d/k.json"), Path.of("d/k.json.corrupt"), "truncated");
        status.draftSetAside(file);
        assertThat(status.setAside()).containsExactly(file);
    }
}
