package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.Placement;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edge of the session tests: a server's scene behaviour in memory (ids minted on create and on new entries,
 * the list replaced in order), with failures queued to answer the next calls as a refusing server would.
 */
final class MemorySceneService implements SceneService {
    final Map<String, Scene> scenes = new LinkedHashMap<>();
    final Deque<ServiceException> failNext = new ArrayDeque<>();
    int creates;
    int saves;
    private int nextId = 1;
    private long clock = 1_000;

    @Override
    public ScenePage page(String search, int offset, int limit) {
        return new ScenePage(List.copyOf(scenes.values()), scenes.size(), limit, offset);
    }

    @Override
    public Scene get(String sceneId) {
        fail();
        Scene s = scenes.get(sceneId);
        if (s == null) {
            throw new ServiceException(FailureKind.NOT_FOUND, "scene_not_found", "scene " + sceneId + " not found");
        }
        return s;
    }

    @Override
    public Scene create(String name, String description) {
        fail();
        creates++;
        Scene s = new Scene("scn_" + nextId++, name, description, now(), now(), List.of());
        scenes.put(s.id(), s);
        return s;
    }

    @Override
    public Scene rename(String sceneId, String name) {
        Scene s = get(sceneId);
        Scene renamed = new Scene(s.id(), name, s.description(), s.createdAt(), now(), s.assets());
        scenes.put(s.id(), renamed);
        return renamed;
    }

    @Override
    public void delete(String sceneId) {
        fail();
        scenes.remove(sceneId);
    }

    @Override
    public Scene savePlacements(String sceneId, List<PlacementEntry> entries) {
        fail();
        Scene s = scenes.get(sceneId);
        if (s == null) {
            throw new ServiceException(FailureKind.NOT_FOUND, "scene_not_found", "scene " + sceneId + " not found");
        }
        saves++;
        List<Placement> out = new ArrayList<>();
        for (PlacementEntry e : entries) {
            String id = e.placementId() == null ? "plc_" + nextId++ : e.placementId();
            out.add(new Placement(id, e.assetId(), e.name(), e.position(), e.rotation(), now(), e.mobility(), e.jointPositions()));
        }
        Scene saved = new Scene(s.id(), s.name(), s.description(), s.createdAt(), now(), out);
        scenes.put(s.id(), saved);
        return saved;
    }

    @Override
    public Path export(String sceneId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        throw new UnsupportedOperationException("the session tests do not export");
    }

    private void fail() {
        ServiceException e = failNext.poll();
        if (e != null) {
            throw e;
        }
    }

    private Instant now() {
        return Instant.ofEpochSecond(clock++);
    }
}
