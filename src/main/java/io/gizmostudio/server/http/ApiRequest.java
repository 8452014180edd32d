package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.server.auth.Principal;
import io.javalin.http.Context;

/** An authenticated request: who sent it, its path and query parameters, and its (size-checked) body. */
public final class ApiRequest {
    private final Context ctx;
    private final Principal principal;
    private final byte[] body;
    private final ObjectMapper json;
    private JsonFields fields;

    ApiRequest(Context ctx, Principal principal, byte[] body, ObjectMapper json) {
        this.ctx = ctx;
        this.principal = principal;
        this.body = body;
        this.json = json;
    }

    public Principal principal() {
        return principal;
    }

    /** The key id that owns what this request creates and may touch. */
    public String owner() {
        return principal.keyId();
    }

    public String path(String name) {
        return ctx.pathParam(name);
    }

    /** The first value of query parameter {@code name}, or null. */
    public String query(String name) {
        return ctx.queryParam(name);
    }

    public byte[] body() {
        return body;
    }

    /** The body as JSON fields, parsed once. */
    public JsonFields json() {
        if (fields == null) {
            fields = JsonFields.parse(body, json);
        }
        return fields;
    }

    String method() {
        return ctx.method().name();
    }

    String target() {
        String q = ctx.queryString();
        return q == null ? ctx.path() : ctx.path() + "?" + q;
    }
}
