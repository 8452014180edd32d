package io.gizmostudio.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ShapeBoxTest {
    private static final ShapeBox UNIT = new ShapeBox(Pose.IDENTITY, new Vec3(0.5, 0.5, 0.5));

    private static ShapeBox cube(double half, Pose pose) {
        return new ShapeBox(pose, new Vec3(half, half, half));
    }

    @Test
    void boundsOfABoxTurned45DegreesAboutZWidenByRootTwo() {
        ShapeBox turned = new ShapeBox(new Pose(new Vec3(1, 2, 3), Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI / 4)),
                new Vec3(0.5, 0.5, 0.25));
        Aabb b = turned.bounds();
        double r = Math.sqrt(0.5);
        assertThat(b.min().isNear(new Vec3(1 - r, 2 - r, 2.75), 1e-12)).isTrue();
        assertThat(b.max().isNear(new Vec3(1 + r, 2 + r, 3.25), 1e-12)).isTrue();
    }

    @Test
    void transformedComposesTheGivenPoseInFrontOfTheBoxPose() {
        ShapeBox box = new ShapeBox(Pose.of(1, 0, 0), new Vec3(0.1, 0.2, 0.3));
        ShapeBox moved = box.transformed(new Pose(new Vec3(0, 0, 5), Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI / 2)));
        assertThat(moved.center().isNear(new Vec3(0, 1, 5), 1e-12)).isTrue();
        assertThat(moved.bounds().size().isNear(new Vec3(0.4, 0.2, 0.6), 1e-12)).isTrue();
        assertThat(moved.halfExtents()).isEqualTo(box.halfExtents());
    }

    @Test
    void facesTouchingIsNoOverlapButAMillimetreInIs() {
        ShapeBox touching = cube(0.5, Pose.of(1.0, 0, 0));
        assertThat(UNIT.penetration(touching)).isCloseTo(0, within(1e-12));
        assertThat(UNIT.overlaps(touching, 0)).isFalse();
        ShapeBox sunk = cube(0.5, Pose.of(0.997, 0, 0));
        assertThat(UNIT.penetration(sunk)).isCloseTo(0.003, within(1e-12));
        assertThat(UNIT.overlaps(sunk, 0.002)).isTrue();
        assertThat(UNIT.overlaps(sunk, 0.004)).isFalse();
    }

    @Test
    void aThinSheetStuckThroughABoxPenetratesAsFarAsItMustMoveToGetOut() {
        ShapeBox sheet = new ShapeBox(Pose.of(0.1, 0, 0), new Vec3(0.0005, 2, 2));
        // the sheet is 1 mm thick but pushing it out sideways takes 0.4 m (to x = 0.5005)
        assertThat(UNIT.penetration(sheet)).isCloseTo(0.4005, within(1e-12));
        assertThat(sheet.penetration(UNIT)).isCloseTo(0.4005, within(1e-12));
    }

    @Test
    void separatedBoxesReportTheGapAsNegativePenetration() {
        assertThat(UNIT.penetration(cube(0.5, Pose.of(0, 0, 1.25)))).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void crossedRidgesAreSeparatedOnlyByAnEdgeCrossAxis() {
        // a cube turned 45° about x has a ridge along x on top; one turned 45° about y, set above it, a ridge
        // along y below: the ridges cross 5 cm apart, and only x × y (no face normal of either) separates them
        double r = Math.sqrt(0.5);
        ShapeBox a = cube(0.5, new Pose(Vec3.ZERO, Quat.fromAxisAngle(Vec3.UNIT_X, Math.PI / 4)));
        ShapeBox b = cube(0.5, new Pose(new Vec3(0, 0, 2 * r + 0.05), Quat.fromAxisAngle(Vec3.UNIT_Y, Math.PI / 4)));
        double faceOnly = Math.min(faceAxesDepth(a, b), faceAxesDepth(b, a));
        assertThat(faceOnly).as("face axes alone would call it an overlap").isPositive();
        assertThat(a.penetration(b)).isCloseTo(-0.05, within(1e-12));
        assertThat(a.overlaps(b, 0)).isFalse();
    }

    /** Overlap depth along x's three face normals only: what a test without the edge axes would compute. */
    private static double faceAxesDepth(ShapeBox x, ShapeBox y) {
        double min = Double.POSITIVE_INFINITY;
        for (Vec3 local : new Vec3[] {Vec3.UNIT_X, Vec3.UNIT_Y, Vec3.UNIT_Z}) {
            Vec3 axis = x.pose().rotation().rotate(local);
            min = Math.min(min, radius(x, axis) + radius(y, axis) - Math.abs(y.center().minus(x.center()).dot(axis)));
        }
        return min;
    }

    private static double radius(ShapeBox b, Vec3 axis) {
        Quat q = b.pose().rotation();
        return b.halfExtents().x() * Math.abs(q.rotate(Vec3.UNIT_X).dot(axis))
                + b.halfExtents().y() * Math.abs(q.rotate(Vec3.UNIT_Y).dot(axis))
                + b.halfExtents().z() * Math.abs(q.rotate(Vec3.UNIT_Z).dot(axis));
    }

    @Test
    void rayFromAboveEntersTheTopFaceWithAnUpwardNormal() {
        Ray down = new Ray(new Vec3(0.1, -0.2, 3), new Vec3(0, 0, -2));
        assertThat(UNIT.raycast(down).getAsDouble()).isCloseTo(2.5, within(1e-12));
        SurfaceHit hit = UNIT.raycastHit(down, "p1").orElseThrow();
        assertThat(hit.placementId()).isEqualTo("p1");
        assertThat(hit.point().isNear(new Vec3(0.1, -0.2, 0.5), 1e-12)).isTrue();
        assertThat(hit.normal().isNear(Vec3.UNIT_Z, 1e-12)).isTrue();
        assertThat(hit.isGround()).isFalse();
    }

    @Test
    void rayIntoATurnedBoxGetsTheTurnedFaceNormal() {
        ShapeBox turned = cube(0.5, new Pose(Vec3.ZERO, Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI / 4)));
        SurfaceHit hit = turned.raycastHit(new Ray(new Vec3(3, 3, 0), new Vec3(-1, -1, 0)), "p").orElseThrow();
        // entering along the diagonal of a 45°-turned cube hits a face head-on, 0.5 m from the centre
        assertThat(hit.distance()).isCloseTo(3 * Math.sqrt(2) - 0.5, within(1e-12));
        assertThat(hit.normal().isNear(new Vec3(1, 1, 0).normalized(), 1e-12)).isTrue();
    }

    @Test
    void rayMissesBoxesBesideBehindOrAroundItsOrigin() {
        assertThat(UNIT.raycast(new Ray(new Vec3(2, 0, 3), new Vec3(0, 0, -1)))).isEmpty();
        assertThat(UNIT.raycast(new Ray(new Vec3(0, 0, 3), new Vec3(0, 0, 1)))).isEmpty();
        assertThat(UNIT.raycast(new Ray(Vec3.ZERO, new Vec3(0, 0, 1)))).isEmpty();
        assertThat(UNIT.raycast(new Ray(new Vec3(0.7, 0, 3), new Vec3(0, 0, -1)))).isEmpty();
    }

    @Test
    void negativeOrNonFiniteHalfExtentsAreRejected() {
        assertThatThrownBy(() -> new ShapeBox(Pose.IDENTITY, new Vec3(-0.1, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShapeBox(Pose.IDENTITY, new Vec3(Double.NaN, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShapeBox(null, new Vec3(1, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<ShapeBox> box() {
        return SceneFixtures.boxes();
    }

    @Property(tries = 300)
    void penetrationIsSymmetric(@ForAll("box") ShapeBox a, @ForAll("box") ShapeBox b) {
        assertThat(b.penetration(a)).isCloseTo(a.penetration(b), within(1e-9));
        assertThat(b.overlaps(a, 0.002)).isEqualTo(a.overlaps(b, 0.002));
    }

    @Property(tries = 300)
    void boundsHoldEveryCornerAndEachFaceTouchesOne(@ForAll("box") ShapeBox box) {
        Aabb b = box.bounds();
        Aabb corners = Aabb.EMPTY;
        Vec3 h = box.halfExtents();
        for (int i = 0; i < 8; i++) {
            Vec3 local = new Vec3((i & 1) == 0 ? -h.x() : h.x(), (i & 2) == 0 ? -h.y() : h.y(), (i & 4) == 0 ? -h.z() : h.z());
            corners = corners.include(box.pose().transformPoint(local));
        }
        assertThat(b.min().isNear(corners.min(), 1e-9)).isTrue();
        assertThat(b.max().isNear(corners.max(), 1e-9)).isTrue();
    }

    /**
     * Sampling check: a point of a's volume that is also in b means they overlap; SAT must agree. Points are a
     * 7 × 7 × 7 grid over a's volume.
     */
    @Property(tries = 400)
    void satAgreesWithPointSampling(@ForAll("box") ShapeBox a, @ForAll("box") ShapeBox b) {
        boolean shared = false;
        Vec3 h = a.halfExtents();
        for (int i = 0; i < 7 && !shared; i++) {
            for (int j = 0; j < 7 && !shared; j++) {
                for (int k = 0; k < 7 && !shared; k++) {
                    Vec3 local = new Vec3(h.x() * (i / 3.0 - 1), h.y() * (j / 3.0 - 1), h.z() * (k / 3.0 - 1));
                    shared = strictlyInside(b, a.pose().transformPoint(local), 1e-9);
                }
            }
        }
        Statistics.collect(shared ? "shared point" : "none");
        Statistics.coverage(c -> c.check("shared point").percentage(pct -> pct > 10));
        if (shared) {
            assertThat(a.penetration(b)).isPositive();
        }
        if (a.penetration(b) < 0) {
            assertThat(shared).isFalse();
        }
    }

    /**
     * Independent check in both directions: alternating projections between two convex sets converge to a
     * common point when they intersect and to a closest pair when apart, which is at least SAT's gap away.
     */
    @Property(tries = 300)
    void satAgreesWithAlternatingProjections(@ForAll("box") ShapeBox a, @ForAll("box") ShapeBox b) {
        double p = a.penetration(b);
        Vec3 x = a.center();
        Vec3 pb = b.center();
        for (int i = 0; i < 3000; i++) {
            pb = project(b, x);
            x = project(a, pb);
        }
        double distance = x.minus(pb).norm();
        Statistics.collect(p > 0.01 ? "overlapping" : p < -0.01 ? "apart" : "near contact");
        Statistics.coverage(c -> {
            c.check("overlapping").percentage(pct -> pct > 10);
            c.check("apart").percentage(pct -> pct > 10);
        });
        if (p > 0.01) {
            assertThat(distance).isLessThan(1e-4);
        } else if (p < -0.01) {
            assertThat(distance).isGreaterThanOrEqualTo(-p - 1e-6);
        }
    }

    private static boolean strictlyInside(ShapeBox box, Vec3 world, double margin) {
        Vec3 l = box.pose().rotation().conjugate().rotate(world.minus(box.center()));
        Vec3 h = box.halfExtents();
        return Math.abs(l.x()) < h.x() - margin && Math.abs(l.y()) < h.y() - margin && Math.abs(l.z()) < h.z() - margin;
    }

    private static Vec3 project(ShapeBox box, Vec3 world) {
        Quat q = box.pose().rotation();
        Vec3 l = q.conjugate().rotate(world.minus(box.center()));
        Vec3 h = box.halfExtents();
        Vec3 clamped = new Vec3(clamp(l.x(), h.x()), clamp(l.y(), h.y()), clamp(l.z(), h.z()));
        return box.center().plus(q.rotate(clamped));
    }

    private static double clamp(double v, double h) {
        return Math.max(-h, Math.min(h, v));
    }

    /** A ray from outside aimed at a point inside enters, and its entry point lies on the box surface. */
    @Property(tries = 200)
    void raycastDistanceReproducesAPointOnTheSurface(@ForAll("box") ShapeBox box,
            @ForAll("direction") Vec3 towards, @ForAll @DoubleRange(min = -0.9, max = 0.9) double u,
            @ForAll @DoubleRange(min = -0.9, max = 0.9) double v, @ForAll @DoubleRange(min = -0.9, max = 0.9) double w) {
        Vec3 h = box.halfExtents();
        towards = towards.normalized();
        Vec3 target = box.pose().transformPoint(new Vec3(u * h.x(), v * h.y(), w * h.z()));
        Vec3 origin = target.minus(towards.times(5)); // boxes are at most 2·√3 m across: 5 m back is outside
        Ray ray = new Ray(origin, towards);
        OptionalDouble d = box.raycast(ray);
        assertThat(d).isPresent();
        Vec3 local = box.pose().rotation().conjugate().rotate(ray.at(d.getAsDouble()).minus(box.center()));
        double onFace = Math.max(Math.abs(local.x()) - h.x(), Math.max(Math.abs(local.y()) - h.y(), Math.abs(local.z()) - h.z()));
        assertThat(onFace).isCloseTo(0, within(1e-9));
        assertThat(d.getAsDouble()).isLessThanOrEqualTo(5 + 1e-9);
        SurfaceHit hit = box.raycastHit(ray, "x").orElseThrow();
        assertThat(hit.normal().dot(towards)).as("the entered face faces the ray").isNegative();
        assertThat(hit.normal().norm()).isCloseTo(1, within(1e-9));
    }

    @Provide
    Arbitrary<Vec3> direction() {
        return SceneFixtures.points(1).filter(p -> p.norm() > 0.1);
    }
}
