package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.asset;
import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.Scene;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {
    private MockGizmo gizmo;

    @BeforeEach
    void start() throws Exception {
        gizmo = new MockGizmo();
    }

    @AfterEach
    void stop() {
        gizmo.close();
    }

    private static String assets(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> asset("ast_" + i, "ready", 100))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String page(int offset, int count, int total, int limit) {
        return "{\"assets\":" + assets(offset, count) + ",\"total\":" + total + ",\"limit\":" + limit + ",\"offset\":" + offset + "}";
    }

    @Test
    void iteratesAcrossPagesOfAHundredFetchingEachOnlyWhenNeeded() throws Exception {
        gizmo.enqueue(json(200, page(0, 100, 250, 100)), json(200, page(100, 100, 250, 100)), json(200, page(200, 50, 250, 100)));
        Iterator<Asset> it = gizmo.client.assets().iterate(AssetQuery.ALL).iterator();
        assertThat(gizmo.server.getRequestCount()).isZero();
        for (int i = 0; i < 100; i++) {
            assertThat(it.next().id()).isEqualTo("ast_" + i);
        }
        assertThat(gizmo.server.getRequestCount()).isEqualTo(1);
        assertThat(it.next().id()).isEqualTo("ast_100");
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
        int rest = 0;
        while (it.hasNext()) {
            it.next();
            rest++;
        }
        assertThat(rest).isEqualTo(149);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(3);
        assertThat(List.of(gizmo.take(), gizmo.take(), gizmo.take())).extracting(r -> r.getUrl().query())
                .containsExactly("limit=100&offset=0", "limit=100&offset=100", "limit=100&offset=200");
    }

    @Test
    void aStreamStopsFetchingOnceItHasEnough() {
        gizmo.enqueue(json(200, page(0, 3, 9, 3)), json(200, page(3, 3, 9, 3)), json(200, page(6, 3, 9, 3)));
        List<String> ids = gizmo.client.assets().stream(AssetQuery.ALL.withLimit(3).withStatus(io.gizmostudio.api.AssetStatus.READY))
                .limit(4).map(Asset::id).toList();
        assertThat(ids).containsExactly("ast_0", "ast_1", "ast_2", "ast_3");
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anExactMultipleOfThePageSizeNeedsNoEmptyExtraPage() {
        gizmo.enqueue(json(200, page(0, 2, 4, 2)), json(200, page(2, 2, 4, 2)));
        assertThat(gizmo.client.assets().stream(AssetQuery.ALL.withLimit(2)).count()).isEqualTo(4);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void withoutATotalItemsOrDataKeysArePagedUntilAShortPage() {
        gizmo.enqueue(json(200, "{\"items\":" + assets(0, 2) + "}"), json(200, "{\"data\":" + assets(2, 1) + "}"));
        assertThat(gizmo.client.assets().stream(AssetQuery.ALL.withLimit(2)).map(Asset::id))
                .containsExactly("ast_0", "ast_1", "ast_2");
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anEmptyPageEndsTheWalkEvenIfTheTotalPromisedMore() {
        gizmo.enqueue(json(200, page(0, 2, 10, 2)), json(200, "{\"assets\":[],\"total\":10,\"limit\":2,\"offset\":2}"));
        assertThat(gizmo.client.assets().stream(AssetQuery.ALL.withLimit(2)).count()).isEqualTo(2);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void scenesPageTheSameWay() {
        String scene = "{\"id\":\"scn_%d\",\"name\":\"s\",\"description\":null,\"created_at\":\"2025-03-01T12:00:00Z\"}";
        gizmo.enqueue(json(200, "{\"scenes\":[" + String.format(scene, 0) + "," + String.format(scene, 1) + "],\"total\":3,\"limit\":2,\"offset\":0}"),
                json(200, "{\"scenes\":[" + String.format(scene, 2) + "],\"total\":3,\"limit\":2,\"offset\":2}"));
        assertThat(gizmo.client.scenes().stream(SceneQuery.ALL.withLimit(2)).map(Scene::id))
                .containsExactly("scn_0", "scn_1", "scn_2");
    }

    @Test
    void aListWithoutTotalReportsTheEndOfThisPage() {
        gizmo.enqueue(json(200, "{\"items\":" + assets(0, 2) + "}"));
        assertThat(gizmo.client.assets().list(AssetQuery.ALL.withOffset(10)).total()).isEqualTo(12);
    }
}
