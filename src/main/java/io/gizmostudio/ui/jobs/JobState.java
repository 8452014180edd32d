package io.gizmostudio.ui.jobs;

/** Where a background job stands. Only RUNNING jobs are listed in the task panel. */
public enum JobState {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinished() {
        return this != RUNNING;
    }
}
