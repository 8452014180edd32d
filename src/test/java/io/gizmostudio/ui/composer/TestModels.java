package io.gizmostudio.ui.composer;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;

/** Articulations for the composer tests: real ones from the generator, and plain boxes built by hand. */
final class TestModels {
    private static final AssetGenerator GENERATOR = new AssetGenerator();

    private TestModels() {
    }

    /** A single-link box sx × sy × sz with its origin at the centre of its bottom face. */
    static Articulation box(double sx, double sy, double sz) {
        ArticulationBuilder b = new ArticulationBuilder("box");
        b.link(new LinkBuilder("body", MaterialKind.PLASTIC, Rgba.hex("#808080")).box(sx, sy, sz, new Vec3(0, 0, sz / 2)).build());
        return b.build().validate();
    }

    static Articulation generated(String prompt) {
        return GENERATOR.generate(prompt, 1).articulation();
    }
}
