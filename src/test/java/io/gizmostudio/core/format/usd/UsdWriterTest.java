package io.gizmostudio.core.format.usd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.SceneModel;
import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.format.TestArticulations;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UsdWriterTest {
    private final UsdWriter writer = new UsdWriter();

    /** The body of prim {@code name} (from its def line to the next def at the same or lower depth). */
    private static String prim(String usda, String type, String name) {
        int start = usda.indexOf("def " + type + " \"" + name + "\"");
        assertThat(start).as("prim %s %s", type, name).isNotNegative();
        int next = usda.indexOf("\n    def ", start + 1);
        int nextNested = usda.indexOf("\n        def Physics", start + 1);
        int end = next < 0 ? usda.length() : next;
        if (nextNested > 0 && nextNested < end && usda.startsWith("Physics", usda.indexOf("def ", start) + 4)) {
            end = nextNested;
        }
        return usda.substring(start, end);
    }

    private static double[] tuple(String text, String attribute) {
        Matcher m = Pattern.compile(Pattern.quote(attribute) + " = \\(([^)]*)\\)").matcher(text);
        assertThat(m.find()).as(attribute).isTrue();
        String[] parts = m.group(1).split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }

    private static double scalar(String text, String attribute) {
        Matcher m = Pattern.compile(Pattern.quote(attribute) + " = (\\S+)").matcher(text);
        assertThat(m.find()).as(attribute).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theLayerIsZUpInMetresAndKilograms() {
        String usda = writer.writeAsset(TestArticulations.arm()).entryText();
        assertThat(usda).startsWith("#usda 1.0\n(\n").contains("upAxis = \"Z\"", "metersPerUnit = 1", "kilogramsPerUnit = 1",
                "defaultPrim = \"arm_6dof\"", "string gizmo_prompt = \"a 6-DOF arm, 0.85 m reach\"");
        assertThat(usda).contains("def Xform \"arm_6dof\" (\n    prepend apiSchemas = [\"PhysicsArticulationRootAPI\"]");
    }

    @Test
    void linksAreFlatRigidBodiesAtTheirZeroPoseWorldTransforms() {
        String usda = writer.writeAsset(TestArticulations.arm()).entryText();
        assertThat(Pattern.compile("\n    def Xform \"").matcher(usda).results().count()).isEqualTo(8);
        String flange = prim(usda, "Xform", "flange");
        assertThat(flange).contains("\"PhysicsRigidBodyAPI\", \"PhysicsMassAPI\"");
        assertThat(tuple(flange, "double3 xformOp:translate")).containsExactly(new double[] {0, 0, 1.235}, within(1e-9));
        assertThat(scalar(flange, "float physics:mass")).isGreaterThan(0);
        assertThat(flange).contains("physics:diagonalInertia", "physics:principalAxes", "physics:centerOfMass");
    }

    @Test
    void shapesBecomeUsdGeomPrimsWithCollidersMarked() {
        String usda = writer.writeAsset(TestArticulations.kitchenSink()).entryText();
        assertThat(usda).contains("def Cube \"base_link_0\"", "double size = 1", "double3 xformOp:scale = (0.3, 0.3, 0.05)");
        assertThat(usda).contains("def Capsule \"turret_0\"", "uniform token axis = \"Z\"");
        assertThat(usda).contains("def Mesh \"link_a_0\"", "int[] faceVertexCounts = [3, 3, 3, 3, 3, 3, 3, 3]",
                "point3f[] points = [(0, 0, 0), (0.04, 0, 0)");
        assertThat(usda).contains("prepend apiSchemas = [\"PhysicsCollisionAPI\", \"PhysicsMeshCollisionAPI\"]",
                "uniform token physics:approximation = \"convexHull\"");
        assertThat(usda).contains("color3f[] primvars:displayColor = [(0.7, 0.8, 0.9)]", "float[] primvars:displayOpacity = [0.4]");
        assertThat(Pattern.compile("PhysicsCollisionAPI").matcher(usda).results().count()).isEqualTo(8);
    }

    @Test
    void revoluteLimitsAndAngularGainsAreInDegrees() {
        String usda = writer.writeAsset(TestArticulations.arm()).entryText();
        String elbow = prim(usda, "PhysicsRevoluteJoint", "elbow");
        assertThat(elbow).contains("rel physics:body0 = </arm_6dof/upper_arm>", "rel physics:body1 = </arm_6dof/forearm>",
                "uniform token physics:axis = \"Y\"", "PhysicsDriveAPI:angular", "drive:angular:physics:type = \"force\"");
        assertThat(scalar(elbow, "float physics:lowerLimit")).isCloseTo(Math.toDegrees(-2.6), within(1e-6));
        assertThat(scalar(elbow, "float physics:upperLimit")).isCloseTo(Math.toDegrees(2.6), within(1e-6));
        assertThat(scalar(elbow, "float drive:angular:physics:stiffness")).isCloseTo(2500 * Math.PI / 180, within(1e-6));
        assertThat(scalar(elbow, "float drive:angular:physics:maxForce")).isEqualTo(150);
        assertThat(tuple(elbow, "point3f physics:localPos0")).containsExactly(new double[] {0, 0, 0.425}, within(1e-12));
        assertThat(tuple(elbow, "point3f physics:localPos1")).containsExactly(new double[] {0, 0, 0}, within(1e-12));
    }

    @Test
    void prismaticLimitsAreInMetresAndContinuousJointsHaveNone() {
        String usda = writer.writeAsset(TestArticulations.kitchenSink()).entryText();
        String yaw = prim(usda, "PhysicsRevoluteJoint", "turret_yaw");
        assertThat(yaw).doesNotContain("lowerLimit", "upperLimit");
        String slide = prim(usda, "PhysicsPrismaticJoint", "slide");
        assertThat(scalar(slide, "float physics:lowerLimit")).isEqualTo(-0.02);
        assertThat(scalar(slide, "float physics:upperLimit")).isEqualTo(0.05);
        assertThat(scalar(slide, "float drive:linear:physics:stiffness")).isEqualTo(800);
    }

    @Test
    void aNonPrincipalAxisRotatesBothJointFramesOntoIt() {
        String usda = writer.writeAsset(TestArticulations.kitchenSink()).entryText();
        String tilt = prim(usda, "PhysicsRevoluteJoint", "tilt__joint_");
        Vec3 axis = new Vec3(1, 1, 1).normalized();
        String token = tilt.replaceAll("(?s).*physics:axis = \"(.)\".*", "$1");
        Vec3 e = token.equals("X") ? Vec3.UNIT_X : token.equals("Y") ? Vec3.UNIT_Y : Vec3.UNIT_Z;
        double[] r1 = tuple(tilt, "quatf physics:localRot1");
        double[] r0 = tuple(tilt, "quatf physics:localRot0");
        Quat q1 = new Quat(r1[1], r1[2], r1[3], r1[0]);
        Quat q0 = new Quat(r0[1], r0[2], r0[3], r0[0]);
        assertThat(q1.rotate(e).isNear(axis, 1e-8)).as("child frame axis").isTrue();
        assertThat(q0.rotate(e).isNear(axis, 1e-8)).as("parent frame axis (origin has no rotation)").isTrue();
        // a negated principal axis keeps its token and turns the frame half way round
        String flip = prim(usda, "PhysicsRevoluteJoint", "flip");
        double[] f1 = tuple(flip, "quatf physics:localRot1");
        assertThat(flip).contains("physics:axis = \"Y\"");
        assertThat(new Quat(f1[1], f1[2], f1[3], f1[0]).rotate(Vec3.UNIT_Y).isNear(new Vec3(0, -1, 0), 1e-8)).isTrue();
    }

    @Test
    void mimicJointsUseThePhysxMimicApiWithNegatedGearing() {
        String usda = writer.writeAsset(TestArticulations.gripper()).entryText();
        String right = prim(usda, "PhysicsPrismaticJoint", "finger_right_joint");
        assertThat(right).contains("PhysxMimicJointAPI:transX",
                "rel physxMimicJoint:transX:referenceJoint = </gripper/joints/finger_left_joint>",
                "uniform token physxMimicJoint:transX:referenceJointAxis = \"transX\"",
                "float physxMimicJoint:transX:gearing = -1");
        assertThat(right).doesNotContain("PhysicsDriveAPI");
    }

    @Test
    void theRootIsFixedToTheWorldByARootJoint() {
        String usda = writer.writeAsset(TestArticulations.gripper()).entryText();
        String root = prim(usda, "PhysicsFixedJoint", "root_joint");
        assertThat(root).contains("rel physics:body1 = </gripper/base>").doesNotContain("physics:body0");
        assertThat(writer.jointCount(TestArticulations.gripper())).isEqualTo(3);
    }

    @Test
    void aSceneIsAZUpWorldWithGravityAndOneArticulationPerPart() {
        Pose pose = new Pose(new Vec3(1, -0.5, 0), Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI / 2));
        SceneModel scene = new SceneModel("cell", List.of(new ScenePart("arm", TestArticulations.arm(), Pose.IDENTITY),
                new ScenePart("gripper", TestArticulations.gripper(), pose)));
        ExportedModel m = writer.writeScene(scene);
        assertThat(m.entrypoint()).isEqualTo("scene.usda");
        String usda = m.entryText();
        assertThat(usda).contains("defaultPrim = \"World\"", "def PhysicsScene \"physicsScene\"",
                "vector3f physics:gravityDirection = (0, 0, -1)", "float physics:gravityMagnitude = 9.81");
        assertThat(Pattern.compile("PhysicsArticulationRootAPI").matcher(usda).results().count()).isEqualTo(2);
        assertThat(usda).contains("rel physics:body1 = </World/gripper/base>");
        int gripper = usda.indexOf("def Xform \"gripper\"");
        String part = usda.substring(gripper);
        assertThat(tuple(part, "double3 xformOp:translate")).containsExactly(new double[] {1, -0.5, 0}, within(1e-12));
        String rootJoint = part.substring(part.indexOf("def PhysicsFixedJoint \"root_joint\""));
        assertThat(tuple(rootJoint, "point3f physics:localPos0")).as("world-side frame = part pose")
                .containsExactly(new double[] {1, -0.5, 0}, within(1e-12));
    }

    @Test
    void anEmptySceneIsAStageWithPhysicsAndGround() {
        String usda = writer.writeScene(new SceneModel("empty", List.of())).entryText();
        assertThat(usda).contains("def PhysicsScene", "def Cube \"groundPlane\"").doesNotContain("PhysicsArticulationRootAPI");
    }

    @Test
    void writingTwiceGivesIdenticalBytes() {
        assertThat(writer.writeAsset(TestArticulations.kitchenSink())).isEqualTo(writer.writeAsset(TestArticulations.kitchenSink()));
    }
}
