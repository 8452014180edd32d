package io.gizmostudio.core.physics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.testing.AssetPhysics;
import io.gizmostudio.testing.AssetPhysics.Payload;
import io.gizmostudio.testing.AssetPhysics.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generated assets in real MuJoCo, exported on their own with a floor at z = 0 (one node process for the whole
 * class): every free-floating asset starts touching the floor without penetrating it and is still after a second;
 * differential-drive bases go straight and turn in place at the speed their wheels are commanded; driven
 * conveyors carry 1, 5 and 10 kg boxes along their length at the rollers' surface speed.
 */
class FreeAssetPhysicsTest {
    private static final Logger LOG = LoggerFactory.getLogger(FreeAssetPhysicsTest.class);
    private static final AssetGenerator GENERATOR = new AssetGenerator();

    /** Every free-by-default family and variant, with sizes and attachments that change how it stands. */
    static final List<String> FREE_PROMPTS = List.of("a cardboard box", "a small plastic storage bin", "a shipping crate",
            "a large steel toolbox", "a laptop", "a 15 inch laptop", "an AGV", "a heavy duty AGV", "a rover",
            "a six-wheeled rover", "a differential drive robot base", "a differential drive base with one caster",
            "a mobile robot with a robot arm");
    static final List<String> DIFF_DRIVE_PROMPTS = List.of("a differential drive robot base", "an AGV",
            "a differential drive base with one caster", "a mobile robot with a robot arm");
    static final double[] BOX_MASSES = {1, 5, 10};
    static final List<String> CONVEYOR_PROMPTS = List.of("a roller conveyor", "a belt conveyor");
    /** Surface speed commanded to the conveyors, m/s. */
    static final double CONVEYOR_SPEED = 0.3;

    private static final Map<String, JsonNode> RESULTS = new LinkedHashMap<>();
    private static final Map<String, Articulation> MODELS = new LinkedHashMap<>();

    @TempDir
    static Path work;

    @BeforeAll
    static void simulateEverything() {
        List<Task> tasks = new ArrayList<>();
        for (String p : FREE_PROMPTS) {
            tasks.add(Task.rest("rest " + p, model(p), 1.0));
        }
        tasks.add(Task.rest("welded a cardboard box", GENERATOR.generate("a cardboard box", 0, true).articulation(), 0.2));
        for (String p : DIFF_DRIVE_PROMPTS) {
            Articulation a = model(p);
            double w = 0.8 * wheel(a, "wheel_left_joint").limits().velocity();
            tasks.add(Task.drive("straight " + p, a, Map.of("wheel_left_joint_motor", w, "wheel_right_joint_motor", w), 3.0, null));
            tasks.add(Task.drive("turn " + p, a, Map.of("wheel_left_joint_motor", -w / 2, "wheel_right_joint_motor", w / 2), 3.0, null));
        }
        for (String p : CONVEYOR_PROMPTS) {
            Articulation a = model(p);
            Aabb2 top = conveyorTop(a);
            for (double m : BOX_MASSES) {
                double s = boxSide(m);
                Payload box = new Payload(m, s, s, 0.6 * s, top.xMin() + 0.5 * s + 0.1, 0, top.z() + 0.3 * s + 0.001);
                tasks.add(Task.drive("carry " + m + " kg on " + p, a, Map.of("roller_*", CONVEYOR_SPEED / carryRadius(a)), 3.0, box));
            }
        }
        List<JsonNode> results = AssetPhysics.run(tasks, work);
        for (int i = 0; i < tasks.size(); i++) {
            RESULTS.put(tasks.get(i).label(), results.get(i));
            LOG.info("{}: {}", tasks.get(i).label(), results.get(i));
        }
    }

    private static Articulation model(String prompt) {
        return MODELS.computeIfAbsent(prompt, p -> GENERATOR.generate(p, 0).articulation());
    }

    private static JsonNode result(String label) {
        JsonNode r = RESULTS.get(label);
        assertThat(r).as(label).isNotNull();
        assertThat(r.has("error")).as(label + ": " + r).isFalse();
        assertThat(r.get("warnings")).as(label + " MuJoCo warnings").isEmpty();
        return r;
    }

    @ParameterizedTest
    @MethodSource("freePrompts")
    void freeAssetStartsOnTheFloorAndStaysStill(String prompt) {
        assertThat(Mobility.of(model(prompt))).isEqualTo(Mobility.FREE);
        JsonNode r = result("rest " + prompt);
        assertThat(r.get("nfree").asInt()).as("free joints").isEqualTo(1);
        assertThat(r.at("/start/contacts").asInt()).as("touching the floor at the start").isGreaterThan(0);
        assertThat(r.at("/start/penetration").asDouble()).as("deepest initial contact, m").isLessThan(1e-6);
        assertThat(r.at("/rest/speed").asDouble()).as("largest body speed after 1 s (" + r.at("/rest/body").asText() + "), m/s")
                .isLessThan(0.01);
        assertThat(Math.abs(r.at("/rest/dz").asDouble())).as("root height change, m").isLessThan(0.002);
    }

    static List<String> freePrompts() {
        return FREE_PROMPTS;
    }

    @Test
    void aFixedBaseBoxIsWelded() {
        JsonNode r = result("welded a cardboard box");
        assertThat(r.get("nfree").asInt()).isZero();
        assertThat(r.get("nq").asInt()).isZero();
    }

    @ParameterizedTest
    @MethodSource("diffDrivePrompts")
    void bothWheelsForwardDriveStraightAtTheCommandedSpeed(String prompt) {
        Articulation a = model(prompt);
        Joint left = wheel(a, "wheel_left_joint");
        double command = 0.8 * left.limits().velocity() * wheelRadius(a);
        JsonNode d = result("straight " + prompt).get("drive");
        LOG.info("{}: straight {} m/s of {} commanded ({} %), yaw rate {} rad/s", prompt, d.get("speed").asDouble(), command,
                Math.round(100 * d.get("speed").asDouble() / command), d.get("yawRate").asDouble());
        assertThat(d.get("driven").asInt()).isEqualTo(2);
        assertThat(d.get("speed").asDouble()).as("forward speed, m/s").isBetween(0.8 * command, 1.02 * command);
        assertThat(Math.abs(d.get("lateral").asDouble())).as("sideways speed, m/s").isLessThan(0.02 * command);
        assertThat(Math.abs(d.get("yawRate").asDouble())).as("yaw rate, rad/s").isLessThan(0.02);
    }

    @ParameterizedTest
    @MethodSource("diffDrivePrompts")
    void oppositeWheelsTurnInPlace(String prompt) {
        Articulation a = model(prompt);
        double w = 0.4 * wheel(a, "wheel_left_joint").limits().velocity();
        double track = Math.abs(wheel(a, "wheel_left_joint").origin().position().y() - wheel(a, "wheel_right_joint").origin().position().y());
        double command = 2 * w * wheelRadius(a) / track;
        JsonNode d = result("turn " + prompt).get("drive");
        LOG.info("{}: turning {} rad/s of {} commanded ({} %), drift {} m/s", prompt, d.get("yawRate").asDouble(), command,
                Math.round(100 * d.get("yawRate").asDouble() / command), Math.hypot(d.get("speed").asDouble(), d.get("lateral").asDouble()));
        // right wheel forward, left back: counter-clockwise seen from above
        assertThat(d.get("yawRate").asDouble()).as("yaw rate, rad/s").isBetween(0.8 * command, 1.05 * command);
        // it turns about the middle of the drive axle, which sits ahead of the origin when one caster trails
        double axleOffset = Math.abs(wheel(a, "wheel_left_joint").origin().position().x());
        assertThat(Math.hypot(d.get("speed").asDouble(), d.get("lateral").asDouble())).as("drift of the base's origin, m/s")
                .isLessThan(d.get("yawRate").asDouble() * axleOffset + 0.05 * command * track / 2 + 0.005);
    }

    static List<String> diffDrivePrompts() {
        return DIFF_DRIVE_PROMPTS;
    }

    @ParameterizedTest
    @ValueSource(strings = {"a roller conveyor", "a belt conveyor"})
    void drivenConveyorCarriesBoxesAlongItsLength(String prompt) {
        Articulation a = model(prompt);
        assertThat(Mobility.of(a)).isEqualTo(Mobility.FIXED);
        for (double m : BOX_MASSES) {
            JsonNode p = result("carry " + m + " kg on " + prompt).at("/drive/payload");
            LOG.info("{}: {} kg box at {} m/s of {} commanded ({} %), sank {} m", prompt, m, p.get("speed").asDouble(), CONVEYOR_SPEED,
                    Math.round(100 * p.get("speed").asDouble() / CONVEYOR_SPEED), -p.get("dz").asDouble());
            assertThat(p.get("dz").asDouble()).as(m + " kg box height change (not through the rollers), m").isGreaterThan(-0.005);
            assertThat(p.get("speed").asDouble()).as(m + " kg box speed along the conveyor, m/s")
                    .isBetween(0.8 * CONVEYOR_SPEED, 1.05 * CONVEYOR_SPEED);
            assertThat(Math.abs(p.get("lateral").asDouble())).as(m + " kg box sideways speed").isLessThan(0.01);
        }
    }

    /** A box of {@code mass} kg of cardboard-and-contents density ~200 kg/m³, its height 0.6 of its side. */
    static double boxSide(double mass) {
        return Math.cbrt(mass / (200 * 0.6));
    }

    private static Joint wheel(Articulation a, String name) {
        return a.joint(name).orElseThrow(() -> new AssertionError(a.name() + " has no " + name));
    }

    private static double wheelRadius(Articulation a) {
        return wheel(a, "wheel_left_joint").origin().position().z();
    }

    /** The radius the rollers carry at: their collision capsule's (roller, or roller and belt). */
    private static double carryRadius(Articulation a) {
        Collision c = a.link("roller_1").orElseThrow().collisions().get(0);
        return ((Geometry.Capsule) c.geometry()).radius();
    }

    private record Aabb2(double xMin, double z) {
    }

    /** Where loads go: the first roller's x, and the rollers' top height. */
    private static Aabb2 conveyorTop(Articulation a) {
        Pose first = ForwardKinematics.linkPoses(a, Map.of()).get("roller_1");
        return new Aabb2(first.position().x(), first.position().z() + carryRadius(a));
    }
}
