package io.gizmostudio.core.format.urdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.SceneModel;
import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.format.TestArticulations;
import io.gizmostudio.core.format.xml.XmlProbe;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class UrdfWriterTest {
    private final UrdfWriter writer = new UrdfWriter();

    private XmlProbe asset(io.gizmostudio.core.model.Articulation a) {
        return new XmlProbe(writer.writeAsset(a).entryText());
    }

    @Test
    void materialsAreDeclaredOnceAtTheTopAndReferencedByName() {
        XmlProbe x = asset(TestArticulations.kitchenSink());
        assertThat(x.all("/robot/material")).extracting(e -> e.getAttribute("name")).containsExactly("red__paint_", "glass_clear_");
        assertThat(x.one("/robot/material[@name='glass_clear_']/color").getAttribute("rgba")).isEqualTo("0.7 0.8 0.9 0.4");
        for (Element m : x.all("/robot/link/visual/material")) {
            assertThat(m.hasAttribute("name")).isTrue();
            assertThat(m.getChildNodes().getLength()).isZero();
        }
    }

    @Test
    void everyLinkHasAnInertialWithSixTensorValues() {
        XmlProbe x = asset(TestArticulations.arm());
        assertThat(x.all("/robot/link")).hasSize(8);
        assertThat(x.all("/robot/link/inertial")).hasSize(8);
        Element upper = x.one("/robot/link[@name='upper_arm']/inertial");
        assertThat(Double.parseDouble(upper.getElementsByTagName("mass").item(0).getAttributes().getNamedItem("value").getNodeValue()))
                .isCloseTo(TestArticulations.arm().link("upper_arm").orElseThrow().inertial().mass(), within(1e-6));
        Element inertia = (Element) upper.getElementsByTagName("inertia").item(0);
        for (String k : List.of("ixx", "ixy", "ixz", "iyy", "iyz", "izz")) {
            assertThat(inertia.hasAttribute(k)).as(k).isTrue();
        }
    }

    @Test
    void capsulesBecomeACylinderAndTwoSpheres() {
        XmlProbe x = asset(TestArticulations.kitchenSink());
        List<Element> visuals = x.all("/robot/link[@name='turret']/visual");
        assertThat(visuals).extracting(e -> e.getAttribute("name")).containsExactly("turret_0_cylinder", "turret_0_cap0", "turret_0_cap1");
        assertThat(x.one("/robot/link[@name='turret']/visual[@name='turret_0_cylinder']/geometry/cylinder").getAttribute("length")).isEqualTo("0.1");
        assertThat(x.one("/robot/link[@name='turret']/visual[@name='turret_0_cap1']/origin").getAttribute("xyz")).isEqualTo("0 0 0.13");
        assertThat(x.all("/robot/link[@name='turret']/collision")).hasSize(3);
    }

    @Test
    void jointsCarryAxisLimitsDynamicsAndMimic() {
        XmlProbe x = asset(TestArticulations.kitchenSink());
        Element yaw = x.one("/robot/joint[@name='turret_yaw']");
        assertThat(yaw.getAttribute("type")).isEqualTo("continuous");
        Element yawLimit = (Element) yaw.getElementsByTagName("limit").item(0);
        assertThat(yawLimit.hasAttribute("lower")).isFalse();
        assertThat(yawLimit.getAttribute("effort")).isEqualTo("20");
        Element slide = x.one("/robot/joint[@name='slide']");
        assertThat(((Element) slide.getElementsByTagName("limit").item(0)).getAttribute("lower")).isEqualTo("-0.02");
        assertThat(((Element) slide.getElementsByTagName("dynamics").item(0)).getAttribute("friction")).isEqualTo("0.5");
        Element mimic = x.one("/robot/joint[@name='slide_follower']/mimic");
        assertThat(mimic.getAttribute("joint")).isEqualTo("slide");
        assertThat(mimic.getAttribute("multiplier")).isEqualTo("-1");
        assertThat(x.one("/robot/joint[@name='mesh_mount_']").getAttribute("type")).isEqualTo("fixed");
        assertThat(x.all("/robot/joint[@name='mesh_mount_']/axis")).isEmpty();
        assertThat(x.one("/robot/joint[@name='flip']/axis").getAttribute("xyz")).isEqualTo("0 -1 0");
    }

    @Test
    void meshesUsePlainRelativePaths() {
        ExportedModel m = writer.writeAsset(TestArticulations.kitchenSink());
        XmlProbe x = new XmlProbe(m.entryText());
        assertThat(x.all("//mesh")).extracting(e -> e.getAttribute("filename")).containsOnly("meshes/bracket_prism.stl");
        assertThat(m.entryText()).doesNotContain("package://");
        assertThat(m.file("meshes/bracket_prism.stl")).isPresent();
        assertThat(x.one("/robot/mujoco/compiler").getAttribute("meshdir")).isEqualTo("meshes");
    }

    @Test
    void originsAreXyzAndRollPitchYaw() {
        XmlProbe x = asset(TestArticulations.kitchenSink());
        double[] rpy = XmlProbe.numbers(x.one("/robot/joint[@name='mesh_mount_']/origin").getAttribute("rpy"));
        assertThat(rpy).containsExactly(new double[] {0, 0, 0.3}, within(1e-9));
    }

    @Test
    void aSceneAttachesEveryPartToTheWorldAtItsPose() {
        Quat turn = Quat.fromAxisAngle(Vec3.UNIT_Z, 1.0);
        SceneModel scene = new SceneModel("shop", List.of(
                new ScenePart("gripper", TestArticulations.gripper(), new Pose(new Vec3(1, 2, 0), turn)),
                new ScenePart("cabinet", TestArticulations.drawerCabinet(), Pose.IDENTITY)));
        ExportedModel m = writer.writeScene(scene);
        assertThat(m.entrypoint()).isEqualTo("scene.urdf");
        XmlProbe x = new XmlProbe(m.entryText());
        assertThat(x.all("/robot/link[@name='world']")).hasSize(1);
        Element mount = x.one("/robot/joint[@name='gripper_mount']");
        assertThat(mount.getAttribute("type")).isEqualTo("fixed");
        assertThat(((Element) mount.getElementsByTagName("child").item(0)).getAttribute("link")).isEqualTo("gripper_base");
        assertThat(((Element) mount.getElementsByTagName("origin").item(0)).getAttribute("xyz")).isEqualTo("1 2 0");
        assertThat(((Element) mount.getElementsByTagName("origin").item(0)).getAttribute("rpy")).isEqualTo("0 0 1");
        assertThat(x.one("/robot/joint[@name='gripper_finger_right_joint']/mimic").getAttribute("joint")).isEqualTo("gripper_finger_left_joint");
        assertThat(x.all("/robot/joint[@name='cabinet_mount']")).hasSize(1);
    }

    @Test
    void anEmptySceneIsTheWorldLinkAlone() {
        XmlProbe x = new XmlProbe(writer.writeScene(new SceneModel("empty", List.of())).entryText());
        assertThat(x.all("/robot/link")).extracting(e -> e.getAttribute("name")).containsExactly("world");
        assertThat(x.all("/robot/joint")).isEmpty();
    }

    @Test
    void writingTwiceGivesIdenticalBytes() {
        assertThat(writer.writeAsset(TestArticulations.kitchenSink())).isEqualTo(writer.writeAsset(TestArticulations.kitchenSink()));
    }
}
