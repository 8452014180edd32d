package io.gizmostudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.generate.PromptParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetParamsTest {
    @Test
    void aParsedPromptReadsAsItsFamilyAndValuesWithItsAttachments() {
        Map<String, Object> params = new PromptParser()
                .parse("a UR10-style arm with a suction gripper with 4 suction cups").describe();

        String reading = AssetParams.reading(params);

        assertThat(reading).startsWith("robot arm · ").contains("reference UR10").contains("reach 1.30 m")
                .contains("payload 10 kg").endsWith("with a suction gripper (cups 4)");
    }

    @Test
    void ignoredWordsOfTheAssetAndItsAttachmentsAreAllListed() {
        Map<String, Object> params = Map.of("family", "mobile_base", "ignored", List.of("wall-mounted"),
                "attachments", List.of(Map.of("family", "robot_arm", "ignored", List.of("opened at 90°"))));

        assertThat(AssetParams.ignored(params)).containsExactly("wall-mounted", "opened at 90°");
        assertThat(AssetParams.detailLines(params)).first().isEqualTo("Not honoured: wall-mounted, opened at 90°");
    }

    @Test
    void initialStatesAndNotesReadInUnits() {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("family", "door");
        params.put("initial_open_deg", 110.0);
        params.put("initial_open_fraction", 0.5);
        params.put("notes", List.of("reach 3 m is more than this family makes; built 2.5 m"));

        assertThat(AssetParams.reading(params)).isEqualTo("door · initial open 110° · initial open 50 %");
        assertThat(AssetParams.detailLines(params)).containsExactly(
                "Adapted: reach 3 m is more than this family makes; built 2.5 m",
                "Understood as: door · initial open 110° · initial open 50 %");
    }

    @Test
    void paramsWithoutAFamilySayNothing() {
        assertThat(AssetParams.reading(null)).isEmpty();
        assertThat(AssetParams.reading(Map.of("reach_m", 1.0))).isEmpty();
        assertThat(AssetParams.detailLines(null)).isEmpty();
    }
}
