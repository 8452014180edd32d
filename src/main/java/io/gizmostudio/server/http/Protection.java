package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.server.auth.ApiKeys;
import io.gizmostudio.server.auth.FailedAuthThrottle;
import io.gizmostudio.server.auth.Principal;
import io.gizmostudio.server.auth.RateLimiter;
import io.gizmostudio.server.auth.RateLimits;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Map;

/**
 * Wraps every endpoint but health in the same checks, in this order: the bearer key (401; 429 once the client's
 * address has failed too often, see {@link FailedAuthThrottle}), the key's rate
 * limit (429, with the X-RateLimit headers on every authenticated response), the body limits of mutating
 * requests (413, 415), and {@code Idempotency-Key} on POST. Then it runs the handler and writes its reply.
 */
public final class Protection {
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final RateLimits limiter;
    private final FailedAuthThrottle failures;
    private final IdempotencyGate idempotency;
    private final ObjectMapper json;

    public Protection(ApiKeys keys, RateLimits limiter, FailedAuthThrottle failures, IdempotencyGate idempotency,
                      ObjectMapper json) {
        this.keys = keys;
        this.limiter = limiter;
        this.failures = failures;
        this.idempotency = idempotency;
        this.json = json;
    }

    public Handler protect(ApiHandler handler) {
        return protect(handler, RequestBodies::read);
    }

    /** Like {@link #protect(ApiHandler)} for a route whose body is an upload of {@code mediaType}, up to {@code maxBytes}. */
    public Handler protectUpload(ApiHandler handler, int maxBytes, String mediaType) {
        return protect(handler, ctx -> RequestBodies.readUpload(ctx, maxBytes, mediaType));
    }

    private Handler protect(ApiHandler handler, java.util.function.Function<Context, byte[]> bodies) {
        return ctx -> {
            Principal principal = authenticate(ctx);
            ctx.attribute(RequestLog.KEY_ID_ATTRIBUTE, principal.keyId());
            limit(ctx, principal);
            HandlerType method = ctx.method();
            boolean mutating = method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                    || method == HandlerType.DELETE;
            byte[] body = mutating ? bodies.apply(ctx) : new byte[0];
            ApiRequest request = new ApiRequest(ctx, principal, body, json);
            String idempotencyKey = ctx.header(IdempotencyGate.HEADER);
            if (method == HandlerType.POST && idempotencyKey != null) {
                IdempotencyGate.Outcome outcome = idempotency.run(request, idempotencyKey, handler);
                if (outcome.replayed()) {
                    ctx.header(IdempotencyGate.REPLAYED_HEADER, "true");
                }
                write(ctx, outcome.reply());
            } else {
                write(ctx, handler.handle(request));
            }
        };
    }

    private Principal authenticate(Context ctx) {
        try {
            return checkKey(ctx);
        } catch (ApiException refused) {
            long retryAfter = failures.failed(ctx.ip());
            if (retryAfter > 0) {
                throw new ApiException(429, ErrorCodes.RATE_LIMIT_ERROR, ErrorCodes.RATE_LIMITED,
                        "Too many requests with a missing or wrong API key from this address; check the key and retry after "
                                + retryAfter + " s.", Map.of("Retry-After", Long.toString(retryAfter)));
            }
            throw refused;
        }
    }

    private Principal checkKey(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isEmpty()) {
            throw ApiException.unauthorized(ErrorCodes.MISSING_API_KEY,
                    "Send your API key as 'Authorization: Bearer <key>'.");
        }
        // The scheme name is case-insensitive in HTTP (RFC 7235), and Jetty may hand us a normalised "Bearer".
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
            throw ApiException.unauthorized(ErrorCodes.INVALID_API_KEY,
                    "The Authorization header must be exactly 'Bearer <key>'.");
        }
        return keys.authenticate(header.substring(BEARER.length())).orElseThrow(() -> ApiException.unauthorized(
                ErrorCodes.INVALID_API_KEY, "The API key is not valid (unknown or revoked); check the key or create a new one."));
    }

    private void limit(Context ctx, Principal principal) {
        RateLimiter.Decision d = limiter.acquire(principal.keyId(), principal.rateLimitPerMinute());
        ctx.header("X-RateLimit-Limit", Integer.toString(d.limit()));
        ctx.header("X-RateLimit-Remaining", Integer.toString(d.remaining()));
        ctx.header("X-RateLimit-Reset", Long.toString(d.resetSeconds()));
        if (!d.allowed()) {
            throw new ApiException(429, ErrorCodes.RATE_LIMIT_ERROR, ErrorCodes.RATE_LIMITED,
                    "Too many requests for this key (limit " + d.limit() + " per minute); retry after "
                            + d.retryAfterSeconds() + " s.",
                    Map.of("Retry-After", Long.toString(d.retryAfterSeconds())));
        }
    }

    static void write(Context ctx, Reply reply) {
        ctx.status(reply.status());
        if (reply.contentType() != null) {
            if (!reply.contentType().startsWith("application/json") && !reply.contentType().startsWith("text/")) {
                // a zip has no charset: without this Jetty appends the UTF-8 Javalin sets on every response
                ctx.res().setCharacterEncoding(null);
            }
            ctx.contentType(reply.contentType());
        }
        if (reply.disposition() != null) {
            ctx.header("Content-Disposition", reply.disposition());
        }
        if (reply.body().length > 0) {
            ctx.result(reply.body());
        }
    }
}
