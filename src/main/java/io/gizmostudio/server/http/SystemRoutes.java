package io.gizmostudio.server.http;

import io.gizmostudio.api.Health;
import io.gizmostudio.api.WhoAmI;
import io.gizmostudio.server.auth.Principal;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** {@code GET /v1/health} (no key needed, for readiness probes) and {@code GET /v1/whoami} (§10). */
public final class SystemRoutes {
    private final Replies replies;
    private final Supplier<Health> probe;

    /** {@code probe} checks the store and the queue afresh for each health request. */
    public SystemRoutes(Replies replies, Supplier<Health> probe) {
        this.replies = replies;
        this.probe = probe;
    }

    public void health(Context ctx) {
        Health h = probe.get();
        Reply r = replies.ok(h);
        ctx.status("ok".equals(h.status()) ? 200 : 503).contentType(Reply.JSON).result(r.body());
    }

    public Reply whoAmI(ApiRequest req) {
        Principal p = req.principal();
        return replies.ok(new WhoAmI(p.keyId(), p.name(), p.createdAt(), p.rateLimitPerMinute()));
    }
}
