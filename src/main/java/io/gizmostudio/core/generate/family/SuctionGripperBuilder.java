package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.FamilyParameters;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.SplittableRandom;

/**
 * A suction gripper: root {@code base} (mounting disc and vacuum generator, cup along +Z) and a bellows cup on a
 * spring-loaded level compensator, the prismatic {@code cup_stage_joint}; asked for several cups ("4 suction
 * cups"), a plate carries {@code cup_1..n} on a ring, each on its own {@code cup_i_stage_joint}. Real suction tools carry such a
 * compensator so the cup can meet a part without crushing it; modelling it as a joint gives the articulation
 * its one degree of freedom honestly. The axis points back into the tool (-Z), so q is the compression, 0 to
 * the stroke (default 15 mm). The spring is a position drive holding q = 0 that the builder sets itself:
 * {@value #SPRING_RATE} N/m, critically damped on the cup's mass, about 22 Hz, and stiff enough that the cup's
 * own weight compresses it by half a millimetre.
 */
public final class SuctionGripperBuilder implements FamilyBuilder {
    /** Spring rate of the level compensator, N/m. */
    public static final double SPRING_RATE = 600;
    public static final double DEFAULT_CUP_DIAMETER = 0.04;
    public static final double DEFAULT_STROKE = 0.015;

    @Override public Family family() {
        return Family.SUCTION_GRIPPER;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        double g = spec.size().scale();
        double cup = spec.hasDimension("diameter")
                ? FamilyParameters.clampDimension(Family.SUCTION_GRIPPER, "diameter", spec.dimension("diameter", 0))
                : DEFAULT_CUP_DIAMETER * g * (1 + 0.04 * (random.nextDouble() - 0.5));
        double stroke = spec.hasDimension("travel")
                ? FamilyParameters.clampDimension(Family.SUCTION_GRIPPER, "travel", spec.dimension("travel", 0))
                : DEFAULT_STROKE;
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba body = spec.colorOr(RobotPalette.GRIPPER_BODY);
        double disc = 0.01 * g;
        double bodyHeight = 0.05 * g;
        double top = disc + bodyHeight;

        int cups = Sizing.count(spec, "cups", 1, 1, 8);
        // several cups stand on a ring under a plate, each on its own compensator; one cup sits on the axis
        double ring = cups == 1 ? 0 : Math.max(cup + 0.004, (cup / 2 + 0.006) / Math.sin(Math.PI / cups));
        double plate = cups == 1 ? 0.032 * g : ring + cup / 2 + 0.008;
        ArticulationBuilder b = new ArticulationBuilder("suction_gripper");
        b.link(new LinkBuilder("base", kind.density() * 0.5, RobotPalette.material(kind, body))
                .solid(new Geometry.Cylinder(plate, disc), Pose.of(0, 0, disc / 2))
                .solid(new Geometry.Cylinder(0.022 * g, bodyHeight), Pose.of(0, 0, disc + bodyHeight / 2))
                .build());
        double rod = stroke + 0.015 * g;
        double bellows = Math.max(0.01, 0.35 * cup);
        for (int i = 0; i < cups; i++) {
            String name = cups == 1 ? "cup" : "cup_" + (i + 1);
            Link cupLink = new LinkBuilder(name, MaterialKind.STEEL, RobotPalette.HUB)
                    .solid(new Geometry.Cylinder(0.005 * g, rod), Pose.of(0, 0, rod / 2))
                    .solid(new Geometry.Cylinder(cup / 2, bellows), Pose.of(0, 0, rod + bellows / 2), MaterialKind.RUBBER,
                            RobotPalette.RUBBER)
                    .build();
            b.link(cupLink);
            double mass = cupLink.inertial().mass();
            double preload = SPRING_RATE * 0.005;
            double a = 2 * Math.PI * i / cups;
            Joint stage = RobotJoints.prismatic(name + "_stage_joint", "base", name,
                    Pose.of(ring * Math.cos(a), ring * Math.sin(a), top + 0.001), Vec3.of(0, 0, -1), 0, stroke,
                    preload + SPRING_RATE * stroke, 0.5, 0.5);
            b.joint(stage.withDrive(new Drive(SPRING_RATE, 2 * Math.sqrt(SPRING_RATE * mass), preload + SPRING_RATE * stroke)));
        }
        return b.build();
    }
}
