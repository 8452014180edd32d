package io.gizmostudio.client;

/**
 * No usable HTTP answer: the connection was refused or reset, timed out, or broke off in the middle of a body.
 * Codes: {@code connection_failed}, {@code timeout}.
 */
public final class NetworkException extends GizmoException {
    public static final String CONNECTION_FAILED = "connection_failed";
    public static final String TIMEOUT = "timeout";

    public NetworkException(String code, String message, Throwable cause) {
        super(0, "network_error", code, message, cause);
    }
}
