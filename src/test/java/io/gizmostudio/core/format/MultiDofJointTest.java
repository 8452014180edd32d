package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Vec3;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The in-plane directions of a planar joint, for any plane normal. */
class MultiDofJointTest {
    @Property(tries = 300)
    void inPlaneAxesAreUnitOrthogonalAndRightHandedWithTheNormal(@ForAll @DoubleRange(min = -1, max = 1) double x,
                                                                 @ForAll @DoubleRange(min = -1, max = 1) double y,
                                                                 @ForAll @DoubleRange(min = -1, max = 1) double z) {
        Vec3 raw = new Vec3(x, y, z);
        Assume.that(raw.norm() > 1e-6);
        Vec3 n = raw.normalized();
        Vec3[] uv = MultiDofJoint.inPlaneAxes(n);
        assertThat(uv[0].norm()).isCloseTo(1, within(1e-12));
        assertThat(uv[1].norm()).isCloseTo(1, within(1e-12));
        assertThat(uv[0].dot(n)).isCloseTo(0, within(1e-12));
        assertThat(uv[1].dot(n)).isCloseTo(0, within(1e-12));
        assertThat(uv[0].dot(uv[1])).isCloseTo(0, within(1e-12));
        assertThat(uv[0].cross(uv[1]).isNear(n, 1e-12)).isTrue();
    }
}
