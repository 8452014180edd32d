package io.gizmostudio.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Serialises response objects with the one API mapper. */
public final class Replies {
    private final ObjectMapper json;

    public Replies(ObjectMapper json) {
        this.json = json;
    }

    public Reply ok(Object value) {
        return status(200, value);
    }

    public Reply status(int status, Object value) {
        try {
            return new Reply(status, Reply.JSON, null, json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
