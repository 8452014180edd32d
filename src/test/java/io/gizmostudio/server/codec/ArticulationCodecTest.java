package io.gizmostudio.server.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.api.ApiJson;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Mimic;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import io.gizmostudio.server.support.TestModels;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ArticulationCodecTest {
    private final ArticulationCodec codec = new ArticulationCodec(ApiJson.newMapper());

    /** Every geometry kind, a mesh, null limits/mimic/drive next to present ones, awkward doubles and metadata. */
    static Articulation everything() {
        TriangleMesh tetra = new TriangleMesh("tetra", new double[] {0, 0, 0, 0.1, 0, 0, 0, 0.1, 0, 0, 0, 0.1},
                new int[] {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3});
        Material red = new Material("red \"paint\"", new Rgba(1, 0.1, 0.1, 0.5));
        Pose odd = new Pose(new Vec3(0.1 + 0.2, -0.0, 1e-300), new Quat(0, Math.sin(0.3), 0, Math.cos(0.3)));
        Link base = new Link("base", List.of(new Visual("v", new Geometry.Box(new Vec3(0.3, 0.2, 0.1)), Pose.IDENTITY, red),
                new Visual("m", tetra, odd, red)),
                List.of(new Collision("c", new Geometry.Cylinder(0.05, 0.2), odd), new Collision("s", new Geometry.Sphere(0.07), Pose.IDENTITY),
                        new Collision("k", new Geometry.Capsule(0.02, 0.3), Pose.of(0, 0, 0.1)), new Collision("mesh", tetra, Pose.IDENTITY)),
                new Inertial(2.5, new Vec3(0, 0, 0.05), new Inertia(0.01, 1e-5, -2e-6, 0.02, 0, 0.015)));
        Link a = new Link("a", List.of(), List.of(), new Inertial(1, Vec3.ZERO, Inertia.diagonal(0.001, 0.001, 0.001)));
        Link b = new Link("b", List.of(), List.of(), new Inertial(1, Vec3.ZERO, Inertia.diagonal(0.001, 0.001, 0.001)));
        Link c = new Link("c", List.of(), List.of(), Inertial.NONE);
        Joint lead = new Joint("lead", JointType.PRISMATIC, "base", "a", Pose.of(0.1, 0, 0), Vec3.UNIT_X,
                new JointLimits(0, 0.04, 40, 0.2), new JointDynamics(2, 0.1), null, new Drive(2000, 50, 40));
        Joint follow = new Joint("follow", JointType.PRISMATIC, "base", "b", Pose.of(-0.1, 0, 0), new Vec3(-1, 0, 0),
                new JointLimits(0, 0.04, 40, 0.2), JointDynamics.NONE, new Mimic("lead", -1.5, 0.01), null);
        Joint spin = new Joint("spin", JointType.CONTINUOUS, "a", "c", Pose.IDENTITY, Vec3.UNIT_Z,
                new JointLimits(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 5, 10), JointDynamics.NONE, null, null);
        Joint weld = Joint.fixed("weld", "b", "c2", Pose.of(0, 0, 0.2));
        Link c2 = new Link("c2", List.of(), List.of(), Inertial.NONE);
        return new Articulation("everything ✓", List.of(base, a, b, c, c2), List.of(lead, follow, spin, weld),
                Map.of("prompt", "a gripper", "seed", "42"));
    }

    @Test
    void roundTripIsExactForEveryGeometryMeshAndOptionalJointPart() {
        Articulation original = everything();

        Articulation back = codec.decode(codec.encode(original));
        assertThat(back).isEqualTo(original);
        assertThat(back.joint("follow").orElseThrow().drive()).isNull();
        assertThat(back.joint("weld").orElseThrow().limits()).isNull();
        assertThat(back.joint("spin").orElseThrow().limits().upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(codec.encode(back)).isEqualTo(codec.encode(original));
    }

    @Property(tries = 50)
    void generatedModelsRoundTripExactly(@ForAll long seed) {
        Articulation arm = TestModels.arm(seed);

        assertThat(codec.decode(codec.encode(arm))).isEqualTo(arm);
    }

    @Property(tries = 200)
    void anyDoubleSurvivesBitForBit(@ForAll double value) {
        Link l = new Link("l", List.of(), List.of(), new Inertial(value, new Vec3(value, -value, 0), Inertia.ZERO));
        Articulation a = new Articulation("x", List.of(l), List.of());

        double back = codec.decode(codec.encode(a)).links().get(0).inertial().mass();
        assertThat(Double.doubleToRawLongBits(back)).isEqualTo(Double.doubleToRawLongBits(value));
    }

    @Test
    void refusesAnUnknownFormatVersion() {
        String text = codec.encode(TestModels.arm(1)).replace("\"format\":1", "\"format\":99");

        assertThatThrownBy(() -> codec.decode(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
    }
}
