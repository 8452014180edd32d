package io.gizmostudio.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetShapeTest {
    private static final Material GREY = new Material("grey", Rgba.rgb(0.5, 0.5, 0.5));

    /** A carcass with a collision box and a drawer that has only a visual (a 0.4 × 0.4 × 0.2 box). */
    private static Articulation drawerUnit() {
        Link carcass = new Link("carcass", List.of(new Visual("shell", Geometry.Box.of(9, 9, 9), Pose.IDENTITY, GREY)),
                List.of(new Collision("shell", Geometry.Box.of(0.5, 0.5, 0.6), Pose.of(0, 0, 0.3))), Inertial.NONE);
        Link drawer = new Link("drawer", List.of(new Visual("tray", Geometry.Box.of(0.4, 0.4, 0.2), Pose.IDENTITY, GREY)),
                List.of(), Inertial.NONE);
        Joint slide = new Joint("slide", JointType.PRISMATIC, "carcass", "drawer", Pose.of(0, 0, 0.4), Vec3.UNIT_X,
                new JointLimits(0, 0.3, 50, 0.5), null, null, null);
        return new Articulation("unit", List.of(carcass, drawer), List.of(slide));
    }

    @Test
    void collisionsWinOverVisualsAndVisualOnlyLinksStillCount() {
        AssetShape shape = AssetShape.of(drawerUnit(), Map.of());
        assertThat(shape.boxes()).hasSize(2);
        // the carcass's 9 m visual is ignored in favour of its collision box
        assertThat(shape.bounds().min().isNear(new Vec3(-0.25, -0.25, 0), 1e-12)).isTrue();
        assertThat(shape.bounds().max().isNear(new Vec3(0.25, 0.25, 0.6), 1e-12)).isTrue();
    }

    @Test
    void openingAJointMovesItsLinksBoxes() {
        AssetShape open = AssetShape.of(drawerUnit(), Map.of("slide", 0.25));
        assertThat(open.boxes().get(1).center().isNear(new Vec3(0.25, 0, 0.4), 1e-12)).isTrue();
        assertThat(open.bounds().max().x()).isCloseTo(0.45, within(1e-12));
        // beyond the limit the drawer stops at 0.3, as forward kinematics clamps it
        assertThat(AssetShape.of(drawerUnit(), Map.of("slide", 2.0)).bounds().max().x()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void offCentreGeometryBoundsBecomeABoxAroundTheirCentre() {
        Geometry cylinder = new Geometry.Cylinder(0.1, 0.5);
        Pose lying = new Pose(new Vec3(1, 0, 0.1), Quat.fromAxisAngle(Vec3.UNIT_Y, Math.PI / 2));
        Link roller = new Link("roller", List.of(), List.of(new Collision("r", cylinder, lying)), Inertial.NONE);
        AssetShape shape = AssetShape.of(new Articulation("roller", List.of(roller), List.of()), null);
        ShapeBox box = shape.boxes().get(0);
        assertThat(box.halfExtents().isNear(new Vec3(0.1, 0.1, 0.25), 1e-12)).isTrue();
        assertThat(shape.bounds().min().isNear(new Vec3(0.75, -0.1, 0), 1e-12)).isTrue();
        assertThat(shape.bounds().max().isNear(new Vec3(1.25, 0.1, 0.2), 1e-12)).isTrue();
    }

    @Test
    void aShapelessAssetHasEmptyBoundsAndPlacesToNothing() {
        Articulation ghost = new Articulation("ghost", List.of(new Link("l", List.of(), List.of(), Inertial.NONE)), List.of());
        AssetShape shape = AssetShape.of(ghost, Map.of());
        assertThat(shape.isEmpty()).isTrue();
        assertThat(shape.bounds()).isEqualTo(Aabb.EMPTY);
        PlacedShape placed = shape.placedAt("g", Pose.of(1, 2, 3));
        assertThat(placed.worldBoxes()).isEmpty();
        assertThat(placed.worldBounds().isEmpty()).isTrue();
    }

    @Test
    void generatedTableIsATopOnFourLegsStandingOnItsOrigin() {
        AssetShape table = SceneFixtures.table();
        assertThat(table.boxes()).hasSize(5);
        assertThat(table.bounds().min().z()).isCloseTo(0, within(1e-9));
        assertThat(table.bounds().max().z()).isCloseTo(0.75, within(1e-9));
        long legs = table.boxes().stream().filter(b -> b.bounds().min().z() < 1e-9).count();
        assertThat(legs).isEqualTo(4);
    }

    @Test
    void generatedCabinetGrowsWhenItsDrawerOpens() {
        Articulation cabinet = SceneFixtures.generated("a cabinet with two drawers");
        String slide = cabinet.movableJoints().get(0).name();
        Aabb closed = AssetShape.of(cabinet, Map.of()).bounds();
        Aabb open = AssetShape.of(cabinet, Map.of(slide, 0.3)).bounds();
        assertThat(open.size().x()).isGreaterThan(closed.size().x() + 0.2);
        assertThat(open.size().z()).isCloseTo(closed.size().z(), within(1e-9));
    }

    @Test
    void placingTurnsAndMovesEveryBox() {
        AssetShape table = SceneFixtures.table();
        Pose pose = new Pose(new Vec3(2, 1, 0), Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI / 2));
        PlacedShape placed = table.placedAt("t1", pose);
        assertThat(placed.placementId()).isEqualTo("t1");
        assertThat(placed.worldBoxes()).hasSize(table.boxes().size());
        // 0.8 (x) × 1.2 (y) turned a quarter becomes 1.2 × 0.8, centred on (2, 1)
        assertThat(placed.worldBounds().size().isNear(new Vec3(1.2, 0.8, 0.75), 1e-9)).isTrue();
        assertThat(placed.worldBounds().center().isNear(new Vec3(2, 1, 0.375), 1e-9)).isTrue();
        assertThat(placed.worldBounds()).isEqualTo(ShapeBox.boundsOf(placed.worldBoxes()));
    }
}
