package io.gizmostudio.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns a failure into one short sentence that says what happened and what to do. The details (stack traces,
 * bodies) go to the log once, at the place that caught them; the user sees only this.
 */
public final class FailureMessages {
    private FailureMessages() {
    }

    public static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ServiceException se) {
            return describe(se);
        }
        if (cause instanceof IOException || cause instanceof UncheckedIOException) {
            return "Could not read or write a file: " + cause.getMessage();
        }
        return "Something went wrong: " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
    }

    private static String describe(ServiceException e) {
        switch (e.kind()) {
            case UNREACHABLE:
                return "Cannot reach the server. Check that it runs and its URL (Connections), then press F5.";
            case UNAUTHORIZED:
                return "The server rejected the API key. Enter a valid key in Settings → Connections.";
            case FORBIDDEN:
                return "This API key may not access that asset.";
            case NOT_FOUND:
                return "It no longer exists on the server. Press F5 to refresh the library.";
            case RATE_LIMITED:
                return e.retryAfter()
                        .map(d -> "The server is busy (rate limit). Try again in " + Math.max(1, d.toSeconds()) + " s.")
                        .orElse("The server is busy (rate limit). Try again in a moment.");
            case SERVER_ERROR:
                return "The server had an internal error. Try again; if it persists, check the server log.";
            case TIMEOUT:
                return "The server took too long. Try again later.";
            case CONFLICT:
            case INVALID_REQUEST:
            case LOCAL:
            default:
                return e.getMessage() != null ? e.getMessage() : "The request was refused (" + e.code() + ").";
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
