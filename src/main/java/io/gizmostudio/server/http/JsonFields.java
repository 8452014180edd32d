package io.gizmostudio.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a JSON request body, read with the contract's error codes: an absent or null required field is
 * {@code missing_field}, a value of the wrong type or size is {@code invalid_field}. Unknown fields are ignored
 * (§1). An empty body reads as {@code {}}.
 */
public final class JsonFields {
    private final ObjectNode node;

    private JsonFields(ObjectNode node) {
        this.node = node;
    }

    /** The fields of one object inside a body (an entry of a list). */
    public static JsonFields of(ObjectNode object) {
        return new JsonFields(object);
    }

    public static JsonFields parse(byte[] body, ObjectMapper json) {
        if (body.length == 0 || isBlank(body)) {
            return new JsonFields(json.createObjectNode());
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.invalidJson(JsonProblems.describe(e));
        } catch (IOException e) {
            throw ApiException.invalidJson("The request body could not be read as JSON.");
        }
        if (tree == null || tree.isMissingNode()) {
            return new JsonFields(json.createObjectNode());
        }
        if (!tree.isObject()) {
            throw ApiException.invalidJson("The request body must be a JSON object, not " + describe(tree) + ".");
        }
        return new JsonFields((ObjectNode) tree);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether the body names {@code field} at all (even as null): PATCH tells "clear" from "keep". */
    public boolean has(String field) {
        return node.has(field);
    }

    public String requiredString(String field) {
        return string(field).orElseThrow(() -> ApiException.missingField(field));
    }

    /** The text of {@code field}; empty when absent or null. */
    public Optional<String> string(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw ApiException.invalidField(field, "must be a string, not " + describe(v));
        }
        return Optional.of(v.textValue());
    }

    /** A whole number that fits in 64 bits; empty when absent or null. */
    public Optional<Long> integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw ApiException.invalidField(field, "must be an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
        }
        return Optional.of(v.longValue());
    }

    /** {@code true} or {@code false}; empty when absent or null. */
    public Optional<Boolean> bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw ApiException.invalidField(field, "must be true or false, not " + describe(v));
        }
        return Optional.of(v.booleanValue());
    }

    /** An array of strings; empty when absent or null. */
    public Optional<List<String>> strings(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isArray()) {
            throw ApiException.invalidField(field, "must be an array of strings, not " + describe(v));
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw ApiException.invalidField(field, "must hold only strings, but holds " + describe(item));
            }
            out.add(item.textValue());
        }
        return Optional.of(out);
    }

    /** A nested object; empty when absent or null. */
    public Optional<JsonNode> object(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw ApiException.invalidField(field, "must be an object, not " + describe(v));
        }
        return Optional.of(v);
    }

    /** An array; empty when absent or null. */
    public Optional<JsonNode> array(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isArray()) {
            throw ApiException.invalidField(field, "must be an array, not " + describe(v));
        }
        return Optional.of(v);
    }

    /** A finite number at {@code field.component} of an object read with {@link #object}. */
    public static double component(JsonNode object, String field, String component) {
        JsonNode v = object.get(component);
        String where = field + "." + component;
        if (v == null || v.isNull()) {
            throw ApiException.invalidField(where, "is required");
        }
        if (!v.isNumber()) {
            throw ApiException.invalidField(where, "must be a number, not " + describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw ApiException.invalidField(where, "must be a finite number");
        }
        return d;
    }

    static String describe(JsonNode v) {
        switch (v.getNodeType()) {
            case ARRAY:
                return "an array";
            case OBJECT:
            case POJO:
                return "an object";
            case BOOLEAN:
                return "a boolean";
            case NUMBER:
                return "a number";
            case STRING:
                return "a string";
            case NULL:
                return "null";
            default:
                return "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
