package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.api.Rotation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PosesTest {
    @Property
    void normalisedRotationsHaveUnitNormAndKeepTheirDirection(@ForAll @DoubleRange(min = -1e300, max = 1e300) double x,
                                                             @ForAll @DoubleRange(min = -1e300, max = 1e300) double w) {
        if (x == 0 && w == 0) {
            return;
        }
        Rotation r = Poses.normalised(x, 0, 0, w);
        assertThat(Math.sqrt(r.x() * r.x() + r.w() * r.w())).isCloseTo(1.0, Offset.offset(1e-12));
        assertThat(Math.signum(r.x())).isEqualTo(Math.signum(x));
        assertThat(Math.signum(r.w())).isEqualTo(Math.signum(w));
    }

    @Test
    void zeroAndVanishingQuaternionsAreInvalid() {
        assertThatThrownBy(() -> Poses.normalised(0, 0, 0, 0)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Poses.normalised(1e-300, 0, 0, 0)).isInstanceOf(ApiException.class);
    }
}
