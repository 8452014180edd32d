package io.gizmostudio.client;

/** 409: the resource is in the wrong state, e.g. {@code asset_not_ready}, {@code asset_in_use}, {@code idempotency_key_reused}. */
public final class ConflictException extends GizmoException {
    public ConflictException(int status, String error, String code, String serverMessage) {
        super(status, error, code, serverMessage, null);
    }
}
