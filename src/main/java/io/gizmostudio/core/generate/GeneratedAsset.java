package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Articulation;

/** The result of a generation: what the prompt was understood as, and the articulation built from it. */
public record GeneratedAsset(AssetSpec spec, Articulation articulation) {
    public GeneratedAsset {
        if (spec == null || articulation == null) {
            throw new IllegalArgumentException("a generated asset needs a spec and an articulation");
        }
    }
}
