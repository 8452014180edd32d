package io.gizmostudio.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ApiJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plain {@link HttpClient} calls against a test server (not the project's client, which is tested on its own). */
public final class Http {
    static final ObjectMapper JSON = ApiJson.newMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String key;

    public Http(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A client for the same server with another key (or null for none). */
    public Http withKey(String otherKey) {
        return new Http(baseUrl, otherKey);
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json, Map.of());
    }

    /** Sends {@code body} as JSON (when not null) with the key and {@code headers}; a header mapped to null is omitted. */
    public Response send(String method, String path, String body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        if (key != null) {
            all.put("Authorization", "Bearer " + key);
        }
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return raw(method, path, bytes, all);
    }

    /** Exactly these headers and bytes. */
    public Response raw(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Creates an asset and polls until it is terminal (or the deadline passes); returns the last body. */
    public JsonNode generate(String prompt) {
        Response created = post("/v1/assets", "{\"prompt\":" + quote(prompt) + "}");
        if (created.status() != 202) {
            throw new AssertionError("create failed: " + created);
        }
        return awaitTerminal(created.json().get("id").asText());
    }

    public JsonNode awaitTerminal(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode a = get("/v1/assets/" + id).json();
            String s = a.path("status").asText();
            if (s.equals("ready") || s.equals("failed")) {
                return a;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("asset " + id + " still " + s);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Parses a JSON literal, for comparing response fragments. */
    public static JsonNode quoteTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
