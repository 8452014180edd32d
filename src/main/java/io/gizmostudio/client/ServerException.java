package io.gizmostudio.client;

/** 5xx: the server (or a proxy in front of it) failed; safe requests were already retried. */
public final class ServerException extends GizmoException {
    public ServerException(int status, String error, String code, String serverMessage) {
        super(status, error, code, serverMessage, null);
    }
}
