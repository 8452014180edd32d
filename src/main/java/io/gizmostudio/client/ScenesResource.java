package io.gizmostudio.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.api.UpdatePlacementRequest;
import io.gizmostudio.api.UpdateSceneRequest;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * {@code /v1/scenes}: create, read, list, page through, rename, delete, place and move assets, export.
 * Obtained from {@link GizmoClient#scenes()}; safe to share between threads.
 */
public final class ScenesResource {
    private static final int PAGE_SIZE = 100;

    private final ApiCaller caller;
    private final PageReader pages;
    private final Exports exports;

    ScenesResource(ApiCaller caller, Exports exports) {
        this.caller = caller;
        this.pages = new PageReader(caller);
        this.exports = exports;
    }

    /** {@code POST /v1/scenes} (201): an empty scene. */
    public Scene create(CreateSceneRequest request) {
        return scene(caller.post(caller.url("scenes").build(), request));
    }

    public Scene get(String id) {
        return scene(caller.get(caller.url("scenes", id).build()));
    }

    /** One page of scene summaries (their {@code assets} are empty). */
    public ScenePage list(SceneQuery query) {
        int offset = query.offset() == null ? 0 : query.offset();
        Page<Scene> page = fetchPage(query, offset, query.limit());
        return new ScenePage(page.items(), page.total().orElse(page.offset() + page.items().size()),
                query.limit() == null ? page.items().size() : query.limit(), page.offset());
    }

    public Iterable<Scene> iterate(SceneQuery query) {
        int pageSize = query.limit() == null ? PAGE_SIZE : query.limit();
        int start = query.offset() == null ? 0 : query.offset();
        return () -> new PagingIterator<>((offset, limit) -> fetchPage(query, offset, limit), start, pageSize);
    }

    public Stream<Scene> stream(SceneQuery query) {
        return StreamSupport.stream(iterate(query).spliterator(), false);
    }

    private Page<Scene> fetchPage(SceneQuery query, int offset, Integer limit) {
        HttpUrl.Builder url = caller.url("scenes");
        if (limit != null) {
            url.addQueryParameter("limit", Integer.toString(limit));
        }
        url.addQueryParameter("offset", Integer.toString(offset));
        if (query.q() != null) {
            url.addQueryParameter("q", query.q());
        }
        Request request = caller.get(url.build());
        return pages.read(request, "scenes", Scene.class, offset, s -> caller.require(s.id() == null ? null : s, "id", 200, request, null));
    }

    /** {@code PATCH /v1/scenes/{id}}: null fields stay as they are. */
    public Scene update(String id, UpdateSceneRequest request) {
        return scene(caller.patch(caller.url("scenes", id).build(), request));
    }

    /** {@code DELETE /v1/scenes/{id}}; the placed assets themselves stay. */
    public void delete(String id) {
        caller.send(caller.delete(caller.url("scenes", id).build()));
    }

    /** {@code POST /v1/scenes/{id}/assets}: the updated scene, the new placement last. */
    public Scene addPlacement(String sceneId, AddPlacementRequest request) {
        return scene(caller.post(caller.url("scenes", sceneId, "assets").build(), request));
    }

    /** {@code PATCH /v1/scenes/{id}/assets/{placement_id}}: moves a placement, keeping its id. */
    public Scene updatePlacement(String sceneId, String placementId, UpdatePlacementRequest request) {
        return scene(caller.patch(caller.url("scenes", sceneId, "assets", placementId).build(), request));
    }

    /** {@code DELETE /v1/scenes/{id}/assets/{placement_id}}: the updated scene (fetched when the server sends none). */
    public Scene removePlacement(String sceneId, String placementId) {
        Request request = caller.delete(caller.url("scenes", sceneId, "assets", placementId).build());
        JsonNode node = caller.tree(request);
        return node == null ? get(sceneId) : checked(caller.convert(node, Scene.class, 200, request), request, node);
    }

    /** {@code POST /v1/scenes/{id}/export}: the ZIP written to {@code target} (file, or directory). */
    public Path export(String sceneId, String format, Path target, ProgressListener listener) {
        return exports.export(new String[] {"scenes", sceneId, "export"}, sceneId, format, target, listener);
    }

    private Scene scene(Request request) {
        JsonNode node = caller.tree(request);
        if (node == null) {
            throw new UnexpectedResponseException(200, UnexpectedResponseException.MISSING_FIELD,
                    "an empty reply to " + ApiCaller.describe(request), null);
        }
        return checked(caller.convert(node, Scene.class, 200, request), request, node);
    }

    private Scene checked(Scene scene, Request request, JsonNode node) {
        caller.require(scene.id(), "id", 200, request, node);
        return scene;
    }
}
