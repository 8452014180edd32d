package io.gizmostudio.server.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One DEBUG line per request: method, path, status, time and the key id (never the key). */
public final class RequestLog {
    static final String KEY_ID_ATTRIBUTE = "gizmo.keyId";
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    private RequestLog() {
    }

    public static void log(Context ctx, Float millis) {
        if (LOG.isDebugEnabled()) {
            Object keyId = ctx.attribute(KEY_ID_ATTRIBUTE);
            LOG.debug("{} {} -> {} in {} ms (key {})", ctx.method(), ctx.path(), ctx.statusCode(),
                    String.format(java.util.Locale.ROOT, "%.1f", millis), keyId == null ? "-" : keyId);
        }
    }
}
