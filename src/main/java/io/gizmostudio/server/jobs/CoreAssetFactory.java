package io.gizmostudio.server.jobs;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.GeneratedAsset;

/** The engine core's procedural {@link AssetGenerator} behind {@link AssetFactory}; {@code params} is the spec described. */
public final class CoreAssetFactory implements AssetFactory {
    private final AssetGenerator generator;

    public CoreAssetFactory(AssetGenerator generator) {
        this.generator = generator;
    }

    public CoreAssetFactory() {
        this(new AssetGenerator());
    }

    @Override
    public GeneratedModel generate(String prompt, long seed) {
        GeneratedAsset asset = generator.generate(prompt, seed);
        return new GeneratedModel(asset.articulation(), asset.spec().describe());
    }
}
