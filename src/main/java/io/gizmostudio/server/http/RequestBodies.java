package io.gizmostudio.server.http;

import io.gizmostudio.api.ErrorCodes;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Reads a mutating request's body with the §10 limits: more than 1 MiB is 413 {@code payload_too_large} (refused
 * from {@code Content-Length} before reading when it is declared), and a non-empty body whose
 * {@code Content-Type} is not JSON is 415 {@code unsupported_media_type}.
 */
public final class RequestBodies {
    public static final int MAX_BYTES = 1 << 20;

    private RequestBodies() {
    }

    public static byte[] read(Context ctx) {
        byte[] body = readAtMost(ctx, MAX_BYTES, "1 MiB");
        if (body.length > 0 && !isJson(ctx.header("Content-Type"))) {
            throw new ApiException(415, ErrorCodes.INVALID_REQUEST, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as JSON with 'Content-Type: application/json'.");
        }
        return body;
    }

    /**
     * An upload's body (a zip bundle): up to {@code maxBytes}, with {@code Content-Type: mediaType}; the same 413 and
     * 415 as JSON bodies, with this route's limit in the message.
     */
    public static byte[] readUpload(Context ctx, int maxBytes, String mediaType) {
        String type = ctx.header("Content-Type");
        if (type == null || !media(type).equals(mediaType)) {
            throw new ApiException(415, ErrorCodes.INVALID_REQUEST, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body with 'Content-Type: " + mediaType + "'.");
        }
        return readAtMost(ctx, maxBytes, (maxBytes >> 20) + " MiB");
    }

    private static byte[] readAtMost(Context ctx, int maxBytes, String limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(limit);
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (body.length > maxBytes) {
            throw tooLarge(limit);
        }
        return body;
    }

    /**
     * A body that stopped arriving, in the client's terms rather than Jetty's ("TimeoutException: Idle timeout
     * expired: 30000/30000 ms", "EofException: Early EOF"): 408 when the connection went quiet, else 400.
     */
    static ApiException unreadable(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException
                    || String.valueOf(t.getMessage()).contains("Idle timeout")) {
                return new ApiException(408, ErrorCodes.INVALID_REQUEST, ErrorCodes.REQUEST_TIMEOUT,
                        "The request body was not received in time (the connection went quiet); send the whole body at once.");
            }
        }
        return ApiException.invalidJson("The request body ended before all of it arrived (the client closed the connection"
                + " or sent less than its Content-Length).");
    }

    private static String media(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String media = media(contentType);
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static ApiException tooLarge(String limit) {
        return new ApiException(413, ErrorCodes.INVALID_REQUEST, ErrorCodes.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + ".");
    }
}
