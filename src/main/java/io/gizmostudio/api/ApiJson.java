package io.gizmostudio.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one Jackson configuration of the wire contract: snake_case fields, ISO 8601 timestamps (epoch seconds
 * accepted on input, §9), unknown fields ignored, absent optional fields omitted. Client and server each build
 * their mapper here once and never reconfigure it.
 */
public final class ApiJson {
    private ApiJson() {
    }

    public static ObjectMapper newMapper() {
        SimpleModule tolerantTime = new SimpleModule("gizmo-time");
        tolerantTime.addDeserializer(Instant.class, new TolerantInstantDeserializer());
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(tolerantTime)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** ISO 8601 strings (with any offset) or epoch seconds, as integer or numeric string. */
    static final class TolerantInstantDeserializer extends StdDeserializer<Instant> {
        TolerantInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochSecond(p.getLongValue());
            }
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                double seconds = p.getDoubleValue();
                return Instant.ofEpochMilli(Math.round(seconds * 1000));
            }
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text.trim()).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.ofEpochSecond(Long.parseLong(text.trim()));
                } catch (NumberFormatException n) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO 8601 timestamp or epoch seconds");
                }
            }
        }
    }
}
