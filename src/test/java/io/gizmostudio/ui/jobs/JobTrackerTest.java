package io.gizmostudio.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.RecordingDialogService;
import io.gizmostudio.ui.common.ServiceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobTrackerTest {
    private final FakeAssetLibrary server = new FakeAssetLibrary();
    private final ManualUiExecutor executor = new ManualUiExecutor().deferWork();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final JobTracker tracker = new JobTracker(server, executor, dialogs, Duration.ofMinutes(5));
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void listen() {
        tracker.addAssetListener(new AssetChangeListener() {
            @Override
            public void assetCreated(Asset asset) {
                events.add("created " + asset.status().wireName());
            }

            @Override
            public void assetChanged(Asset asset) {
                events.add(asset.status().wireName() + (asset.progress() == null ? "" : " " + asset.progress()));
            }
        });
    }

    @Test
    void aGenerationGoesFromPendingThroughProgressToReadyAndNotifies() {
        TrackedJob job = tracker.generate(CreateAssetRequest.of("a 6-DOF robot arm"));
        assertThat(tracker.runningJobs()).containsExactly(job);
        assertThat(tracker.runningCountProperty().get()).isEqualTo(1);

        executor.runNextWork();
        assertThat(events).containsExactly("created pending");
        assertThat(job.detail()).isEqualTo("Queued");
        assertThat(job.assetId()).isNotNull();

        executor.runNextWork();
        assertThat(events).containsExactly("created pending", "processing 50", "ready 100", "ready 100");
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(job.progress()).isEqualTo(1.0);
        assertThat(tracker.runningJobs()).isEmpty();
        assertThat(dialogs.infos).containsExactly("Asset ready: a 6-DOF robot arm is ready.");
    }

    @Test
    void theReadyNoticeSaysWhatThePromptAskedForThatTheEngineDidNotHonour() {
        tracker.generate(CreateAssetRequest.of("a wall-mounted robot arm"));
        executor.runNextWork();
        executor.runNextWork();

        assertThat(dialogs.infos).containsExactly("Asset ready: a wall-mounted robot arm is ready. Not honoured: wall-mounted.");
    }

    @Test
    void aPromptTheEngineCannotMakeFailsWithTheServersMessage() {
        TrackedJob job = tracker.generate(CreateAssetRequest.of("a flux capacitor"));
        executor.runWork();

        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(dialogs.notifiedErrors).singleElement().asString()
                .startsWith("Generation failed: a flux capacitor")
                .contains("Cannot make a flux capacitor. The engine can make: robot arm");
    }

    @Test
    void cancellingStopsWaitingButKeepsTheAssetShown() {
        TrackedJob job = tracker.generate(CreateAssetRequest.of("a cabinet"));
        executor.runNextWork();

        job.cancel();
        assertThat(job.state()).isEqualTo(JobState.CANCELLED);
        assertThat(tracker.runningJobs()).isEmpty();
        executor.runWork();

        assertThat(events).containsExactly("created pending");
        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.notifiedErrors).isEmpty();
    }

    @Test
    void cancellingBeforeTheServerAnsweredStillShowsTheCreatedAsset() {
        TrackedJob job = tracker.generate(CreateAssetRequest.of("a cabinet"));
        job.cancel();
        executor.runWork();

        assertThat(events).containsExactly("created pending");
        assertThat(server.all()).singleElement().extracting(Asset::status).isEqualTo(AssetStatus.PENDING);
    }

    @Test
    void severalGenerationsRunAtOnce() {
        tracker.generate(CreateAssetRequest.of("a table"));
        tracker.generate(CreateAssetRequest.of("a door"));
        tracker.generate(CreateAssetRequest.of("a laptop"));
        assertThat(tracker.runningCountProperty().get()).isEqualTo(3);

        executor.runWork();

        assertThat(tracker.runningCountProperty().get()).isZero();
        assertThat(dialogs.infos).hasSize(3);
    }

    @Test
    void aRefusedSubmissionSaysWhatToDo() {
        server.failNext(new ServiceException(FailureKind.RATE_LIMITED, "rate_limited", "slow down",
                Duration.ofSeconds(7), null));
        TrackedJob job = tracker.generate(CreateAssetRequest.of("a table"));
        executor.runWork();

        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(dialogs.notifiedErrors).containsExactly(
                "Generation failed: The server is busy (rate limit). Try again in 7 s.");
    }

    @Test
    void theJobTitleShortensLongPrompts() {
        TrackedJob job = tracker.generate(CreateAssetRequest.of("a ".repeat(100) + "gripper"));
        assertThat(job.titleProperty().get()).hasSizeLessThan(60).endsWith("…”");
    }
}
