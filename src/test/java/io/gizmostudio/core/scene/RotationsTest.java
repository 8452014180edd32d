package io.gizmostudio.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class RotationsTest {

    @Test
    void turningAboutAWorldAxisIgnoresTheObjectsOwnFrame() {
        Quat tipped = Quat.fromAxisAngle(Vec3.UNIT_X, Math.PI / 2); // local y now points up
        Quat turned = Rotations.aboutWorldAxis(tipped, Vec3.UNIT_Z, Math.PI / 2);
        // a world-z quarter turn takes local x (still world x) to world y; local y stays up
        assertThat(turned.rotate(Vec3.UNIT_X).isNear(Vec3.UNIT_Y, 1e-12)).isTrue();
        assertThat(turned.rotate(Vec3.UNIT_Y).isNear(Vec3.UNIT_Z, 1e-12)).isTrue();
        assertThat(turned.norm()).isCloseTo(1, within(1e-12));
    }

    @Test
    void rpyDegreesReadsTheUrdfConvention() {
        Vec3 rpy = Rotations.rpyDegrees(Quat.fromRpy(Math.toRadians(10), Math.toRadians(-20), Math.toRadians(135)));
        assertThat(rpy.isNear(new Vec3(10, -20, 135), 1e-9)).isTrue();
        assertThat(Rotations.fromRpyDegrees(0, 0, 90).rotate(Vec3.UNIT_X).isNear(Vec3.UNIT_Y, 1e-12)).isTrue();
    }

    @Provide
    Arbitrary<Quat> rotation() {
        return SceneFixtures.rotations();
    }

    @Property(tries = 300)
    void aboutWorldAxisComposesInFrontAndStaysUnit(@ForAll("rotation") Quat q, @ForAll("rotation") Quat axisFrom,
            @ForAll @DoubleRange(min = -7, max = 7) double angle) {
        Vec3 axis = axisFrom.rotate(Vec3.UNIT_X);
        Quat turned = Rotations.aboutWorldAxis(q, axis, angle);
        Vec3 v = new Vec3(0.3, -0.5, 0.8);
        Vec3 expected = Quat.fromAxisAngle(axis, angle).rotate(q.rotate(v));
        assertThat(turned.rotate(v).isNear(expected, 1e-9)).isTrue();
        assertThat(turned.norm()).isCloseTo(1, within(1e-12));
        assertThat(Rotations.aboutWorldAxis(turned, axis, -angle).isNear(q, 1e-9)).isTrue();
    }

    @Property(tries = 300)
    void degreesRoundTripAwayFromGimbalLock(@ForAll @DoubleRange(min = -179, max = 179) double roll,
            @ForAll @DoubleRange(min = -89, max = 89) double pitch, @ForAll @DoubleRange(min = -179, max = 179) double yaw) {
        Vec3 back = Rotations.rpyDegrees(Rotations.fromRpyDegrees(roll, pitch, yaw));
        assertThat(back.isNear(new Vec3(roll, pitch, yaw), 1e-6)).isTrue();
    }
}
