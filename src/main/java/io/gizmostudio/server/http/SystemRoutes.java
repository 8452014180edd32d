package io.gizmostudio.server.http;

import io.gizmostudio.api.Health;
import io.gizmostudio.api.WhoAmI;
import io.gizmostudio.server.auth.Principal;
import io.javalin.http.Context;

/** {@code GET /v1/health} (no key needed, for readiness probes) and {@code GET /v1/whoami} (§10). */
public final class SystemRoutes {
    private final Replies replies;
    private final byte[] health;

    public SystemRoutes(Replies replies, String version) {
        this.replies = replies;
        this.health = replies.ok(new Health("ok", version)).body();
    }

    public void health(Context ctx) {
        ctx.contentType(Reply.JSON).result(health);
    }

    public Reply whoAmI(ApiRequest req) {
        Principal p = req.principal();
        return replies.ok(new WhoAmI(p.keyId(), p.name(), p.createdAt(), p.rateLimitPerMinute()));
    }
}
