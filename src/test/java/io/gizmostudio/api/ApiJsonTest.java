package io.gizmostudio.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiJsonTest {
    private final ObjectMapper json = ApiJson.newMapper();

    @Test
    void assetWritesSnakeCaseIsoTimestampsAndOmitsAbsentFields() throws Exception {
        Asset a = new Asset("ast_1", AssetStatus.PENDING, "arm", "a robot arm", Instant.parse("2024-11-12T09:41:00Z"),
                null, List.of(), List.of("v2"), 0, null, null, null, null);
        String text = json.writeValueAsString(a);
        assertThat(text).contains("\"created_at\":\"2024-11-12T09:41:00Z\"", "\"export_formats\":[]", "\"status\":\"pending\"")
                .doesNotContain("updated_at", "\"error\"", "stats");
        assertThat(json.readValue(text, Asset.class)).isEqualTo(a);
    }

    @Test
    void readsEpochSecondsAndOffsetTimestampsAndIgnoresUnknownFields() throws Exception {
        Asset a = json.readValue("{\"id\":\"x\",\"status\":\"succeeded\",\"created_at\":1717800000,"
                + "\"updated_at\":\"2024-06-08T00:40:00+02:00\",\"shiny\":true}", Asset.class);
        assertThat(a.status()).isEqualTo(AssetStatus.READY);
        assertThat(a.createdAt()).isEqualTo(Instant.ofEpochSecond(1717800000));
        assertThat(a.updatedAt()).isEqualTo(Instant.parse("2024-06-07T22:40:00Z"));
        assertThat(a.tags()).isEmpty();
    }

    @Test
    void sceneKeepsNullDescriptionOnTheWire() throws Exception {
        Scene s = new Scene("scn_1", "Cell", null, Instant.EPOCH, null, List.of());
        assertThat(json.writeValueAsString(s)).contains("\"description\":null", "\"assets\":[]");
    }

    @Test
    void sceneSummaryReadsPlacementCountAndLeavesItNullWhenAbsent() throws Exception {
        Scene counted = json.readValue("{\"id\":\"scn_1\",\"name\":\"Cell\",\"placement_count\":7}", Scene.class);
        Scene alpha = json.readValue("{\"id\":\"scn_2\",\"name\":\"Cell\"}", Scene.class);
        assertThat(counted.placementCount()).isEqualTo(7);
        assertThat(alpha.placementCount()).isNull();
        assertThat(json.writeValueAsString(alpha)).doesNotContain("placement_count");
    }

    @ParameterizedTest
    @CsvSource({"queued,PENDING", "running,PROCESSING", "succeeded,READY", "cancelled,FAILED", "ready,READY", "FAILED,FAILED"})
    void statusReadsBothVariants(String wire, AssetStatus expected) {
        assertThat(AssetStatus.fromWire(wire)).isEqualTo(expected);
    }

    @Test
    void unknownStatusIsAnError() {
        assertThatThrownBy(() -> AssetStatus.fromWire("melting")).hasMessageContaining("melting");
    }

    @Test
    void errorBodyParsesFlatAndNestedShapes() throws Exception {
        assertThat(ErrorBody.parse(json.readTree("{\"error\":\"not_found\",\"code\":\"asset_not_found\",\"message\":\"No asset\"}")))
                .contains(new ErrorBody("not_found", "asset_not_found", "No asset"));
        assertThat(ErrorBody.parse(json.readTree("{\"error\":{\"code\":\"scene_not_found\",\"message\":\"gone\",\"status\":404}}")))
                .contains(new ErrorBody("scene_not_found", "scene_not_found", "gone"));
        assertThat(ErrorBody.parse(json.readTree("{\"assets\":[]}"))).isEmpty();
        assertThat(ErrorBody.parse(json.readTree("[1,2]"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"mjcf,mujoco_mjcf", "MUJOCO_MJCF,mujoco_mjcf", "urdf,isaac_sim_urdf", "usd,isaac_sim_usd", "isaac_sim_usd,isaac_sim_usd"})
    void exportFormatAliasesAreCanonicalised(String in, String canonical) {
        assertThat(ExportFormats.canonical(in)).contains(canonical);
    }

    @Test
    void sdfIsNotAnAlphaFormat() {
        assertThat(ExportFormats.canonical("sdf")).isEmpty();
    }

    @Test
    void paramsSurviveARoundTrip() throws Exception {
        Asset a = new Asset("ast_2", AssetStatus.READY, "c", "p", Instant.EPOCH, Instant.EPOCH, List.of("mujoco_mjcf"),
                List.of(), 100, null, new AssetStats(3, 2, 2, 12.5, new BoundingBox(Position.ORIGIN, new Position(1, 2, 3))),
                Map.of("family", "cabinet", "drawers", 3), 7L);
        assertThat(json.readValue(json.writeValueAsString(a), Asset.class)).isEqualTo(a);
    }
}
