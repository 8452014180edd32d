package io.gizmostudio.core.scene;

import static io.gizmostudio.core.scene.SceneFixtures.blockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SceneRaycastTest {
    private final PlacedShape table = SceneFixtures.table().placedAt("table", Pose.IDENTITY);
    private final PlacedShape crateOnTable = blockAt("crate", 0.2, 0.2, 0.2, 0, 0, 0.75);
    private final PlacedShape crateOnFloor = blockAt("floor-crate", 0.2, 0.2, 0.2, 2, 0, 0);

    private static Ray down(double x, double y) {
        return new Ray(new Vec3(x, y, 5), new Vec3(0, 0, -1));
    }

    @Test
    void theNearestBoxAlongTheRayWins() {
        SurfaceHit hit = SceneRaycast.cast(down(0, 0), List.of(table, crateOnTable), Set.of()).orElseThrow();
        assertThat(hit.placementId()).isEqualTo("crate");
        assertThat(hit.point().z()).isCloseTo(0.95, within(1e-9));
        assertThat(hit.normal().isNear(Vec3.UNIT_Z, 1e-12)).isTrue();
        assertThat(hit.distance()).isCloseTo(4.05, within(1e-9));
    }

    @Test
    void ignoredPlacementsAreSeenThrough() {
        SurfaceHit hit = SceneRaycast.cast(down(0, 0), List.of(crateOnTable, table), Set.of("crate")).orElseThrow();
        assertThat(hit.placementId()).isEqualTo("table");
        assertThat(hit.point().z()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void aRayPastEveryBoxHitsTheGroundWithAnUpwardNormal() {
        SurfaceHit hit = SceneRaycast.cast(new Ray(new Vec3(5, 5, 2), new Vec3(1, 0, -1)), List.of(table, crateOnFloor), Set.of())
                .orElseThrow();
        assertThat(hit.isGround()).isTrue();
        assertThat(hit.point().isNear(new Vec3(7, 5, 0), 1e-12)).isTrue();
        assertThat(hit.normal()).isEqualTo(Vec3.UNIT_Z);
        assertThat(hit.distance()).isCloseTo(2 * Math.sqrt(2), within(1e-12));
    }

    @Test
    void aRayGoingUpOrStartingBelowTheGroundHitsNoGround() {
        assertThat(SceneRaycast.cast(new Ray(new Vec3(0, 0, 1), new Vec3(0, 1, 0.1)), List.of(), Set.of())).isEmpty();
        assertThat(SceneRaycast.cast(new Ray(new Vec3(0, 0, 1), Vec3.UNIT_X), List.of(), Set.of())).isEmpty();
        assertThat(SceneRaycast.cast(new Ray(new Vec3(0, 0, -1), new Vec3(0, 0, -1)), List.of(), Set.of())).isEmpty();
    }

    @Test
    void aRayStartingBetweenTheTableLegsHitsALegFromInsideTheTablesBounds() {
        // under the table top, looking sideways along x from the middle: the first thing is the leg line
        Ray sideways = new Ray(new Vec3(0, 0.55, 0.3), Vec3.UNIT_X);
        SurfaceHit hit = SceneRaycast.cast(sideways, List.of(table), Set.of()).orElseThrow();
        assertThat(hit.placementId()).isEqualTo("table");
        assertThat(hit.normal().isNear(new Vec3(-1, 0, 0), 1e-12)).isTrue();
        assertThat(hit.point().x()).isBetween(0.2, 0.4);
    }

    @Test
    void aBoxSunkBelowTheFloorIsHitOnlyWhereItRisesAboveIt() {
        PlacedShape sunk = blockAt("sunk", 1, 1, 1, 0, 0, -0.5);
        SurfaceHit hit = SceneRaycast.cast(down(0, 0), List.of(sunk), Set.of()).orElseThrow();
        assertThat(hit.placementId()).isEqualTo("sunk");
        PlacedShape deep = blockAt("deep", 1, 1, 1, 0, 0, -2);
        assertThat(SceneRaycast.cast(down(0, 0), List.of(deep), Set.of()).orElseThrow().isGround()).isTrue();
    }
}
