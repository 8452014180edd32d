package io.gizmostudio.core.scene;

import static io.gizmostudio.core.scene.SceneFixtures.blockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.PlacementIssue.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class SceneChecksTest {
    private static final Logger LOG = LoggerFactory.getLogger(SceneChecksTest.class);
    private static final List<AssetShape> FURNITURE = List.of(
            SceneFixtures.table(),
            AssetShape.of(SceneFixtures.generated("a box"), Map.of()),
            AssetShape.of(SceneFixtures.generated("a cabinet with two drawers"), Map.of()),
            AssetShape.of(SceneFixtures.generated("a shelving rack"), Map.of()),
            SceneFixtures.blockShape(0.3, 0.3, 0.3));

    private final PlacedShape table = SceneFixtures.table().placedAt("table", Pose.IDENTITY);

    @Test
    void twoInterpenetratingBlocksGetOneOverlapIssueEach() {
        PlacedShape a = blockAt("a", 1, 1, 1, 0, 0, 0);
        PlacedShape b = blockAt("b", 1, 1, 1, 0.9, 0, 0);
        List<PlacementIssue> issues = SceneChecks.run(List.of(a, b));
        assertThat(issues).hasSize(2);
        assertThat(issues.get(0)).isEqualTo(new PlacementIssue("a", Kind.OVERLAP, "b", issues.get(0).amount(), "overlaps b"));
        assertThat(issues.get(1)).isEqualTo(new PlacementIssue("b", Kind.OVERLAP, "a", issues.get(0).amount(), "overlaps a"));
        assertThat(issues.get(0).amount()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void touchingOrBarelyGrazingIsNoOverlap() {
        assertThat(SceneChecks.run(List.of(blockAt("a", 1, 1, 1, 0, 0, 0), blockAt("b", 1, 1, 1, 1.0, 0, 0)))).isEmpty();
        assertThat(SceneChecks.run(List.of(blockAt("a", 1, 1, 1, 0, 0, 0), blockAt("b", 1, 1, 1, 0.999, 0, 0)))).isEmpty();
    }

    @Test
    void aCrateOnTheTableIsFineAndOneAboveItFloats() {
        assertThat(SceneChecks.run(List.of(table, blockAt("crate", 0.2, 0.2, 0.2, 0, 0, 0.75)))).isEmpty();
        assertThat(SceneChecks.run(List.of(table, blockAt("crate", 0.2, 0.2, 0.2, 0, 0, 0.753)))).isEmpty();
        List<PlacementIssue> issues = SceneChecks.run(List.of(table, blockAt("crate", 0.2, 0.2, 0.2, 0, 0, 0.8)));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.placementId()).isEqualTo("crate");
            assertThat(i.kind()).isEqualTo(Kind.FLOATING);
            assertThat(i.otherPlacementId()).isNull();
            assertThat(i.amount()).isCloseTo(0.05, within(1e-9));
            assertThat(i.message()).isEqualTo("floats 0.050 m above its support");
        });
    }

    @Test
    void aCrateUnderTheTableStandsOnTheFloor() {
        assertThat(SceneChecks.run(List.of(table, blockAt("crate", 0.2, 0.2, 0.2, 0, 0, 0)))).isEmpty();
    }

    @Test
    void sinkingIntoTheFloorIsReportedWithTheDepth() {
        List<PlacementIssue> issues = SceneChecks.run(List.of(blockAt("a", 1, 1, 1, 0, 0, -0.12)));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.BELOW_FLOOR);
            assertThat(i.amount()).isCloseTo(0.12, within(1e-12));
            assertThat(i.message()).isEqualTo("sinks 0.120 m below the floor");
        });
        assertThat(SceneChecks.run(List.of(blockAt("a", 1, 1, 1, 0, 0, -0.004)))).isEmpty();
    }

    @Test
    void aTurnedTableOverlappingACabinetIsFoundThroughTheBroadPhase() {
        PlacedShape cabinet = FURNITURE.get(2).placedAt("cabinet", Pose.of(0.5, 0, 0));
        PlacedShape turned = SceneFixtures.table().placedAt("t", new Pose(Vec3.ZERO, Quat.fromAxisAngle(Vec3.UNIT_Z, 0.7)));
        PlacedShape farAway = FURNITURE.get(1).placedAt("far", Pose.of(30, 0, 0));
        List<PlacementIssue> issues = SceneChecks.run(List.of(farAway, turned, cabinet));
        assertThat(issues).extracting(PlacementIssue::placementId, PlacementIssue::otherPlacementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t", "cabinet"), org.assertj.core.groups.Tuple.tuple("cabinet", "t"));
    }

    @Test
    void aThinShelfPiercedByAPostIsAnOverlapThoughTheirBoundsShareOnlyAMillimetre() {
        PlacedShape shelf = blockAt("shelf", 1, 1, 0.001, 0, 0, 0.5);
        PlacedShape post = blockAt("post", 0.001, 0.04, 1, 0.2, 0, 0);
        assertThat(SceneChecks.run(List.of(shelf, post))).extracting(PlacementIssue::kind)
                .contains(Kind.OVERLAP, Kind.OVERLAP);
        assertThat(SceneChecks.run(List.of(post, shelf))).filteredOn(i -> i.kind() == Kind.OVERLAP).hasSize(2);
    }

    @Test
    void shapesWithoutBoxesHaveNoIssues() {
        PlacedShape ghost = new PlacedShape("ghost", List.of(), io.gizmostudio.core.model.Aabb.EMPTY);
        assertThat(SceneChecks.run(List.of(ghost, blockAt("a", 1, 1, 1, 0, 0, 0)))).isEmpty();
    }

    /** Random furniture on a 12 m × 12 m floor, some stacked, some sunk, some floating, some turned. */
    private static List<PlacedShape> randomScene(long seed, int count, double floor) {
        Random random = new Random(seed);
        List<PlacedShape> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AssetShape shape = FURNITURE.get(random.nextInt(FURNITURE.size()));
            double z = switch (random.nextInt(4)) {
                case 0 -> -0.1 * random.nextDouble();
                case 1 -> 0.75;
                case 2 -> random.nextDouble();
                default -> 0;
            };
            Quat yaw = Quat.fromAxisAngle(Vec3.UNIT_Z, random.nextInt(3) == 0 ? random.nextDouble() * 6.3 : 0);
            Pose pose = new Pose(new Vec3((random.nextDouble() - 0.5) * floor, (random.nextDouble() - 0.5) * floor, z), yaw);
            out.add(shape.placedAt("p" + i, pose));
        }
        return out;
    }

    /** The sweep must find exactly the overlapping pairs an all-pairs comparison finds. */
    @Property(tries = 60)
    void sweepFindsTheSameOverlapsAsAllPairs(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 40) int count) {
        List<PlacedShape> scene = randomScene(seed, count, 4);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < scene.size(); i++) {
            for (int j = 0; j < scene.size(); j++) {
                if (i != j && deepest(scene.get(i), scene.get(j)) > SceneChecks.OVERLAP_TOLERANCE) {
                    expected.add(scene.get(i).placementId() + ">" + scene.get(j).placementId());
                }
            }
        }
        Set<String> found = new HashSet<>();
        for (PlacementIssue issue : SceneChecks.run(scene)) {
            if (issue.kind() == Kind.OVERLAP) {
                assertThat(found.add(issue.placementId() + ">" + issue.otherPlacementId())).isTrue();
            }
        }
        assertThat(found).isEqualTo(expected);
    }

    private static double deepest(PlacedShape a, PlacedShape b) {
        double best = Double.NEGATIVE_INFINITY;
        for (ShapeBox x : a.worldBoxes()) {
            for (ShapeBox y : b.worldBoxes()) {
                best = Math.max(best, x.penetration(y));
            }
        }
        return best;
    }

    @Test
    void supportIssuesFollowTheDropHeight() {
        List<PlacedShape> scene = randomScene(42, 60, 6);
        List<PlacementIssue> issues = SceneChecks.run(scene);
        int floating = 0;
        for (PlacedShape s : scene) {
            double bottom = s.worldBounds().min().z();
            double gap = bottom - SurfaceDrop.supportBelow(s, scene);
            boolean below = issues.stream().anyMatch(i -> i.placementId().equals(s.placementId()) && i.kind() == Kind.BELOW_FLOOR);
            boolean floats = issues.stream().anyMatch(i -> i.placementId().equals(s.placementId()) && i.kind() == Kind.FLOATING);
            assertThat(below).isEqualTo(bottom < -0.005);
            assertThat(floats).isEqualTo(bottom >= -0.005 && gap > 0.005);
            floating += floats ? 1 : 0;
        }
        assertThat(floating).as("the random scene has floating placements to check").isPositive();
    }

    @Test
    void twoHundredPlacementsAreCheckedQuickly() {
        List<PlacedShape> scene = randomScene(7, 200, 12);
        int boxes = scene.stream().mapToInt(s -> s.worldBoxes().size()).sum();
        List<PlacementIssue> issues = List.of();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) { // the first runs warm up the JIT; the machine is shared, so keep the best
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            issues = SceneChecks.run(scene);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
        }
        LOG.info("SceneChecks.run: 200 placements ({} boxes), {} issues, best of 15 runs {} ms wall, {} ms CPU", boxes,
                issues.size(), String.format(Locale.ROOT, "%.2f", bestWall / 1e6), String.format(Locale.ROOT, "%.2f", bestCpu / 1e6));
        assertThat(issues).extracting(PlacementIssue::kind).contains(Kind.OVERLAP, Kind.FLOATING, Kind.BELOW_FLOOR);
    }
}
