package io.gizmostudio.server.http;

import io.gizmostudio.api.ErrorCodes;
import java.util.Map;

/**
 * A request the API refuses: the HTTP status, the contract's {@code error} category and {@code code}, a
 * message that says what to do, and extra headers ({@code Retry-After}). The one exception mapper turns it
 * into the envelope; nothing else writes error bodies.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String category;
    private final String code;
    private final Map<String, String> headers;

    public ApiException(int status, String category, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.category = category;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public ApiException(int status, String category, String code, String message) {
        this(status, category, code, message, Map.of());
    }

    public int status() {
        return status;
    }

    public String category() {
        return category;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, ErrorCodes.INVALID_REQUEST, code, message);
    }

    public static ApiException invalidJson(String message) {
        return badRequest(ErrorCodes.INVALID_JSON, message);
    }

    public static ApiException missingField(String field) {
        return badRequest(ErrorCodes.MISSING_FIELD, "The field '" + field + "' is required.");
    }

    public static ApiException invalidField(String field, String why) {
        return badRequest(ErrorCodes.INVALID_FIELD, "The field '" + field + "' " + why + ".");
    }

    public static ApiException invalidParameter(String parameter, String why) {
        return badRequest(ErrorCodes.INVALID_PARAMETER, "The query parameter '" + parameter + "' " + why + ".");
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, code, message);
    }

    public static ApiException forbidden(String what) {
        return new ApiException(403, ErrorCodes.PERMISSION_ERROR, ErrorCodes.FORBIDDEN,
                what + " belongs to another API key.");
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, ErrorCodes.CONFLICT, code, message);
    }

    public static ApiException unauthorized(String code, String message) {
        return new ApiException(401, ErrorCodes.AUTHENTICATION_ERROR, code, message,
                Map.of("WWW-Authenticate", "Bearer"));
    }

    /** The same refusal with {@code where} (e.g. {@code assets[3]}) in front of its message: which entry of a list it is about. */
    public ApiException at(String where) {
        return new ApiException(status, category, code, where + ": " + getMessage(), headers);
    }
}
