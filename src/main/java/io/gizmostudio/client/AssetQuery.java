package io.gizmostudio.client;

import io.gizmostudio.api.AssetStatus;

/**
 * Filters and paging for {@code GET /v1/assets}; null fields are not sent. For {@code list}, {@code limit} is
 * the page size the server uses (its default 20, at most 100); for {@code iterate}/{@code stream} it is the
 * page size of each fetch (default 100) and {@code offset} where the walk starts.
 */
public record AssetQuery(Integer limit, Integer offset, AssetStatus status, String q, String tag, String sort) {
    public static final AssetQuery ALL = new AssetQuery(null, null, null, null, null, null);

    /** The server's default order (newest first). */
    public AssetQuery(Integer limit, Integer offset, AssetStatus status, String q, String tag) {
        this(limit, offset, status, q, tag, null);
    }

    public AssetQuery withLimit(int value) {
        return new AssetQuery(value, offset, status, q, tag, sort);
    }

    public AssetQuery withOffset(int value) {
        return new AssetQuery(limit, value, status, q, tag, sort);
    }

    public AssetQuery withStatus(AssetStatus value) {
        return new AssetQuery(limit, offset, value, q, tag, sort);
    }

    /** Case-insensitive substring of name, prompt or a tag (local-engine extension). */
    public AssetQuery withQ(String value) {
        return new AssetQuery(limit, offset, status, value, tag, sort);
    }

    public AssetQuery withTag(String value) {
        return new AssetQuery(limit, offset, status, q, value, sort);
    }

    /** {@code newest} (the default) or {@code name} (local-engine extension). */
    public AssetQuery withSort(String value) {
        return new AssetQuery(limit, offset, status, q, tag, value);
    }
}
