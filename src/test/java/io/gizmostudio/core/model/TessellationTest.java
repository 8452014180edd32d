package io.gizmostudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TessellationTest {

    @Test
    void aBoxIsTwelveTrianglesEnclosingExactlyItsVolume() {
        TriangleMesh m = Tessellation.of(new Geometry.Box(new Vec3(0.4, 0.2, 0.1)), 16);
        assertThat(m.triangleCount()).isEqualTo(12);
        assertThat(m.volume()).isCloseTo(0.4 * 0.2 * 0.1, within(1e-12));
        assertThat(m.localBounds()).isEqualTo(new Aabb(new Vec3(-0.2, -0.1, -0.05), new Vec3(0.2, 0.1, 0.05)));
        assertClosedAndOutward(m);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 7, 16, 48})
    void aCylinderEnclosesItsPrismAlongZ(int sides) {
        double r = 0.05, length = 0.3;
        TriangleMesh m = Tessellation.of(new Geometry.Cylinder(r, length), sides);
        double polygon = 0.5 * sides * r * r * Math.sin(2 * Math.PI / sides);
        assertThat(m.volume()).isCloseTo(polygon * length, within(1e-12));
        assertThat(m.localBounds().min().z()).isEqualTo(-length / 2);
        assertThat(m.localBounds().max().z()).isEqualTo(length / 2);
        assertClosedAndOutward(m);
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 64})
    void spheresAndCapsulesAreClosedAndApproachTheirVolumeAsSidesGrow(int sides) {
        double r = 0.1, length = 0.2;
        TriangleMesh sphere = Tessellation.of(new Geometry.Sphere(r), sides);
        TriangleMesh capsule = Tessellation.of(new Geometry.Capsule(r, length), sides);
        assertClosedAndOutward(sphere);
        assertClosedAndOutward(capsule);
        double sphereVolume = 4.0 / 3 * Math.PI * r * r * r;
        double capsuleVolume = sphereVolume + Math.PI * r * r * length;
        // inscribed: never more than the shape; 16 sides × 8 parallels fall ~6 % short, 64 × 32 under 0.5 %
        double tolerance = sides >= 64 ? 0.005 : sides >= 16 ? 0.07 : 0.3;
        assertThat(sphere.volume()).isLessThan(sphereVolume).isGreaterThan(sphereVolume * (1 - tolerance));
        assertThat(capsule.volume()).isLessThan(capsuleVolume).isGreaterThan(capsuleVolume * (1 - tolerance));
        assertThat(capsule.localBounds().max().z()).isCloseTo(length / 2 + r, within(1e-12));
        assertThat(capsule.localBounds().min().z()).isCloseTo(-length / 2 - r, within(1e-12));
    }

    @Test
    void aMeshPassesThroughUnchanged() {
        TriangleMesh m = Tessellation.of(new Geometry.Box(new Vec3(1, 1, 1)), 4);
        assertThat(Tessellation.of(m, 16)).isSameAs(m);
    }

    /** Every edge is shared by exactly two triangles that run it in opposite directions, and the volume is positive. */
    static void assertClosedAndOutward(TriangleMesh m) {
        int[] t = m.triangles();
        double[] v = m.vertices();
        Map<String, Integer> directed = new HashMap<>();
        for (int i = 0; i < t.length; i += 3) {
            for (int e = 0; e < 3; e++) {
                int a = t[i + e], b = t[i + (e + 1) % 3];
                directed.merge(key(v, a) + ">" + key(v, b), 1, Integer::sum);
            }
        }
        directed.forEach((edge, count) -> {
            assertThat(count).as("directed edge %s", edge).isEqualTo(1);
            String[] ends = edge.split(">");
            assertThat(directed).as("edge %s has its twin", edge).containsKey(ends[1] + ">" + ends[0]);
        });
        assertThat(m.volume()).isPositive();
    }

    /** Vertices by position, so the seams of flat faces (their own vertices) count as shared edges. */
    private static String key(double[] v, int i) {
        return Math.round(v[3 * i] * 1e9) + "," + Math.round(v[3 * i + 1] * 1e9) + "," + Math.round(v[3 * i + 2] * 1e9);
    }
}
