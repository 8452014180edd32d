package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.Placement;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.PlacementMobility;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.UpdatePlacementRequest;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Saving a scene document through the client: the extension fields and {@code replacePlacements}, with a fallback signal. */
class SceneSaveTest {
    @TempDir
    Path data;

    @Test
    void theRealServerKeepsMobilityJointPositionsAndNamesAndReplacesTheList() {
        try (TestServer engine = TestServer.start(data);
             GizmoClient client = new GizmoClient(GizmoClientOptions.builder().baseUrl(engine.server().baseUrl())
                     .apiKey(engine.key().secret()).build())) {
            Asset arm = client.assets().generate(CreateAssetRequest.of("an arm"), Duration.ofSeconds(30),
                    AwaitListener.NONE, new CancellationToken());
            Scene scene = client.scenes().create(new CreateSceneRequest("Cell", null));
            Scene one = client.scenes().addPlacement(scene.id(), new AddPlacementRequest(arm.id(), null, null, "left",
                    PlacementMobility.FREE, Map.of("pan", 0.25)));
            Placement left = one.assets().get(0);
            assertThat(left.name()).isEqualTo("left");
            assertThat(left.mobility()).isEqualTo(PlacementMobility.FREE);
            assertThat(left.jointPositions()).containsExactly(Map.entry("pan", 0.25));

            Scene patched = client.scenes().updatePlacement(scene.id(), left.placementId(),
                    new UpdatePlacementRequest(null, null, null, PlacementMobility.FIXED, Map.of("elbow", -0.5)));
            assertThat(patched.assets().get(0).mobility()).isEqualTo(PlacementMobility.FIXED);
            assertThat(patched.assets().get(0).jointPositions()).containsExactly(Map.entry("elbow", -0.5));
            assertThat(patched.updatedAt()).isAfterOrEqualTo(one.updatedAt());

            PlacementEntry fresh = new PlacementEntry(null, arm.id(), "right", new Position(1, 0, 0), Rotation.IDENTITY, null,
                    Map.of("pan", -1.0, "elbow", 0.5));
            ReplacePlacementsResult result = client.scenes().replacePlacements(scene.id(),
                    List.of(fresh, patched.assets().get(0).toEntry()));
            assertThat(result).isInstanceOf(ReplacePlacementsResult.Replaced.class);
            Scene saved = ((ReplacePlacementsResult.Replaced) result).scene();
            assertThat(saved.assets()).extracting(Placement::name).containsExactly("right", "left");
            assertThat(saved.assets().get(1).placementId()).isEqualTo(left.placementId());
            assertThat(saved.assets().get(0).jointPositions().keySet()).containsExactly("pan", "elbow");
            assertThat(saved.assets().get(0).mobility()).isEqualTo(PlacementMobility.FIXED);
            assertThat(client.scenes().get(scene.id())).isEqualTo(saved);

            BadRequestException bad = catchThrowableOfType(BadRequestException.class, () -> client.scenes().replacePlacements(
                    scene.id(), List.of(fresh, new PlacementEntry(null, arm.id(), "x", Position.ORIGIN, Rotation.IDENTITY,
                            null, Map.of("wrist", 0.0)))));
            assertThat(bad.code()).isEqualTo("invalid_field");
            assertThat(bad.serverMessage()).startsWith("assets[1]: ").contains("joint_positions.wrist");
            NotFoundException noScene = catchThrowableOfType(NotFoundException.class,
                    () -> client.scenes().replacePlacements("scn_00000000000000", List.of()));
            assertThat(noScene.code()).isEqualTo("scene_not_found");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "404|{\"error\":\"not_found\",\"code\":\"route_not_found\",\"message\":\"no route\"}",
            "404|{\"error\":{\"code\":\"not_found\",\"message\":\"Not Found\",\"status\":404}}",
            "405|{\"error\":\"invalid_request\",\"code\":\"method_not_allowed\",\"message\":\"no PUT\"}"})
    void aServerWithoutTheRouteSaysNotSupported(int status, String body) throws Exception {
        try (MockGizmo gizmo = new MockGizmo()) {
            gizmo.enqueue(json(status, body));

            ReplacePlacementsResult r = gizmo.client.scenes().replacePlacements("scn_1",
                    List.of(new PlacementEntry(null, "ast_1", "a", Position.ORIGIN, Rotation.IDENTITY, null, null)));
            assertThat(r).isInstanceOf(ReplacePlacementsResult.NotSupported.class);
            assertThat(((ReplacePlacementsResult.NotSupported) r).status()).isEqualTo(status);
            RecordedRequest sent = gizmo.take();
            assertThat(sent.getMethod()).isEqualTo("PUT");
            assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/scenes/scn_1/assets");
            assertThat(sent.getBody().utf8()).isEqualTo("{\"assets\":[{\"asset_id\":\"ast_1\",\"name\":\"a\","
                    + "\"position\":{\"x\":0.0,\"y\":0.0,\"z\":0.0},\"rotation\":{\"x\":0.0,\"y\":0.0,\"z\":0.0,\"w\":1.0}}]}");
        }
    }

    @Test
    void aPlacementFromAnAlphaServerHasNoMobilityAndNoJointPositions() throws Exception {
        try (MockGizmo gizmo = new MockGizmo()) {
            gizmo.enqueue(json(200, "{\"id\":\"scn_1\",\"name\":\"s\",\"description\":null,\"created_at\":\"2025-03-01T12:00:00Z\","
                    + "\"assets\":[{\"placement_id\":\"plc_1\",\"asset_id\":\"ast_1\",\"name\":\"arm\",\"position\":{\"x\":0,\"y\":0,\"z\":0},"
                    + "\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"added_at\":\"2025-03-01T12:00:00Z\"}]}"));

            Placement p = gizmo.client.scenes().get("scn_1").assets().get(0);
            assertThat(p.mobility()).isNull();
            assertThat(p.jointPositions()).isNull();
        }
    }
}
