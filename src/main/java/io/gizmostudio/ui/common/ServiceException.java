package io.gizmostudio.ui.common;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed call behind one of the ui's service interfaces, classified so ViewModels can react (a 409 on delete,
 * a 401 on connect) without knowing the HTTP client. The adapters translate the client's exceptions into this
 * one type in one place.
 */
public final class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final String code;
    private final transient Duration retryAfter;

    public ServiceException(FailureKind kind, String code, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public ServiceException(FailureKind kind, String code, String message) {
        this(kind, code, message, null, null);
    }

    public FailureKind kind() {
        return kind;
    }

    /** The server's machine-readable code ({@code asset_in_use}, {@code unrecognized_prompt}), or null. */
    public String code() {
        return code;
    }

    /** How long the server asked us to wait (429, 503), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean hasCode(String expected) {
        return expected.equals(code);
    }
}
