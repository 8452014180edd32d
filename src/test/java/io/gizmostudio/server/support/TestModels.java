package io.gizmostudio.server.support;

import io.gizmostudio.core.generate.GenerationException;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.server.jobs.AssetFactory;
import io.gizmostudio.server.jobs.GeneratedModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, valid two-joint arm whose upper link length follows the seed, and a factory around it: the server
 * tests need a generator that is fast and predictable, independent of the real prompt parser. Prompts that
 * contain {@code xyzzy} are refused as {@code unrecognized_prompt}, like the real generator refuses nonsense.
 */
public final class TestModels {
    public static final String NONSENSE = "xyzzy";

    private TestModels() {
    }

    public static Articulation arm(long seed) {
        double upper = 0.3 + Math.floorMod(seed, 10) * 0.01;
        Rgba grey = Rgba.hex("#8a9099");
        ArticulationBuilder b = new ArticulationBuilder("test arm");
        b.metadata("seed", Long.toString(seed));
        b.link(new LinkBuilder("base", MaterialKind.ALUMINIUM, grey)
                .solid(new Geometry.Cylinder(0.08, 0.1), Pose.of(0, 0, 0.05)).build());
        b.link(new LinkBuilder("upper", MaterialKind.ALUMINIUM, grey)
                .solid(new Geometry.Capsule(0.04, upper), Pose.of(0, 0, upper / 2)).build());
        b.link(new LinkBuilder("fore", MaterialKind.ALUMINIUM, grey)
                .solid(new Geometry.Box(new Vec3(0.05, 0.05, 0.25)), Pose.of(0, 0, 0.125)).build());
        b.joint(new Joint("pan", JointType.REVOLUTE, "base", "upper", Pose.of(0, 0, 0.1), Vec3.UNIT_Z,
                new JointLimits(-3, 3, 50, 2), new JointDynamics(0.5, 0.1), null, new Drive(800, 40, 50)));
        b.joint(new Joint("elbow", JointType.REVOLUTE, "upper", "fore", Pose.of(0, 0, upper), Vec3.UNIT_Y,
                new JointLimits(-2, 2, 30, 2), new JointDynamics(0.5, 0.1), null, new Drive(400, 20, 30)));
        return b.build().validate();
    }

    public static Map<String, Object> params(long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("family", "robot_arm");
        p.put("dof", 2);
        p.put("reach_m", 0.3 + Math.floorMod(seed, 10) * 0.01 + 0.35);
        return p;
    }

    /** The fast test generator. */
    public static AssetFactory factory() {
        return (prompt, seed) -> {
            if (prompt.contains(NONSENSE)) {
                throw new GenerationException(GenerationException.UNRECOGNIZED_PROMPT,
                        "The prompt does not name an asset the generator knows; try e.g. 'a 6-DOF robot arm'.");
            }
            return new GeneratedModel(arm(seed), params(seed));
        };
    }
}
