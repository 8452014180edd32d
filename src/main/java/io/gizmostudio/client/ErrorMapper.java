package io.gizmostudio.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ErrorBody;
import io.gizmostudio.api.ErrorCodes;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place where a non-2xx answer becomes a {@link GizmoException}: the status picks the type, the body
 * (either error shape of the contract, or anything else) fills in category, code and message. Bodies that are
 * not JSON (a proxy's HTML page) still give the right type, with a message that says what came back.
 */
final class ErrorMapper {
    private static final int MAX_TEXT = 200;

    private final ObjectMapper json;
    private final ApiKey key;
    private final Clock clock;

    ErrorMapper(ObjectMapper json, ApiKey key, Clock clock) {
        this.json = json;
        this.key = key;
        this.clock = clock;
    }

    GizmoException map(int status, String contentType, String body, String retryAfterHeader, String what) {
        Optional<ErrorBody> parsed = parse(body);
        String category = parsed.map(ErrorBody::error).orElse(defaultCategory(status));
        String code = parsed.map(ErrorBody::code).orElse(category);
        String message = redact(parsed.map(ErrorBody::message).orElseGet(() -> describeBody(status, contentType, body)));
        message = message + " [" + what + "]";
        if (status == 400 || status == 422) {
            return new BadRequestException(status, category, code, message);
        }
        switch (status) {
            case 401:
                return new UnauthorizedException(status, category, code, message);
            case 403:
                return new ForbiddenException(status, category, code, message);
            case 404:
                return new NotFoundException(status, category, code, message);
            case 409:
                return new ConflictException(status, category, code, message);
            case 429:
                Duration after = RetryAfter.parse(retryAfterHeader, clock).orElse(null);
                return new RateLimitedException(category, code, message, after);
            default:
                break;
        }
        if (status >= 500 && status <= 599) {
            return new ServerException(status, category, code, message);
        }
        if (status >= 400 && status <= 499) {
            return new BadRequestException(status, category, code, message);
        }
        return new UnexpectedResponseException(status, UnexpectedResponseException.UNEXPECTED_BODY,
                "HTTP " + status + " is not an answer the API gives: " + message, null);
    }

    /** An error object inside a 2xx reply (seen from gateways): the client's type for that, with the body's words. */
    Optional<UnexpectedResponseException> errorInSuccess(int status, JsonNode node, String what) {
        return ErrorBody.parse(node).map(e -> new UnexpectedResponseException(status,
                e.code() != null ? e.code() : UnexpectedResponseException.UNEXPECTED_BODY,
                redact(e.message() != null ? e.message() : "an error object in a " + status + " reply") + " [" + what + "]",
                null));
    }

    String redact(String text) {
        return key == null ? text : key.redact(text);
    }

    private Optional<ErrorBody> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return ErrorBody.parse(json.readTree(body));
        } catch (java.io.IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static String describeBody(int status, String contentType, String body) {
        String type = contentType == null ? "no content type" : contentType;
        if (body == null || body.isBlank()) {
            return "HTTP " + status + " with an empty body";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        String lower = flat.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype") || lower.startsWith("<html") || type.contains("html")) {
            String title = between(flat, "<title>", "</title>");
            return "HTTP " + status + " with an HTML page (" + type + ")" + (title == null ? "" : ": " + title)
                    + " — a proxy or another web server answered";
        }
        return "HTTP " + status + " with a body that is not a Gizmo error (" + type + "): "
                + (flat.length() > MAX_TEXT ? flat.substring(0, MAX_TEXT) + "…" : flat);
    }

    private static String between(String text, String open, String close) {
        String lower = text.toLowerCase(Locale.ROOT);
        int a = lower.indexOf(open);
        int b = a < 0 ? -1 : lower.indexOf(close, a + open.length());
        if (a < 0 || b < 0) {
            return null;
        }
        String t = text.substring(a + open.length(), b).trim();
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    private static String defaultCategory(int status) {
        switch (status) {
            case 400:
            case 405:
            case 413:
            case 415:
            case 422:
                return ErrorCodes.INVALID_REQUEST;
            case 401:
                return ErrorCodes.AUTHENTICATION_ERROR;
            case 403:
                return ErrorCodes.PERMISSION_ERROR;
            case 404:
                return ErrorCodes.NOT_FOUND;
            case 409:
                return ErrorCodes.CONFLICT;
            case 429:
                return ErrorCodes.RATE_LIMIT_ERROR;
            default:
                return status >= 500 ? ErrorCodes.SERVER_ERROR : "http_" + status;
        }
    }
}
