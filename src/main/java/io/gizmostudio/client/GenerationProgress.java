package io.gizmostudio.client;

import io.gizmostudio.api.AssetStatus;
import java.time.Duration;

/**
 * One observation of a running generation.
 *
 * @param id      the asset id (or the job id while a newer-variant job has not named its asset yet)
 * @param status  the status, job words mapped to asset words
 * @param percent 0–100, or -1 when the server does not report progress
 * @param polls   status requests made so far by this wait (0 for the reply of the create call itself)
 * @param elapsed time since the wait began
 */
public record GenerationProgress(String id, AssetStatus status, int percent, int polls, Duration elapsed) {
    public boolean hasPercent() {
        return percent >= 0;
    }
}
