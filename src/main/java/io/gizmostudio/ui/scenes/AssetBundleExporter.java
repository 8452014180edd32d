package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;

/**
 * The export dialog's download for a library asset: {@link AssetLibraryService#export} writes to a file, the dialog
 * hands an empty staging folder, so the bundle goes to {@code <folder>/<asset id>_<format>.zip} (the dialog then
 * renames it after the asset).
 */
public final class AssetBundleExporter implements SceneExporter {
    private final AssetLibraryService assets;

    public AssetBundleExporter(AssetLibraryService assets) {
        this.assets = assets;
    }

    @Override
    public Path export(String assetId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        Path zip = destination.resolve(ExportTargets.fileSafe(assetId) + "_" + format + ".zip");
        return assets.export(assetId, format, zip, progress, cancel);
    }
}
