package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.asset;
import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.UpdatePlacementRequest;
import io.gizmostudio.api.UpdateSceneRequest;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each endpoint: method, path, query, body and headers on the wire; the typed value back. */
class EndpointsTest {
    private static final String SCENE = "{\"id\":\"scn_1\",\"name\":\"Cell\",\"description\":null,"
            + "\"created_at\":\"2025-03-01T12:00:00Z\",\"assets\":[{\"placement_id\":\"plc_1\",\"asset_id\":\"ast_1\","
            + "\"name\":\"arm\",\"position\":{\"x\":1,\"y\":2,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},"
            + "\"added_at\":\"2025-03-01T12:00:01Z\"}]}";
    private final ObjectMapper json = new ObjectMapper();
    private MockGizmo gizmo;

    @BeforeEach
    void start() throws Exception {
        gizmo = new MockGizmo();
    }

    @AfterEach
    void stop() {
        gizmo.close();
    }

    private JsonNode body(RecordedRequest r) throws Exception {
        return json.readTree(r.getBody().utf8());
    }

    @Test
    void everyRequestCarriesBearerKeyUserAgentAndAcceptsJson() throws Exception {
        gizmo.enqueue(json(200, "{\"status\":\"ok\",\"version\":\"0.1.0\"}"));
        assertThat(gizmo.client.health().status()).isEqualTo("ok");
        RecordedRequest r = gizmo.take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/health");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockGizmo.KEY);
        assertThat(r.getHeaders().get("User-Agent")).startsWith("GizmoStudio/").endsWith("(Java)");
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void withoutAKeyNoAuthorizationHeaderIsSent() throws Exception {
        gizmo.reconfigure(gizmo.options().apiKey(null));
        gizmo.enqueue(json(200, "{\"status\":\"ok\",\"version\":\"0.1.0\"}"));
        gizmo.client.health();
        assertThat(gizmo.take().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void whoamiReadsTheKeyOwner() throws Exception {
        gizmo.enqueue(json(200, "{\"key_id\":\"key_1\",\"name\":\"ci\",\"created_at\":\"2025-01-01T00:00:00Z\",\"rate_limit_per_minute\":100}"));
        assertThat(gizmo.client.whoami().rateLimitPerMinute()).isEqualTo(100);
        assertThat(gizmo.take().getUrl().encodedPath()).isEqualTo("/v1/whoami");
    }

    @Test
    void createPostsPromptNameTagsAndSeedAsJson() throws Exception {
        gizmo.enqueue(json(202, asset("ast_1", "pending", 0)));
        var created = gizmo.client.assets().create(new CreateAssetRequest("a robot arm", "arm", List.of("v2"), 7L));
        assertThat(created.status()).isEqualTo(AssetStatus.PENDING);
        RecordedRequest r = gizmo.take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/assets");
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(r)).isEqualTo(json.readTree("{\"prompt\":\"a robot arm\",\"name\":\"arm\",\"tags\":[\"v2\"],\"seed\":7}"));
    }

    @Test
    void getEncodesTheIdAsOnePathSegment() throws Exception {
        gizmo.enqueue(json(200, asset("x", "ready", 100)));
        gizmo.client.assets().get("../scenes/x?y");
        assertThat(gizmo.take().getUrl().encodedPath()).isEqualTo("/v1/assets/..%2Fscenes%2Fx%3Fy");
    }

    @Test
    void listSendsFiltersAndReadsThePage() throws Exception {
        gizmo.enqueue(json(200, "{\"assets\":[" + asset("ast_2", "ready", 100) + "," + asset("ast_1", "ready", 100)
                + "],\"total\":12,\"limit\":2,\"offset\":4}"));
        AssetPage page = gizmo.client.assets().list(AssetQuery.ALL.withLimit(2).withOffset(4)
                .withStatus(AssetStatus.READY).withQ("arm gripper").withTag("v2").withSort("name"));
        assertThat(page.assets()).extracting(a -> a.id()).containsExactly("ast_2", "ast_1");
        assertThat(page.total()).isEqualTo(12);
        assertThat(page.offset()).isEqualTo(4);
        RecordedRequest r = gizmo.take();
        assertThat(r.getUrl().queryParameter("limit")).isEqualTo("2");
        assertThat(r.getUrl().queryParameter("offset")).isEqualTo("4");
        assertThat(r.getUrl().queryParameter("status")).isEqualTo("ready");
        assertThat(r.getUrl().queryParameter("q")).isEqualTo("arm gripper");
        assertThat(r.getUrl().queryParameter("tag")).isEqualTo("v2");
        assertThat(r.getUrl().queryParameter("sort")).isEqualTo("name");
    }

    @Test
    void deleteSendsDeleteAndAcceptsNoContent() throws Exception {
        gizmo.enqueue(new MockResponse.Builder().code(204).build());
        gizmo.client.assets().delete("ast_1");
        RecordedRequest r = gizmo.take();
        assertThat(r.getMethod()).isEqualTo("DELETE");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/assets/ast_1");
    }

    @Test
    void sceneCreateGetListUpdateDelete() throws Exception {
        gizmo.enqueue(json(201, "{\"id\":\"scn_1\",\"name\":\"Cell\",\"description\":\"d\",\"created_at\":\"2025-03-01T12:00:00Z\",\"assets\":[]}"),
                json(200, SCENE),
                json(200, "{\"scenes\":[{\"id\":\"scn_1\",\"name\":\"Cell\",\"description\":null,\"created_at\":\"2025-03-01T12:00:00Z\"}],\"total\":1,\"limit\":20,\"offset\":0}"),
                json(200, SCENE.replace("\"Cell\"", "\"Cell B\"")),
                new MockResponse.Builder().code(204).build());
        assertThat(gizmo.client.scenes().create(new CreateSceneRequest("Cell", "d")).assets()).isEmpty();
        Scene got = gizmo.client.scenes().get("scn_1");
        assertThat(got.assets().get(0).position()).isEqualTo(new Position(1, 2, 0));
        assertThat(gizmo.client.scenes().list(SceneQuery.ALL.withQ("cell")).scenes()).hasSize(1);
        assertThat(gizmo.client.scenes().update("scn_1", new UpdateSceneRequest("Cell B", null)).name()).isEqualTo("Cell B");
        gizmo.client.scenes().delete("scn_1");

        RecordedRequest create = gizmo.take();
        assertThat(create.getMethod() + " " + create.getUrl().encodedPath()).isEqualTo("POST /v1/scenes");
        assertThat(body(create)).isEqualTo(json.readTree("{\"name\":\"Cell\",\"description\":\"d\"}"));
        assertThat(gizmo.take().getRequestLine()).isEqualTo("GET /v1/scenes/scn_1 HTTP/1.1");
        RecordedRequest list = gizmo.take();
        assertThat(list.getUrl().queryParameter("q")).isEqualTo("cell");
        RecordedRequest patch = gizmo.take();
        assertThat(patch.getMethod()).isEqualTo("PATCH");
        assertThat(body(patch)).isEqualTo(json.readTree("{\"name\":\"Cell B\"}"));
        assertThat(patch.getHeaders().get("Idempotency-Key")).isNull();
        assertThat(gizmo.take().getMethod()).isEqualTo("DELETE");
    }

    @Test
    void placementsAreAddedMovedAndRemoved() throws Exception {
        gizmo.enqueue(json(201, SCENE), json(200, SCENE), json(200, SCENE));
        gizmo.client.scenes().addPlacement("scn_1", new AddPlacementRequest("ast_1", new Position(1, 2, 0), Rotation.IDENTITY));
        gizmo.client.scenes().updatePlacement("scn_1", "plc_1", new UpdatePlacementRequest(new Position(3, 0, 0), null));
        gizmo.client.scenes().removePlacement("scn_1", "plc_1");

        RecordedRequest add = gizmo.take();
        assertThat(add.getMethod() + " " + add.getUrl().encodedPath()).isEqualTo("POST /v1/scenes/scn_1/assets");
        assertThat(body(add)).isEqualTo(json.readTree(
                "{\"asset_id\":\"ast_1\",\"position\":{\"x\":1.0,\"y\":2.0,\"z\":0.0},\"rotation\":{\"x\":0.0,\"y\":0.0,\"z\":0.0,\"w\":1.0}}"));
        RecordedRequest move = gizmo.take();
        assertThat(move.getMethod() + " " + move.getUrl().encodedPath()).isEqualTo("PATCH /v1/scenes/scn_1/assets/plc_1");
        assertThat(body(move)).isEqualTo(json.readTree("{\"position\":{\"x\":3.0,\"y\":0.0,\"z\":0.0}}"));
        RecordedRequest remove = gizmo.take();
        assertThat(remove.getMethod() + " " + remove.getUrl().encodedPath()).isEqualTo("DELETE /v1/scenes/scn_1/assets/plc_1");
    }

    @Test
    void removingAPlacementFromAServerThatAnswersNoContentFetchesTheScene() throws Exception {
        gizmo.enqueue(new MockResponse.Builder().code(204).build(), json(200, SCENE));
        assertThat(gizmo.client.scenes().removePlacement("scn_1", "plc_1").id()).isEqualTo("scn_1");
        gizmo.take();
        assertThat(gizmo.take().getRequestLine()).isEqualTo("GET /v1/scenes/scn_1 HTTP/1.1");
    }

    @Test
    void aBaseUrlWithAPrefixKeepsIt() throws Exception {
        gizmo.reconfigure(gizmo.options().baseUrl(gizmo.server.url("/team/gizmo").toString()));
        gizmo.enqueue(json(200, asset("ast_1", "ready", 100)));
        gizmo.client.assets().get("ast_1");
        assertThat(gizmo.take().getUrl().encodedPath()).isEqualTo("/team/gizmo/v1/assets/ast_1");
    }
}
