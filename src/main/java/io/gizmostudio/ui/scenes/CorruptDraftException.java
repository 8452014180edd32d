package io.gizmostudio.ui.scenes;

import java.io.IOException;

/** A draft file that cannot be read back: truncated, not JSON, missing fields, or written by an unknown version. */
public final class CorruptDraftException extends IOException {
    private static final long serialVersionUID = 1L;

    public CorruptDraftException(String message) {
        super(message);
    }

    public CorruptDraftException(String message, Throwable cause) {
        super(message, cause);
    }
}
