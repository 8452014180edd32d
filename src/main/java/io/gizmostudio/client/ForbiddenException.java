package io.gizmostudio.client;

/** 403: the key is valid but may not act on this resource. */
public final class ForbiddenException extends GizmoException {
    public ForbiddenException(int status, String error, String code, String serverMessage) {
        super(status, error, code, serverMessage, null);
    }
}
