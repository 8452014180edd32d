package io.gizmostudio.server.store;

import io.gizmostudio.api.AssetStatus;

/**
 * Filters, order and paging of an asset list: {@code status}, {@code tag} (exact) and {@code text} (case-insensitive
 * substring of name, prompt or a tag) may be null.
 */
public record AssetQuery(String owner, AssetStatus status, String tag, String text, int limit, int offset, AssetOrder order) {
    public AssetQuery {
        if (order == null) {
            order = AssetOrder.NEWEST;
        }
    }

    /** Newest first. */
    public AssetQuery(String owner, AssetStatus status, String tag, String text, int limit, int offset) {
        this(owner, status, tag, text, limit, offset, AssetOrder.NEWEST);
    }
}
