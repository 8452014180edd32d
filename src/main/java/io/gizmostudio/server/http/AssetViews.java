package io.gizmostudio.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ApiError;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStats;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.server.store.StoredAsset;
import java.util.Map;

/** Stored asset rows as the wire's {@link Asset}. */
public final class AssetViews {
    private static final TypeReference<Map<String, Object>> PARAMS = new TypeReference<>() { };
    private final ObjectMapper json;

    public AssetViews(ObjectMapper json) {
        this.json = json;
    }

    public Asset toWire(StoredAsset a) {
        boolean ready = a.status() == AssetStatus.READY;
        ApiError error = a.status() == AssetStatus.FAILED ? new ApiError(a.errorCode(), a.errorMessage()) : null;
        return new Asset(a.id(), a.status(), a.name(), a.prompt(), a.createdAt(), a.updatedAt(),
                ready ? a.exportFormats() : java.util.List.of(), a.tags(), ready ? 100 : a.progress(), error,
                ready && a.statsJson() != null ? read(a.statsJson(), AssetStats.class) : null,
                a.paramsJson() != null ? readParams(a.paramsJson()) : null, a.seed());
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " in the store", e);
        }
    }

    private Map<String, Object> readParams(String text) {
        try {
            return json.readValue(text, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt params in the store", e);
        }
    }
}
