package io.gizmostudio.server.store;

import java.util.Locale;
import java.util.Optional;

/** Orders of an asset list (the {@code sort} query parameter, a local-engine extension). Ties fall back to the id. */
public enum AssetOrder {
    /** Newest first: the contract's default order (§4). */
    NEWEST("created_at DESC, id DESC"),
    /** By name, case-insensitive ({@code lower}, the same in SQLite and PostgreSQL for ASCII names), then id. */
    NAME("lower(name) ASC, id ASC");

    private final String sql;

    AssetOrder(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    /** {@code newest} or {@code name}; empty for anything else. */
    public static Optional<AssetOrder> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "newest":
                return Optional.of(NEWEST);
            case "name":
                return Optional.of(NAME);
            default:
                return Optional.empty();
        }
    }
}
