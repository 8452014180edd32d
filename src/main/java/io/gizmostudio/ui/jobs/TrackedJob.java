package io.gizmostudio.ui.jobs;

import io.gizmostudio.ui.common.CancellationSignal;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One running generation or export as the task panel shows it. Changed only on the UI thread by the
 * {@link JobTracker}; {@link #cancel()} stops waiting for it.
 */
public final class TrackedJob {
    /** Progress value meaning "running, amount unknown" (an indeterminate bar). */
    public static final double INDETERMINATE = -1;

    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(JobState.RUNNING);
    private final CancellationSignal signal = new CancellationSignal();
    private Runnable onCancel = () -> { };
    private volatile String assetId;

    TrackedJob(String title) {
        this.title = new ReadOnlyStringWrapper(title);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** 0..1, or {@link #INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public JobState state() {
        return state.get();
    }

    public String detail() {
        return detail.get();
    }

    public double progress() {
        return progress.get();
    }

    /** The asset this job generates or exports, once known. */
    public String assetId() {
        return assetId;
    }

    /** Stops waiting: the server may still finish the work, but this app no longer follows it. */
    public void cancel() {
        if (state.get() == JobState.RUNNING) {
            signal.cancel();
            onCancel.run();
        }
    }

    void onCancel(Runnable action) {
        this.onCancel = action;
    }

    CancellationSignal signal() {
        return signal;
    }

    void assetId(String id) {
        this.assetId = id;
    }

    void detail(String text) {
        detail.set(text);
    }

    void progress(double value) {
        progress.set(value);
    }

    void state(JobState next) {
        state.set(next);
    }
}
