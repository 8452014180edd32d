package io.gizmostudio.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Tessellation;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PosedMeshesTest {
    private static final Material GREY = new Material("grey", Rgba.rgb(0.5, 0.5, 0.5));
    private static final Material RED = new Material("red", Rgba.rgb(1, 0, 0));
    private static final Inertial SOME = new Inertial(1, Vec3.ZERO, Inertia.diagonal(0.01, 0.01, 0.01));

    /** A grey base box with a red and a grey block on a slide along +X. */
    private static Articulation slide() {
        Link base = new Link("base", List.of(new Visual("b", new Geometry.Box(new Vec3(1, 1, 0.1)), Pose.IDENTITY, GREY)), List.of(), SOME);
        Link carriage = new Link("carriage", List.of(
                new Visual("r", new Geometry.Box(new Vec3(0.1, 0.1, 0.1)), Pose.of(0, 0, 0.1), RED),
                new Visual("g", new Geometry.Cylinder(0.05, 0.2), Pose.of(0, 0, 0.3), GREY)), List.of(), SOME);
        Joint slide = new Joint("slide", JointType.PRISMATIC, "base", "carriage", Pose.of(0, 0, 0.05), Vec3.UNIT_X,
                new JointLimits(0, 0.5, 10, 1), JointDynamics.NONE, null, null);
        return new Articulation("slide", List.of(base, carriage), List.of(slide), Map.of());
    }

    @Test
    void visualsOfOneColourBecomeOneMeshAcrossLinks() {
        Map<Rgba, TriangleMesh> meshes = PosedMeshes.of(slide(), Map.of(), 16);
        assertThat(meshes.keySet()).containsExactly(GREY.color(), RED.color());
        int cylinder = Tessellation.of(new Geometry.Cylinder(0.05, 0.2), 16).triangleCount();
        assertThat(meshes.get(GREY.color()).triangleCount()).isEqualTo(12 + cylinder);
        assertThat(meshes.get(RED.color()).triangleCount()).isEqualTo(12);
    }

    @Test
    void theMeshesFollowTheJointPose() {
        Aabb home = PosedMeshes.of(slide(), Map.of(), 16).get(RED.color()).localBounds();
        Aabb out = PosedMeshes.of(slide(), Map.of("slide", 0.4), 16).get(RED.color()).localBounds();
        assertThat(out.min().x() - home.min().x()).isCloseTo(0.4, within(1e-12));
        assertThat(out.min().z()).isCloseTo(home.min().z(), within(1e-12));
        assertThat(home.min().z()).isCloseTo(0.05 + 0.1 - 0.05, within(1e-12));
    }

    @Test
    void aGeneratedAssetsMeshesFillItsVisualBounds() {
        Articulation arm = new AssetGenerator().generate("a six axis robot arm", 1).articulation();
        Map<String, Double> q = Map.of();
        Aabb drawn = Aabb.EMPTY;
        for (TriangleMesh m : PosedMeshes.of(arm, q, 48).values()) {
            drawn = drawn.union(m.localBounds());
        }
        Aabb model = ForwardKinematics.bounds(arm, q);
        // round shapes are inscribed polygons: the drawing may fall short of the exact bounds by a few millimetres
        assertThat(drawn.min().z()).isCloseTo(model.min().z(), within(0.005));
        assertThat(drawn.max().z()).isCloseTo(model.max().z(), within(0.005));
        assertThat(drawn.size().x()).isCloseTo(model.size().x(), within(0.01));
    }

    @Test
    void aColladaVisualOfSeveralColoursGivesTheComposerOneBatchPerColour(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Articulation showroom = io.gizmostudio.core.format.urdf.UrdfReader.read(
                io.gizmostudio.core.format.mesh.TexturedFixtures.copyTo(dir).resolve("showroom.urdf"));
        Map<Rgba, TriangleMesh> batches = PosedMeshes.of(showroom, Map.of(), 12);
        // the three panels' colours, then the texture's average colour (what the composer shows for an image)
        assertThat(batches.keySet()).containsExactly(new Rgba(0.9, 0.1, 0.1, 1), new Rgba(0.1, 0.8, 0.1, 1),
                new Rgba(0.1, 0.2, 0.9, 0.5), new Rgba(0.5, 0.5, 0.25, 1));
        assertThat(batches.values()).extracting(TriangleMesh::triangleCount).containsExactly(2, 2, 2, 2);
        // the tile sits 0.2 m along +y on its fixed joint
        assertThat(batches.get(new Rgba(0.5, 0.5, 0.25, 1)).localBounds().min().y()).isCloseTo(0.1, within(1e-12));
    }
}
