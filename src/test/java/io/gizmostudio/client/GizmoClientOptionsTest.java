package io.gizmostudio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GizmoClientOptionsTest {

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:8787,            http://127.0.0.1:8787/v1/",
            "http://127.0.0.1:8787/,           http://127.0.0.1:8787/v1/",
            "http://127.0.0.1:8787/v1,         http://127.0.0.1:8787/v1/",
            "http://127.0.0.1:8787/v1/,        http://127.0.0.1:8787/v1/",
            "https://api.gizmo.antimlabs.com/v1, https://api.gizmo.antimlabs.com/v1/",
            "https://team.example/gizmo,       https://team.example/gizmo/v1/",
            "https://team.example/gizmo/v1?x=1, https://team.example/gizmo/v1/"})
    void baseUrlIsNormalisedToEndInV1Slash(String given, String expected) {
        assertThat(GizmoClientOptions.builder().baseUrl(given).build().baseUrl()).hasToString(expected);
    }

    @Test
    void aBaseUrlMustBeHttp() {
        assertThatThrownBy(() -> GizmoClientOptions.builder().baseUrl("ftp://x").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void environmentDefaultsToTheLocalEngineWithoutAKey() {
        GizmoClientOptions o = GizmoClientOptions.fromEnvironment(Map.of()).build();
        assertThat(o.baseUrl()).hasToString("http://127.0.0.1:8787/v1/");
        assertThat(o.apiKey()).isEmpty();
        assertThat(o.pollSchedule()).isEqualTo(PollSchedule.LOCAL);
    }

    @Test
    void environmentSuppliesUrlAndKey() {
        GizmoClientOptions o = GizmoClientOptions.fromEnvironment(Map.of(
                "GIZMO_BASE_URL", "https://api.gizmo.antimlabs.com", "GIZMO_API_KEY", " gzm_k1_abcdefghijklmnop ")).build();
        assertThat(o.baseUrl()).hasToString("https://api.gizmo.antimlabs.com/v1/");
        assertThat(o.apiKey()).isPresent();
        assertThat(o.pollSchedule()).isEqualTo(PollSchedule.REMOTE);
    }

    @Test
    void userAgentNamesTheApp() {
        assertThat(GizmoClientOptions.builder().build().userAgent()).matches("GizmoStudio/\\S+ \\(Java\\)");
    }

    @Test
    void toStringAndToBuilderKeepTheKeyHidden() {
        String key = "gzm_k1_verysecretvalue_7f3a";
        GizmoClientOptions o = GizmoClientOptions.builder().apiKey(key).build();
        assertThat(o.toString()).doesNotContain(key).doesNotContain("verysecret").contains("gzm_…7f3a");
        GizmoClientOptions copy = o.toBuilder().build();
        assertThat(copy.apiKey().orElseThrow().masked()).isEqualTo("gzm_…7f3a");
        try (GizmoClient client = new GizmoClient(o)) {
            assertThat(client.toString()).doesNotContain("verysecret").contains("gzm_…7f3a");
        }
    }
}
