package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.PrincipalInertial;
import io.gizmostudio.core.format.SceneModel;
import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.format.TestArticulations;
import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.format.xml.XmlProbe;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.InvalidArticulationException;
import io.gizmostudio.core.format.DecimalText;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class MjcfWriterTest {
    private final MjcfWriter writer = new MjcfWriter();

    private XmlProbe asset(Articulation a) {
        return new XmlProbe(writer.writeAsset(a).entryText());
    }

    @Test
    void bodiesNestAlongTheJointTreeAndTheRootIsWeldedToTheWorld() {
        XmlProbe x = asset(TestArticulations.arm());
        assertThat(x.all("/mujoco/worldbody/body")).hasSize(1);
        Element root = x.one("/mujoco/worldbody/body");
        assertThat(root.getAttribute("name")).isEqualTo("base");
        assertThat(x.all("/mujoco/worldbody/body/joint")).isEmpty();
        assertThat(x.one("//body[@name='flange']/parent::body").getAttribute("name")).isEqualTo("wrist_3");
        assertThat(x.all("//body[@name='flange']/joint")).as("a fixed joint is a weld").isEmpty();
        assertThat(x.one("//body[@name='forearm']").getAttribute("pos")).isEqualTo("0 0 0.425");
    }

    @Test
    void movableJointsCarryExplicitLimitsDampingAndArmature() {
        Articulation arm = TestArticulations.arm();
        XmlProbe x = asset(arm);
        assertThat(x.all("//joint[@type='hinge']")).hasSize(6);
        Element elbow = x.one("//joint[@name='elbow']");
        assertThat(elbow.getAttribute("limited")).isEqualTo("true");
        assertThat(elbow.getAttribute("range")).isEqualTo("-2.6 2.6");
        assertThat(elbow.getAttribute("axis")).isEqualTo("0 1 0");
        Joint j = arm.joint("elbow").orElseThrow();
        // the joint carries the mechanism's passive damping only; the servo's kv is in its actuator
        assertThat(Double.parseDouble(elbow.getAttribute("damping"))).isCloseTo(j.dynamics().damping(), within(1e-9));
        assertThat(Double.parseDouble(elbow.getAttribute("frictionloss"))).isEqualTo(j.dynamics().friction());
        double dt = MjcfJointTuning.TIMESTEP;
        assertThat(Double.parseDouble(elbow.getAttribute("armature"))).isGreaterThanOrEqualTo(4 * j.drive().stiffness() * dt * dt - 1e-12)
                .isGreaterThanOrEqualTo(j.drive().damping() * dt - 1e-12);
    }

    @Test
    void continuousJointsAreUnlimitedHingesAndPrismaticJointsSlide() {
        XmlProbe x = asset(TestArticulations.kitchenSink());
        Element yaw = x.one("//joint[@name='turret_yaw']");
        assertThat(yaw.getAttribute("type")).isEqualTo("hinge");
        assertThat(yaw.getAttribute("limited")).isEqualTo("false");
        assertThat(yaw.hasAttribute("range")).isFalse();
        Element slide = x.one("//joint[@name='slide']");
        assertThat(slide.getAttribute("type")).isEqualTo("slide");
        assertThat(slide.getAttribute("axis")).isEqualTo("0 0.6 0.8");
        assertThat(x.one("//joint[@name='tilt__joint_']").getAttribute("axis"))
                .isEqualTo("0.5773502692 0.5773502692 0.5773502692");
    }

    @Test
    void everyDrivenJointGetsAPositionServoWithItsGainsLimitedControlAndForce() {
        Articulation arm = TestArticulations.arm();
        XmlProbe x = asset(arm);
        List<Element> servos = x.all("/mujoco/actuator/general");
        assertThat(servos).hasSize(6);
        Element pan = x.one("/mujoco/actuator/general[@joint='shoulder_pan']");
        Joint j = arm.joint("shoulder_pan").orElseThrow();
        // <position kp kv> as MuJoCo 2.2.2 also reads it: force = kp·ctrl − kp·q − kv·q̇
        assertThat(pan.getAttribute("gaintype")).isEqualTo("fixed");
        assertThat(pan.getAttribute("biastype")).isEqualTo("affine");
        assertThat(pan.getAttribute("gainprm")).isEqualTo("4000");
        assertThat(pan.getAttribute("biasprm")).isEqualTo(DecimalText.of(0, -4000, -j.drive().damping()));
        assertThat(pan.getAttribute("ctrllimited")).isEqualTo("true");
        assertThat(pan.getAttribute("ctrlrange")).isEqualTo("-3.141592654 3.141592654");
        assertThat(pan.getAttribute("forcelimited")).isEqualTo("true");
        assertThat(pan.getAttribute("forcerange")).isEqualTo("-150 150");
        assertThat(servos).allSatisfy(s -> assertThat(s.hasAttribute("kv")).as("2.2.2 has no kv").isFalse());
    }

    @Test
    void mimicJointsBecomeJointEqualitiesAndAreNotActuated() {
        XmlProbe x = asset(TestArticulations.gripper());
        Element eq = x.one("/mujoco/equality/joint");
        assertThat(eq.getAttribute("joint1")).isEqualTo("finger_right_joint");
        assertThat(eq.getAttribute("joint2")).isEqualTo("finger_left_joint");
        assertThat(eq.getAttribute("polycoef")).isEqualTo("0 1 0 0 0");
        assertThat(x.all("/mujoco/actuator/general")).extracting(e -> e.getAttribute("joint")).containsExactly("finger_left_joint");
    }

    @Test
    void contactsAreExcludedAcrossEveryMovableJointIncludingWeldedNeighbours() {
        XmlProbe x = asset(TestArticulations.drawerCabinet());
        Set<String> pairs = new HashSet<>();
        for (Element e : x.all("/mujoco/contact/exclude")) {
            pairs.add(e.getAttribute("body1") + "|" + e.getAttribute("body2"));
        }
        assertThat(pairs).containsExactlyInAnyOrder("carcass|drawer", "carcass|drawer_handle", "carcass|door");
    }

    @Test
    void inertiaIsPrincipalAndNeverBelowTheFloors() {
        XmlProbe x = asset(TestArticulations.kitchenSink());
        for (Element in : x.all("//inertial")) {
            assertThat(Double.parseDouble(in.getAttribute("mass"))).isGreaterThanOrEqualTo(PrincipalInertial.MIN_MASS);
            double[] d = XmlProbe.numbers(in.getAttribute("diaginertia"));
            assertThat(java.util.Arrays.stream(d).min().orElseThrow()).isGreaterThanOrEqualTo(PrincipalInertial.MIN_MOMENT);
            double[] s = d.clone();
            java.util.Arrays.sort(s);
            assertThat(s[2]).isLessThanOrEqualTo(s[0] + s[1] + 1e-12);
        }
        assertThat(x.one("//body[@name='link_a']/inertial").getAttribute("quat")).isNotEmpty();
    }

    @Test
    void geomsSplitIntoCollidingCollisionAndNonCollidingVisualClasses() {
        XmlProbe x = asset(TestArticulations.kitchenSink());
        assertThat(x.one("//default[@class='gizmo_visual']/geom").getAttribute("contype")).isEqualTo("0");
        assertThat(x.one("//default[@class='gizmo_visual']/geom").getAttribute("conaffinity")).isEqualTo("0");
        assertThat(x.one("//default[@class='gizmo_visual']/geom").getAttribute("group")).isEqualTo("1");
        assertThat(x.one("//default[@class='gizmo_collision']/geom").getAttribute("contype")).isEqualTo("1");
        Element capsule = x.one("//geom[@name='turret_0_visual']");
        assertThat(capsule.getAttribute("type")).isEqualTo("capsule");
        assertThat(capsule.getAttribute("size")).isEqualTo("0.03 0.05");
        assertThat(capsule.getAttribute("material")).isEqualTo("red__paint_");
        assertThat(x.one("//asset/material[@name='glass_clear_']").getAttribute("rgba")).isEqualTo("0.7 0.8 0.9 0.4");
    }

    @Test
    void meshesAreWrittenAsBinaryStlAndReferencedFromTheAssetSection() {
        ExportedModel m = writer.writeAsset(TestArticulations.kitchenSink());
        XmlProbe x = new XmlProbe(m.entryText());
        Element mesh = x.one("//asset/mesh");
        assertThat(mesh.getAttribute("file")).isEqualTo("meshes/bracket_prism.stl");
        assertThat(x.all("//geom[@mesh='" + mesh.getAttribute("name") + "']")).hasSize(2);
        byte[] stl = m.file("meshes/bracket_prism.stl").orElseThrow().content();
        int triangles = ByteBuffer.wrap(stl, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(triangles).isEqualTo(TestArticulations.prism().triangleCount());
        assertThat(stl).hasSize(84 + 50 * triangles);
        assertThat(m.files()).extracting(BundleEntry::path).containsExactly("asset.xml", "meshes/bracket_prism.stl");
    }

    @Test
    void namesAreSanitisedUniqueAndTextIsEscaped() {
        String text = writer.writeAsset(TestArticulations.kitchenSink()).entryText();
        XmlProbe x = new XmlProbe(text);
        assertThat(x.one("/mujoco").getAttribute("model")).isEqualTo("kitchen <sink> & \"co\"");
        assertThat(x.all("//body")).extracting(e -> e.getAttribute("name"))
                .contains("base_link", "link_a", "link_a_2").allMatch(n -> n.matches("[A-Za-z_][A-Za-z0-9_]*"));
        List<String> geoms = x.all("/mujoco/worldbody//geom").stream().map(e -> e.getAttribute("name")).toList();
        assertThat(geoms).doesNotHaveDuplicates();
        assertThat(text).contains("<!-- gizmo prompt: a &quot;weird&quot; &lt;thing&gt; - - with &amp; everything -->");
    }

    @Test
    void onlyAttributesMuJoCo222KnowsAreWritten() {
        String text = writer.writeAsset(TestArticulations.kitchenSink()).entryText();
        assertThat(text).doesNotContain("<frame", "autolimits", "kv=", "actuatorfrcrange", "gravcomp", "implicitfast");
        XmlProbe x = new XmlProbe(text);
        assertThat(x.one("/mujoco/option").getAttribute("timestep")).isEqualTo("0.002");
        for (Element j : x.all("//joint[@range]")) {
            assertThat(j.getAttribute("limited")).isEqualTo("true");
        }
    }

    @Test
    void aSceneHasAFloorALightAndEachPartPrefixedAtItsPose() {
        SceneModel scene = new SceneModel("cell", List.of(
                new ScenePart("left arm", TestArticulations.arm(), Pose.of(-0.5, 0, 0)),
                new ScenePart("right arm", TestArticulations.arm(), new Pose(new Vec3(0.5, 0, 0), Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI)))));
        ExportedModel m = writer.writeScene(scene);
        assertThat(m.entrypoint()).isEqualTo("scene.xml");
        XmlProbe x = new XmlProbe(m.entryText());
        assertThat(x.one("/mujoco/worldbody/geom[@name='floor']").getAttribute("type")).isEqualTo("plane");
        assertThat(x.all("/mujoco/worldbody/light")).hasSize(1);
        assertThat(x.all("/mujoco/worldbody/body")).extracting(e -> e.getAttribute("name")).containsExactly("left_arm_base", "right_arm_base");
        assertThat(x.one("//body[@name='right_arm_base']").getAttribute("pos")).isEqualTo("0.5 0 0");
        assertThat(x.one("//body[@name='right_arm_base']").getAttribute("quat")).isEqualTo("0 0 0 1");
        assertThat(x.all("//joint[@name='right_arm_elbow']")).hasSize(1);
        assertThat(x.all("/mujoco/actuator/general")).hasSize(12);
    }

    @Test
    void anEmptySceneIsAWorldWithAFloor() {
        XmlProbe x = new XmlProbe(writer.writeScene(new SceneModel("empty", List.of())).entryText());
        assertThat(x.all("/mujoco/worldbody/geom[@name='floor']")).hasSize(1);
        assertThat(x.all("//body")).isEmpty();
        assertThat(x.all("/mujoco/actuator")).isEmpty();
    }

    @Test
    void writingTwiceGivesIdenticalBytes() {
        ExportedModel a = writer.writeAsset(TestArticulations.kitchenSink());
        ExportedModel b = writer.writeAsset(TestArticulations.kitchenSink());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void anInvalidArticulationIsRefused() {
        Articulation broken = TestArticulations.gripper().withJoints(List.of());
        assertThatThrownBy(() -> writer.writeAsset(broken)).isInstanceOf(InvalidArticulationException.class);
    }

    @Test
    void jointCountIsTheMovableJoints() {
        assertThat(writer.jointCount(TestArticulations.arm())).isEqualTo(6);
        assertThat(writer.jointCount(TestArticulations.drawerCabinet())).isEqualTo(2);
    }
}
