package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Composition;
import io.gizmostudio.core.generate.DriveTuning;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.FamilyParameters;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.generate.SizeClass;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A wheeled mobile base: {@code chassis} (root, origin on the floor under the middle of the footprint), drive
 * wheels on continuous joints about their axles (Y), and a {@code deck} plate on top whose origin, on its upper
 * face, is where an arm or sensor head mounts. Variants:
 * <ul>
 * <li>{@code agv}: a low box, 0.9 × 0.6 m, about 90 kg, wheels under the body;</li>
 * <li>{@code rover}: a raised box between big outboard wheels, 0.8 × 0.55 m, about 45 kg;</li>
 * <li>{@code base}: a round 0.45 m differential-drive base, about 8 kg.</li>
 * </ul>
 * Two drive wheels make a differential drive that needs casters: each caster is a passive swivel (continuous
 * about Z) carrying a trailing caster wheel (continuous about Y), listed in the {@value DriveTuning#PASSIVE_JOINTS}
 * metadata so they get no drive. With two casters the wheels sit mid-length and the casters fore and aft; with
 * one, the wheels move forward and the caster trails at the back, keeping the centre of mass inside the
 * support triangle. Four or six wheels (two or three per side, all driven) are skid-steered and need no casters.
 * The option {@code drive} ({@code differential} or {@code skid_steer}) gives the default wheel count: 2 or 4.
 */
public final class MobileBaseBuilder implements FamilyBuilder {
    private record Variant(double length, double width, double bodyHeight, double wheelRadius, double wheelWidth,
                           double clearance, double mass, double speed, boolean round, boolean outboard, Rgba color) {
    }

    private static final Variant AGV = new Variant(0.9, 0.6, 0.22, 0.075, 0.045, 0.06, 90, 1.5, false, false,
            RobotPalette.AGV_BODY);
    private static final Variant ROVER = new Variant(0.8, 0.55, 0.18, 0.13, 0.09, 0.12, 45, 1.0, false, true,
            RobotPalette.ROVER_BODY);
    private static final Variant BASE = new Variant(0.45, 0.45, 0.12, 0.05, 0.03, 0.035, 8, 0.7, true, false,
            RobotPalette.BASE_BODY);

    /**
     * How a base's mass follows its size: the fit through TurtleBot 3 Waffle Pi (1.8 kg, 0.3 m) and MiR100 (67 kg,
     * 0.89 m); bigger bases carry proportionally bigger batteries, drives and frames.
     */
    static final double MASS_EXPONENT = 3.3;
    static final double WHEEL_TIME_CONSTANT = 0.05;
    private static final double PEDESTAL_WALL = 0.004;
    static final double KV_PER_DAMPING = 40;

    @Override public Family family() {
        return Family.MOBILE_BASE;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        String variantName = spec.option("variant", "agv");
        Variant v = switch (variantName) {
            case "rover" -> ROVER;
            case "base" -> BASE;
            default -> AGV;
        };
        boolean skidSteer = spec.option("drive", v == ROVER ? "skid_steer" : "differential").equals("skid_steer");
        int wheels = normalisedWheels(spec.count("wheels", skidSteer ? 4 : 2));
        int casters = wheels == 2 ? Math.max(1, Math.min(2, spec.count("casters", 2))) : 0;
        double jitter = 1 + 0.04 * (random.nextDouble() - 0.5);
        double g = spec.size().scale() * (spec.hasDimension("length") ? 1 : jitter);
        double length = dimension(spec, "length", v.length() * Math.max(g, armCarryingScale(spec, v)));
        double k = length / v.length();
        double width = dimension(spec, "width", v.width() * k);
        double bodyHeight = dimension(spec, "height", v.bodyHeight() * k);
        double wheelRadius = spec.hasDimension("wheel_diameter")
                ? dimension(spec, "wheel_diameter", 0) / 2 : v.wheelRadius() * k;
        double wheelWidth = v.wheelWidth() * k;
        double mass = v.mass() * Math.pow(k, MASS_EXPONENT) * (spec.size() == SizeClass.HEAVY_DUTY ? 1.4 : 1.0);
        MaterialKind kind = spec.materialOr(MaterialKind.STEEL);
        Rgba color = spec.colorOr(v.color());

        double casterRadius = Math.max(0.015, 0.35 * wheelRadius);
        double bottom = Math.max(v.clearance() * k, 2 * casterRadius + 0.012 * k + 0.004);
        ArticulationBuilder b = new ArticulationBuilder("mobile_base");
        double top = bottom + bodyHeight;
        double deckThickness = 0.006 * k;
        Link deck = deck(spec, v, length, width, deckThickness);
        b.link(chassis(v, length, width, bodyHeight, bottom, mass - deck.inertial().mass(), kind, color));
        b.link(deck);
        double riser = -deck.localBounds().min().z() - deckThickness;
        b.joint(Joint.fixed("deck_joint", "chassis", "deck", Pose.of(0, 0, top + deckThickness + riser)));

        double wheelY = v.outboard() ? width / 2 + wheelWidth / 2 + 0.01 * k : width / 2 - wheelWidth / 2 - 0.01 * k;
        double effort = 2.0 * 0.6 * mass * 9.81 * wheelRadius / wheels;
        double wheelSpeed = v.speed() / wheelRadius;
        double driveX = casters == 1 ? 0.2 * length : 0;
        double wheelDamping = 0.05 * k;
        for (WheelPlace w : wheelPlaces(wheels, length, driveX)) {
            for (int side = 1; side >= -1; side -= 2) {
                String name = "wheel_" + w.name() + (side > 0 ? "left" : "right");
                Link wheel = wheel(name, wheelRadius, wheelWidth);
                b.link(wheel);
                Drive drive = wheelDrive(mass / wheels, wheelRadius, wheel.inertial().inertia().iyy(), wheelDamping, effort);
                b.joint(RobotJoints.continuous(name + "_joint", "chassis", name,
                        Pose.of(w.x(), side * wheelY, wheelRadius), Vec3.UNIT_Y, effort, wheelSpeed, wheelDamping, 0)
                        .withDrive(drive));
            }
        }
        List<String> passive = new ArrayList<>();
        double[] casterX = casters == 1 ? new double[] {-0.38 * length} : new double[] {0.38 * length, -0.38 * length};
        for (int c = 0; c < casters; c++) {
            String name = casters == 1 ? "caster" : (c == 0 ? "caster_front" : "caster_rear");
            addCaster(b, name, casterX[c], bottom, casterRadius, k);
            passive.add(name + "_swivel_joint");
            passive.add(name + "_wheel_joint");
        }
        if (!passive.isEmpty()) {
            b.metadata(DriveTuning.PASSIVE_JOINTS, String.join(",", passive.stream().sorted().toList()));
        }
        return b.build();
    }

    /**
     * The least scale at which the base does not tip over under its arm held straight out: base mass × half its
     * length must be 1.5 × the arm's mass × half its reach. Mass grows with the scale to the power
     * {@value #MASS_EXPONENT} and length linearly, hence the root of 1 + {@value #MASS_EXPONENT}.
     */
    private static double armCarryingScale(AssetSpec spec, Variant v) {
        double k = 0;
        for (AssetSpec part : spec.attachments()) {
            if (part.family() == Family.ROBOT_ARM || part.family() == Family.SCARA) {
                double reach = armReach(part);
                double armMass = RobotArmBuilder.nominalMass(reach);
                k = Math.max(k, Math.pow(1.5 * armMass * reach / (v.mass() * v.length()), 1 / (1 + MASS_EXPONENT)));
            }
        }
        return k;
    }

    private static double armReach(AssetSpec arm) {
        return arm.dimension("reach", RobotArmBuilder.DEFAULT_REACH * arm.size().scale());
    }

    /**
     * The deck plate, and where it carries a serial arm an aluminium pedestal under each mount (the arm's, and a
     * sensor head's beside it), tall enough that the arm swept through its shoulder-lift and elbow ranges stays above
     * the plate and the chassis: the deck's origin, where the parts mount, is on top of the pedestals.
     */
    private static Link deck(AssetSpec spec, Variant v, double length, double width, double thickness) {
        Material look = RobotPalette.material(MaterialKind.ALUMINIUM, RobotPalette.DECK);
        Geometry plate = v.round() ? new Geometry.Cylinder(0.42 * length, thickness)
                : Geometry.Box.of(0.85 * length, 0.85 * width, thickness);
        double back = -plate.localBounds().size().x() / 2;
        List<Double> mounts = Composition.mountOffsets(back, -back, spec.attachments().size());
        double outline = v.round() ? length / 2 : Math.hypot(length / 2, width / 2);
        double riser = 0;
        double pedestalRadius = 0;
        for (int i = 0; i < spec.attachments().size(); i++) {
            AssetSpec part = spec.attachments().get(i);
            if (part.family() == Family.ROBOT_ARM) {
                double reach = armReach(part);
                double within = outline + Math.abs(mounts.get(i));
                riser = Math.max(riser, RobotArmBuilder.mountClearance(reach, within + thickness));
                pedestalRadius = Math.max(pedestalRadius, 1.1 * RobotArmBuilder.baseRadius(reach));
            }
        }
        LinkBuilder deck = new LinkBuilder("deck", MaterialKind.ALUMINIUM.density(), look)
                .solid(plate, Pose.of(0, 0, -riser - thickness / 2));
        if (riser > 0) {
            // a tube of 4 mm wall: the pedestal of a mobile manipulator, not a solid billet
            double fill = 1 - Math.pow(1 - PEDESTAL_WALL / pedestalRadius, 2);
            for (double x : mounts) {
                deck.hollow(new Geometry.Cylinder(pedestalRadius, riser), Pose.of(x, 0, -riser / 2), fill);
            }
        }
        return deck.build();
    }

    /**
     * A wheel's velocity servo, sized for what it drives rather than for the wheel alone: each wheel carries its share
     * of the base's mass, which it sees through its radius as the inertia I = (m / n)·r² + I_wheel. The gain
     * kv = max(I / τ, {@value #KV_PER_DAMPING}·d) brings that inertia to speed with a time constant τ =
     * {@value #WHEEL_TIME_CONSTANT} s (until the force limit, the tyre's traction, caps it) and holds the wheel
     * within 1/{@value #KV_PER_DAMPING} of its command against the axle's own damping d. The force limit is the
     * joint's effort (twice the traction torque of μ = 0.6 under the wheel's share of the weight).
     */
    private static Drive wheelDrive(double carriedMass, double radius, double wheelInertia, double damping, double effort) {
        double inertia = carriedMass * radius * radius + wheelInertia;
        return new Drive(0, Math.max(inertia / WHEEL_TIME_CONSTANT, KV_PER_DAMPING * damping), effort);
    }

    /** Drive wheels come in pairs: 2, 4 or 6. */
    private static int normalisedWheels(int wheels) {
        return wheels <= 3 ? 2 : wheels <= 4 ? 4 : 6;
    }

    private static double dimension(AssetSpec spec, String key, double fallback) {
        return spec.hasDimension(key)
                ? FamilyParameters.clampDimension(Family.MOBILE_BASE, key, spec.dimension(key, fallback)) : fallback;
    }

    private record WheelPlace(String name, double x) {
    }

    private static List<WheelPlace> wheelPlaces(int wheels, double length, double driveX) {
        return switch (wheels) {
            case 4 -> List.of(new WheelPlace("front_", 0.32 * length), new WheelPlace("rear_", -0.32 * length));
            case 6 -> List.of(new WheelPlace("front_", 0.38 * length), new WheelPlace("middle_", 0),
                    new WheelPlace("rear_", -0.38 * length));
            default -> List.of(new WheelPlace("", driveX));
        };
    }

    /** The body, with an effective density that gives the variant's mass less the deck's (frame, batteries, drives). */
    private static Link chassis(Variant v, double length, double width, double height, double bottom, double mass,
                                MaterialKind kind, Rgba color) {
        Geometry body = v.round() ? new Geometry.Cylinder(length / 2, height) : Geometry.Box.of(length, width, height);
        double density = mass / body.volume();
        return new LinkBuilder("chassis", density, RobotPalette.material(kind, color))
                .solid(body, Pose.of(0, 0, bottom + height / 2))
                .build();
    }

    private static Link wheel(String name, double radius, double width) {
        Pose axle = Pose.xyzRpy(0, 0, 0, Math.PI / 2, 0, 0);
        // a tyre on a rim is about half as heavy as a solid rubber disc
        return new LinkBuilder(name, 0.5 * MaterialKind.RUBBER.density(),
                RobotPalette.material(MaterialKind.RUBBER, RobotPalette.RUBBER))
                .solid(new Geometry.Cylinder(radius, width), axle)
                .visualOnly(new Geometry.Cylinder(0.55 * radius, width * 1.04), axle,
                        RobotPalette.material(MaterialKind.ALUMINIUM, RobotPalette.HUB))
                .build();
    }

    /**
     * A passive caster under the chassis at {@code x}: a fork swivelling about Z at the chassis' underside and
     * a wheel trailing behind the swivel axis, touching the floor.
     */
    private static void addCaster(ArticulationBuilder b, String name, double x, double bottom, double radius,
                                  double k) {
        double wheelWidth = 0.7 * radius;
        double trail = 0.6 * radius;
        double plate = 0.006 * k + 0.002;
        double forkDrop = bottom - radius;
        double armThickness = 0.004 * k + 0.002;
        double armY = wheelWidth / 2 + 0.002 + armThickness / 2;
        Material steel = RobotPalette.material(MaterialKind.STEEL, RobotPalette.HUB);
        LinkBuilder fork = new LinkBuilder(name + "_fork", MaterialKind.STEEL.density(), steel)
                .solid(new Geometry.Cylinder(0.8 * radius, plate), Pose.of(0, 0, -plate / 2));
        for (int side = -1; side <= 1; side += 2) {
            fork.box(1.2 * radius, armThickness, forkDrop - plate, Vec3.of(-trail / 2, side * armY,
                    -plate - (forkDrop - plate) / 2));
        }
        b.link(fork.build());
        b.joint(RobotJoints.continuous(name + "_swivel_joint", "chassis", name + "_fork", Pose.of(x, 0, bottom),
                Vec3.UNIT_Z, 1.0, 20.0, 0.01, 0));
        Pose axle = Pose.xyzRpy(0, 0, 0, Math.PI / 2, 0, 0);
        b.link(new LinkBuilder(name + "_wheel", MaterialKind.RUBBER, RobotPalette.RUBBER)
                .solid(new Geometry.Cylinder(radius, wheelWidth), axle).build());
        b.joint(RobotJoints.continuous(name + "_wheel_joint", name + "_fork", name + "_wheel",
                Pose.of(-trail, 0, -forkDrop), Vec3.UNIT_Y, 1.0, 100.0, 0.005, 0));
    }
}
