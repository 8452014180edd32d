package io.gizmostudio.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.ReplacePlacementsRequest;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.api.UpdatePlacementRequest;
import io.gizmostudio.api.UpdateSceneRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * {@code /v1/scenes}: create, read, list, page through, rename, delete, place, move and re-save assets, export.
 * Obtained from {@link GizmoClient#scenes()}; safe to share between threads.
 */
public final class ScenesResource {
    private static final int PAGE_SIZE = 100;
    private static final Set<String> RESOURCE_CODES = Set.of(ErrorCodes.SCENE_NOT_FOUND, ErrorCodes.ASSET_NOT_FOUND,
            ErrorCodes.PLACEMENT_NOT_FOUND);

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

    /**
     * {@code PUT /v1/scenes/{id}/assets}: replaces the scene's whole placement list in one transaction (the
     * document's Save). Entries with a {@code placementId} keep it, the others get new ids, order is kept. A
     * server without the route (404 {@code route_not_found} or any 404 that names no scene, asset or placement; 405) gives {@link ReplacePlacementsResult.NotSupported}
     * and has changed nothing; every other failure is thrown as usual (400 names the entry, e.g.
     * {@code assets[3]}). Safe to retry.
     */
    public ReplacePlacementsResult replacePlacements(String sceneId, List<PlacementEntry> entries) {
        try {
            return new ReplacePlacementsResult.Replaced(scene(caller.put(caller.url("scenes", sceneId, "assets").build(),
                    new ReplacePlacementsRequest(entries))));
        } catch (NotFoundException e) {
            // A missing scene or asset is a real answer; any other 404 (route_not_found, or a server's bare 404) is the route.
            if (RESOURCE_CODES.contains(e.code())) {
                throw e;
            }
            return new ReplacePlacementsResult.NotSupported(e.status(), e.code());
        } catch (BadRequestException e) {
            if (e.status() == 405) {
                return new ReplacePlacementsResult.NotSupported(e.status(), e.code());
            }
            throw e;
        }
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
