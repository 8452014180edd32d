package io.gizmostudio.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayLayoutTest {
    private static final Pose SOURCE = new Pose(new Vec3(1, 2, 0.75), Quat.fromAxisAngle(Vec3.UNIT_Z, 0.4));

    @Test
    void twoByThreeIsFiveCopiesRowMajorAlongSceneAxes() {
        List<Pose> copies = ArrayLayout.grid(SOURCE, 2, 3, 0.5, -1.0);
        assertThat(copies).extracting(Pose::position).containsExactly(
                new Vec3(1.5, 2, 0.75), new Vec3(2, 2, 0.75),
                new Vec3(1, 1, 0.75), new Vec3(1.5, 1, 0.75), new Vec3(2, 1, 0.75));
        assertThat(copies).allSatisfy(p -> assertThat(p.rotation()).isEqualTo(SOURCE.rotation()));
    }

    @Test
    void oneByOneMakesNoCopies() {
        assertThat(ArrayLayout.grid(SOURCE, 1, 1, 1, 1)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1, 1", "1, 0, 1, 1", "101, 1, 1, 1", "1, 101, 1, 1", "2, 2, NaN, 1", "2, 2, 1, Infinity"})
    void rowsColumnsAndSpacingAreChecked(int rows, int cols, double sx, double sy) {
        assertThatThrownBy(() -> ArrayLayout.grid(SOURCE, rows, cols, sx, sy)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void countAndSpacingMatchTheGrid(@ForAll @IntRange(min = 1, max = 12) int rows, @ForAll @IntRange(min = 1, max = 12) int cols,
            @ForAll @DoubleRange(min = 0.05, max = 3) double sx, @ForAll @DoubleRange(min = -3, max = -0.05) double sy) {
        List<Pose> copies = ArrayLayout.grid(SOURCE, rows, cols, sx, sy);
        assertThat(copies).hasSize(rows * cols - 1);
        Set<String> cells = new HashSet<>();
        for (Pose p : copies) {
            Vec3 d = p.position().minus(SOURCE.position());
            double c = d.x() / sx;
            double r = d.y() / sy;
            assertThat(c).isCloseTo(Math.rint(c), within(1e-9)).isBetween(-1e-9, cols - 1 + 1e-9);
            assertThat(r).isCloseTo(Math.rint(r), within(1e-9)).isBetween(-1e-9, rows - 1 + 1e-9);
            assertThat(d.z()).isEqualTo(0);
            cells.add(Math.rint(r) + "," + Math.rint(c));
        }
        assertThat(cells).hasSize(rows * cols - 1).doesNotContain("0.0,0.0");
    }
}
