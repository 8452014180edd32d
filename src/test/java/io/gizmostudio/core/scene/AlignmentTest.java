package io.gizmostudio.core.scene;

import static io.gizmostudio.core.scene.SceneFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Alignment.Axis;
import io.gizmostudio.core.scene.Alignment.Edge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    /** Three placements whose bounds are offset from their origins (as a table's are: origin at the floor). */
    private final List<Placement> three = List.of(
            placement("a", Pose.of(0, 0, 0)), placement("b", Pose.of(2, 1, 0)), placement("c", Pose.of(5, -1, 0)));
    private final Map<String, Aabb> bounds = Map.of(
            "a", new Aabb(new Vec3(-0.5, -0.5, 0), new Vec3(0.5, 0.5, 1)),
            "b", new Aabb(new Vec3(1.8, 0.8, 0), new Vec3(2.2, 1.2, 0.4)),
            "c", new Aabb(new Vec3(4, -2, 0), new Vec3(6, 0, 2)));

    @Test
    void alignMinXMovesLeftEdgesToTheAnchors() {
        Map<String, Pose> out = Alignment.align(three, bounds, Axis.X, Edge.MIN);
        assertThat(out.keySet()).containsExactly("a", "b", "c");
        assertThat(out.get("a")).isEqualTo(three.get(0).pose());
        assertThat(out.get("b").position().isNear(new Vec3(-0.3, 1, 0), 1e-12)).isTrue();
        assertThat(out.get("c").position().isNear(new Vec3(0.5, -1, 0), 1e-12)).isTrue();
    }

    @Test
    void alignMaxZLinesUpTopsAndCenterYLinesUpMiddles() {
        Map<String, Pose> tops = Alignment.align(three, bounds, Axis.Z, Edge.MAX);
        assertThat(tops.get("b").position().z()).isCloseTo(0.6, within(1e-12));
        assertThat(tops.get("c").position().z()).isCloseTo(-1, within(1e-12));
        Map<String, Pose> middles = Alignment.align(three, bounds, Axis.Y, Edge.CENTER);
        assertThat(middles.get("b").position().y()).isCloseTo(0, within(1e-12));
        assertThat(middles.get("c").position().y()).isCloseTo(0, within(1e-12));
        assertThat(middles.get("c").position().x()).isEqualTo(5);
    }

    @Test
    void distributeSpacesCentresEvenlyBetweenTheOutermost() {
        List<Placement> four = new ArrayList<>(three);
        four.add(placement("d", Pose.of(1, 0, 0)));
        Map<String, Aabb> b = new LinkedHashMap<>(bounds);
        b.put("d", new Aabb(new Vec3(0.5, 0, 0), new Vec3(1.5, 1, 1)));
        Map<String, Pose> out = Alignment.distribute(four, b, Axis.X);
        // centres 0 (a), 1 (d), 2 (b), 5 (c): a and c stay, d and b go to 5/3 and 10/3 in that order
        assertThat(out.get("a")).isEqualTo(four.get(0).pose());
        assertThat(out.get("c")).isEqualTo(four.get(2).pose());
        assertThat(out.get("d").position().x()).isCloseTo(1 + (5.0 / 3 - 1), within(1e-12));
        assertThat(out.get("b").position().x()).isCloseTo(2 + (10.0 / 3 - 2), within(1e-12));
    }

    @Test
    void distributingFewerThanThreeChangesNothing() {
        Map<String, Pose> out = Alignment.distribute(three.subList(0, 2), bounds, Axis.X);
        assertThat(out).containsExactly(Map.entry("a", three.get(0).pose()), Map.entry("b", three.get(1).pose()));
    }

    @Test
    void aPlacementWithoutBoundsAlignsByItsOrigin() {
        Map<String, Pose> out = Alignment.align(three, Map.of("b", bounds.get("b")), Axis.X, Edge.MAX);
        // the anchor has no bounds: its origin x (0) is the target
        assertThat(out.get("b").position().x()).isCloseTo(-0.2, within(1e-12));
        assertThat(out.get("c").position().x()).isCloseTo(0, within(1e-12));
        assertThat(Alignment.align(List.of(), bounds, Axis.X, Edge.MAX)).isEmpty();
    }

    record Layout(List<Placement> placements, Map<String, Aabb> bounds) { }

    @Provide
    Arbitrary<Layout> layout() {
        Arbitrary<Double> c = Arbitraries.doubles().between(-5, 5);
        Arbitrary<Double> s = Arbitraries.doubles().between(0.01, 2);
        Arbitrary<double[]> one = Combinators.combine(c, c, c, s, s, s).as((x, y, z, a, b, d) -> new double[] {x, y, z, a, b, d});
        return one.list().ofMinSize(1).ofMaxSize(8).map(list -> {
            List<Placement> ps = new ArrayList<>();
            Map<String, Aabb> bs = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                double[] v = list.get(i);
                Vec3 origin = new Vec3(v[0], v[1], v[2]);
                ps.add(placement("p" + i, new Pose(origin, Quat.fromAxisAngle(Vec3.UNIT_Z, i))));
                Vec3 lo = origin.minus(new Vec3(v[3], v[4], v[5]).times(0.3));
                bs.put("p" + i, new Aabb(lo, lo.plus(new Vec3(v[3], v[4], v[5]))));
            }
            return new Layout(ps, bs);
        });
    }

    private static Aabb moved(Aabb b, Vec3 d) {
        return new Aabb(b.min().plus(d), b.max().plus(d));
    }

    private static double edge(Aabb b, Axis axis, Edge edge) {
        Vec3 v = switch (edge) {
            case MIN -> b.min();
            case CENTER -> b.center();
            case MAX -> b.max();
        };
        return switch (axis) {
            case X -> v.x();
            case Y -> v.y();
            case Z -> v.z();
        };
    }

    /** Align moves only along the axis, lines up the edges, and the old poses come back by subtracting the deltas. */
    @Property(tries = 300)
    void alignIsUndoneByItsDeltas(@ForAll("layout") Layout layout, @ForAll Axis axis, @ForAll Edge edge) {
        Map<String, Pose> out = Alignment.align(layout.placements(), layout.bounds(), axis, edge);
        double target = edge(layout.bounds().get("p0"), axis, edge);
        for (Placement p : layout.placements()) {
            Pose now = out.get(p.id());
            Vec3 delta = now.position().minus(p.pose().position());
            assertThat(now.rotation()).isEqualTo(p.pose().rotation());
            assertThat(edge(moved(layout.bounds().get(p.id()), delta), axis, edge)).isCloseTo(target, within(1e-9));
            for (Axis other : Axis.values()) {
                if (other != axis) {
                    assertThat(edge(new Aabb(delta, delta), other, Edge.MIN)).isEqualTo(0);
                }
            }
            Pose undone = new Pose(now.position().minus(delta), now.rotation());
            assertThat(undone.isNear(p.pose(), 1e-9)).isTrue();
        }
    }

    @Property(tries = 300)
    void distributeKeepsTheEndsAndEvensTheGaps(@ForAll("layout") Layout layout, @ForAll Axis axis) {
        Map<String, Pose> out = Alignment.distribute(layout.placements(), layout.bounds(), axis);
        List<Double> centres = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        for (Placement p : layout.placements()) {
            Vec3 delta = out.get(p.id()).position().minus(p.pose().position());
            centres.add(edge(moved(layout.bounds().get(p.id()), delta), axis, Edge.CENTER));
            before.add(edge(layout.bounds().get(p.id()), axis, Edge.CENTER));
        }
        int n = centres.size();
        if (n < 3) {
            assertThat(centres).isEqualTo(before);
            return;
        }
        double lo = before.stream().mapToDouble(d -> d).min().orElseThrow();
        double hi = before.stream().mapToDouble(d -> d).max().orElseThrow();
        List<Double> sorted = centres.stream().sorted().toList();
        assertThat(sorted.get(0)).isCloseTo(lo, within(1e-9));
        assertThat(sorted.get(n - 1)).isCloseTo(hi, within(1e-9));
        for (int i = 1; i < n; i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).isCloseTo((hi - lo) / (n - 1), within(1e-9));
        }
    }
}
