package io.gizmostudio.ui.common;

/** What went wrong talking to a Gizmo server, in the terms the user acts on. */
public enum FailureKind {
    /** The server could not be reached (down, wrong URL, network). */
    UNREACHABLE,
    /** 401: the API key is missing, wrong or revoked. */
    UNAUTHORIZED,
    /** 403: the key may not touch this resource. */
    FORBIDDEN,
    /** 404. */
    NOT_FOUND,
    /** 409: the resource is in a state that forbids the action (in use, not ready). */
    CONFLICT,
    /** 400/422: the request was refused as invalid, including prompts the engine cannot make. */
    INVALID_REQUEST,
    /** 429: too many requests. */
    RATE_LIMITED,
    /** 5xx. */
    SERVER_ERROR,
    /** A wait ran out of time. */
    TIMEOUT,
    /** Local trouble: a file could not be written, an unexpected reply. */
    LOCAL
}
