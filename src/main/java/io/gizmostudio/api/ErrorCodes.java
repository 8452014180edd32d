package io.gizmostudio.api;

/** The error categories and codes of the contract's §3 table and §10 extensions. */
public final class ErrorCodes {
    // categories (the "error" field)
    public static final String INVALID_REQUEST = "invalid_request";
    public static final String AUTHENTICATION_ERROR = "authentication_error";
    public static final String PERMISSION_ERROR = "permission_error";
    public static final String NOT_FOUND = "not_found";
    public static final String CONFLICT = "conflict";
    public static final String RATE_LIMIT_ERROR = "rate_limit_error";
    public static final String SERVER_ERROR = "server_error";

    // codes
    public static final String INVALID_JSON = "invalid_json";
    public static final String MISSING_FIELD = "missing_field";
    public static final String INVALID_FIELD = "invalid_field";
    public static final String INVALID_PARAMETER = "invalid_parameter";
    public static final String UNSUPPORTED_FORMAT = "unsupported_format";
    public static final String MISSING_API_KEY = "missing_api_key";
    public static final String INVALID_API_KEY = "invalid_api_key";
    public static final String FORBIDDEN = "forbidden";
    public static final String ASSET_NOT_FOUND = "asset_not_found";
    public static final String SCENE_NOT_FOUND = "scene_not_found";
    public static final String PLACEMENT_NOT_FOUND = "placement_not_found";
    public static final String ROUTE_NOT_FOUND = "route_not_found";
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    public static final String ASSET_NOT_READY = "asset_not_ready";
    public static final String ASSET_IN_USE = "asset_in_use";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    public static final String QUEUE_FULL = "queue_full";
    public static final String INTERNAL_ERROR = "internal_error";
    public static final String UNRECOGNIZED_PROMPT = "unrecognized_prompt";
    /** An import upload that is not a usable zip (not a zip, unsafe paths, too big unpacked, no description in it). */
    public static final String INVALID_BUNDLE = "invalid_bundle";
    /** A path with a percent sign that is not followed by two hex digits ({@code %u0041}, {@code %zz}, a lone {@code %}). */
    public static final String INVALID_PATH = "invalid_path";
    /** A request line in another HTTP version than 1.0/1.1 (HTTP/0.9, HTTP/2.5, a raw space in the path). */
    public static final String HTTP_VERSION_NOT_SUPPORTED = "http_version_not_supported";
    /** 408: a request's headers or body that did not arrive in time (a stalled or trickling client). */
    public static final String REQUEST_TIMEOUT = "request_timeout";
    /** An import whose robot description cannot be read or exported; the message names the file and line. */
    public static final String INVALID_DESCRIPTION = "invalid_description";

    private ErrorCodes() {
    }
}
