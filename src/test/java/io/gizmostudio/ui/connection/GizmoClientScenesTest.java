package io.gizmostudio.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.Placement;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.PlacementMobility;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.client.AwaitListener;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GizmoClientScenes} against the real engine, and against it behind a proxy that hides the placement PUT. */
class GizmoClientScenesTest {
    @TempDir
    static Path data;
    static TestServer engine;
    private final List<GizmoClient> clients = new ArrayList<>();
    private String arm;

    @BeforeAll
    static void start() {
        engine = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(GizmoClient::close);
    }

    private GizmoClient client(String baseUrl, String key) {
        GizmoClient c = new GizmoClient(GizmoClientOptions.builder().baseUrl(baseUrl).apiKey(key).build());
        clients.add(c);
        return c;
    }

    /** Each test its own key (assets and scenes belong to a key), so lists hold only what the test made. */
    private String freshKey(String name) {
        String key = engine.server().keys().create(name).secret();
        try (GizmoClient direct = new GizmoClient(GizmoClientOptions.builder().baseUrl(engine.server().baseUrl()).apiKey(key).build())) {
            arm = direct.assets().generate(CreateAssetRequest.of("an arm"), Duration.ofSeconds(30), AwaitListener.NONE,
                    new CancellationToken()).id();
        }
        return key;
    }

    private GizmoClientScenes freshAccount(String name) {
        return new GizmoClientScenes(client(engine.server().baseUrl(), freshKey(name)).scenes());
    }

    @Test
    void createPageSearchRenameAndDeleteGoToTheServer() {
        GizmoClientScenes scenes = freshAccount("crud");
        Scene alpha = scenes.create("Alpha cell", "first");
        scenes.create("Beta cell", null);
        Scene dock = scenes.create("Gamma dock", null);

        ScenePage first = scenes.page(null, 0, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.scenes()).extracting(Scene::name).containsExactly("Gamma dock", "Beta cell");
        assertThat(first.scenes()).extracting(Scene::placementCount).containsExactly(0, 0);
        assertThat(scenes.page("  ", 2, 2).scenes()).extracting(Scene::id).containsExactly(alpha.id());
        assertThat(scenes.page("CELL", 0, 10).scenes()).extracting(Scene::name).containsExactly("Beta cell", "Alpha cell");

        Scene renamed = scenes.rename(dock.id(), "Delta dock");
        assertThat(renamed.name()).isEqualTo("Delta dock");
        assertThat(scenes.get(dock.id()).name()).isEqualTo("Delta dock");
        assertThat(scenes.get(alpha.id()).description()).isEqualTo("first");

        scenes.delete(dock.id());
        ServiceException gone = catchThrowableOfType(ServiceException.class, () -> scenes.get(dock.id()));
        assertThat(gone.kind()).isEqualTo(FailureKind.NOT_FOUND);
        assertThat(gone.code()).isEqualTo("scene_not_found");
        assertThat(catchThrowableOfType(ServiceException.class, () -> scenes.rename(dock.id(), "x")).kind())
                .isEqualTo(FailureKind.NOT_FOUND);
        assertThat(catchThrowableOfType(ServiceException.class, () -> scenes.create(" ", null)).kind())
                .isEqualTo(FailureKind.INVALID_REQUEST);
    }

    @Test
    void savePlacementsReplacesTheListInOrderAndTheListCountsThem() {
        GizmoClientScenes scenes = freshAccount("put");
        Scene scene = scenes.create("Cell", null);
        Scene two = scenes.savePlacements(scene.id(), List.of(entry(null, "left", 0), entry(null, "right", 1)));
        Placement left = two.assets().get(0);
        Placement right = two.assets().get(1);

        Scene swapped = scenes.savePlacements(scene.id(), List.of(right.toEntry(), left.toEntry(), entry(null, "third", 2)));

        assertThat(swapped.assets()).extracting(Placement::name).containsExactly("right", "left", "third");
        assertThat(swapped.assets().get(0).placementId()).isEqualTo(right.placementId());
        assertThat(scenes.get(scene.id())).isEqualTo(swapped);
        assertThat(scenes.page(null, 0, 10).scenes().get(0).placementCount()).isEqualTo(3);
    }

    @Test
    void withoutThePutTheSaveAddsPatchesOnlyWhatDiffersAndRemoves() throws Exception {
        String key = freshKey("fallback");
        try (EngineWithoutScenePut older = new EngineWithoutScenePut(engine.server().baseUrl());
             GizmoClient viaProxy = new GizmoClient(GizmoClientOptions.builder().baseUrl(older.baseUrl()).apiKey(key).build())) {
            GizmoClientScenes scenes = new GizmoClientScenes(viaProxy.scenes());
            Scene scene = scenes.create("Old server cell", null);
            for (String name : List.of("a", "b", "c")) {
                viaProxy.scenes().addPlacement(scene.id(), new AddPlacementRequest(arm, Position.ORIGIN, Rotation.IDENTITY,
                        name, null, null));
            }
            List<Placement> before = scenes.get(scene.id()).assets();
            PlacementEntry a = before.get(0).toEntry();
            PlacementEntry bMoved = new PlacementEntry(before.get(1).placementId(), arm, "b moved", new Position(2, 0, 0),
                    Rotation.IDENTITY, PlacementMobility.FREE, Map.of("pan", 0.5));
            older.requests.clear();

            // b before a in the list: the fallback cannot reorder, so the server keeps a first.
            Scene saved = scenes.savePlacements(scene.id(), List.of(bMoved, a, entry(null, "d", 3)));

            assertThat(saved.assets()).extracting(Placement::name).containsExactly("a", "b moved", "d");
            Placement b = saved.assets().get(1);
            assertThat(b.placementId()).isEqualTo(before.get(1).placementId());
            assertThat(b.position()).isEqualTo(new Position(2, 0, 0));
            assertThat(b.mobility()).isEqualTo(PlacementMobility.FREE);
            assertThat(b.jointPositions()).containsExactly(Map.entry("pan", 0.5));
            assertThat(saved.assets().get(0)).isEqualTo(before.get(0));
            assertThat(saved.assets()).extracting(Placement::placementId).doesNotContain(before.get(2).placementId());
            assertThat(scenes.get(scene.id())).isEqualTo(saved);
            assertThat(older.count("PUT ")).isEqualTo(1);
            assertThat(older.count("PATCH ")).as("only b differs").isEqualTo(1);
            assertThat(older.count("POST ")).isEqualTo(1);
            assertThat(older.count("DELETE ")).isEqualTo(1);

            older.requests.clear();
            Scene again = scenes.savePlacements(scene.id(), saved.assets().stream().map(Placement::toEntry).toList());
            assertThat(again).isEqualTo(saved);
            assertThat(older.requests).containsExactly("PUT /v1/scenes/" + scene.id() + "/assets", "GET /v1/scenes/" + scene.id());
        }
    }

    @Test
    void withoutThePutAListNamingAForeignPlacementChangesNothing() throws Exception {
        String key = freshKey("fallback-refused");
        try (EngineWithoutScenePut older = new EngineWithoutScenePut(engine.server().baseUrl());
             GizmoClient viaProxy = new GizmoClient(GizmoClientOptions.builder().baseUrl(older.baseUrl()).apiKey(key).build())) {
            GizmoClientScenes scenes = new GizmoClientScenes(viaProxy.scenes());
            Scene scene = scenes.create("Cell", null);
            Scene one = scenes.savePlacements(scene.id(), List.of(entry(null, "kept", 0)));

            ServiceException refused = catchThrowableOfType(ServiceException.class, () -> scenes.savePlacements(scene.id(),
                    List.of(entry(null, "new", 1), entry("plc_00000000000000", "ghost", 2))));

            assertThat(refused.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
            assertThat(refused.getMessage()).startsWith("assets[1]: ").contains("plc_00000000000000");
            assertThat(scenes.get(scene.id())).isEqualTo(one);
        }
    }

    @Test
    void aWrongKeyAndAStoppedServerAreTheirKindsOfFailure() {
        GizmoClientScenes wrongKey = new GizmoClientScenes(client(engine.server().baseUrl(), "gzm_k1_notakey000000000000000000").scenes());
        assertThat(catchThrowableOfType(ServiceException.class, () -> wrongKey.page(null, 0, 10)).kind())
                .isEqualTo(FailureKind.UNAUTHORIZED);

        TestServer stopped = TestServer.start(data.resolve("stopped"));
        GizmoClientScenes gone = new GizmoClientScenes(client(stopped.server().baseUrl(), stopped.key().secret()).scenes());
        stopped.close();
        assertThat(catchThrowableOfType(ServiceException.class, () -> gone.create("Cell", null)).kind())
                .isEqualTo(FailureKind.UNREACHABLE);
    }

    private PlacementEntry entry(String placementId, String name, double x) {
        return new PlacementEntry(placementId, arm, name, new Position(x, 0, 0), Rotation.IDENTITY, null, null);
    }
}
