package io.gizmostudio.ui.composer;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.AssetQuery;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.TransferProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A library whose exports are real bundles written by the engine's own writers; counts downloads. */
final class ModelServingLibrary implements AssetLibraryService {
    final AtomicInteger downloads = new AtomicInteger();
    private final Map<String, Articulation> byId = new ConcurrentHashMap<>();
    private final Map<String, String> garbage = new ConcurrentHashMap<>();

    ModelServingLibrary with(String id, Articulation articulation) {
        byId.put(id, articulation);
        return this;
    }

    /** The asset's export is a zip whose model file is not MJCF at all. */
    ModelServingLibrary withBrokenModel(String id) {
        garbage.put(id, "<mujoco><worldbody><body name=");
        return this;
    }

    @Override public Path export(String assetId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        downloads.incrementAndGet();
        try {
            if (garbage.containsKey(assetId)) {
                Files.write(destination, brokenBundle(garbage.get(assetId)));
            } else if (byId.containsKey(assetId)) {
                Files.write(destination, BundleWriter.asset(assetId, byId.get(assetId), ExportFormat.fromWire(format)));
            } else {
                throw new ServiceException(FailureKind.NOT_FOUND, ErrorCodes.ASSET_NOT_FOUND, "No asset " + assetId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return destination;
    }

    private static byte[] brokenBundle(String text) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(ExportFormat.MUJOCO_MJCF.assetEntrypoint()));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Override public AssetPage page(AssetQuery query, int offset, int limit) {
        throw new UnsupportedOperationException("not used by the composer");
    }

    @Override public Asset get(String assetId) {
        throw new UnsupportedOperationException("not used by the composer");
    }

    @Override public Asset create(CreateAssetRequest request) {
        throw new UnsupportedOperationException("not used by the composer");
    }

    @Override public io.gizmostudio.api.Asset importDescription(byte[] zip, String name) {
        throw new UnsupportedOperationException("not used by the composer");
    }

    @Override public void delete(String assetId) {
        throw new UnsupportedOperationException("not used by the composer");
    }

    @Override public List<String> scenesUsing(String assetId) {
        return List.of();
    }

    @Override public Asset awaitTerminal(String assetId, Duration timeout, Consumer<Asset> onUpdate, CancellationSignal cancel) {
        throw new UnsupportedOperationException("not used by the composer");
    }
}
