package io.gizmostudio.ui.common;

import io.gizmostudio.api.ApiError;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.ErrorCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory server behind {@link AssetLibraryService}: filters and pages like the real one (newest first),
 * generates by walking pending → processing → ready, fails prompts about flux capacitors the way the engine's
 * parser does, and refuses to delete assets placed in a scene. Records the calls tests assert on.
 */
public final class FakeAssetLibrary implements AssetLibraryService {
    /** Every create request that reached the fake, in order. */
    public final List<CreateAssetRequest> createRequests = new java.util.concurrent.CopyOnWriteArrayList<>();

    public final List<String> pageCalls = new CopyOnWriteArrayList<>();
    public final List<String> inUse = new CopyOnWriteArrayList<>();
    private final List<Asset> assets = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> pollsLeft = new HashMap<>();
    private volatile Duration stepDelay = Duration.ZERO;
    private volatile RuntimeException failNext;
    private int counter;
    private Instant clock = Instant.parse("2026-03-01T09:00:00Z");

    /** Adds {@code n} ready assets named "asset-001".. with increasing creation times. */
    public FakeAssetLibrary withReadyAssets(int n) {
        for (int i = 1; i <= n; i++) {
            add(TestAssets.asset(nextId(), String.format(Locale.ROOT, "asset-%03d", i), AssetStatus.READY, tick(),
                    i % 2 == 0 ? "even" : "odd"));
        }
        return this;
    }

    public FakeAssetLibrary add(Asset asset) {
        assets.add(asset);
        return this;
    }

    /** Each poll step of a generation sleeps this long (for UI tests that want to see progress). */
    public FakeAssetLibrary withStepDelay(Duration delay) {
        this.stepDelay = delay;
        return this;
    }

    /** The next call fails with {@code failure}. */
    public void failNext(RuntimeException failure) {
        this.failNext = failure;
    }

    public List<Asset> all() {
        synchronized (assets) {
            return List.copyOf(assets);
        }
    }

    @Override
    public AssetPage page(AssetQuery query, int offset, int limit) {
        maybeFail();
        pageCalls.add(query.text() + "|" + query.status() + "|" + query.tag() + "@" + offset + "+" + limit);
        List<Asset> matching = all().stream().filter(query::matches)
                .sorted(query.sort().order())
                .toList();
        int from = Math.min(offset, matching.size());
        int to = Math.min(from + limit, matching.size());
        return new AssetPage(matching.subList(from, to), matching.size(), limit, offset);
    }

    @Override
    public Asset get(String assetId) {
        maybeFail();
        return all().stream().filter(a -> a.id().equals(assetId)).findFirst()
                .orElseThrow(() -> new ServiceException(FailureKind.NOT_FOUND, ErrorCodes.ASSET_NOT_FOUND, "No asset " + assetId));
    }

    @Override
    public synchronized Asset create(CreateAssetRequest request) {
        maybeFail();
        createRequests.add(request);
        String name = request.name() != null ? request.name() : request.prompt();
        Asset created = new Asset(nextId(), AssetStatus.PENDING, name, request.prompt(), tick(), null, List.of(),
                request.tags(), 0, null, null, understood(request.prompt()), request.seed());
        assets.add(created);
        pollsLeft.put(created.id(), 2);
        return created;
    }

    /** Every zip that reached {@link #importDescription}, in order. */
    public final List<byte[]> importedZips = new CopyOnWriteArrayList<>();

    /** A ready asset, as the engine's import answers; the zip is kept in {@link #importedZips}. */
    @Override
    public synchronized Asset importDescription(byte[] zip, String name) {
        maybeFail();
        importedZips.add(zip);
        Asset created = new Asset(nextId(), AssetStatus.READY, name, "Imported from " + name, tick(), null,
                List.of("isaac_sim_usd", "isaac_sim_urdf", "mujoco_mjcf"), List.of("imported"), 100, null, null,
                java.util.Map.of("source", "import"), 0L);
        assets.add(created);
        return created;
    }

    /** The params the built-in engine gives the prompt (null for one it would refuse), as a real server sends. */
    private static java.util.Map<String, Object> understood(String prompt) {
        try {
            return new io.gizmostudio.core.generate.PromptParser().parse(prompt).describe();
        } catch (RuntimeException refused) {
            return null;
        }
    }

    @Override
    public void delete(String assetId) {
        maybeFail();
        if (inUse.contains(assetId)) {
            throw new ServiceException(FailureKind.CONFLICT, ErrorCodes.ASSET_IN_USE,
                    "Asset " + assetId + " is placed in a scene; remove it from every scene first.");
        }
        if (!assets.removeIf(a -> a.id().equals(assetId))) {
            throw new ServiceException(FailureKind.NOT_FOUND, ErrorCodes.ASSET_NOT_FOUND, "No asset " + assetId);
        }
    }

    @Override
    public List<String> scenesUsing(String assetId) {
        return inUse.contains(assetId) ? List.of("Warehouse cell") : List.of();
    }

    @Override
    public Asset awaitTerminal(String assetId, Duration timeout, Consumer<Asset> onUpdate, CancellationSignal cancel) {
        Asset current = get(assetId);
        while (!current.status().isTerminal()) {
            if (cancel.isCancelled()) {
                return current;
            }
            pause();
            current = step(current);
            onUpdate.accept(current);
        }
        return current;
    }

    @Override
    public Path export(String assetId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        Asset asset = get(assetId);
        if (asset.status() != AssetStatus.READY) {
            throw new ServiceException(FailureKind.CONFLICT, ErrorCodes.ASSET_NOT_READY, "Asset is not ready");
        }
        byte[] bytes = ("zip of " + assetId + " as " + format).getBytes(StandardCharsets.UTF_8);
        progress.update(bytes.length / 2, bytes.length);
        progress.update(bytes.length, bytes.length);
        try {
            Files.write(destination, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return destination;
    }

    private synchronized Asset step(Asset current) {
        int left = pollsLeft.merge(current.id(), -1, Integer::sum);
        Asset next;
        if (left > 0) {
            next = TestAssets.withStatus(current, AssetStatus.PROCESSING, 50);
        } else if (current.prompt().toLowerCase(Locale.ROOT).contains("flux capacitor")) {
            next = new Asset(current.id(), AssetStatus.FAILED, current.name(), current.prompt(), current.createdAt(),
                    current.createdAt(), List.of(), current.tags(), null,
                    new ApiError(ErrorCodes.UNRECOGNIZED_PROMPT,
                            "Cannot make a flux capacitor. The engine can make: robot arm, gripper, cabinet, table."),
                    null, null, current.seed());
        } else {
            next = TestAssets.withStatus(current, AssetStatus.READY, 100);
        }
        replace(next);
        return next;
    }

    private void replace(Asset next) {
        synchronized (assets) {
            for (int i = 0; i < assets.size(); i++) {
                if (assets.get(i).id().equals(next.id())) {
                    assets.set(i, next);
                }
            }
        }
    }

    private void pause() {
        if (!stepDelay.isZero()) {
            try {
                Thread.sleep(stepDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void maybeFail() {
        RuntimeException failure = failNext;
        if (failure != null) {
            failNext = null;
            throw failure;
        }
    }

    private synchronized String nextId() {
        return String.format(Locale.ROOT, "ast_%014d", ++counter);
    }

    private synchronized Instant tick() {
        clock = clock.plusSeconds(60);
        return clock;
    }
}
