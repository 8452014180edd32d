package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Articulation;
import java.util.SplittableRandom;

/** Builds the articulation of one family from a spec. Deterministic for a given spec and random stream. */
public interface FamilyBuilder {
    Family family();

    /**
     * The articulation for {@code spec}. {@code random} is seeded from (prompt, seed): use it only for
     * small plausible variation so the same inputs give the same asset.
     */
    Articulation build(AssetSpec spec, SplittableRandom random);
}
