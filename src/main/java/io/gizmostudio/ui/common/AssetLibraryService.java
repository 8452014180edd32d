package io.gizmostudio.ui.common;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.CreateAssetRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The asset operations the desktop app needs, as blocking calls (the {@link UiExecutor} puts them on a worker).
 * Failures are {@link ServiceException}s.
 */
public interface AssetLibraryService {

    /** One page of assets matching {@code query}, newest first. */
    AssetPage page(AssetQuery query, int offset, int limit);

    Asset get(String assetId);

    /** Starts a generation; the returned asset is usually {@code pending}. */
    Asset create(CreateAssetRequest request);

    void delete(String assetId);

    /**
     * Adds a robot description to the library: {@code zip} is a self-contained bundle (the description and its meshes);
     * the returned asset is ready. Servers without the import extension fail with a {@link ServiceException}.
     */
    Asset importDescription(byte[] zip, String name);

    /**
     * Names of scenes that place the asset (to explain a refused delete); may stop looking after the first few
     * hundred scenes. Empty when none or when the server has no scenes.
     */
    List<String> scenesUsing(String assetId);

    /**
     * Polls until the asset is ready or failed and returns it; every observed state goes to {@code onUpdate}
     * (on the calling worker thread). Returns early with the last seen state when {@code cancel} is set.
     */
    Asset awaitTerminal(String assetId, Duration timeout, Consumer<Asset> onUpdate, CancellationSignal cancel);

    /** Downloads the asset's export in {@code format} to {@code destination} and returns the saved path. */
    Path export(String assetId, String format, Path destination, TransferProgress progress, CancellationSignal cancel);
}
