package io.gizmostudio.api;

import java.util.List;

/**
 * Body of {@code POST /v1/assets}; name, tags, seed and fixed_base are optional (null). {@code fixedBase} is a
 * local-engine extension: {@code true} welds an asset that is free-floating by default (a mobile base, a box, a
 * bin) to the world in its exports; absent or {@code false} keeps the family's default.
 */
public record CreateAssetRequest(String prompt, String name, List<String> tags, Long seed, Boolean fixedBase) {
    public CreateAssetRequest(String prompt, String name, List<String> tags, Long seed) {
        this(prompt, name, tags, seed, null);
    }

    public static CreateAssetRequest of(String prompt) {
        return new CreateAssetRequest(prompt, null, null, null, null);
    }
}
