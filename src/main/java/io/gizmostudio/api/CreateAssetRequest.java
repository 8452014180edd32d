package io.gizmostudio.api;

import java.util.List;

/** Body of {@code POST /v1/assets}; name, tags and seed are optional (null). */
public record CreateAssetRequest(String prompt, String name, List<String> tags, Long seed) {
    public static CreateAssetRequest of(String prompt) {
        return new CreateAssetRequest(prompt, null, null, null);
    }
}
