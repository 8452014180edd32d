package io.gizmostudio.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Builds requests against the base URL, sends them through the transport and turns the answer into a value
 * or a {@link GizmoException}. Every POST gets a fresh {@code Idempotency-Key}, the same one on each retry of
 * that call. Used by the resource classes; no state beyond configuration.
 */
final class ApiCaller {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final long MAX_ERROR_BODY = 64 * 1024;

    private final HttpUrl base;
    private final HttpTransport transport;
    private final ObjectMapper json;
    private final ErrorMapper errors;

    ApiCaller(HttpUrl base, HttpTransport transport, ObjectMapper json, ErrorMapper errors) {
        this.base = base;
        this.transport = transport;
        this.json = json;
        this.errors = errors;
    }

    HttpUrl base() {
        return base;
    }

    ObjectMapper json() {
        return json;
    }

    ErrorMapper errors() {
        return errors;
    }

    /** The base URL plus these path segments, each percent-encoded (an id can never climb out of its path). */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b;
    }

    Request get(HttpUrl url) {
        return new Request.Builder().url(url).get().header("Accept", "application/json").build();
    }

    Request delete(HttpUrl url) {
        return new Request.Builder().url(url).delete().header("Accept", "application/json").build();
    }

    Request post(HttpUrl url, Object body) {
        return new Request.Builder().url(url).post(jsonBody(body)).header("Accept", "application/json")
                .header(RetryingTransport.IDEMPOTENCY_KEY, UUID.randomUUID().toString()).build();
    }

    /** A POST of raw bytes ({@code mediaType}, e.g. a zip upload), with an Idempotency-Key like every POST. */
    Request postBytes(HttpUrl url, byte[] body, String mediaType) {
        return new Request.Builder().url(url).post(RequestBody.create(body, okhttp3.MediaType.get(mediaType)))
                .header("Accept", "application/json")
                .header(RetryingTransport.IDEMPOTENCY_KEY, UUID.randomUUID().toString()).build();
    }

    Request put(HttpUrl url, Object body) {
        return new Request.Builder().url(url).put(jsonBody(body)).header("Accept", "application/json").build();
    }

    Request patch(HttpUrl url, Object body) {
        return new Request.Builder().url(url).patch(jsonBody(body)).header("Accept", "application/json").build();
    }

    private RequestBody jsonBody(Object body) {
        try {
            return RequestBody.create(json.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Sends the request; a 2xx response comes back open (the caller closes it), anything else is thrown. */
    Response open(Request request) {
        Response response;
        try {
            response = transport.execute(request);
        } catch (IOException e) {
            throw networkFailure(request, e);
        }
        if (response.isSuccessful()) {
            return response;
        }
        if (response.isRedirect()) {
            response.close();
            throw redirectRefused(response, request);
        }
        try (response) {
            String body = readLimited(response);
            throw errors.map(response.code(), response.header("Content-Type"), body, response.header("Retry-After"),
                    describe(request));
        }
    }

    /** The JSON body of a 2xx answer; null when the body is empty (204). */
    JsonNode tree(Request request) {
        try (Response response = open(request)) {
            return parse(response, request);
        }
    }

    /** The JSON body of a 2xx answer read as {@code type}; an empty or mismatched body is an unexpected response. */
    <T> T read(Request request, Class<T> type) {
        try (Response response = open(request)) {
            JsonNode node = parse(response, request);
            if (node == null) {
                throw new UnexpectedResponseException(response.code(), UnexpectedResponseException.MISSING_FIELD,
                        "an empty body where the API returns a " + type.getSimpleName() + " [" + describe(request) + "]", null);
            }
            return convert(node, type, response.code(), request);
        }
    }

    /** Sends the request and ignores a 2xx body (DELETE → 204). */
    void send(Request request) {
        open(request).close();
    }

    <T> T convert(JsonNode node, Class<T> type, int status, Request request) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw errors.errorInSuccess(status, node, describe(request)).orElseGet(() ->
                    // no cause attached: Jackson's message quotes the body, which is redacted here and only here
                    new UnexpectedResponseException(status, UnexpectedResponseException.INVALID_JSON,
                            "a reply that does not read as a " + type.getSimpleName() + ": "
                                    + errors.redact(firstLine(e.getMessage())) + " [" + describe(request) + "]", null));
        }
    }

    /** Requires a field the contract promises; a server that omits it gets an unexpected-response error. */
    <T> T require(T value, String field, int status, Request request, JsonNode node) {
        if (value == null) {
            throw errors.errorInSuccess(status, node, describe(request)).orElseGet(() ->
                    new UnexpectedResponseException(status, UnexpectedResponseException.MISSING_FIELD,
                            "the reply lacks '" + field + "' [" + describe(request) + "]", null));
        }
        return value;
    }

    JsonNode parse(Response response, Request request) {
        String text;
        try {
            text = response.body().string();
        } catch (IOException e) {
            throw networkFailure(request, e);
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            String type = response.header("Content-Type", "no content type");
            boolean looksJson = type.toLowerCase(Locale.ROOT).contains("json");
            String code = looksJson ? UnexpectedResponseException.INVALID_JSON : UnexpectedResponseException.NOT_JSON;
            String what = looksJson ? "malformed or truncated JSON" : "a body that is not JSON (" + type + ")";
            throw new UnexpectedResponseException(response.code(), code, "HTTP " + response.code() + " with " + what
                    + ": " + errors.redact(firstLine(e.getOriginalMessage())) + " [" + describe(request) + "]", null);
        }
    }

    /** A {@link NetworkException}, or a {@link CancellationException} when this thread was interrupted. */
    RuntimeException networkFailure(Request request, IOException e) {
        if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                && Thread.currentThread().isInterrupted()) {
            CancellationException c = new CancellationException("interrupted: " + describe(request));
            c.initCause(e);
            return c;
        }
        boolean timeout = e instanceof InterruptedIOException;
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new NetworkException(timeout ? NetworkException.TIMEOUT : NetworkException.CONNECTION_FAILED,
                errors.redact((timeout ? "timed out: " : "no answer from the server: ") + reason) + " [" + describe(request) + "]", e);
    }

    /** A 3xx from the API: not followed (see {@link OkHttpTransport}); says where it pointed, without path or query. */
    private UnexpectedResponseException redirectRefused(Response response, Request request) {
        String location = response.header("Location");
        HttpUrl target = location == null ? null : request.url().resolve(location);
        String where = target == null ? "no usable Location"
                : target.scheme() + "://" + target.host() + ":" + target.port()
                        + (OkHttpTransport.sameOrigin(base, target) ? " (this server)" : " (another server)");
        return new UnexpectedResponseException(response.code(), UnexpectedResponseException.REDIRECT,
                "HTTP " + response.code() + " redirect to " + where + " not followed: the client sends the API key"
                        + " only to the server it was given; use the final address as the server URL ["
                        + describe(request) + "]", null);
    }

    static String describe(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }

    private static String readLimited(Response response) {
        try {
            BufferedSource source = response.body().source();
            source.request(MAX_ERROR_BODY);
            long size = Math.min(source.getBuffer().size(), MAX_ERROR_BODY);
            return source.getBuffer().readUtf8(size);
        } catch (IOException e) {
            return ""; // an error status whose body broke off still maps by status
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
