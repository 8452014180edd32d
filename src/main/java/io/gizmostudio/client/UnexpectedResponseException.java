package io.gizmostudio.client;

/**
 * An answer that is not what the contract says: HTML from a proxy where JSON belongs, truncated or malformed
 * JSON, a 2xx without the fields it must carry, an export that is neither a ZIP nor a {@code download_url}.
 * Codes: {@code not_json}, {@code invalid_json}, {@code missing_field}, {@code unexpected_body}, or the code of
 * an error object a server put into a 2xx reply; {@code redirect} for a 3xx, which the client does not follow.
 */
public final class UnexpectedResponseException extends GizmoException {
    public static final String NOT_JSON = "not_json";
    public static final String INVALID_JSON = "invalid_json";
    public static final String MISSING_FIELD = "missing_field";
    public static final String UNEXPECTED_BODY = "unexpected_body";
    public static final String REDIRECT = "redirect";

    public UnexpectedResponseException(int status, String code, String message, Throwable cause) {
        super(status, "unexpected_response", code, message, cause);
    }
}
