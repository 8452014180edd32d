package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our reading of MJCF features against real MuJoCo 3.5.1: for fixtures with {@code <frame>},
 * {@code <replicate>}, ball and free joints, ellipsoids, planes and height fields, every body MuJoCo
 * builds is a link of ours with the same name (replicate suffixes included), in the same place, at qpos0
 * and with every joint moved (a ball or free joint through its components' positions); masses and centres of mass agree; and MuJoCo's degrees of freedom
 * are our movable joints. Poses are compared relative to our root, which sits at the origin, and a link
 * frame sits on its body's last joint axis (the reader's convention: our joints turn about their child
 * link's origin), i.e. at MuJoCo's body frame moved by that joint's {@code pos}.
 */
class MjcfReaderAgreesWithMujocoTest {
    private static final double POSITION = 1e-9;
    private static final double ROTATION = 1e-12;
    private static Map<String, MujocoGroundTruth.Model> mujoco;

    @BeforeAll
    static void loadFixturesInMujoco() {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("frames.xml", "replicate.xml", "ball_free.xml", "shapes.xml")) {
            files.add(fixture(name));
        }
        mujoco = MujocoGroundTruth.load(files);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(MjcfReaderAgreesWithMujocoTest.class.getResource("/mjcf-features/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MujocoGroundTruth.Model truth(String name) {
        MujocoGroundTruth.Model m = mujoco.get(name);
        assertThat(m).as("MuJoCo's report on %s", name).isNotNull();
        assertThat(m.error()).as("MuJoCo failed to load %s", name).isNull();
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"frames.xml", "replicate.xml", "ball_free.xml", "shapes.xml"})
    void everyBodySitsWhereMujocoPutsItAtZero(String name) {
        MujocoGroundTruth.Model m = truth(name);
        Articulation a = MjcfReader.read(fixture(name));
        assertSamePlaces(a, m, m.zero(), ForwardKinematics.linkPoses(a, Map.of()), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frames.xml", "replicate.xml", "ball_free.xml", "shapes.xml"})
    void everyBodyFollowsMovedJointsAsInMujoco(String name) {
        MujocoGroundTruth.Model m = truth(name);
        Articulation a = MjcfReader.read(fixture(name));
        assertThat(m.jointPositions()).isNotEmpty();
        for (String joint : m.jointPositions().keySet()) {
            assertThat(a.joint(joint)).as("joint %s", joint).isPresent();
        }
        assertSamePlaces(a, m, m.moved(), ForwardKinematics.linkPoses(a, m.jointPositions()), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"frames.xml", "replicate.xml", "ball_free.xml", "shapes.xml"})
    void movableJointsAreMujocosDegreesOfFreedom(String name) {
        MujocoGroundTruth.Model m = truth(name);
        Articulation a = MjcfReader.read(fixture(name));
        assertThat(a.movableJoints()).hasSize(m.nv());
        // MuJoCo stores a ball's or free joint's rotation as a quaternion: one more qpos than degrees of freedom
        assertThat(m.nq()).isEqualTo(m.nv() + m.nfree() + m.nball());
    }

    @ParameterizedTest
    @ValueSource(strings = {"frames.xml", "replicate.xml", "ball_free.xml", "shapes.xml"})
    void massAndCentreOfMassOfEveryBodyMatchMujoco(String name) {
        MujocoGroundTruth.Model m = truth(name);
        Articulation a = MjcfReader.read(fixture(name));
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, Map.of());
        Pose rootInWorld = linkFrame(m, a.root().name(), m.zero().get(a.root().name()));
        for (Map.Entry<String, Double> e : m.mass().entrySet()) {
            Link link = a.link(e.getKey()).orElseThrow(() -> new AssertionError("no link for body " + e.getKey()));
            assertThat(link.inertial().mass()).as("mass of %s in %s", e.getKey(), name).isCloseTo(e.getValue(), within(1e-9 * (1 + e.getValue())));
            if (e.getValue() > 0) {
                var ours = poses.get(e.getKey()).transformPoint(link.inertial().centerOfMass());
                var theirs = rootInWorld.inverse().transformPoint(m.centreOfMass().get(e.getKey()));
                assertThat(ours.isNear(theirs, POSITION)).as("centre of mass of %s: ours %s, MuJoCo %s", e.getKey(), ours, theirs).isTrue();
            }
        }
    }

    /** Where our link frame is, given MuJoCo's body frame: on the body's last joint anchor. */
    private static Pose linkFrame(MujocoGroundTruth.Model m, String body, Pose bodyInWorld) {
        if (bodyInWorld == null) {
            return null;
        }
        return bodyInWorld.compose(Pose.of(m.lastJointAnchor().getOrDefault(body, io.gizmostudio.core.model.Vec3.ZERO)));
    }

    private static void assertSamePlaces(Articulation a, MujocoGroundTruth.Model m, Map<String, Pose> mujocoWorld,
                                         Map<String, Pose> ours, String name) {
        String root = a.root().name();
        Pose rootInWorld = linkFrame(m, root, mujocoWorld.get(root));
        assertThat(rootInWorld).as("MuJoCo has a body called %s (our root) in %s", root, name).isNotNull();
        for (Map.Entry<String, Pose> e : mujocoWorld.entrySet()) {
            if (e.getKey().equals("world") && !root.equals("world")) {
                continue;
            }
            Pose mine = ours.get(e.getKey());
            assertThat(mine).as("a link for MuJoCo body %s in %s", e.getKey(), name).isNotNull();
            Pose theirs = rootInWorld.inverse().compose(linkFrame(m, e.getKey(), e.getValue()));
            assertThat(mine.position().isNear(theirs.position(), POSITION))
                    .as("position of %s in %s: ours %s, MuJoCo %s", e.getKey(), name, mine.position(), theirs.position()).isTrue();
            assertThat(mine.rotation().isNear(theirs.rotation(), ROTATION))
                    .as("rotation of %s in %s: ours %s, MuJoCo %s", e.getKey(), name, mine.rotation(), theirs.rotation()).isTrue();
        }
    }
}
