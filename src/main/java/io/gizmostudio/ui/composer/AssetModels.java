package io.gizmostudio.ui.composer;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.FloatingRoot;
import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import io.gizmostudio.ui.preview.ExportBundleCache;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articulation of every asset the composer shows, by asset id. Each one is read once from the asset's MJCF
 * export (downloaded into the shared {@link ExportBundleCache}, the same files the preview reads) and kept: a
 * generated asset never changes. Loads run through the {@link UiExecutor}; everything else, listeners
 * included, happens on the UI thread.
 */
public final class AssetModels {
    private static final Logger LOG = LoggerFactory.getLogger(AssetModels.class);
    static final String MODEL_FORMAT = ExportFormat.MUJOCO_MJCF.wireName();

    private final AssetLibraryService assets;
    private final UiExecutor executor;
    private final ExportBundleCache cache;
    private final Map<String, Articulation> loaded = new HashMap<>();
    private final Set<String> loading = new HashSet<>();
    private final Map<String, String> failures = new HashMap<>();
    private final List<BiConsumer<String, Articulation>> listeners = new CopyOnWriteArrayList<>();

    public AssetModels(AssetLibraryService assets, UiExecutor executor, ExportBundleCache cache) {
        this.assets = assets;
        this.executor = executor;
        this.cache = cache;
    }

    /** The asset's articulation if it has been loaded (or handed over) already. */
    public Optional<Articulation> get(String assetId) {
        return Optional.ofNullable(loaded.get(assetId));
    }

    /** Whether a load of the asset is in flight. */
    public boolean isLoading(String assetId) {
        return loading.contains(assetId);
    }

    /**
     * Starts loading the asset unless it is loaded or loading already. A load that failed before is tried again,
     * so a caller that wants no retry checks {@link #failure} first.
     */
    public void request(String assetId) {
        if (assetId == null || loaded.containsKey(assetId) || loading.contains(assetId)) {
            return;
        }
        failures.remove(assetId);
        loading.add(assetId);
        CancellationSignal never = new CancellationSignal(); // a model once asked for is wanted for the whole session
        executor.submit(() -> {
            Path folder = cache.folder(assets, assetId, MODEL_FORMAT, never);
            return FloatingRoot.withoutFreeJoint(MjcfReader.read(folder.resolve(ExportFormat.MUJOCO_MJCF.assetEntrypoint())));
        }, articulation -> {
            loading.remove(assetId);
            if (!loaded.containsKey(assetId)) { // a hand-over while loading wins: it is what the user already sees
                loaded.put(assetId, articulation);
                notifyListeners(assetId, articulation);
            }
        }, failure -> {
            loading.remove(assetId);
            if (loaded.containsKey(assetId)) {
                return;
            }
            LOG.warn("Could not load the model of asset {}", assetId, failure);
            failures.put(assetId, describe(failure));
            notifyListeners(assetId, null);
        });
    }

    /** Takes an articulation someone already read (the preview), so the composer need not download it again. */
    public void put(String assetId, Articulation articulation) {
        if (articulation == null) {
            throw new IllegalArgumentException("no articulation for asset " + assetId);
        }
        if (articulation.equals(loaded.get(assetId))) {
            return;
        }
        loaded.put(assetId, articulation);
        failures.remove(assetId);
        notifyListeners(assetId, articulation);
    }

    /**
     * Hears every arrival (asset id, articulation) and every failed load (asset id, null; {@link #failure} says
     * why), on the UI thread.
     */
    public void addListener(BiConsumer<String, Articulation> onLoaded) {
        listeners.add(onLoaded);
    }

    public void removeListener(BiConsumer<String, Articulation> onLoaded) {
        listeners.remove(onLoaded);
    }

    /** Why the last load of the asset failed, as a sentence for the status line; empty unless it failed. */
    public Optional<String> failure(String assetId) {
        return Optional.ofNullable(failures.get(assetId));
    }

    private void notifyListeners(String assetId, Articulation articulation) {
        for (BiConsumer<String, Articulation> l : listeners) {
            l.accept(assetId, articulation);
        }
    }

    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RobotDescriptionException r) {
                return "Cannot read its model: " + r.getMessage();
            }
        }
        return FailureMessages.describe(failure);
    }
}
