package io.gizmostudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class MassPropertiesTest {
    private static final double STEEL = 7850;

    /** A closed, outward-wound box mesh centred on {@code c}. */
    static TriangleMesh boxMesh(double sx, double sy, double sz, Vec3 c) {
        double[] v = new double[24];
        for (int i = 0; i < 8; i++) {
            v[3 * i] = c.x() + ((i & 1) == 0 ? -sx / 2 : sx / 2);
            v[3 * i + 1] = c.y() + ((i & 2) == 0 ? -sy / 2 : sy / 2);
            v[3 * i + 2] = c.z() + ((i & 4) == 0 ? -sz / 2 : sz / 2);
        }
        int[] t = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
        return new TriangleMesh("box", v, t);
    }

    @Test
    void boxMassAndInertiaMatchTheTextbookFormula() {
        Inertial in = Geometry.Box.of(0.2, 0.4, 0.6).massProperties(1000);
        assertThat(in.mass()).isCloseTo(48.0, within(1e-9));
        assertThat(in.inertia().ixx()).isCloseTo(48.0 / 12 * (0.16 + 0.36), within(1e-12));
        assertThat(in.inertia().iyy()).isCloseTo(48.0 / 12 * (0.04 + 0.36), within(1e-12));
        assertThat(in.inertia().izz()).isCloseTo(48.0 / 12 * (0.04 + 0.16), within(1e-12));
    }

    @Test
    void meshIntegrationAgreesWithTheAnalyticBoxEvenOffCentre() {
        Inertial analytic = MassProperties.of(Geometry.Box.of(0.3, 0.2, 0.1), Pose.of(0.5, -0.2, 1.0), STEEL);
        Inertial mesh = boxMesh(0.3, 0.2, 0.1, new Vec3(0.5, -0.2, 1.0)).massProperties(STEEL);
        assertThat(mesh.mass()).isCloseTo(analytic.mass(), within(1e-9));
        assertThat(mesh.centerOfMass().isNear(analytic.centerOfMass(), 1e-12)).isTrue();
        assertThat(mesh.inertia().ixx()).isCloseTo(analytic.inertia().ixx(), within(1e-9));
        assertThat(mesh.inertia().iyy()).isCloseTo(analytic.inertia().iyy(), within(1e-9));
        assertThat(mesh.inertia().izz()).isCloseTo(analytic.inertia().izz(), within(1e-9));
        assertThat(mesh.inertia().ixy()).isCloseTo(0, within(1e-9));
    }

    @Test
    void capsuleAndCylinderAgreeWithMonteCarloIntegration() {
        checkAgainstMonteCarlo(new Geometry.Capsule(0.05, 0.3), p -> {
            double zc = Math.max(-0.15, Math.min(0.15, p.z()));
            return p.x() * p.x() + p.y() * p.y() + (p.z() - zc) * (p.z() - zc) <= 0.05 * 0.05;
        });
        checkAgainstMonteCarlo(new Geometry.Cylinder(0.1, 0.25),
                p -> p.x() * p.x() + p.y() * p.y() <= 0.01 && Math.abs(p.z()) <= 0.125);
        checkAgainstMonteCarlo(new Geometry.Sphere(0.2), p -> p.dot(p) <= 0.04);
    }

    private static void checkAgainstMonteCarlo(Geometry g, Predicate<Vec3> inside) {
        Aabb box = g.localBounds();
        Vec3 size = box.size();
        double boxVolume = size.x() * size.y() * size.z();
        SplittableRandom random = new SplittableRandom(42);
        int n = 400_000;
        int hits = 0;
        double sxx = 0, syy = 0, szz = 0;
        for (int i = 0; i < n; i++) {
            Vec3 p = new Vec3(box.min().x() + random.nextDouble() * size.x(), box.min().y() + random.nextDouble() * size.y(),
                    box.min().z() + random.nextDouble() * size.z());
            if (inside.test(p)) {
                hits++;
                sxx += p.x() * p.x();
                syy += p.y() * p.y();
                szz += p.z() * p.z();
            }
        }
        double volume = boxVolume * hits / n;
        double m = 1000 * volume;
        Inertial exact = g.massProperties(1000);
        assertThat(g.volume()).as("volume of %s", g).isCloseTo(volume, within(volume * 0.01));
        double ixx = m * (syy + szz) / hits;
        double izz = m * (sxx + syy) / hits;
        assertThat(exact.inertia().ixx()).as("ixx of %s", g).isCloseTo(ixx, within(ixx * 0.02));
        assertThat(exact.inertia().izz()).as("izz of %s", g).isCloseTo(izz, within(izz * 0.02));
    }

    @Test
    void combiningUsesTheParallelAxisTheorem() {
        Inertial sphere = new Geometry.Sphere(0.1).massProperties(1000);
        Inertial pair = Inertial.combine(List.of(sphere.transformed(Pose.of(0, 0.5, 0)), sphere.transformed(Pose.of(0, -0.5, 0))));
        double m = sphere.mass();
        double i0 = sphere.inertia().ixx();
        assertThat(pair.mass()).isCloseTo(2 * m, within(1e-9));
        assertThat(pair.centerOfMass().isNear(Vec3.ZERO, 1e-12)).isTrue();
        assertThat(pair.inertia().ixx()).isCloseTo(2 * (i0 + m * 0.25), within(1e-9));
        assertThat(pair.inertia().iyy()).isCloseTo(2 * i0, within(1e-9));
        assertThat(pair.inertia().izz()).isCloseTo(2 * (i0 + m * 0.25), within(1e-9));
    }

    @Test
    void rotatingABoxQuarterTurnAboutZSwapsItsXAndYMoments() {
        Inertia i = Geometry.Box.of(0.1, 0.5, 0.2).massProperties(1000).inertia();
        Inertia r = i.rotated(Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI / 2));
        assertThat(r.ixx()).isCloseTo(i.iyy(), within(1e-12));
        assertThat(r.iyy()).isCloseTo(i.ixx(), within(1e-12));
        assertThat(r.ixy()).isCloseTo(0, within(1e-12));
    }

    @Test
    void principalMomentsOfARotatedTensorAreUnchanged() {
        Inertia i = Geometry.Box.of(0.1, 0.5, 0.2).massProperties(1000).inertia();
        Inertia r = i.rotated(Quat.fromRpy(0.3, -0.7, 1.1));
        assertThat(r.ixy()).isNotCloseTo(0, within(1e-6));
        double[] a = i.principalMoments();
        double[] b = r.principalMoments();
        for (int k = 0; k < 3; k++) {
            assertThat(b[k]).isCloseTo(a[k], within(1e-12));
        }
        assertThat(r.isPositiveDefinite()).isTrue();
        assertThat(r.satisfiesTriangleInequality()).isTrue();
    }

    @Test
    void aTensorBreakingTheTriangleInequalityIsDetected() {
        Inertia bad = Inertia.diagonal(1, 1, 3);
        assertThat(bad.isPositiveDefinite()).isTrue();
        assertThat(bad.satisfiesTriangleInequality()).isFalse();
        assertThat(Inertia.diagonal(1, -1, 1).isPositiveDefinite()).isFalse();
    }
}
