package io.gizmostudio.client;

/** 401: the API key is missing, malformed, unknown, expired or revoked. */
public final class UnauthorizedException extends GizmoException {
    public UnauthorizedException(int status, String error, String code, String serverMessage) {
        super(status, error, code, serverMessage, null);
    }
}
