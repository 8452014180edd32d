package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.format.mjcf.MjcfWriter;
import io.gizmostudio.core.format.urdf.UrdfWriter;
import io.gizmostudio.core.format.usd.UsdWriter;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.scene.FloorRest;
import io.gizmostudio.core.scene.Mobility;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which assets float on their own and how each format says it; the physics is in FreeAssetPhysicsTest. */
class FreeFloatingExportTest {
    private static final AssetGenerator GENERATOR = new AssetGenerator();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"a cardboard box, FREE", "a plastic bin, FREE", "a wooden crate, FREE", "a toolbox, FREE", "a laptop, FREE",
            "an AGV, FREE", "a rover, FREE", "a steel cabinet with 2 drawers, FIXED", "a 6-DOF arm, FIXED", "a roller conveyor, FIXED"})
    void mobileBasesAndLooseObjectsFloatByDefault(String prompt, Mobility expected) {
        Articulation a = GENERATOR.generate(prompt, 0).articulation();
        assertThat(Mobility.of(a)).isEqualTo(expected);
        assertThat(Mobility.of(GENERATOR.generate(prompt, 0, true).articulation())).isEqualTo(Mobility.FIXED);
        String mjcf = new MjcfWriter().writeAsset(a).entryText();
        assertThat(mjcf.contains("<freejoint")).isEqualTo(expected == Mobility.FREE);
        assertThat(new UsdWriter().writeAsset(a).entryText().contains("root_joint")).isEqualTo(expected == Mobility.FIXED);
    }

    @Test
    void theFreeRootStartsWithItsLowestCollisionPointOnTheFloor() {
        Articulation a = GENERATOR.generate("an AGV", 0).articulation();
        String mjcf = new MjcfWriter().writeAsset(a).entryText();
        Matcher root = Pattern.compile("<body name=\"chassis\"(?: pos=\"([^\"]*)\")?").matcher(mjcf);
        assertThat(root.find()).isTrue();
        double z = root.group(1) == null ? 0 : Double.parseDouble(root.group(1).split(" ")[2]);
        assertThat(z).isCloseTo(-FloorRest.lowestCollisionZ(a), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(mjcf.indexOf("<freejoint")).isGreaterThan(root.start());
    }

    @Test
    void jointCountsFollowTheBase() {
        Articulation box = GENERATOR.generate("a cardboard box", 0).articulation();
        Articulation welded = GENERATOR.generate("a cardboard box", 0, true).articulation();
        assertThat(new MjcfWriter().jointCount(box)).isEqualTo(1);
        assertThat(new MjcfWriter().jointCount(welded)).isZero();
        assertThat(new UsdWriter().jointCount(box)).isZero();
        assertThat(new UsdWriter().jointCount(welded)).isEqualTo(1);
        assertThat(new UsdWriter().writeAsset(box).entryText()).doesNotContain("PhysicsArticulationRootAPI");
    }

    @Test
    void eachFormatReportsHowTheBaseWasExported() {
        Articulation base = GENERATOR.generate("an AGV", 0).articulation();
        assertThat(new MjcfWriter().writeAsset(base).report()).singleElement().asString().contains("<freejoint>");
        assertThat(new UsdWriter().writeAsset(base).report()).singleElement().asString().contains("floating articulation");
        assertThat(new UrdfWriter().writeAsset(base).report()).singleElement().asString().contains("Fix Base Link");
    }
}
