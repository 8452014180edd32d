package io.gizmostudio.client;

/** The server rejected the request as it stands: 400 and 422 (and other 4xx the contract does not single out, such as 405, 413 and 415). Fix the input; repeating it will not help. */
public final class BadRequestException extends GizmoException {
    public BadRequestException(int status, String error, String code, String serverMessage) {
        super(status, error, code, serverMessage, null);
    }
}
