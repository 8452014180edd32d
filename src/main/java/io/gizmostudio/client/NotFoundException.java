package io.gizmostudio.client;

/** 404: no such asset, scene, placement or route (or the base URL is not a Gizmo API). */
public final class NotFoundException extends GizmoException {
    public NotFoundException(int status, String error, String code, String serverMessage) {
        super(status, error, code, serverMessage, null);
    }
}
