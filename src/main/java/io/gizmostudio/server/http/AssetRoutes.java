package io.gizmostudio.server.http;

import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.server.jobs.JobQueue;
import io.gizmostudio.server.store.AssetOrder;
import io.gizmostudio.server.store.AssetQuery;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.Ids;
import io.gizmostudio.server.store.Page;
import io.gizmostudio.server.store.StoredAsset;
import io.gizmostudio.server.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** {@code /v1/assets}: generate (202, queued), get, list with filters, delete (§6, §10). */
public final class AssetRoutes {
    private static final int QUERY_MAX = 2000;
    /** Seeds chosen for the caller stay below 2^31 so every JSON client reads them exactly. */
    private static final int SEED_BOUND = Integer.MAX_VALUE;

    private final AssetStore assets;
    private final JobQueue queue;
    private final Ownership ownership;
    private final AssetViews views;
    private final Replies replies;
    private final Ids ids;
    private final Clock clock;
    private final Transactions transactions;

    public AssetRoutes(AssetStore assets, JobQueue queue, Ownership ownership, AssetViews views, Replies replies,
                       Ids ids, Clock clock, Transactions transactions) {
        this.transactions = transactions;
        this.assets = assets;
        this.queue = queue;
        this.ownership = ownership;
        this.views = views;
        this.replies = replies;
        this.ids = ids;
        this.clock = clock;
    }

    public Reply create(ApiRequest req) {
        JsonFields f = req.json();
        String prompt = FieldRules.prompt(f.requiredString("prompt"));
        String name = f.string("name").map(n -> FieldRules.name("name", n)).orElse(FieldRules.defaultName(prompt));
        List<String> tags = f.strings("tags").map(FieldRules::tags).orElse(List.of());
        long seed = f.integer("seed").orElseGet(() -> (long) ThreadLocalRandom.current().nextInt(SEED_BOUND));
        boolean fixedBase = f.bool("fixed_base").orElse(false);
        if (!queue.tryReserve()) {
            long retry = queue.retryAfterSeconds();
            throw new ApiException(503, ErrorCodes.SERVER_ERROR, ErrorCodes.QUEUE_FULL,
                    "The generation queue is full; retry after " + retry + " s.", Map.of("Retry-After", Long.toString(retry)));
        }
        Instant now = clock.instant();
        StoredAsset asset = new StoredAsset(ids.next(Ids.ASSET), req.owner(), AssetStatus.PENDING, name, prompt, tags, seed,
                0, now, now, null, null, null, null, List.of(), fixedBase);
        try {
            assets.insert(asset);
        } catch (RuntimeException e) {
            queue.release();
            throw e;
        }
        // After the commit: the worker reads the asset on its own connection, and a rolled-back insert has no job.
        transactions.afterCommit(() -> queue.submit(asset.id()), queue::release);
        return replies.status(202, views.toWire(asset));
    }

    public Reply get(ApiRequest req) {
        return replies.ok(views.toWire(ownership.asset(req.path("id"), req.owner())));
    }

    public Reply list(ApiRequest req) {
        Paging paging = Paging.of(req.query("limit"), req.query("offset"));
        AssetStatus status = status(req.query("status"));
        String tag = blankToNull(req.query("tag"));
        String text = blankToNull(req.query("q"));
        if (text != null && text.length() > QUERY_MAX) {
            throw ApiException.invalidParameter("q", "must be at most " + QUERY_MAX + " characters");
        }
        AssetOrder order = order(req.query("sort"));
        Page<StoredAsset> page = assets.list(new AssetQuery(req.owner(), status, tag, text, paging.limit(), paging.offset(), order));
        return replies.ok(new AssetPage(page.items().stream().map(views::toWire).toList(), page.total(), paging.limit(),
                paging.offset()));
    }

    public Reply delete(ApiRequest req) {
        String id = req.path("id");
        ownership.asset(id, req.owner());
        switch (assets.delete(id)) {
            case DELETED:
                return Reply.noContent();
            case IN_USE:
                throw ApiException.conflict(ErrorCodes.ASSET_IN_USE,
                        "Asset " + id + " is placed in a scene; remove it from every scene first.");
            default:
                throw Ownership.assetNotFound(id);
        }
    }

    private static AssetOrder order(String raw) {
        if (raw == null || raw.isBlank()) {
            return AssetOrder.NEWEST;
        }
        return AssetOrder.fromWire(raw).orElseThrow(() -> ApiException.invalidParameter("sort", "must be 'newest' or 'name'"));
    }

    private static AssetStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (AssetStatus s : AssetStatus.values()) {
            if (s.wireName().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw ApiException.invalidParameter("status", "must be one of pending, processing, ready, failed (got '"
                + Paging.abbreviate(raw) + "')");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
