package io.gizmostudio.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FloorRestTest {
    @ParameterizedTest(name = "cylinder r=0.1 l=0.4 tilted {0} rad about X reaches {1} below its centre")
    @CsvSource({"0, 0.2", "1.5707963267948966, 0.1", "0.7853981633974483, 0.2121320343559643"})
    void aTiltedCylinderReachesExactlyItsSupportDepth(double tilt, double depth) {
        Pose at = new Pose(Vec3.of(0, 0, 1), Quat.fromAxisAngle(Vec3.UNIT_X, tilt));
        assertThat(FloorRest.lowest(new Geometry.Cylinder(0.1, 0.4), at)).isCloseTo(1 - depth, within(1e-12));
    }

    @Test
    void aBoxTurnedAboutItsEdgeStandsOnTheCorner() {
        Pose at = new Pose(Vec3.ZERO, Quat.fromAxisAngle(Vec3.UNIT_Y, Math.PI / 4));
        assertThat(FloorRest.lowest(Geometry.Box.of(1, 1, 1), at)).isCloseTo(-Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void capsulesSpheresAndMeshesByTheirExtremes() {
        Pose up = Pose.of(0, 0, 0.5);
        assertThat(FloorRest.lowest(new Geometry.Capsule(0.05, 0.3), up)).isCloseTo(0.5 - 0.2, within(1e-12));
        assertThat(FloorRest.lowest(new Geometry.Sphere(0.05), up)).isCloseTo(0.45, within(1e-12));
        TriangleMesh tetra = new TriangleMesh("t", new double[] {0, 0, -0.3, 1, 0, 0, 0, 1, 0, 0, 0, 1}, new int[] {0, 1, 2, 0, 1, 3, 0, 2, 3, 1, 2, 3});
        assertThat(FloorRest.lowest(tetra, up)).isCloseTo(0.2, within(1e-12));
    }
}
