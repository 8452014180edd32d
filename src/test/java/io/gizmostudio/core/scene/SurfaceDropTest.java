package io.gizmostudio.core.scene;

import static io.gizmostudio.core.scene.SceneFixtures.blockAt;
import static io.gizmostudio.core.scene.SceneFixtures.blockShape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SurfaceDropTest {
    private final PlacedShape table = SceneFixtures.table().placedAt("table", Pose.IDENTITY);

    @Test
    void aHitOnAnUpwardFaceSupportsAtItsHeight() {
        SurfaceHit onTop = new SurfaceHit("table", new Vec3(0.1, 0.1, 0.75), Vec3.UNIT_Z, 3);
        assertThat(SurfaceDrop.supportHeight(onTop, List.of(table), Set.of())).isEqualTo(0.75);
        SurfaceHit ground = new SurfaceHit(null, new Vec3(3, 3, 0), Vec3.UNIT_Z, 3);
        assertThat(SurfaceDrop.supportHeight(ground, List.of(table), Set.of())).isEqualTo(0);
    }

    @Test
    void aHitOnASideFaceSupportsOnTheHighestSurfaceBelowIt() {
        PlacedShape crate = blockAt("crate", 0.2, 0.2, 0.2, 0, 0, 0.75);
        // the side of the crate standing on the table: below the hit point is the table top
        SurfaceHit side = SceneRaycast.cast(new Ray(new Vec3(-3, 0, 0.85), Vec3.UNIT_X), List.of(table, crate), Set.of())
                .orElseThrow();
        assertThat(side.placementId()).isEqualTo("crate");
        assertThat(side.normal().isNear(new Vec3(-1, 0, 0), 1e-12)).isTrue();
        assertThat(SurfaceDrop.supportHeight(side, List.of(table, crate), Set.of())).isCloseTo(0.75, within(1e-9));
        // the side of the table top itself: nothing under its edge but the floor
        SurfaceHit edge = SceneRaycast.cast(new Ray(new Vec3(-3, 0.3, 0.74), Vec3.UNIT_X), List.of(table), Set.of())
                .orElseThrow();
        assertThat(edge.placementId()).isEqualTo("table");
        assertThat(SurfaceDrop.supportHeight(edge, List.of(table), Set.of())).isEqualTo(0);
    }

    @Test
    void aBottomFaceHitLooksBelowAndIgnoredShapesAreNotStoodOn() {
        PlacedShape shelf = blockAt("shelf", 1, 1, 0.02, 5, 0, 1.0);
        PlacedShape low = blockAt("low", 1, 1, 0.3, 5, 0, 0);
        SurfaceHit under = new SurfaceHit("shelf", new Vec3(5, 0, 1.0), new Vec3(0, 0, -1), 2);
        assertThat(SurfaceDrop.supportHeight(under, List.of(shelf, low), Set.of())).isCloseTo(0.3, within(1e-12));
        assertThat(SurfaceDrop.supportHeight(under, List.of(shelf, low), Set.of("low"))).isEqualTo(0);
    }

    @Test
    void standingPositionPutsATableTippedOnItsSideOnTheSupport() {
        Quat onSide = Quat.fromAxisAngle(Vec3.UNIT_X, Math.PI / 2);
        Vec3 p = SurfaceDrop.standingPosition(SceneFixtures.table(), onSide, new Vec3(1, 2, 9), 0.4);
        // turned about x, the table's y extent (-0.6..0.6) becomes z: its bottom is 0.6 below the origin
        assertThat(p.isNear(new Vec3(1, 2, 1.0), 1e-9)).isTrue();
    }

    @Test
    void anEmptyShapeStandsWithItsOriginOnTheSupport() {
        AssetShape none = new AssetShape(List.of(), io.gizmostudio.core.model.Aabb.EMPTY);
        assertThat(SurfaceDrop.standingPosition(none, Quat.IDENTITY, new Vec3(1, 2, 3), 0.5)).isEqualTo(new Vec3(1, 2, 0.5));
    }

    @Test
    void droppingLandsOnTheTableTopUnderTheFootprint() {
        Pose floating = Pose.of(0.1, 0.1, 1.3);
        PlacedShape crate = blockShape(0.2, 0.2, 0.2).placedAt("crate", floating);
        assertThat(SurfaceDrop.dropBelow(crate, floating, List.of(table, crate)).isNear(new Vec3(0.1, 0.1, 0.75), 1e-9)).isTrue();
    }

    @Test
    void droppingBesideTheTableLandsOnTheFloor() {
        Pose beside = Pose.of(1.0, 0, 1.3);
        PlacedShape crate = blockShape(0.2, 0.2, 0.2).placedAt("crate", beside);
        assertThat(SurfaceDrop.dropBelow(crate, beside, List.of(table)).isNear(new Vec3(1.0, 0, 0), 1e-12)).isTrue();
    }

    @Test
    void aFootprintOnlyTouchingAnEdgeIsNotSupported() {
        // table spans x -0.4..0.4: a crate spanning 0.4..0.6 touches the edge without overlapping it
        Pose atEdge = Pose.of(0.5, 0, 1);
        PlacedShape crate = blockShape(0.2, 0.2, 0.2).placedAt("crate", atEdge);
        assertThat(SurfaceDrop.dropBelow(crate, atEdge, List.of(table)).z()).isCloseTo(0, within(1e-9));
    }

    @Test
    void slightlySunkStillRestsButDeeplySunkFallsThrough() {
        Pose sunk = Pose.of(0, 0, 0.747);
        PlacedShape crate = blockShape(0.2, 0.2, 0.2).placedAt("crate", sunk);
        assertThat(SurfaceDrop.dropBelow(crate, sunk, List.of(table)).z()).isCloseTo(0.75, within(1e-9));
        Pose deep = Pose.of(0, 0, 0.74);
        PlacedShape deeper = blockShape(0.2, 0.2, 0.2).placedAt("crate", deep);
        assertThat(SurfaceDrop.dropBelow(deeper, deep, List.of(table)).z()).isCloseTo(0, within(1e-9));
    }

    @Test
    void somethingBelowTheFloorComesUpToIt() {
        Pose below = new Pose(new Vec3(3, 0, -0.2), Quat.fromAxisAngle(Vec3.UNIT_Z, 0.3));
        PlacedShape crate = blockShape(0.2, 0.2, 0.2).placedAt("crate", below);
        Vec3 p = SurfaceDrop.dropBelow(crate, below, List.of(table));
        assertThat(p.isNear(new Vec3(3, 0, 0), 1e-12)).isTrue();
    }

    @Provide
    Arbitrary<Quat> rotation() {
        return SceneFixtures.rotations();
    }

    @Property(tries = 300)
    void standingPositionPutsTheBottomExactlyOnTheSupportForAnyRotation(@ForAll("rotation") Quat q,
            @ForAll @DoubleRange(min = -1, max = 3) double supportZ, @ForAll @IntRange(min = 0, max = 2) int which) {
        AssetShape shape = switch (which) {
            case 0 -> SceneFixtures.table();
            case 1 -> blockShape(0.3, 0.1, 0.7);
            default -> AssetShape.of(SceneFixtures.generated("a cabinet with two drawers"), java.util.Map.of());
        };
        Vec3 at = new Vec3(1.5, -2, 40);
        Vec3 p = SurfaceDrop.standingPosition(shape, q, at, supportZ);
        PlacedShape placed = shape.placedAt("p", new Pose(p, q));
        assertThat(placed.worldBounds().min().z()).isCloseTo(supportZ, within(1e-9));
        assertThat(p.x()).isEqualTo(1.5);
        assertThat(p.y()).isEqualTo(-2);
    }

    /**
     * A random stack of blocks: dropping any of them moves only z, lands its bottom on the ground or on a
     * block top under it, never raises it by more than the resting tolerance (unless it was below the floor),
     * and passes no block top under its footprint on the way down.
     */
    @Property(tries = 300)
    void dropBelowLandsOnTheHighestThingUnderneathAndNeverLifts(@ForAll("scene") List<PlacedShape> scene,
            @ForAll @IntRange(min = 0, max = 7) int pick) {
        PlacedShape moving = scene.get(pick % scene.size());
        Vec3 centre = moving.worldBounds().center();
        Pose pose = Pose.of(centre.x(), centre.y(), moving.worldBounds().min().z());
        Vec3 p = SurfaceDrop.dropBelow(moving, pose, scene);
        assertThat(p.x()).isEqualTo(pose.position().x());
        assertThat(p.y()).isEqualTo(pose.position().y());
        double oldBottom = pose.position().z();
        double newBottom = p.z();
        if (oldBottom >= 0) {
            assertThat(newBottom).isLessThanOrEqualTo(oldBottom + SurfaceDrop.REST_TOLERANCE + 2e-6);
        }
        List<Double> topsUnder = new ArrayList<>();
        for (PlacedShape other : scene) {
            if (other != moving && footprintsOverlap(moving, other)) {
                topsUnder.add(other.worldBounds().max().z());
            }
        }
        boolean onGround = Math.abs(newBottom) < 1e-12;
        boolean onATop = topsUnder.stream().anyMatch(t -> Math.abs(t - newBottom) < 1e-12);
        assertThat(onGround || onATop).as("lands on the ground or a top under it").isTrue();
        for (double t : topsUnder) {
            boolean passedOnTheWayDown = t > newBottom + 1e-9 && t <= oldBottom + 1e-6 + SurfaceDrop.REST_TOLERANCE;
            assertThat(passedOnTheWayDown).as("top %s between %s and %s", t, newBottom, oldBottom).isFalse();
        }
    }

    private static boolean footprintsOverlap(PlacedShape a, PlacedShape b) {
        var x = a.worldBounds();
        var y = b.worldBounds();
        return Math.min(x.max().x(), y.max().x()) - Math.max(x.min().x(), y.min().x()) > 1e-6
                && Math.min(x.max().y(), y.max().y()) - Math.max(x.min().y(), y.min().y()) > 1e-6;
    }

    /** 2 to 8 axis-aligned blocks on a 2 m patch, from below the floor to 2 m up: stacks, gaps and overlaps. */
    @Provide
    Arbitrary<List<PlacedShape>> scene() {
        Arbitrary<Double> xy = net.jqwik.api.Arbitraries.doubles().between(-1, 1);
        Arbitrary<Double> z = net.jqwik.api.Arbitraries.doubles().between(-0.3, 2);
        Arbitrary<Double> size = net.jqwik.api.Arbitraries.doubles().between(0.05, 0.8);
        Arbitrary<double[]> block = net.jqwik.api.Combinators.combine(xy, xy, z, size, size, size)
                .as((x, y, zz, sx, sy, sz) -> new double[] {x, y, zz, sx, sy, sz});
        return block.list().ofMinSize(2).ofMaxSize(8).map(list -> {
            List<PlacedShape> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                double[] b = list.get(i);
                out.add(blockAt("b" + i, b[3], b[4], b[5], b[0], b[1], b[2]));
            }
            return out;
        });
    }
}
