package io.gizmostudio.client;

import io.gizmostudio.api.AssetStatus;

/**
 * Filters and paging for {@code GET /v1/assets}; null fields are not sent. For {@code list}, {@code limit} is
 * the page size the server uses (its default 20, at most 100); for {@code iterate}/{@code stream} it is the
 * page size of each fetch (default 100) and {@code offset} where the walk starts.
 */
public record AssetQuery(Integer limit, Integer offset, AssetStatus status, String q, String tag) {
    public static final AssetQuery ALL = new AssetQuery(null, null, null, null, null);

    public AssetQuery withLimit(int value) {
        return new AssetQuery(value, offset, status, q, tag);
    }

    public AssetQuery withOffset(int value) {
        return new AssetQuery(limit, value, status, q, tag);
    }

    public AssetQuery withStatus(AssetStatus value) {
        return new AssetQuery(limit, offset, value, q, tag);
    }

    /** Case-insensitive substring of name, prompt or a tag (local-engine extension). */
    public AssetQuery withQ(String value) {
        return new AssetQuery(limit, offset, status, value, tag);
    }

    public AssetQuery withTag(String value) {
        return new AssetQuery(limit, offset, status, q, value);
    }
}
