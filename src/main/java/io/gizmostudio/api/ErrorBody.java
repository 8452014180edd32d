package io.gizmostudio.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The error envelope: {@code {"error": category, "code": code, "message": text}}. {@link #parse} also reads
 * the newer variant's nested {@code {"error": {"code", "message", "status"}}}.
 */
public record ErrorBody(String error, String code, String message) {

    /** Reads either error shape; empty when {@code node} is not an error object. */
    public static Optional<ErrorBody> parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode err = node.get("error");
        if (err != null && err.isObject()) {
            String code = text(err, "code");
            String message = text(err, "message");
            String category = text(err, "type");
            if (code == null && message == null) {
                return Optional.empty();
            }
            return Optional.of(new ErrorBody(category != null ? category : code, code, message));
        }
        String category = err != null && err.isTextual() ? err.asText() : null;
        String code = text(node, "code");
        String message = text(node, "message");
        if (category == null && code == null && message == null) {
            return Optional.empty();
        }
        return Optional.of(new ErrorBody(category, code != null ? code : category, message));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
