package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PrincipalInertialTest {

    @Property(tries = 300)
    void principalDecompositionRebuildsTheTensor(
            @ForAll @DoubleRange(min = 0.01, max = 1) double a, @ForAll @DoubleRange(min = 0.01, max = 1) double b,
            @ForAll @DoubleRange(min = -1, max = 1) double ax, @ForAll @DoubleRange(min = -1, max = 1) double ay,
            @ForAll @DoubleRange(min = -1, max = 1) double az, @ForAll @DoubleRange(min = -3.1, max = 3.1) double angle) {
        double c = (a + b) * 0.9; // keeps the triangle inequality
        Vec3 axis = new Vec3(ax, ay, az + 1.5);
        Inertia tensor = Inertia.diagonal(a, b, c).rotated(Quat.fromAxisAngle(axis, angle));
        PrincipalInertial p = PrincipalInertial.of(new Inertial(2, new Vec3(0.1, 0, 0), tensor));

        double[] got = {p.moments().x(), p.moments().y(), p.moments().z()};
        double[] want = {a, b, c};
        Arrays.sort(got);
        Arrays.sort(want);
        assertThat(got).containsExactly(want, within(1e-9));
        Inertia back = p.tensor();
        assertThat(back.ixx()).isCloseTo(tensor.ixx(), within(1e-9));
        assertThat(back.ixy()).isCloseTo(tensor.ixy(), within(1e-9));
        assertThat(back.ixz()).isCloseTo(tensor.ixz(), within(1e-9));
        assertThat(back.iyy()).isCloseTo(tensor.iyy(), within(1e-9));
        assertThat(back.iyz()).isCloseTo(tensor.iyz(), within(1e-9));
        assertThat(back.izz()).isCloseTo(tensor.izz(), within(1e-9));
        assertThat(p.axes().w()).isGreaterThanOrEqualTo(0);
        assertThat(p.axes().norm()).isCloseTo(1, within(1e-12));
    }

    @Test
    void tinyLinksAreRaisedToTheFloorsAndStayBalanced() {
        // a 0.2 g sliver: mass and two moments below the floors
        PrincipalInertial p = PrincipalInertial.of(new Inertial(2e-4, Vec3.ZERO, Inertia.diagonal(1e-9, 4e-6, 4e-6)));
        assertThat(p.mass()).isEqualTo(PrincipalInertial.MIN_MASS);
        assertThat(p.moments().x()).isEqualTo(PrincipalInertial.MIN_MOMENT);
        assertThat(p.moments().y()).isEqualTo(4e-6);
        assertThat(p.tensor().satisfiesTriangleInequality()).isTrue();
    }

    @Test
    void aMasslessLinkGetsFloorMassAndFloorMoments() {
        PrincipalInertial p = PrincipalInertial.of(Inertial.NONE);
        assertThat(p.mass()).isEqualTo(PrincipalInertial.MIN_MASS);
        assertThat(p.moments()).isEqualTo(new Vec3(1e-6, 1e-6, 1e-6));
        assertThat(p.axes().isIdentity(1e-12)).isTrue();
    }

    @Test
    void realLinksPassThroughUnchanged() {
        Inertial in = new Inertial(3.2, new Vec3(0, 0, 0.2), Inertia.diagonal(0.05, 0.05, 0.004));
        PrincipalInertial p = PrincipalInertial.of(in);
        assertThat(p.mass()).isEqualTo(3.2);
        assertThat(p.centerOfMass()).isEqualTo(new Vec3(0, 0, 0.2));
        assertThat(p.moments()).isEqualTo(new Vec3(0.05, 0.05, 0.004));
        assertThat(p.axes().isIdentity(1e-12)).isTrue();
    }
}
