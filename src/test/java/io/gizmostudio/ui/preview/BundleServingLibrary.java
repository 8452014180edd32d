package io.gizmostudio.ui.preview;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.AssetQuery;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.TransferProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A library whose exports are real bundles written by the engine's own writers, counting downloads. */
final class BundleServingLibrary implements AssetLibraryService {
    final AtomicInteger downloads = new AtomicInteger();
    private final Map<String, Articulation> byId = new ConcurrentHashMap<>();

    BundleServingLibrary with(String id, String prompt) {
        byId.put(id, new AssetGenerator().generate(prompt, 1).articulation());
        return this;
    }

    @Override public Path export(String assetId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        downloads.incrementAndGet();
        try {
            Files.write(destination, BundleWriter.asset(assetId, byId.get(assetId), ExportFormat.fromWire(format)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return destination;
    }

    @Override public AssetPage page(AssetQuery query, int offset, int limit) {
        throw new UnsupportedOperationException("not used by the preview");
    }

    @Override public Asset get(String assetId) {
        throw new UnsupportedOperationException("not used by the preview");
    }

    @Override public Asset create(CreateAssetRequest request) {
        throw new UnsupportedOperationException("not used by the preview");
    }

    @Override public io.gizmostudio.api.Asset importDescription(byte[] zip, String name) {
        throw new UnsupportedOperationException("not used by the preview");
    }

    @Override public void delete(String assetId) {
        throw new UnsupportedOperationException("not used by the preview");
    }

    @Override public List<String> scenesUsing(String assetId) {
        return List.of();
    }

    @Override public Asset awaitTerminal(String assetId, Duration timeout, Consumer<Asset> onUpdate, CancellationSignal cancel) {
        throw new UnsupportedOperationException("not used by the preview");
    }
}
