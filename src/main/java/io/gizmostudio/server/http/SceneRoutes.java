package io.gizmostudio.server.http;

import io.gizmostudio.server.store.Ids;
import io.gizmostudio.server.store.Page;
import io.gizmostudio.server.store.SceneStore;
import io.gizmostudio.server.store.StoredScene;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@code /v1/scenes}: create (201), get, list, patch name and description, delete (§7, §10). */
public final class SceneRoutes {
    private final SceneStore scenes;
    private final Ownership ownership;
    private final Replies replies;
    private final Ids ids;
    private final Clock clock;

    public SceneRoutes(SceneStore scenes, Ownership ownership, Replies replies, Ids ids, Clock clock) {
        this.scenes = scenes;
        this.ownership = ownership;
        this.replies = replies;
        this.ids = ids;
        this.clock = clock;
    }

    public Reply create(ApiRequest req) {
        JsonFields f = req.json();
        String name = FieldRules.name("name", f.requiredString("name"));
        String description = f.string("description").map(FieldRules::description).orElse(null);
        Instant now = clock.instant();
        StoredScene scene = new StoredScene(ids.next(Ids.SCENE), req.owner(), name, description, now, now, List.of());
        scenes.insert(scene);
        return replies.status(201, SceneViews.toWire(scene));
    }

    public Reply get(ApiRequest req) {
        return replies.ok(SceneViews.toWire(ownership.scene(req.path("id"), req.owner())));
    }

    public Reply list(ApiRequest req) {
        Paging paging = Paging.of(req.query("limit"), req.query("offset"));
        String text = AssetRoutes.blankToNull(req.query("q"));
        Page<SceneStore.Listed> page = scenes.list(req.owner(), text, paging.limit(), paging.offset());
        return replies.ok(new SceneSummary.Page(page.items().stream().map(SceneViews::summary).toList(), page.total(),
                paging.limit(), paging.offset()));
    }

    public Reply update(ApiRequest req) {
        JsonFields f = req.json();
        StoredScene current = ownership.scene(req.path("id"), req.owner());
        String name = f.has("name") ? FieldRules.name("name", f.string("name")
                .orElseThrow(() -> ApiException.invalidField("name", "must not be null"))) : current.name();
        String description = f.has("description") ? f.string("description").map(FieldRules::description).orElse(null)
                : current.description();
        StoredScene updated = scenes.update(current.id(), name, description, clock.instant())
                .orElseThrow(() -> Ownership.sceneNotFound(current.id()));
        return replies.ok(SceneViews.toWire(updated));
    }

    public Reply delete(ApiRequest req) {
        StoredScene scene = ownership.scene(req.path("id"), req.owner());
        if (!scenes.delete(scene.id())) {
            throw Ownership.sceneNotFound(scene.id());
        }
        return Reply.noContent();
    }
}
