package io.gizmostudio.server.jobs;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.GeneratedAsset;
import io.gizmostudio.core.scene.Mobility;
import java.util.LinkedHashMap;
import java.util.Map;

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
        return generate(prompt, seed, false);
    }

    /** {@code params} also says {@code base: free|fixed} when the asset's mobility is not the furniture default. */
    @Override
    public GeneratedModel generate(String prompt, long seed, boolean fixedBase) {
        GeneratedAsset asset = generator.generate(prompt, seed, fixedBase);
        Map<String, Object> params = new LinkedHashMap<>(asset.spec().describe());
        String base = asset.articulation().metadata().get(Mobility.METADATA_KEY);
        if (base != null) {
            params.put(Mobility.METADATA_KEY, base);
        }
        return new GeneratedModel(asset.articulation(), params);
    }
}
