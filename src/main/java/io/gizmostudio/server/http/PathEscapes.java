package io.gizmostudio.server.http;

import io.gizmostudio.api.ErrorCodes;
import io.javalin.http.Context;

/**
 * Refuses a request path with a broken percent escape ({@code %u0041}, {@code %zz}, a lone {@code %}) before any
 * route decodes it: 400 {@code invalid_path} in the envelope, before authentication, and logged as one request line
 * like any other 4xx (the router's decoder would otherwise throw, answering 500 with a stack trace per request).
 */
public final class PathEscapes {
    private PathEscapes() {
    }

    /** A Javalin before-handler. */
    public static void check(Context ctx) {
        String raw = ctx.req().getRequestURI();
        if (raw != null && !wellFormed(raw)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_PATH, "The request path has a '%' that is not followed by"
                    + " two hex digits (write a literal % as %25): " + Paging.abbreviate(raw));
        }
    }

    static boolean wellFormed(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '%') {
                if (i + 2 >= path.length() || !hex(path.charAt(i + 1)) || !hex(path.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
