package io.gizmostudio.client;

import io.gizmostudio.api.AssetStatus;
import java.time.Duration;

/** The caller's timeout passed while a generation was still running; the generation itself goes on. */
public final class AwaitTimeoutException extends GizmoException {
    private final String id;
    private final AssetStatus lastStatus;

    public AwaitTimeoutException(String id, AssetStatus lastStatus, Duration timeout) {
        super(0, "timeout", "await_timeout",
                id + " was still " + (lastStatus == null ? "unknown" : lastStatus.wireName()) + " after "
                        + timeout.toMillis() + " ms", null);
        this.id = id;
        this.lastStatus = lastStatus;
    }

    public String id() {
        return id;
    }

    public AssetStatus lastStatus() {
        return lastStatus;
    }
}
