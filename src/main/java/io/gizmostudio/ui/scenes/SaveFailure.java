package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.ServiceException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a failed scene save means for the user: why, in words ({@link #why}); whether to try again by itself and
 * when ({@link #retryIn}: offline, 401, 429, 5xx, time-outs — the server's Retry-After, else 5, 15, 30 then every
 * 60 s); whether the scene is gone from the server ({@link #sceneGone}); and the scene a failed first save had
 * already created ({@link #createdSceneId}, or null).
 */
record SaveFailure(FailureKind kind, String why, Optional<Duration> retryIn, boolean sceneGone, String createdSceneId) {
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofSeconds(60));

    /** Reads {@code failure} (from {@link SceneWriter#write}); {@code failuresBefore} counts the failed tries in a row before it. */
    static SaveFailure of(Throwable failure, int failuresBefore) {
        String created = null;
        Throwable cause = failure;
        if (failure instanceof SceneWriter.PartlySaved partly) {
            created = partly.sceneId();
            cause = partly.getCause();
        }
        FailureKind kind = cause instanceof ServiceException s ? s.kind() : FailureKind.LOCAL;
        // a rejected list is best explained in the server's own words ("assets[3]: asset … not found")
        String why = rejected(kind) && cause.getMessage() != null ? cause.getMessage() : FailureMessages.describe(cause);
        boolean gone = kind == FailureKind.NOT_FOUND && cause instanceof ServiceException s && "scene_not_found".equals(s.code());
        Optional<Duration> retry = Optional.empty();
        if (transientFailure(kind)) {
            Duration backoff = BACKOFF.get(Math.min(failuresBefore, BACKOFF.size() - 1));
            retry = Optional.of(cause instanceof ServiceException s ? s.retryAfter().orElse(backoff) : backoff);
        }
        return new SaveFailure(kind, why, retry, gone, created);
    }

    private static boolean rejected(FailureKind kind) {
        return kind == FailureKind.INVALID_REQUEST || kind == FailureKind.NOT_FOUND || kind == FailureKind.CONFLICT;
    }

    private static boolean transientFailure(FailureKind kind) {
        return kind == FailureKind.UNREACHABLE || kind == FailureKind.UNAUTHORIZED || kind == FailureKind.RATE_LIMITED
                || kind == FailureKind.SERVER_ERROR || kind == FailureKind.TIMEOUT;
    }
}
