package io.gizmostudio.ui.jobs;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.AssetParams;
import io.gizmostudio.ui.common.DialogService;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs generations and exports in the background and keeps the list of running jobs: submit, follow progress by
 * polling, notify on ready or failure, cancel (stop waiting). Several jobs run at once, each on its own worker.
 */
public final class JobTracker {
    private static final Logger LOG = LoggerFactory.getLogger(JobTracker.class);

    private final AssetLibraryService assets;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Duration generationTimeout;
    private final ObservableList<TrackedJob> running = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper();
    private final List<AssetChangeListener> listeners = new CopyOnWriteArrayList<>();

    public JobTracker(AssetLibraryService assets, UiExecutor executor, DialogService dialogs, Duration generationTimeout) {
        this.assets = assets;
        this.executor = executor;
        this.dialogs = dialogs;
        this.generationTimeout = generationTimeout;
        runningCount.bind(Bindings.size(running));
    }

    /** The jobs still running, oldest first. */
    public ObservableList<TrackedJob> runningJobs() {
        return FXCollections.unmodifiableObservableList(running);
    }

    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }

    public void addAssetListener(AssetChangeListener listener) {
        listeners.add(listener);
    }

    public void removeAssetListener(AssetChangeListener listener) {
        listeners.remove(listener);
    }

    /** Submits a generation and follows it until ready or failed. */
    public TrackedJob generate(CreateAssetRequest request) {
        String label = request.name() != null && !request.name().isBlank() ? request.name() : request.prompt();
        TrackedJob job = track("Generate “" + shorten(label) + "”");
        job.detail("Submitting…");
        executor.submit(() -> assets.create(request),
                created -> onCreated(job, created),
                failure -> fail(job, "Generation failed", failure));
        return job;
    }

    /**
     * Every callback below first checks that the job still runs, so cancelling needs no handle on the calls in
     * flight: their late results are simply ignored.
     */
    private TrackedJob track(String title) {
        TrackedJob job = new TrackedJob(title);
        job.onCancel(() -> finish(job, JobState.CANCELLED));
        running.add(job);
        return job;
    }

    private void onCreated(TrackedJob job, Asset created) {
        job.assetId(created.id());
        // The asset exists on the server even if the user already stopped waiting: show it anyway.
        listeners.forEach(l -> l.assetCreated(created));
        if (job.state() != JobState.RUNNING) {
            return;
        }
        applyProgress(job, created);
        if (created.status().isTerminal()) {
            complete(job, created);
            return;
        }
        executor.submit(
                () -> assets.awaitTerminal(created.id(), generationTimeout,
                        update -> executor.post(() -> onUpdate(job, update)), job.signal()),
                last -> complete(job, last),
                failure -> fail(job, "Generation failed", failure));
    }

    private void onUpdate(TrackedJob job, Asset update) {
        if (job.state() == JobState.RUNNING) {
            applyProgress(job, update);
            listeners.forEach(l -> l.assetChanged(update));
        }
    }

    private void complete(TrackedJob job, Asset last) {
        if (job.state() != JobState.RUNNING) {
            return;
        }
        listeners.forEach(l -> l.assetChanged(last));
        if (last.status() == AssetStatus.READY) {
            finish(job, JobState.SUCCEEDED);
            List<String> ignored = AssetParams.ignored(last.params());
            dialogs.notifyInfo("Asset ready", last.name() + " is ready."
                    + (ignored.isEmpty() ? "" : " Not honoured: " + String.join(", ", ignored) + "."));
        } else if (last.status() == AssetStatus.FAILED) {
            finish(job, JobState.FAILED);
            String reason = last.error() != null && last.error().message() != null
                    ? last.error().message() : "The engine could not generate it.";
            dialogs.notifyError("Generation failed: " + shorten(last.name()), reason);
        } else {
            finish(job, JobState.FAILED);
            dialogs.notifyError("Still generating", shorten(last.name())
                    + " did not finish in time; it stays in the library and F5 shows its state later.");
        }
    }

    private void fail(TrackedJob job, String title, Throwable failure) {
        if (finish(job, JobState.FAILED)) {
            LOG.warn("{}: {}", title, failure.toString());
            dialogs.notifyError(title, FailureMessages.describe(failure));
        }
    }

    /** Moves a running job to a final state and off the panel; false when it had already finished. */
    private boolean finish(TrackedJob job, JobState state) {
        if (job.state() != JobState.RUNNING) {
            return false;
        }
        job.state(state);
        if (state == JobState.SUCCEEDED) {
            job.progress(1);
        }
        running.remove(job);
        return true;
    }

    private static void applyProgress(TrackedJob job, Asset asset) {
        Integer p = asset.progress();
        job.progress(p == null ? TrackedJob.INDETERMINATE : Math.max(0, Math.min(100, p)) / 100.0);
        job.detail(statusText(asset));
    }

    static String statusText(Asset asset) {
        switch (asset.status()) {
            case PENDING:
                return "Queued";
            case PROCESSING:
                return asset.progress() != null ? "Generating " + asset.progress() + " %" : "Generating";
            case READY:
                return "Ready";
            case FAILED:
            default:
                return "Failed";
        }
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 48 ? oneLine : oneLine.substring(0, 47) + "…";
    }
}
