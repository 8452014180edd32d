package io.gizmostudio.client;

/**
 * Filter and paging for {@code GET /v1/scenes}; null fields are not sent. {@code limit}/{@code offset} mean
 * what they mean in {@link AssetQuery}.
 */
public record SceneQuery(String q, Integer limit, Integer offset) {
    public static final SceneQuery ALL = new SceneQuery(null, null, null);

    public SceneQuery withQ(String value) {
        return new SceneQuery(value, limit, offset);
    }

    public SceneQuery withLimit(int value) {
        return new SceneQuery(q, value, offset);
    }

    public SceneQuery withOffset(int value) {
        return new SceneQuery(q, limit, value);
    }
}
