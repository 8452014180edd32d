package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.FamilyParameters;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.generate.SizeClass;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.SplittableRandom;

/**
 * Cartesian machines of one to three prismatic axes, X then Y then Z, each centred at zero within its travel
 * (Z retracts to zero at the top). A tool plate {@code flange} ends the last axis. Variants:
 * <ul>
 * <li>{@code gantry} (default 3 axes): an overhead portal. Four posts carry two rails along X; the
 * {@code bridge} rides them across Y, the {@code carriage_y} runs along the bridge's front face and the
 * {@code quill} drops from it. The flange points down (Z out of the plate, toward the floor).</li>
 * <li>{@code linear_stage} (default 1 axis) and {@code cartesian} (default 3 axes): stacked stages on the floor,
 * an X rail with a carriage, a Y rail across it, a Z column on that; the flange faces up.</li>
 * </ul>
 * Travel per axis: {@code travel} sets X and Y (and Z at 40 % of it), {@code depth}/{@code width}/{@code height}
 * set X/Y/Z individually. Rails are aluminium extrusions (40 % of solid). Effort 400/300/200 N along X/Y/Z.
 */
public final class GantryBuilder implements FamilyBuilder {
    private static final double EXTRUSION_FILL = 0.4;

    @Override public Family family() {
        return Family.GANTRY;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        String variant = spec.option("variant", "gantry");
        boolean portal = variant.equals("gantry");
        int axes = FamilyParameters.clampCount(Family.GANTRY, "axes",
                spec.count("axes", variant.equals("linear_stage") ? 1 : 3));
        double g = spec.size().scale() * (1 + 0.04 * (random.nextDouble() - 0.5));
        double base = portal ? 1.0 : variant.equals("linear_stage") ? 0.3 : 0.5;
        double travel = spec.hasDimension("travel") ? clamp("travel", spec.dimension("travel", base)) : base * g;
        double[] stroke = {
            spec.hasDimension("depth") ? clamp("travel", spec.dimension("depth", 0)) : travel,
            spec.hasDimension("width") ? clamp("travel", spec.dimension("width", 0)) : travel * (portal ? 0.8 : 1.0),
            spec.hasDimension("height") ? clamp("travel", spec.dimension("height", 0)) : Math.min(1.0, 0.4 * travel),
        };
        double force = spec.size() == SizeClass.HEAVY_DUTY ? 1.5 : 1.0;
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Material rail = RobotPalette.material(kind, spec.colorOr(RobotPalette.EXTRUSION));
        Material carriage = RobotPalette.material(MaterialKind.ALUMINIUM, RobotPalette.CARRIAGE);
        double density = kind.density() * EXTRUSION_FILL;
        double k = Math.max(0.5, Math.min(2.0, Math.cbrt(travel / base)));
        Frame f = new Frame(new ArticulationBuilder("gantry"), rail, carriage, density, k, stroke, force);
        return portal ? f.portal(axes) : f.stacked(axes);
    }

    private static double clamp(String key, double v) {
        return FamilyParameters.clampDimension(Family.GANTRY, key, v);
    }

    /** Shared sizes and materials of one machine while it is built. */
    private record Frame(ArticulationBuilder b, Material rail, Material carriage, double density, double k,
                         double[] stroke, double force) {
        private static final double GAP = 0.002;

        Articulation portal(int axes) {
            double beam = 0.08 * k;
            double spanY = stroke[1] + 0.4 * k;
            double lengthX = stroke[0] + 0.3 * k;
            double height = Math.max(0.8 * k, 2 * stroke[2] + 0.3 * k);
            LinkBuilder frame = new LinkBuilder("base", density, rail);
            for (int sx = -1; sx <= 1; sx += 2) {
                for (int sy = -1; sy <= 1; sy += 2) {
                    frame.box(beam, beam, height, Vec3.of(sx * lengthX / 2, sy * spanY / 2, height / 2));
                }
            }
            for (int sy = -1; sy <= 1; sy += 2) {
                frame.box(lengthX + beam, beam, beam, Vec3.of(0, sy * spanY / 2, height + beam / 2));
            }
            b.link(frame.build());
            double bridgeDepth = 0.1 * k;
            b.link(new LinkBuilder("bridge", density, rail)
                    .box(bridgeDepth, spanY + beam, beam, Vec3.of(0, 0, beam / 2))
                    .payload(2.0 * k * k, Vec3.of(0, 0, beam / 2), 0.03 * k)
                    .build());
            b.joint(axis("x_joint", "base", "bridge", Pose.of(0, 0, height + beam + GAP), Vec3.UNIT_X, 0, 400));
            String last = "bridge";
            // the flange of a portal hangs under what carries it, Z toward the floor
            Pose flangeAt = new Pose(Vec3.of(0, 0, -GAP), Quat.fromAxisAngle(Vec3.UNIT_X, Math.PI));
            if (axes >= 2) {
                double cd = 0.06 * k;
                b.link(new LinkBuilder("carriage_y", density / EXTRUSION_FILL, carriage)
                        .box(cd, 0.14 * k, 0.14 * k, Vec3.of(cd / 2, 0, 0))
                        .build());
                b.joint(axis("y_joint", "bridge", "carriage_y", Pose.of(bridgeDepth / 2 + GAP, 0, beam / 2),
                        Vec3.UNIT_Y, 1, 300));
                last = "carriage_y";
                flangeAt = new Pose(Vec3.of(cd / 2, 0, -0.07 * k - GAP), flangeAt.rotation());
                if (axes == 3) {
                    double quill = stroke[2] + 0.3 * k;
                    double q = 0.05 * k;
                    b.link(new LinkBuilder("quill", density, rail)
                            .box(q, q, quill, Vec3.of(q / 2, 0, -quill / 2 + 0.07 * k))
                            .build());
                    b.joint(axis("z_joint", "carriage_y", "quill", Pose.of(cd + GAP, 0, 0), Vec3.UNIT_Z, 2, 200));
                    last = "quill";
                    flangeAt = new Pose(Vec3.of(q / 2, 0, -quill + 0.07 * k - GAP), flangeAt.rotation());
                }
            }
            return finish(last, flangeAt);
        }

        Articulation stacked(int axes) {
            double railHeight = 0.04 * k;
            double railWidth = 0.1 * k;
            double carriageSize = 0.14 * k;
            double carriageHeight = 0.03 * k;
            b.link(new LinkBuilder("base", density, rail)
                    .box(stroke[0] + carriageSize + 0.05 * k, railWidth, railHeight, Vec3.of(0, 0, railHeight / 2))
                    .build());
            LinkBuilder cx = new LinkBuilder("carriage_x", density / EXTRUSION_FILL, carriage)
                    .box(carriageSize, carriageSize, carriageHeight, Vec3.of(0, 0, carriageHeight / 2));
            double top = carriageHeight;
            if (axes >= 2) {
                // the Y rail rides on the X carriage
                cx.solid(io.gizmostudio.core.model.Geometry.Box.of(railWidth, stroke[1] + carriageSize + 0.05 * k,
                        railHeight), Pose.of(0, 0, carriageHeight + railHeight / 2),
                        MaterialKind.ALUMINIUM, rail.color());
                top += railHeight;
            }
            b.link(cx.build());
            b.joint(axis("x_joint", "base", "carriage_x", Pose.of(0, 0, railHeight + GAP), Vec3.UNIT_X, 0, 400));
            String last = "carriage_x";
            double lastTop = top;
            if (axes >= 2) {
                LinkBuilder cy = new LinkBuilder("carriage_y", density / EXTRUSION_FILL, carriage)
                        .box(carriageSize, carriageSize, carriageHeight, Vec3.of(0, 0, carriageHeight / 2));
                // the column ends below the Z carriage's top so the flange on it clears the column at zero
                double column = stroke[2] + 0.08 * k;
                if (axes == 3) {
                    cy.solid(io.gizmostudio.core.model.Geometry.Box.of(0.05 * k, 0.08 * k, column),
                            Pose.of(-0.045 * k, 0, carriageHeight + column / 2), MaterialKind.ALUMINIUM, rail.color());
                }
                b.link(cy.build());
                b.joint(axis("y_joint", "carriage_x", "carriage_y", Pose.of(0, 0, top + GAP), Vec3.UNIT_Y, 1, 300));
                last = "carriage_y";
                lastTop = carriageHeight;
                if (axes == 3) {
                    double zc = 0.04 * k;
                    b.link(new LinkBuilder("carriage_z", density / EXTRUSION_FILL, carriage)
                            .box(zc, 0.1 * k, 0.08 * k, Vec3.of(zc / 2, 0, 0.04 * k))
                            .build());
                    // Z starts at the top of its travel and lowers toward the Y carriage
                    b.joint(axis("z_joint", "carriage_y", "carriage_z",
                            Pose.of(-0.02 * k + GAP, 0, carriageHeight + stroke[2] + 0.02 * k), Vec3.UNIT_Z, 2, 200));
                    last = "carriage_z";
                    lastTop = 0.08 * k;
                }
            }
            return finish(last, Pose.of(0, 0, lastTop + GAP));
        }

        /** The prismatic joint of axis {@code index} (0 X, 1 Y, 2 Z), centred (X, Y) or retracted (Z) at zero. */
        private Joint axis(String name, String parent, String child, Pose origin, Vec3 direction, int index,
                           double effort) {
            double s = stroke[index];
            double lower = index == 2 ? -s : -s / 2;
            double upper = index == 2 ? 0 : s / 2;
            return RobotJoints.prismatic(name, parent, child, origin, direction, lower, upper, effort * force * k * k,
                    index == 2 ? 0.5 : 1.0, 20 * k);
        }

        private Articulation finish(String last, Pose flangeAt) {
            double plate = 0.01 * k;
            b.link(new LinkBuilder("flange", MaterialKind.ALUMINIUM.density(), carriage)
                    .solid(io.gizmostudio.core.model.Geometry.Box.of(0.08 * k, 0.08 * k, plate),
                            Pose.of(0, 0, -plate / 2))
                    .build());
            Pose at = flangeAt.compose(Pose.of(0, 0, plate));
            b.joint(Joint.fixed("flange_joint", last, "flange", at));
            return b.build();
        }
    }
}
