package io.gizmostudio.core.format.usd;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.Vec3;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrincipalAxisFrameTest {

    @Property(tries = 500)
    void theRotatedPrincipalAxisIsTheJointAxis(@ForAll @DoubleRange(min = -1, max = 1) double x,
                                               @ForAll @DoubleRange(min = -1, max = 1) double y,
                                               @ForAll @DoubleRange(min = -1, max = 1) double z) {
        Vec3 v = new Vec3(x, y, z);
        Assume.that(v.norm() > 1e-3);
        Vec3 axis = v.normalized();
        PrincipalAxisFrame f = PrincipalAxisFrame.of(axis);
        Vec3 e = switch (f.token()) {
            case "X" -> Vec3.UNIT_X;
            case "Y" -> Vec3.UNIT_Y;
            default -> Vec3.UNIT_Z;
        };
        assertThat(f.rotation().rotate(e).isNear(axis, 1e-9)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1,0,0,X,true", "0,1,0,Y,true", "0,0,1,Z,true", "-1,0,0,X,false", "0,-1,0,Y,false", "0,0,-1,Z,false",
        "0.6,0.8,0,Y,false", "0.8,0,0.6,X,false"})
    void principalAxesNeedNoRotationAndOthersPickTheClosest(double x, double y, double z, String token, boolean identity) {
        PrincipalAxisFrame f = PrincipalAxisFrame.of(new Vec3(x, y, z));
        assertThat(f.token()).isEqualTo(token);
        assertThat(f.rotation().isIdentity(1e-12)).isEqualTo(identity);
    }
}
