package io.gizmostudio.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.scene.AssetShape;
import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.CoreAssetFactory;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.testing.ScenePhysics;
import io.gizmostudio.testing.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenes that simulate, end to end: a work cell composed through the client against the real engine (real
 * generator), exported, and run in real MuJoCo — a free mobile base driven by its wheels, a fixed table with a
 * posed fixed arm on it, a fixed cabinet with a drawer out, two free boxes resting on the table top.
 */
@Tag("validators")
class ScenesSimulateTest {
    private static final Logger LOG = LoggerFactory.getLogger(ScenesSimulateTest.class);
    private static final long SEED = 7;
    static final Map<String, String> PROMPTS = Map.of("base", "a mobile base", "table", "a table",
            "arm", "a 6-DOF robot arm", "cabinet", "a cabinet with 2 drawers", "box", "a small box");

    @TempDir
    static Path data;
    @TempDir
    Path out;
    static TestServer engine;
    static GizmoClient client;
    static final Map<String, Asset> ASSETS = new LinkedHashMap<>();
    static final Map<String, Articulation> MODELS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        engine = TestServer.start(TestServer.config(data), new CoreAssetFactory());
        client = new GizmoClient(GizmoClientOptions.builder().baseUrl(engine.server().baseUrl()).apiKey(engine.key().secret()).build());
        AssetGenerator generator = new AssetGenerator();
        PROMPTS.forEach((key, prompt) -> {
            ASSETS.put(key, client.assets().generate(new CreateAssetRequest(prompt, key, List.of(), SEED), Duration.ofSeconds(60),
                    AwaitListener.NONE, new CancellationToken()));
            MODELS.put(key, generator.generate(prompt, SEED).articulation()); // the same asset: same prompt and seed
        });
    }

    @AfterAll
    static void stop() {
        client.close();
        engine.close();
    }

    /** Collision bounds of an asset in its own frame at these joint positions. */
    static Aabb bounds(String key, Map<String, Double> q) {
        return AssetShape.of(MODELS.get(key), q).bounds();
    }

    static PlacementEntry entry(String key, String name, double x, double y, double z, Map<String, Double> q) {
        return new PlacementEntry(null, ASSETS.get(key).id(), name, new Position(x, y, z), Rotation.IDENTITY, null, q);
    }

    /** The first {@code n} joints of an asset a user can set, each moved to 30 % of its range (0.3 rad when unbounded). */
    static Map<String, Double> posed(String key, int n, boolean prismaticOnly) {
        Map<String, Double> q = new LinkedHashMap<>();
        for (Joint j : MODELS.get(key).movableJoints()) {
            if (q.size() == n || j.mimic() != null || (prismaticOnly && j.type().isRotational())) {
                continue;
            }
            q.put(j.name(), j.type().isLimited() ? j.limits().lower() + 0.3 * (j.limits().upper() - j.limits().lower()) : 0.3);
        }
        return q;
    }

    /** The work cell, resting exactly: every object's lowest collision point on the floor or the table top. */
    static List<PlacementEntry> workCell() {
        Aabb table = bounds("table", Map.of());
        double tableZ = -table.min().z();
        double top = tableZ + table.max().z();
        double tx = 1.0;
        Map<String, Double> armPose = posed("arm", 2, false);
        Map<String, Double> drawer = posed("cabinet", 1, true);
        Aabb arm = bounds("arm", Map.of());
        Aabb box = bounds("box", Map.of());
        Aabb cabinet = bounds("cabinet", drawer);
        Aabb base = bounds("base", Map.of());
        double ax = tx + table.min().x() + 0.3 * table.size().x();
        double bx = tx + table.min().x() + 0.75 * table.size().x();
        double by = 0.22 * table.size().y();
        return List.of(
                entry("base", "base", -1.2, -1.5, -base.min().z(), Map.of()),
                entry("table", "table", tx, 0, tableZ, Map.of()),
                entry("arm", "arm", ax - arm.center().x(), -arm.center().y(), top - arm.min().z(), armPose),
                entry("cabinet", "cabinet", -1.2, 1.5, -cabinet.min().z(), drawer),
                entry("box", "box a", bx - box.center().x(), by - box.center().y(), top - box.min().z(), Map.of()),
                entry("box", "box b", bx - box.center().x(), -by - box.center().y(), top - box.min().z(), Map.of()));
    }

    static Scene saved(String name, List<PlacementEntry> entries) {
        Scene scene = client.scenes().create(new CreateSceneRequest(name, null));
        ReplacePlacementsResult r = client.scenes().replacePlacements(scene.id(), entries);
        assertThat(r).isInstanceOf(ReplacePlacementsResult.Replaced.class);
        return ((ReplacePlacementsResult.Replaced) r).scene();
    }

    Path export(Scene scene, String format, String entrypoint) throws IOException {
        Path zip = client.scenes().export(scene.id(), format, out.resolve(scene.id() + "_" + format + ".zip"), ProgressListener.NONE);
        Path dir = Files.createDirectories(out.resolve(scene.id() + "_" + format));
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path f = dir.resolve(e.getName()).normalize();
                Files.createDirectories(f.getParent());
                Files.write(f, z.readAllBytes());
            }
        }
        return dir.resolve(entrypoint);
    }

    @Test
    void theWorkCellRestsDrivesAndStartsAsSaved() throws IOException {
        List<PlacementEntry> entries = workCell();
        Scene scene = saved("work cell", entries);
        assertThat(scene.assets()).extracting(p -> p.mobility()).containsExactly("free", "fixed", "fixed", "fixed", "free", "free");
        Path xml = export(scene, "mjcf", "scene.xml");
        String baseRoot = "base_" + MODELS.get("base").root().name();

        JsonNode r = ScenePhysics.run(List.of(new ScenePhysics.Task(xml, 1.0, List.of("box_a_", "box_b_"), baseRoot, "base_",
                wheelSpeedLimit(), 2.0)), out).get(0);
        LOG.info("work cell physics: {}", r);
        assertThat(r.has("error")).as(r.toString()).isFalse();
        assertThat(r.get("key").asText()).isEqualTo("initial");
        assertThat(r.get("warnings")).as("MuJoCo warnings").isEmpty();

        double tableTop = -bounds("table", Map.of()).min().z() + bounds("table", Map.of()).max().z();
        for (String box : List.of("box_a_", "box_b_")) {
            JsonNode b = r.at("/settle/" + box);
            LOG.info("{} after 1 s: max body speed {} m/s, height change {} m", box, b.get("speed").asDouble(), b.get("dz").asDouble());
            assertThat(b.get("speed").asDouble()).as(box + " max body speed after 1 s").isLessThan(0.01);
            assertThat(Math.abs(b.get("dz").asDouble())).as(box + " still on the table").isLessThan(0.01);
            assertThat(b.get("z1").asDouble() + bounds("box", Map.of()).min().z()).isCloseTo(tableTop, org.assertj.core.data.Offset.offset(0.01));
        }
        double distance = r.at("/drive/distance").asDouble();
        LOG.info("base driven at its wheels' speed limit for 2 s moved {} m", distance);
        assertThat(r.at("/drive/driven").asInt()).isEqualTo(MODELS.get("base").movableJoints().stream().filter(Joint::isActuated).count());
        assertThat(distance).isGreaterThan(0.2);

        double error = 0;
        String[] prefixes = {"base_", "table_", "arm_", "cabinet_", "box_a_", "box_b_"};
        String[] keys = {"base", "table", "arm", "cabinet", "box", "box"};
        for (int i = 0; i < keys.length; i++) {
            Articulation a = MODELS.get(keys[i]);
            Map<String, Double> savedQ = scene.assets().get(i).jointPositions();
            assertThat(savedQ).isEqualTo(entries.get(i).jointPositions());
            for (Joint j : a.movableJoints()) {
                JsonNode q = r.get("joints").get(prefixes[i] + j.name());
                assertThat(q).as(prefixes[i] + j.name()).isNotNull();
                error = Math.max(error, Math.abs(q.asDouble() - ForwardKinematics.position(a, j, savedQ)));
            }
            JsonNode free = r.get("free").get(prefixes[i] + "free");
            assertThat(free != null).as(prefixes[i] + " has a free joint").isEqualTo("free".equals(scene.assets().get(i).mobility()));
            if (free != null) {
                Position p = scene.assets().get(i).position();
                error = Math.max(error, Math.max(Math.abs(free.get(0).asDouble() - p.x()),
                        Math.max(Math.abs(free.get(1).asDouble() - p.y()), Math.abs(free.get(2).asDouble() - p.z()))));
                error = Math.max(error, Math.abs(free.get(3).asDouble() - 1));
            }
        }
        LOG.info("keyframe: largest difference from the saved joint positions and placement poses {}", error);
        assertThat(error).as("keyframe vs saved poses").isLessThan(1e-9);
        assertThat(r.get("joints").get("arm_" + entries.get(2).jointPositions().keySet().iterator().next()).asDouble()).isNotZero();
    }

    /** A hundred placements on a 10 × 10 grid, 1.5 m apart, cycling through the assets; free ones resting on the floor. */
    static List<PlacementEntry> hundred() {
        List<String> keys = List.of("base", "table", "arm", "cabinet", "box");
        List<PlacementEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String key = keys.get(i % keys.size());
            Map<String, Double> q = key.equals("arm") ? posed("arm", 3, false) : Map.of();
            Aabb b = bounds(key, q);
            entries.add(entry(key, key + " " + i, -6.75 + 1.5 * (i % 10) - b.center().x(), -6.75 + 1.5 * (i / 10) - b.center().y(),
                    -b.min().z(), q));
        }
        return entries;
    }

    /** Joint counts as each validator counts them: MJCF movable + free joints, URDF every joint + mounts, USD every joint + anchors. */
    record Counts(int mjcf, int urdf, int usd, int articulations) {
        static Counts of(Scene scene) {
            int mjcf = 0, urdf = 0, usd = 0, articulations = 0;
            for (var p : scene.assets()) {
                Articulation a = MODELS.get(ASSETS.entrySet().stream().filter(e -> e.getValue().id().equals(p.assetId()))
                        .findFirst().orElseThrow().getKey());
                boolean free = "free".equals(p.mobility());
                mjcf += a.movableJoints().size() + (free ? 1 : 0);
                urdf += a.joints().size() + 1;
                usd += a.joints().size() + (free ? 0 : 1);
                articulations += a.joints().isEmpty() ? 0 : 1;
            }
            return new Counts(mjcf, urdf, usd, articulations);
        }
    }

    @Test
    void emptyWorkCellAndHundredPlacementScenesPassTheValidatorsInEveryFormat() throws IOException {
        Validators.assumeInstalled();
        Scene empty = saved("empty", List.of());
        Scene cell = saved("work cell", workCell());
        Scene hundred = saved("hundred", hundred());
        List<Validators.Check> checks = new ArrayList<>();
        for (Scene s : List.of(empty, cell, hundred)) {
            Counts n = Counts.of(s);
            boolean big = s == hundred;
            Path xml = export(s, "mjcf", "scene.xml");
            Path urdf = export(s, "urdf", "scene.urdf");
            Path usda = export(s, "usd", "scene.usda");
            checks.add(Validators.Check.mjcf(xml, n.mjcf()));
            // MuJoCo simulates the big scene from its MJCF; its URDF gets urdfdom's parse and counts, inside CI's budget
            checks.add(big ? Validators.Check.urdfParseOnly(urdf, n.urdf()) : Validators.Check.urdf(urdf, n.urdf()));
            checks.add(new Validators.Check("usd.sh", List.of(usda.toString(), "--expect-joints", Integer.toString(n.usd()),
                    "--expect-articulations", Integer.toString(n.articulations()))));
            assertUsdPhysics(s, Files.readString(usda));
            assertReports(s, xml.getParent(), urdf.getParent(), usda.getParent());
        }
        List<Validators.Result> results = Validators.runAll(checks);
        for (Validators.Result r : results) {
            LOG.info("{} -> {} ({} ms)", r.check(), r.summary(), r.elapsed().toMillis());
            assertThat(r.accepted()).as(r.check() + ":\n" + r.output()).isTrue();
        }
        logExportFigures(hundred);
    }

    /** One articulation root per asset with joints, no anchor for free ones, a physics scene and a ground collider. */
    static void assertUsdPhysics(Scene scene, String usda) {
        assertThat(usda).contains("def PhysicsScene \"physicsScene\"").contains("def Cube \"groundPlane\"");
        assertThat(count(usda, "\"PhysicsArticulationRootAPI\"")).isEqualTo(Counts.of(scene).articulations());
        long fixed = scene.assets().stream().filter(p -> "fixed".equals(p.mobility())).count();
        assertThat(count(usda, "def PhysicsFixedJoint \"root_joint\"")).isEqualTo((int) fixed);
        if (scene.assets().stream().anyMatch(p -> !p.jointPositions().isEmpty())) {
            assertThat(usda).contains("PhysicsJointStateAPI:angular").contains("float state:angular:physics:position = ");
        }
    }

    static void assertReports(Scene scene, Path... dirs) throws IOException {
        long free = scene.assets().stream().filter(p -> "free".equals(p.mobility())).count();
        for (Path dir : dirs) {
            JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
            LOG.info("{} report: {}", manifest.get("format").asText(), manifest.get("report"));
            assertThat(manifest.get("kind").asText()).isEqualTo("scene");
            assertThat(manifest.get("report")).isNotEmpty();
            if (free > 0 && manifest.get("format").asText().equals("isaac_sim_urdf")) {
                assertThat(manifest.get("report").toString())
                        .contains("URDF: " + free + " free object" + (free == 1 ? "" : "s") + " welded to the world");
            }
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** Export time (through the client, median of five) and bundle size per format for the 100-placement scene. */
    void logExportFigures(Scene scene) throws IOException {
        for (String format : List.of("mjcf", "urdf", "usd")) {
            List<Long> millis = new ArrayList<>();
            long size = 0;
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                Path zip = client.scenes().export(scene.id(), format, out.resolve("timing_" + format + ".zip"), ProgressListener.NONE);
                millis.add((System.nanoTime() - t0) / 1_000_000);
                size = Files.size(zip);
            }
            millis.sort(null);
            LOG.info("100-placement scene, {}: export {} ms (median of 5: {}), bundle {} bytes", format, millis.get(2), millis, size);
        }
    }

    /** The wheels' speed command at its limit (the velocity actuators' control range). */
    static double wheelSpeedLimit() {
        return MODELS.get("base").movableJoints().stream().filter(Joint::isActuated).mapToDouble(j -> j.limits().velocity())
                .min().orElseThrow();
    }
}
