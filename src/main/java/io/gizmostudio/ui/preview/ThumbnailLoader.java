package io.gizmostudio.ui.preview;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.UiExecutor;
import io.gizmostudio.ui.library.CardThumbnails;
import io.gizmostudio.ui.viewport.BlankImages;
import io.gizmostudio.ui.viewport.Graphics3D;
import io.gizmostudio.ui.viewport.ThumbnailRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thumbnails for library cards: read from the {@link ThumbnailStore} when rendered before; otherwise the
 * asset's MJCF bundle is fetched and read on a worker, rendered off-screen on the UI thread (the only part
 * that must be there), and encoded and stored on a worker. Images are kept in memory per asset for the session.
 */
public final class ThumbnailLoader implements CardThumbnails {
    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailLoader.class);
    static final int SIZE = 96;

    private final AssetLibraryService assets;
    private final UiExecutor executor;
    private final ExportBundleCache bundles;
    private final ThumbnailStore store;
    private final Map<String, Image> images = new HashMap<>();
    private final Map<String, Boolean> inFlight = new HashMap<>();

    public ThumbnailLoader(AssetLibraryService assets, UiExecutor executor, ExportBundleCache bundles, ThumbnailStore store) {
        this.assets = assets;
        this.executor = executor;
        this.bundles = bundles;
        this.store = store;
    }

    @Override
    public void request(Asset asset, Consumer<Image> onImage) {
        if (asset == null || asset.status() != AssetStatus.READY) {
            return;
        }
        Image known = images.get(asset.id());
        if (known != null) {
            onImage.accept(known);
            return;
        }
        if (inFlight.putIfAbsent(asset.id(), Boolean.TRUE) != null) {
            return; // a card recycled while its thumbnail renders asks again once it is cached
        }
        executor.submit(() -> stored(asset.id()).<Object>map(img -> img).orElseGet(() -> read(asset.id())), result -> {
            Image image = result instanceof Image i ? i : rendered(asset.id(), (Articulation) result);
            images.put(asset.id(), image);
            inFlight.remove(asset.id());
            onImage.accept(image);
        }, failure -> {
            inFlight.remove(asset.id());
            LOG.warn("No thumbnail for asset {}", asset.id(), failure);
        });
    }

    private Optional<Image> stored(String assetId) throws IOException {
        Optional<byte[]> png = store.read(assetId);
        return png.map(bytes -> new Image(new ByteArrayInputStream(bytes)));
    }

    private Articulation read(String assetId) {
        try {
            var folder = bundles.folder(assets, assetId, PreviewViewModel.PREVIEW_FORMAT, new CancellationSignal());
            return MjcfReader.read(folder.resolve(ExportFormat.MUJOCO_MJCF.assetEntrypoint()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private WritableImage rendered(String assetId, Articulation articulation) {
        WritableImage image = ThumbnailRenderer.render(articulation, SIZE, SIZE);
        int[] pixels = new int[SIZE * SIZE];
        image.getPixelReader().getPixels(0, 0, SIZE, SIZE, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, SIZE);
        if (BlankImages.isBlank(pixels, 2)) {
            // nothing drawn (no 3D pipeline): shown this session, never stored, so a later start with 3D renders it
            LOG.warn("The thumbnail of {} rendered blank (3D available: {}); not storing it", assetId, Graphics3D.available());
            return image;
        }
        executor.submit(() -> {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png);
            store.write(assetId, png.toByteArray());
            return null;
        }, done -> { }, failure -> LOG.warn("Could not store the thumbnail of {}", assetId, failure));
        return image;
    }
}
