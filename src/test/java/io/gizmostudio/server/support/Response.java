package io.gizmostudio.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** A response as the tests see it. */
public record Response(int status, HttpHeaders headers, byte[] body) {
    public JsonNode json() {
        try {
            return Http.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + status + "): " + text(), e);
        }
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The envelope's code, for error assertions. */
    public String code() {
        return json().path("code").asText(null);
    }

    @Override
    public String toString() {
        return status + " " + (body.length > 500 ? text().substring(0, 500) : text());
    }
}
