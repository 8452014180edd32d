package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gizmostudio.api.ApiJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The same JSON document whatever its whitespace and key order: what an {@code Idempotency-Key} compares, so a client
 * that re-serialises its body on a retry (other spacing, other key order) replays instead of getting a 409. Bodies
 * that are not JSON (a zip upload, malformed JSON) are compared byte for byte.
 */
final class CanonicalJson {
    private static final ObjectMapper JSON = ApiJson.newMapper();

    private CanonicalJson() {
    }

    static byte[] of(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            JsonNode tree = JSON.readTree(body);
            return tree == null ? body : JSON.writeValueAsString(sorted(tree)).getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException notJson) {
            return body;
        }
    }

    private static JsonNode sorted(JsonNode n) {
        if (n instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            o.fields().forEachRemaining(fields::add);
            fields.sort(Map.Entry.comparingByKey());
            ObjectNode out = JSON.createObjectNode();
            fields.forEach(e -> out.set(e.getKey(), sorted(e.getValue())));
            return out;
        }
        if (n instanceof ArrayNode a) {
            ArrayNode out = JSON.createArrayNode();
            a.forEach(e -> out.add(sorted(e)));
            return out;
        }
        return n;
    }
}
