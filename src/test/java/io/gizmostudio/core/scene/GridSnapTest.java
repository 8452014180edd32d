package io.gizmostudio.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridSnapTest {

    @ParameterizedTest
    @CsvSource({"0.12, 0.10", "0.13, 0.15", "-0.12, -0.10", "1.0249, 1.00", "1.0251, 1.05", "0, 0"})
    void positionSnapsToTheNearestFiveCentimetres(double x, double expected) {
        Vec3 p = GridSnap.DEFAULT.snapXY(new Vec3(x, x, 0.333));
        assertThat(p.x()).isCloseTo(expected, within(1e-12));
        assertThat(p.y()).isCloseTo(expected, within(1e-12));
        assertThat(p.z()).isEqualTo(0.333);
    }

    @ParameterizedTest
    @CsvSource({"7, 0", "8, 15", "-8, -15", "100, 105", "181, 180"})
    void angleSnapsToTheNearestFifteenDegrees(double degrees, double expected) {
        assertThat(Math.toDegrees(GridSnap.DEFAULT.snapAngle(Math.toRadians(degrees)))).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "-1, 1", "NaN, 1", "Infinity, 1", "0.05, 0", "0.05, -1", "0.05, NaN"})
    void stepsMustBePositiveAndFinite(double step, double angleStep) {
        assertThatThrownBy(() -> new GridSnap(step, angleStep)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snapYawKeepsATiltAndSnapsTheHeading() {
        Quat tilted = Quat.fromRpy(0.3, -0.2, Math.toRadians(50));
        Vec3 rpy = GridSnap.DEFAULT.snapYaw(tilted).toRpy();
        assertThat(rpy.x()).isCloseTo(0.3, within(1e-9));
        assertThat(rpy.y()).isCloseTo(-0.2, within(1e-9));
        assertThat(Math.toDegrees(rpy.z())).isCloseTo(45, within(1e-9));
    }

    @Property(tries = 500)
    void snappingIsIdempotentAndMovesLessThanHalfAStep(@ForAll @DoubleRange(min = -1e4, max = 1e4) double x,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double y, @ForAll @DoubleRange(min = 0.001, max = 2) @Scale(4) double step) {
        GridSnap snap = new GridSnap(step, Math.toRadians(15));
        Vec3 once = snap.snapXY(new Vec3(x, y, 1));
        assertThat(snap.snapXY(once)).isEqualTo(once);
        assertThat(Math.abs(once.x() - x)).isLessThanOrEqualTo(step / 2 + 1e-9);
        assertThat(Math.abs(once.y() - y)).isLessThanOrEqualTo(step / 2 + 1e-9);
        assertThat(Math.abs(once.x() / step - Math.rint(once.x() / step))).isLessThan(1e-6);
    }

    @Property(tries = 500)
    void angleSnapIsIdempotentAndWithinHalfAStep(@ForAll @DoubleRange(min = -20, max = 20) double radians,
            @ForAll @DoubleRange(min = 0.01, max = 1.6) double angleStep) {
        GridSnap snap = new GridSnap(0.05, angleStep);
        double once = snap.snapAngle(radians);
        assertThat(snap.snapAngle(once)).isEqualTo(once);
        assertThat(Math.abs(once - radians)).isLessThanOrEqualTo(angleStep / 2 + 1e-12);
    }

    @Property(tries = 300)
    void snapYawIsIdempotentAndKeepsRollAndPitch(@ForAll @DoubleRange(min = -3.1, max = 3.1) double roll,
            @ForAll @DoubleRange(min = -1.5, max = 1.5) double pitch, @ForAll @DoubleRange(min = -3.1, max = 3.1) double yaw) {
        Quat once = GridSnap.DEFAULT.snapYaw(Quat.fromRpy(roll, pitch, yaw));
        assertThat(GridSnap.DEFAULT.snapYaw(once).isNear(once, 1e-12)).isTrue();
        Vec3 rpy = once.toRpy();
        assertThat(Quat.fromRpy(roll, pitch, rpy.z()).isNear(once, 1e-9)).as("roll and pitch kept").isTrue();
        double steps = rpy.z() / Math.toRadians(15);
        assertThat(Math.abs(steps - Math.rint(steps))).isLessThan(1e-6);
    }
}
