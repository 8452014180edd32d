package io.gizmostudio.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The composer's math against what it promises, for random poses, boxes and rays. */
class SceneMathPropertiesTest {

    @Property
    void snappingIsIdempotentAndMovesLessThanHalfAStep(@ForAll @DoubleRange(min = -500, max = 500) double x,
                                                       @ForAll @DoubleRange(min = -500, max = 500) double y,
                                                       @ForAll @DoubleRange(min = 0.01, max = 2) double step) {
        GridSnap g = new GridSnap(step, Math.toRadians(15));
        Vec3 s = g.snapXY(new Vec3(x, y, 0.3));
        assertThat(Math.abs(s.x() - x)).isLessThanOrEqualTo(step / 2 + 1e-9);
        assertThat(Math.abs(s.y() - y)).isLessThanOrEqualTo(step / 2 + 1e-9);
        assertThat(s.z()).isEqualTo(0.3);
        assertThat(g.snapXY(s).x()).isCloseTo(s.x(), within(1e-9));
        assertThat(g.snapXY(s).y()).isCloseTo(s.y(), within(1e-9));
    }

    @Property
    void snappedAnglesAreWholeStepsWithinHalfAStep(@ForAll @DoubleRange(min = -10, max = 10) double a) {
        GridSnap g = GridSnap.DEFAULT;
        double s = g.snapAngle(a);
        assertThat(Math.abs(s - a)).isLessThanOrEqualTo(g.angleStep() / 2 + 1e-12);
        assertThat(Math.abs(s / g.angleStep() - Math.rint(s / g.angleStep()))).isLessThan(1e-9);
    }

    @Property
    void aStandingShapeHasTheBottomOfItsBoundsOnTheSupport(@ForAll("boxes") ShapeBox box, @ForAll("rotations") Quat q,
                                                          @ForAll @DoubleRange(min = -2, max = 5) double support) {
        AssetShape shape = new AssetShape(List.of(box), box.bounds());
        Vec3 at = new Vec3(1.5, -2, 99);
        Vec3 p = SurfaceDrop.standingPosition(shape, q, at, support);
        PlacedShape placed = shape.placedAt("p", new Pose(p, q));
        assertThat(placed.worldBounds().min().z()).isCloseTo(support, within(1e-9));
        assertThat(p.x()).isEqualTo(1.5);
        assertThat(p.y()).isEqualTo(-2);
    }

    @Property
    void aRayHitLiesOnTheBoxSurface(@ForAll("boxes") ShapeBox box, @ForAll("rotations") Quat aim) {
        Vec3 target = box.center();
        Vec3 dir = aim.rotate(Vec3.UNIT_X);
        Ray ray = new Ray(target.minus(dir.times(20)), dir);
        OptionalDouble t = box.raycast(ray);
        assertThat(t).isPresent();
        Vec3 local = box.pose().rotation().conjugate().rotate(ray.at(t.getAsDouble()).minus(box.center()));
        Vec3 h = box.halfExtents();
        double onFace = Math.max(Math.max(Math.abs(local.x()) / h.x(), Math.abs(local.y()) / h.y()), Math.abs(local.z()) / h.z());
        assertThat(onFace).isCloseTo(1, within(1e-6));
        assertThat(box.raycast(new Ray(target.plus(dir.times(20)), dir))).isEmpty(); // behind the ray
    }

    @Property(tries = 300)
    void overlapAgreesWithSamplingAndIsSymmetric(@ForAll("boxes") ShapeBox a, @ForAll("boxes") ShapeBox b) {
        boolean sat = a.overlaps(b, 0);
        assertThat(b.overlaps(a, 0)).isEqualTo(sat);
        // a point of b found inside a proves an overlap; SAT must then say so
        Random r = new Random(a.hashCode() * 31L + b.hashCode());
        for (int i = 0; i < 4000; i++) {
            Vec3 local = new Vec3((r.nextDouble() * 2 - 1) * b.halfExtents().x() * 0.999,
                    (r.nextDouble() * 2 - 1) * b.halfExtents().y() * 0.999, (r.nextDouble() * 2 - 1) * b.halfExtents().z() * 0.999);
            Vec3 world = b.pose().transformPoint(local);
            Vec3 inA = a.pose().inverse().transformPoint(world);
            if (Math.abs(inA.x()) < a.halfExtents().x() * 0.999 && Math.abs(inA.y()) < a.halfExtents().y() * 0.999
                    && Math.abs(inA.z()) < a.halfExtents().z() * 0.999) {
                assertThat(sat).as("a sampled point of b lies inside a").isTrue();
                return;
            }
        }
    }

    @Property
    void dropBelowNeverRaisesAnObjectAndLandsOnTheHighestTopBelow(@ForAll @DoubleRange(min = 0.8, max = 4) double z,
                                                                  @ForAll @DoubleRange(min = 0.1, max = 0.7) double tableTop) {
        AssetShape table = new AssetShape(List.of(ShapeBox.around(new Aabb(new Vec3(-0.5, -0.5, 0), new Vec3(0.5, 0.5, tableTop)), Pose.IDENTITY)),
                new Aabb(new Vec3(-0.5, -0.5, 0), new Vec3(0.5, 0.5, tableTop)));
        AssetShape box = new AssetShape(List.of(ShapeBox.around(new Aabb(new Vec3(-0.1, -0.1, 0), new Vec3(0.1, 0.1, 0.2)), Pose.IDENTITY)),
                new Aabb(new Vec3(-0.1, -0.1, 0), new Vec3(0.1, 0.1, 0.2)));
        Pose high = Pose.of(0.2, 0.1, z);
        PlacedShape moving = box.placedAt("box", high);
        Vec3 onTable = SurfaceDrop.dropBelow(moving, high, List.of(table.placedAt("table", Pose.IDENTITY)));
        assertThat(onTable.z()).isCloseTo(tableTop, within(1e-9));
        Pose aside = Pose.of(3, 3, z);
        Vec3 onFloor = SurfaceDrop.dropBelow(box.placedAt("box", aside), aside, List.of(table.placedAt("table", Pose.IDENTITY)));
        assertThat(onFloor.z()).isCloseTo(0, within(1e-9));
        assertThat(onFloor.z()).isLessThanOrEqualTo(z);
    }

    @Property
    void anArrayHasRowsTimesColumnsMinusOneCopiesOnItsSpacing(@ForAll @IntRange(min = 1, max = 12) int rows,
                                                             @ForAll @IntRange(min = 1, max = 12) int cols,
                                                             @ForAll @DoubleRange(min = -3, max = 3) double sx) {
        Pose source = new Pose(new Vec3(1, 2, 0.5), Quat.fromRpy(0, 0, 0.7));
        List<Pose> copies = ArrayLayout.grid(source, rows, cols, sx, 0.4);
        assertThat(copies).hasSize(rows * cols - 1);
        for (Pose p : copies) {
            double c = (p.position().x() - 1) / (sx == 0 ? 1 : sx);
            double r = (p.position().y() - 2) / 0.4;
            assertThat(Math.abs(r - Math.rint(r))).isLessThan(1e-9);
            if (sx != 0) {
                assertThat(Math.abs(c - Math.rint(c))).isLessThan(1e-9);
            }
            assertThat(p.rotation()).isEqualTo(source.rotation());
            assertThat(p.position().z()).isEqualTo(0.5);
        }
    }

    @Property(tries = 5)
    void twoHundredPlacementsAreCheckedQuickly(@ForAll("seeds") long seed) {
        Random r = new Random(seed);
        List<PlacedShape> shapes = new ArrayList<>();
        AssetShape crate = new AssetShape(List.of(ShapeBox.around(new Aabb(new Vec3(-0.2, -0.2, 0), new Vec3(0.2, 0.2, 0.4)), Pose.IDENTITY)),
                new Aabb(new Vec3(-0.2, -0.2, 0), new Vec3(0.2, 0.2, 0.4)));
        for (int i = 0; i < 200; i++) {
            shapes.add(crate.placedAt("p" + i, Pose.of(r.nextDouble() * 20, r.nextDouble() * 20, 0)));
        }
        long t0 = System.nanoTime();
        List<PlacementIssue> issues = SceneChecks.run(shapes);
        long micros = (System.nanoTime() - t0) / 1000;
        org.slf4j.LoggerFactory.getLogger(SceneMathPropertiesTest.class).info("SceneChecks over 200 placements: {} µs, {} issues", micros, issues.size());
        for (PlacementIssue i : issues) {
            assertThat(i.kind()).isEqualTo(PlacementIssue.Kind.OVERLAP); // all stand on the floor
            assertThat(issues).anyMatch(o -> o.placementId().equals(i.otherPlacementId()) && i.placementId().equals(o.otherPlacementId()));
        }
        assertThat(SceneRaycast.cast(new Ray(new Vec3(-5, -5, 3), new Vec3(0, 0, -1)), shapes, Set.of()).orElseThrow().isGround()).isTrue();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Quat> rotations() {
        return Combinators.combine(Arbitraries.doubles().between(-3.14, 3.14).ofScale(4), Arbitraries.doubles().between(-1.5, 1.5).ofScale(4),
                Arbitraries.doubles().between(-3.14, 3.14).ofScale(4)).as(Quat::fromRpy);
    }

    @Provide
    Arbitrary<ShapeBox> boxes() {
        Arbitrary<Double> half = Arbitraries.doubles().between(0.02, 1.0).ofScale(3);
        Arbitrary<Double> at = Arbitraries.doubles().between(-1.0, 1.0).ofScale(3);
        return Combinators.combine(at, at, at, half, half, half, rotations())
                .as((x, y, z, hx, hy, hz, q) -> new ShapeBox(new Pose(new Vec3(x, y, z), q), new Vec3(hx, hy, hz)));
    }
}
