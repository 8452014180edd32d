package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.format.FloatingRoot;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A floating MJCF file (a free joint on its root body, a floor in the world body) as a viewer shows it: no free-joint
 * components among the joints or links, the bodies MuJoCo builds (without its world body) as links, and MuJoCo's
 * nv as the DOF once the free base's six are counted.
 */
class FloatingModelCountsAgreeWithMujocoTest {

    @TempDir Path dir;

    @Test
    void aFloatingModelShowsMujocosBodiesAndDofWithoutFreeJointComponents() throws IOException {
        Path file = Files.writeString(dir.resolve("walker.xml"), FloatingWalker.XML);
        MujocoGroundTruth.Model mujoco = MujocoGroundTruth.load(List.of(file)).get("walker.xml");
        assertThat(mujoco.error()).isNull();

        List<String> leftOut = new ArrayList<>();
        Articulation shown = FloatingRoot.forViewing(RobotDescriptionReader.describe(file).articulation(), leftOut);

        assertThat(shown.joints()).extracting(Joint::name).noneMatch(n -> n.startsWith("root_"));
        assertThat(shown.links()).extracting(l -> l.name()).noneMatch(n -> n.contains("root_") || n.equals("world"));
        assertThat(shown.root().name()).isEqualTo("torso");
        assertThat(shown.links()).hasSize(mujoco.zero().size() - 1); // MuJoCo's nbody counts its world body
        assertThat(FloatingRoot.isFreeBase(shown)).isTrue();
        assertThat(shown.degreesOfFreedom() + 6).isEqualTo(mujoco.nv());
        assertThat(shown.movableJoints()).hasSize(mujoco.njnt() - mujoco.nfree());
        assertThat(leftOut).singleElement().asString().contains("floor");
    }

    @Test
    void aModelFixedToTheWorldIsShownAsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("arm.xml"), FloatingWalker.XML.replace("<freejoint name=\"root\"/>", ""));
        Articulation read = RobotDescriptionReader.describe(file).articulation();
        Articulation shown = FloatingRoot.forViewing(read, new ArrayList<>());
        assertThat(shown).isSameAs(read);
        assertThat(FloatingRoot.isFreeBase(shown)).isFalse();
        assertThat(shown.link("world").orElseThrow().visuals()).as("the floor stays").isNotEmpty();
    }
}
