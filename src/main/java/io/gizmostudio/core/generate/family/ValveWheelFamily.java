package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A gate valve with a handwheel: the {@code body} (a flanged pipe section along Y lying on the floor, the
 * bonnet and the stem rising along Z) and the {@code handwheel} (hub, spokes, rim) on a continuous joint about
 * the stem ({@code handwheel_turn}), with packing friction. {@code diameter} is the handwheel's; the body
 * scales with it. {@code spokes} sets the spoke count.
 */
public final class ValveWheelFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final int RIM_SEGMENTS = 16;

    @Override public Family family() {
        return Family.VALVE_WHEEL;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = spec.materialOr(MaterialKind.STEEL);
        Rgba wheelColor = spec.colorOr(spec.material() == null ? Rgba.hex("#b22222") : kind.color());
        double diameter = Sizing.length(spec, "diameter", 0.25, 0.08, 1.0);
        int spokes = Sizing.count(spec, "spokes", 5, 2, 12);
        double s = Sizing.clamp(diameter / 0.25, 0.5, 3.0);

        LinkBuilder body = new LinkBuilder("body", kind, kind.color());
        double flangeR = 0.08 * s;
        double pipeR = 0.05 * s;
        double pipeLen = 0.24 * s;
        double flangeT = 0.02 * s;
        double axisZ = flangeR;
        Solids.cylinder(body, pipeR, pipeLen - 2 * flangeT, new Vec3(0, 0, axisZ), Vec3.UNIT_Y);
        for (int side = -1; side <= 1; side += 2) {
            Solids.cylinder(body, flangeR, flangeT, new Vec3(0, side * (pipeLen - flangeT) / 2, axisZ), Vec3.UNIT_Y);
        }
        double bonnetBottom = axisZ + pipeR;
        double bonnetTop = bonnetBottom + 0.1 * s;
        Solids.cylinder(body, 0.035 * s, bonnetTop - bonnetBottom, new Vec3(0, 0, (bonnetBottom + bonnetTop) / 2), Vec3.UNIT_Z);
        double stemTop = bonnetTop + 0.06 * s;
        Solids.cylinder(body, 0.01 * s, stemTop - bonnetTop, new Vec3(0, 0, (bonnetTop + stemTop) / 2), Vec3.UNIT_Z);

        LinkBuilder wheel = new LinkBuilder("handwheel", kind, wheelColor);
        double hubR = 0.02 * s;
        double hubH = 0.03 * s;
        double rimZ = hubH / 2;
        wheel.solid(new Geometry.Cylinder(hubR, hubH), Pose.of(0, 0, rimZ));
        double section = Math.max(0.008, 0.064 * diameter);
        double rimR = diameter / 2 - section / 2;
        double segment = 2 * rimR * Math.sin(Math.PI / RIM_SEGMENTS) + section * 0.4;
        for (int i = 0; i < RIM_SEGMENTS; i++) {
            double a = 2 * Math.PI * (i + 0.5) / RIM_SEGMENTS;
            wheel.solid(Geometry.Box.of(section, segment, section),
                    new Pose(new Vec3(rimR * Math.cos(a), rimR * Math.sin(a), rimZ), Quat.fromAxisAngle(Vec3.UNIT_Z, a)));
        }
        double spokeLen = rimR - hubR;
        for (int i = 0; i < spokes; i++) {
            double a = 2 * Math.PI * i / spokes;
            double mid = (rimR + hubR) / 2;
            wheel.solid(Geometry.Box.of(spokeLen, 0.75 * section, 0.5 * section),
                    new Pose(new Vec3(mid * Math.cos(a), mid * Math.sin(a), rimZ), Quat.fromAxisAngle(Vec3.UNIT_Z, a)));
        }
        return AttachedLink.assemble("valve_wheel", body.build(), List.of(new AttachedLink(wheel.build(),
                PassiveJoints.continuous("handwheel_turn", "body", "handwheel", Pose.of(0, 0, stemTop + GAP), Vec3.UNIT_Z,
                        50.0 * s, 2.0, new JointDynamics(0.5, 1.0)))));
    }
}
