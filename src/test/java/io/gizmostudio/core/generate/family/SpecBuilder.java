package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.generate.SizeClass;
import io.gizmostudio.core.model.Rgba;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the specs a parser would produce, for tests that have no parser. */
final class SpecBuilder {
    private final Family family;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Double> dimensions = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private MaterialKind material;
    private Rgba color;
    private SizeClass size = SizeClass.MEDIUM;

    private SpecBuilder(Family family) {
        this.family = family;
    }

    static SpecBuilder spec(Family family) {
        return new SpecBuilder(family);
    }

    SpecBuilder count(String key, int n) {
        counts.put(key, n);
        return this;
    }

    SpecBuilder dim(String key, double metres) {
        dimensions.put(key, metres);
        return this;
    }

    SpecBuilder option(String key, String value) {
        options.put(key, value);
        return this;
    }

    SpecBuilder material(MaterialKind kind) {
        this.material = kind;
        return this;
    }

    SpecBuilder color(Rgba c) {
        this.color = c;
        return this;
    }

    SpecBuilder size(SizeClass s) {
        this.size = s;
        return this;
    }

    AssetSpec build() {
        return new AssetSpec(family, counts, dimensions, material, color == null ? null : "test", color, size, options, List.of());
    }
}
