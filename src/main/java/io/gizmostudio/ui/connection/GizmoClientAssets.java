package io.gizmostudio.ui.connection;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.Scene;
import io.gizmostudio.client.AssetsResource;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GenerationFailedException;
import io.gizmostudio.client.GenerationProgress;
import io.gizmostudio.client.SceneQuery;
import io.gizmostudio.client.ScenesResource;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.AssetQuery;
import io.gizmostudio.ui.common.AssetSort;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** {@link AssetLibraryService} over the HTTP client's {@link AssetsResource}. */
final class GizmoClientAssets implements AssetLibraryService {
    /** Enough to find the scene in any library a person builds by hand, without walking a huge team server. */
    private static final int MAX_SCENES_SEARCHED = 200;

    private final AssetsResource assets;
    private final ScenesResource scenes;

    GizmoClientAssets(AssetsResource assets, ScenesResource scenes) {
        this.assets = assets;
        this.scenes = scenes;
    }

    @Override
    public AssetPage page(AssetQuery query, int offset, int limit) {
        io.gizmostudio.client.AssetQuery q = io.gizmostudio.client.AssetQuery.ALL
                .withLimit(limit).withOffset(offset).withStatus(query.status()).withQ(query.text()).withTag(query.tag())
                .withSort(query.sort() == AssetSort.NAME ? "name" : null);
        return ClientFailures.call(() -> assets.list(q));
    }

    @Override
    public Asset get(String assetId) {
        return ClientFailures.call(() -> assets.get(assetId));
    }

    @Override
    public Asset create(CreateAssetRequest request) {
        return ClientFailures.call(() -> assets.create(request));
    }

    @Override
    public Asset importDescription(byte[] zip, String name) {
        return ClientFailures.call(() -> assets.importBundle(zip, name, null));
    }

    @Override
    public void delete(String assetId) {
        ClientFailures.run(() -> assets.delete(assetId));
    }

    @Override
    public List<String> scenesUsing(String assetId) {
        // Scene summaries omit placements, so each scene is read in full; this runs only after a refused delete.
        return ClientFailures.call(() -> scenes.stream(SceneQuery.ALL.withLimit(50))
                .limit(MAX_SCENES_SEARCHED)
                .map(summary -> scenes.get(summary.id()))
                .filter(scene -> scene.assets().stream().anyMatch(p -> assetId.equals(p.assetId())))
                .map(Scene::name)
                .toList());
    }

    @Override
    public Asset awaitTerminal(String assetId, Duration timeout, Consumer<Asset> onUpdate, CancellationSignal cancel) {
        AtomicReference<Asset> last = new AtomicReference<>(get(assetId));
        CancellationToken token = new CancellationToken();
        // The token also wakes a poll that is sleeping, so "stop waiting" takes effect at once.
        cancel.whenCancelled(token::cancel);
        try {
            // The client reports status and percent; the card needs an Asset, so update the last one seen.
            return ClientFailures.call(() -> assets.awaitReady(assetId, timeout, progress -> {
                Asset next = merge(last.get(), progress);
                last.set(next);
                onUpdate.accept(next);
            }, token));
        } catch (CancellationException e) {
            return last.get();
        } catch (ServiceException e) {
            if (e.getCause() instanceof GenerationFailedException failed) {
                return failed.asset().orElseGet(() -> get(assetId));
            }
            throw e;
        }
    }

    @Override
    public Path export(String assetId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        return ClientFailures.call(() -> assets.export(assetId, format, destination, (done, total) -> {
            if (cancel.isCancelled()) {
                // The downloader deletes its temporary file on any failure, so nothing half-written stays.
                throw new ServiceException(FailureKind.LOCAL, "cancelled", "Export cancelled.");
            }
            progress.update(done, total);
        }));
    }

    private static Asset merge(Asset a, GenerationProgress p) {
        if (a.status() == p.status() && p.percent() < 0) {
            return a;
        }
        Integer percent = p.hasPercent() ? p.percent() : (p.status() == AssetStatus.READY ? Integer.valueOf(100) : a.progress());
        return new Asset(a.id(), p.status(), a.name(), a.prompt(), a.createdAt(), a.updatedAt(), a.exportFormats(),
                a.tags(), percent, a.error(), a.stats(), a.params(), a.seed());
    }
}
