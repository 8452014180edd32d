package io.gizmostudio.server.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.api.ExportFormats;
import io.gizmostudio.core.generate.GenerationException;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.InvalidArticulationException;
import io.gizmostudio.server.codec.ArticulationCodec;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.GenerationResult;
import io.gizmostudio.server.store.StoredAsset;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One generation, in stored stages so {@code progress} moves while a client polls: started (10), generated
 * (60), validated (80), stored and ready (100). A prompt the generator cannot use ends {@code failed} with its
 * code; an asset deleted meanwhile is simply dropped.
 */
public final class GenerationJob {
    static final int STARTED = 10;
    static final int GENERATED = 60;
    static final int VALIDATED = 80;
    private static final Logger LOG = LoggerFactory.getLogger(GenerationJob.class);

    private final AssetStore assets;
    private final AssetFactory factory;
    private final ArticulationCodec codec;
    private final ObjectMapper json;
    private final Clock clock;

    public GenerationJob(AssetStore assets, AssetFactory factory, ArticulationCodec codec, ObjectMapper json, Clock clock) {
        this.assets = assets;
        this.factory = factory;
        this.codec = codec;
        this.json = json;
        this.clock = clock;
    }

    public void run(String assetId) {
        Optional<StoredAsset> found = assets.find(assetId);
        if (found.isEmpty() || found.get().status().isTerminal()) {
            return;
        }
        StoredAsset asset = found.get();
        if (!assets.markProcessing(assetId, STARTED, clock.instant())) {
            return;
        }
        try {
            GeneratedModel model = factory.generate(asset.prompt().strip(), asset.seed(), asset.fixedBase());
            if (!assets.markProcessing(assetId, GENERATED, clock.instant())) {
                return;
            }
            Articulation articulation = model.articulation().validate();
            assets.markProcessing(assetId, VALIDATED, clock.instant());
            GenerationResult result = new GenerationResult(
                    json.writeValueAsString(AssetStatsCalculator.of(articulation)),
                    json.writeValueAsString(model.params()), ExportFormats.ALL, codec.encode(articulation));
            assets.markReady(assetId, result, clock.instant());
        } catch (GenerationException e) {
            assets.markFailed(assetId, e.code(), e.getMessage(), clock.instant());
        } catch (InvalidArticulationException e) {
            LOG.warn("Generated model for asset {} failed validation: {}", assetId, e.getMessage());
            assets.markFailed(assetId, "invalid_articulation",
                    "The generator produced a model that failed validation; try rephrasing the prompt.", clock.instant());
        } catch (JsonProcessingException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Shutdown cut the job short: leave it processing so the next start re-queues it.
                return;
            }
            LOG.error("Generation of asset {} failed unexpectedly", assetId, e);
            assets.markFailed(assetId, ErrorCodes.INTERNAL_ERROR,
                    "The engine hit an unexpected error while generating; it has been logged.", clock.instant());
        }
    }
}
