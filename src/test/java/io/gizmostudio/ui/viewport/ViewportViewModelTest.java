package io.gizmostudio.ui.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.JointType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewportViewModelTest {
    private static final Articulation ARM = new AssetGenerator().generate("a 6-DOF robot arm with a parallel-jaw gripper", 1).articulation();
    private static final Articulation CABINET = new AssetGenerator().generate("a steel cabinet with 2 doors and 3 drawers", 1).articulation();

    private static JointSliderViewModel slider(ViewportViewModel vm, String name) {
        return vm.joints().sliders().stream().filter(s -> s.jointName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void oneSliderPerIndependentMovableJoint() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(ARM);
        long independent = ARM.movableJoints().stream().filter(j -> j.mimic() == null).count();
        assertThat(vm.joints().sliders()).hasSize((int) independent);
        assertThat(vm.joints().sliders()).extracting(JointSliderViewModel::jointName).contains("elbow_joint")
                .doesNotContain("gripper_finger_right_joint");
    }

    @Test
    void sliderRangeComesFromLimitsAndValueReadsInDegrees() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(ARM);
        JointSliderViewModel elbow = slider(vm, "elbow_joint");
        assertThat(elbow.min()).isCloseTo(-2.7, within(1e-9));
        assertThat(elbow.max()).isCloseTo(2.7, within(1e-9));
        elbow.positionProperty().set(Math.PI / 2);
        assertThat(elbow.valueTextProperty().get()).isEqualTo("90.0°");
        elbow.positionProperty().set(10);
        assertThat(elbow.positionProperty().get()).isCloseTo(2.7, within(1e-9));
    }

    @Test
    void prismaticValueReadsInMillimetres() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(CABINET);
        JointSliderViewModel drawer = vm.joints().sliders().stream().filter(s -> s.type() == JointType.PRISMATIC).findFirst().orElseThrow();
        drawer.positionProperty().set(0.25);
        assertThat(drawer.valueTextProperty().get()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f mm", Math.min(0.25, drawer.max()) * 1000));
    }

    @Test
    void continuousJointGetsAFullTurn() {
        Articulation wheel = new Articulation("w", List.of(link("a"), link("b")), List.of(new io.gizmostudio.core.model.Joint("spin",
                JointType.CONTINUOUS, "a", "b", io.gizmostudio.core.model.Pose.IDENTITY, null, null, null, null, null)));
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(wheel);
        assertThat(slider(vm, "spin").min()).isEqualTo(-Math.PI);
        assertThat(slider(vm, "spin").max()).isEqualTo(Math.PI);
    }

    private static io.gizmostudio.core.model.Link link(String name) {
        return new io.gizmostudio.core.model.Link(name, List.of(), List.of(), io.gizmostudio.core.model.Inertial.NONE);
    }

    @Test
    void movingASliderPublishesThePoseAndResetPublishesOnce() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(ARM);
        List<Map<String, Double>> published = new ArrayList<>();
        vm.joints().poseProperty().addListener((obs, old, now) -> published.add(now));
        vm.joints().setPosition("elbow_joint", 1.0);
        vm.joints().setPosition("wrist_1_joint", -0.5);
        assertThat(vm.joints().poseProperty().get()).containsEntry("elbow_joint", 1.0).containsEntry("wrist_1_joint", -0.5);
        published.clear();
        vm.joints().resetPose();
        assertThat(published).hasSize(1);
        assertThat(vm.joints().poseProperty().get().get("elbow_joint")).isEqualTo(0.0);
    }

    @Test
    void togglesStartWithVisualOnlyAndCanBeFlipped() {
        ViewportViewModel vm = new ViewportViewModel();
        assertThat(vm.showVisualProperty().get()).isTrue();
        assertThat(vm.showCollisionProperty().get()).isFalse();
        assertThat(vm.showJointAxesProperty().get()).isFalse();
        vm.showJointAxesProperty().set(true);
        vm.wireframeProperty().set(true);
        assertThat(vm.showJointAxesProperty().get()).isTrue();
        assertThat(vm.wireframeProperty().get()).isTrue();
    }

    @Test
    void pickingNamesTheLinkAndItsJoint() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(ARM);
        vm.linkPicked("forearm_link");
        assertThat(vm.pickedTextProperty().get()).isEqualTo("link forearm_link — joint elbow_joint (revolute)");
        vm.linkPicked("base");
        assertThat(vm.pickedTextProperty().get()).isEqualTo("link base (root)");
        vm.linkPicked(null);
        assertThat(vm.pickedTextProperty().get()).isEmpty();
    }

    @Test
    void hoverNamesTheLinkUnderThePointerAndFallsBackToTheSelection() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(ARM);
        vm.linkPicked("forearm_link");
        vm.linkHovered("upper_arm_link");
        assertThat(vm.hoveredLinkProperty().get()).isEqualTo("upper_arm_link");
        assertThat(vm.selectedLinkProperty().get()).isEqualTo("forearm_link");
        assertThat(vm.pickedTextProperty().get()).startsWith("link upper_arm_link — joint shoulder_lift_joint");
        vm.linkHovered(null);
        assertThat(vm.pickedTextProperty().get()).startsWith("link forearm_link — joint elbow_joint");
        vm.linkHovered("no_such_link");
        assertThat(vm.hoveredLinkProperty().get()).isNull();
    }

    @Test
    void clickingTheSelectedLinkAgainClearsTheSelection() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(ARM);
        vm.linkPicked("forearm_link");
        assertThat(vm.joints().activeJointProperty().get()).isEqualTo("elbow_joint");
        vm.linkPicked("forearm_link");
        assertThat(vm.selectedLinkProperty().get()).isNull();
        assertThat(vm.joints().activeJointProperty().get()).isNull();
        assertThat(vm.pickedTextProperty().get()).isEmpty();
    }

    @Test
    void aWeldedLinkPointsAtTheJointThatMovesItAndAMimicAtItsLeader() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(ARM);
        String flangeParent = ARM.parentJoint("flange").orElseThrow().parent();
        String expected = ARM.parentJoint(flangeParent).orElseThrow().name();
        vm.linkPicked("flange");
        assertThat(vm.joints().activeJointProperty().get()).isEqualTo(expected);
        assertThat(vm.pickedTextProperty().get()).isEqualTo("link flange — joint flange_joint (fixed), moved by " + expected);

        vm.linkPicked("gripper_finger_right");
        assertThat(vm.joints().activeJointProperty().get()).isEqualTo("gripper_finger_left_joint");
        vm.linkPicked("base");
        assertThat(vm.joints().activeJointProperty().get()).as("nothing moves the root").isNull();
    }

    @Test
    void showingAnotherModelClearsHoverSelectionAndTheMarkedSlider() {
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(ARM);
        vm.linkPicked("forearm_link");
        vm.linkHovered("forearm_link");
        vm.articulationProperty().set(CABINET);
        assertThat(vm.selectedLinkProperty().get()).isNull();
        assertThat(vm.hoveredLinkProperty().get()).isNull();
        assertThat(vm.joints().activeJointProperty().get()).isNull();
        assertThat(vm.pickedTextProperty().get()).isEmpty();
    }
}
