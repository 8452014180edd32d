package io.gizmostudio.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Lifecycle of a generated asset: pending → processing → ready | failed. Also reads the newer variant's job
 * words (queued, running, succeeded, cancelled) as the contract's §9 mapping says.
 */
public enum AssetStatus {
    PENDING, PROCESSING, READY, FAILED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** ready and failed end a generation; nothing changes afterwards. */
    public boolean isTerminal() {
        return this == READY || this == FAILED;
    }

    @JsonCreator
    public static AssetStatus fromWire(String value) {
        if (value == null) {
            throw new IllegalArgumentException("asset status is missing");
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "pending":
            case "queued":
                return PENDING;
            case "processing":
            case "running":
                return PROCESSING;
            case "ready":
            case "succeeded":
                return READY;
            case "failed":
            case "cancelled":
            case "canceled":
                return FAILED;
            default:
                throw new IllegalArgumentException("unknown asset status '" + value + "'");
        }
    }
}
