package io.gizmostudio.client;

/**
 * Everything that can go wrong in a call to a Gizmo server, as one sealed, unchecked hierarchy. Each carries
 * the HTTP {@link #status()} (0 when there was no HTTP answer), the contract's {@link #error()} category, the
 * specific {@link #code()} and the server's human {@link #serverMessage()}; {@link #getMessage()} adds the
 * status and code for logs. None of them ever contains the API key.
 */
public abstract sealed class GizmoException extends RuntimeException
        permits BadRequestException, UnauthorizedException, ForbiddenException, NotFoundException,
        ConflictException, RateLimitedException, ServerException, NetworkException, UnexpectedResponseException,
        GenerationFailedException, AwaitTimeoutException {
    private final int status;
    private final String error;
    private final String code;
    private final String serverMessage;

    protected GizmoException(int status, String error, String code, String serverMessage, Throwable cause) {
        super(describe(status, error, code, serverMessage), cause);
        this.status = status;
        this.error = error == null ? "unknown" : error;
        this.code = code == null ? this.error : code;
        this.serverMessage = serverMessage == null || serverMessage.isBlank() ? "(no message)" : serverMessage;
    }

    /** The HTTP status, or 0 when the failure was not an HTTP answer (network, generation, timeout). */
    public int status() {
        return status;
    }

    /** The short machine-readable category, e.g. {@code not_found}; never null. */
    public String error() {
        return error;
    }

    /** The specific code, e.g. {@code asset_not_found}; the category when the server gave none; never null. */
    public String code() {
        return code;
    }

    /** The human text, as the server (or the client) phrased it; never null. */
    public String serverMessage() {
        return serverMessage;
    }

    private static String describe(int status, String error, String code, String message) {
        StringBuilder sb = new StringBuilder();
        sb.append(message == null || message.isBlank() ? "(no message)" : message).append(" (");
        if (status > 0) {
            sb.append("HTTP ").append(status).append(", ");
        }
        sb.append(code != null ? code : error != null ? error : "unknown").append(')');
        return sb.toString();
    }
}
