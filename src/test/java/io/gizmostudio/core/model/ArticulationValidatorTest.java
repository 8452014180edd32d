package io.gizmostudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticulationValidatorTest {

    @Test
    void aWellFormedArmHasNoProblems() {
        assertThat(ArticulationValidator.problems(KinematicsTest.planarArm())).isEmpty();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        Link massless = new Link("floating", List.of(), List.of(), Inertial.NONE);
        Link nanMass = new Link("nan", List.of(), List.of(), new Inertial(Double.NaN, Vec3.ZERO, Inertia.diagonal(1, 1, 1)));
        Link badInertia = new Link("thin", List.of(), List.of(), new Inertial(1, Vec3.ZERO, Inertia.diagonal(1, 1, 5)));
        Articulation a = new Articulation("broken",
                List.of(KinematicsTest.rod("base", 0.2), massless, nanMass, badInertia, KinematicsTest.rod("base", 0.3), KinematicsTest.rod("orphan", 0.1)),
                List.of(
                        new Joint("j1", JointType.REVOLUTE, "base", "floating", Pose.IDENTITY, new Vec3(0, 0, 2),
                                new JointLimits(1, -1, 10, 1), null, null, null),
                        new Joint("j2", JointType.PRISMATIC, "base", "nan", Pose.IDENTITY, Vec3.UNIT_X, null, null, null, null),
                        new Joint("j3", JointType.CONTINUOUS, "base", "thin", Pose.IDENTITY, Vec3.UNIT_X,
                                JointLimits.unbounded(0, 1), null, new Mimic("ghost", 1, 0), null),
                        Joint.fixed("j4", "base", "nowhere", Pose.IDENTITY)));
        List<String> problems = ArticulationValidator.problems(a);
        assertThat(problems).anyMatch(p -> p.contains("link name 'base' is used more than once"))
                .anyMatch(p -> p.contains("'nowhere', which does not exist"))
                .anyMatch(p -> p.contains("2 roots") || p.contains("roots"))
                .anyMatch(p -> p.contains("'floating' moves but has no mass"))
                .anyMatch(p -> p.contains("link 'nan' has mass NaN"))
                .anyMatch(p -> p.contains("'thin' has principal moments that break the triangle inequality"))
                .anyMatch(p -> p.contains("joint 'j1' has axis"))
                .anyMatch(p -> p.contains("joint 'j1' has lower limit 1.0 not below upper limit -1.0"))
                .anyMatch(p -> p.contains("joint 'j2' is movable but has no limits"))
                .anyMatch(p -> p.contains("joint 'j3' has effort limit 0.0"))
                .anyMatch(p -> p.contains("joint 'j3' mimics 'ghost'"));
        assertThatThrownBy(a::validate).isInstanceOf(InvalidArticulationException.class)
                .hasMessageContaining("j1").hasMessageContaining("thin");
    }

    @Test
    void aCycleIsReported() {
        Articulation a = new Articulation("loop", List.of(KinematicsTest.rod("a", 0.1), KinematicsTest.rod("b", 0.1)), List.of(
                Joint.fixed("ab", "a", "b", Pose.IDENTITY), Joint.fixed("ba", "b", "a", Pose.IDENTITY)));
        assertThat(ArticulationValidator.problems(a)).anyMatch(p -> p.contains("cycle"));
    }

    @Test
    void nonFiniteGeometryAndPosesAreReported() {
        Link l = new Link("l", List.of(), List.of(new Collision("c", new Geometry.Sphere(Double.NaN), Pose.of(Double.POSITIVE_INFINITY, 0, 0))),
                new Inertial(1, Vec3.ZERO, Inertia.diagonal(1, 1, 1)));
        List<String> problems = ArticulationValidator.problems(new Articulation("x", List.of(l), List.of()));
        assertThat(problems).anyMatch(p -> p.contains("non-finite pose")).anyMatch(p -> p.contains("invalid dimensions"));
    }
}
