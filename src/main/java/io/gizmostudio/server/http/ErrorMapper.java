package io.gizmostudio.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ErrorBody;
import io.gizmostudio.api.ErrorCodes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every failure leaves the server as the contract's envelope
 * {@code {error, code, message}}. {@link ApiException}s carry their own status; Javalin's routing misses become
 * 404 {@code route_not_found} and 405 {@code method_not_allowed}; anything unexpected is a generic 500
 * {@code internal_error} whose cause is logged once, here, and never sent.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private final ObjectMapper json;

    public ErrorMapper(ObjectMapper json) {
        this.json = json;
    }

    public void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> send(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromJavalin(e, ctx)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, new ApiException(500, ErrorCodes.SERVER_ERROR, ErrorCodes.INTERNAL_ERROR,
                    "The engine hit an unexpected error; it has been logged. Try again, and report it if it persists."));
        });
    }

    static ApiException fromJavalin(HttpResponseException e, Context ctx) {
        switch (e.getStatus()) {
            case 404:
                return ApiException.notFound(ErrorCodes.ROUTE_NOT_FOUND, "There is no route " + ctx.method() + " "
                        + Paging.abbreviate(ctx.path()) + "; every route lives under /v1.");
            case 405:
                return new ApiException(405, ErrorCodes.INVALID_REQUEST, ErrorCodes.METHOD_NOT_ALLOWED,
                        "The route " + Paging.abbreviate(ctx.path()) + " does not accept " + ctx.method() + ".");
            case 413:
                return new ApiException(413, ErrorCodes.INVALID_REQUEST, ErrorCodes.PAYLOAD_TOO_LARGE,
                        "The request body is larger than 1 MiB.");
            default:
                return protocolError(e.getStatus());
        }
    }

    /** Failures below the API (malformed HTTP, Javalin's own refusals) keep their status with a generic code. */
    static ApiException protocolError(int status) {
        if (status == 505) {
            // the client's fault (HTTP/0.9, HTTP/2.5, a raw space splitting the request line), not the engine's
            return new ApiException(505, ErrorCodes.INVALID_REQUEST, ErrorCodes.HTTP_VERSION_NOT_SUPPORTED,
                    "The request line is not HTTP/1.0 or HTTP/1.1 (a space in the path must be sent as %20).");
        }
        if (status >= 500) {
            return new ApiException(status, ErrorCodes.SERVER_ERROR, ErrorCodes.INTERNAL_ERROR,
                    "The engine could not handle the request.");
        }
        return new ApiException(status, ErrorCodes.INVALID_REQUEST, ErrorCodes.INVALID_REQUEST,
                "The HTTP request is malformed (status " + status + ").");
    }

    void send(Context ctx, ApiException e) {
        ctx.status(e.status());
        for (Map.Entry<String, String> h : e.headers().entrySet()) {
            ctx.header(h.getKey(), h.getValue());
        }
        ctx.contentType(Reply.JSON);
        ctx.result(envelope(json, e));
    }

    static byte[] envelope(ObjectMapper json, ApiException e) {
        try {
            return json.writeValueAsBytes(new ErrorBody(e.category(), e.code(), e.getMessage()));
        } catch (JsonProcessingException x) {
            return ("{\"error\":\"server_error\",\"code\":\"internal_error\",\"message\":\"error\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
