package io.gizmostudio.ui.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The limit glyph's angles must agree with how the joint really turns the child: a needle along the zero
 * direction, rotated by the joint's own quaternion for position q, lands on the arc's point for q.
 */
class JointLimitGlyphTest {

    @Property(tries = 300)
    void theArcPointForQIsWhereTheChildsNeedleTurnsTo(@ForAll @DoubleRange(min = -1, max = 1) double ax,
                                                      @ForAll @DoubleRange(min = -1, max = 1) double ay,
                                                      @ForAll @DoubleRange(min = -1, max = 1) double az,
                                                      @ForAll @DoubleRange(min = -7, max = 7) double q) {
        Vec3 axis = new Vec3(ax, ay, az);
        if (axis.norm() < 1e-3) {
            return;
        }
        Vec3 needle = JointLimitGlyph.zeroDirection(axis).times(0.2);
        Vec3 turned = Quat.fromAxisAngle(axis.normalized(), q).rotate(needle);
        Vec3 onArc = JointLimitGlyph.pointOnCircle(axis, 0.2, q);
        assertThat(turned.minus(onArc).norm()).isLessThan(1e-9);
    }

    @Property(tries = 300)
    void theZeroDirectionIsAUnitVectorPerpendicularToTheAxis(@ForAll @DoubleRange(min = -1, max = 1) double ax,
                                                             @ForAll @DoubleRange(min = -1, max = 1) double ay,
                                                             @ForAll @DoubleRange(min = -1, max = 1) double az) {
        Vec3 axis = new Vec3(ax, ay, az);
        if (axis.norm() < 1e-3) {
            return;
        }
        Vec3 u = JointLimitGlyph.zeroDirection(axis);
        assertThat(u.norm()).isCloseTo(1, within(1e-12));
        assertThat(u.dot(axis.normalized())).isCloseTo(0, within(1e-12));
    }

    @Test
    void aZAxisMeasuresAnglesFromXTowardsY() {
        assertThat(JointLimitGlyph.zeroDirection(Vec3.UNIT_Z)).isEqualTo(Vec3.UNIT_X);
        Vec3 quarter = JointLimitGlyph.pointOnCircle(Vec3.UNIT_Z, 1, Math.PI / 2);
        assertThat(quarter.minus(Vec3.UNIT_Y).norm()).isLessThan(1e-12);
    }

    @Test
    void theArcTubeSpansExactlyTheRangeAtTheGivenRadius() {
        javafx.scene.shape.TriangleMesh m = JointLimitGlyph.arcMesh(Vec3.UNIT_Z, 0.5, 0.01, -0.5, 1.0);
        float[] p = m.getPoints().toArray(null);
        double minAngle = Double.MAX_VALUE;
        double maxAngle = -Double.MAX_VALUE;
        for (int i = 0; i < p.length; i += 3) {
            double r = Math.hypot(p[i], p[i + 1]);
            assertThat(r).isBetween(0.5 - 0.0101, 0.5 + 0.0101);
            assertThat(Math.abs(p[i + 2])).isLessThanOrEqualTo(0.0101f);
            double angle = Math.atan2(p[i + 1], p[i]);
            minAngle = Math.min(minAngle, angle);
            maxAngle = Math.max(maxAngle, angle);
        }
        assertThat(minAngle).isCloseTo(-0.5, within(0.03));
        assertThat(maxAngle).isCloseTo(1.0, within(0.03));
        assertThat(m.getFaces().size() / 6).as("triangles").isEqualTo(2 * 8 * (int) Math.ceil(72 * 1.5 / (2 * Math.PI)));
    }
}
