package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.DriveTuning;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.GeneratedAsset;
import io.gizmostudio.core.generate.JointLoad;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.testing.JointPhysics;
import io.gizmostudio.testing.SamplePrompts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every family's MJCF export in real MuJoCo: passive mechanisms (drawers, doors, lids, levers) move under a
 * person's push with their servos off, and every servo drives its joint through its range. One node process
 * runs the whole batch; the measured figures go to the log and to {@code target/joint-physics.md}.
 */
class JointPhysicsTest {
    private static final Logger LOG = LoggerFactory.getLogger(JointPhysicsTest.class);
    /** Families whose movable parts are pushed by hand (furniture, appliances, manual controls). */
    private static final Set<Family> MECHANISMS = EnumSet.of(Family.CABINET, Family.TABLE, Family.DOOR, Family.BOX,
            Family.LAPTOP, Family.MICROWAVE, Family.OVEN, Family.FRIDGE, Family.DISHWASHER, Family.LEVER);
    /** A pull at a drawer's handle, N, and how long it lasts, s. */
    private static final double PULL = 20, PULL_SECONDS = 1;
    /** A push at a door's handle, N, and how long it lasts, s. */
    private static final double PUSH = 10, PUSH_SECONDS = 2;
    /** A drawer opens at least this far (or 80 % of its travel) within the pull, m. */
    private static final double DRAWER_OPENS = 0.15;
    /** A hinged part swings at least this far (or 80 % of its travel) within the push, rad. */
    private static final double DOOR_SWINGS = Math.toRadians(15);
    /** Damping and friction may take at most this share of the motion an ideal frictionless mechanism makes. */
    private static final double LOSS_SHARE = 0.5;
    /** A servo reaches its target within this share of its range. */
    private static final double DRIVE_TOLERANCE = 0.03;

    private static final List<Row> rows = new ArrayList<>();
    private static List<JsonNode> results;

    /** One family's prompt, its MuJoCo results, and each servo joint's static sag under gravity (τ_g / kp). */
    private record Row(String prompt, Family family, JsonNode result, Map<String, Double> sag) {
    }

    @BeforeAll
    static void simulateEveryFamily(@TempDir Path dir) throws IOException {
        AssetGenerator generator = new AssetGenerator();
        List<JointPhysics.Task> tasks = new ArrayList<>();
        List<String> prompts = SamplePrompts.familyAndMechanismPrompts();
        List<Family> families = new ArrayList<>();
        List<Map<String, Double>> sags = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            GeneratedAsset asset = generator.generate(prompts.get(i), 7);
            Family family = asset.spec().family();
            families.add(family);
            Articulation a = asset.articulation();
            Path folder = Files.createDirectories(dir.resolve(i + "_" + family.wireName()));
            ExportedModel model = ExportFormat.MUJOCO_MJCF.writer().writeAsset(a);
            for (BundleEntry e : model.files()) {
                Path file = folder.resolve(e.path());
                Files.createDirectories(file.getParent());
                Files.write(file, e.content());
            }
            Map<String, Double> sag = new HashMap<>();
            for (Joint j : a.movableJoints()) {
                if (j.isActuated() && j.drive().stiffness() > 0) {
                    sag.put(NameTable.sanitise(j.name()), JointLoad.of(a, j).gravityLoad() / j.drive().stiffness());
                }
            }
            sags.add(sag);
            List<JointPhysics.Push> pushes = new ArrayList<>();
            if (MECHANISMS.contains(family)) {
                for (Joint j : a.movableJoints()) {
                    if (j.type().isLimited() && j.mimic() == null) {
                        boolean slide = !j.type().isRotational();
                        pushes.add(new JointPhysics.Push(NameTable.sanitise(j.name()), slide ? PULL : PUSH,
                                slide ? PULL_SECONDS : PUSH_SECONDS));
                    }
                }
            }
            tasks.add(new JointPhysics.Task(folder.resolve(model.entrypoint()), pushes, true, sag));
        }
        results = JointPhysics.run(tasks, dir);
        for (int i = 0; i < prompts.size(); i++) {
            rows.add(new Row(prompts.get(i), families.get(i), results.get(i), sags.get(i)));
        }
        report();
    }

    @Test
    void everyExportLoads() {
        assertThat(rows).allSatisfy(r -> assertThat(r.result().has("error")).as(r.prompt() + ": " + r.result().path("error")).isFalse());
    }

    @Test
    void drawersGlideOpenUnderATwentyNewtonPull() {
        SoftAssertions soft = new SoftAssertions();
        forEachPush("slide", (row, p) -> {
            double want = Math.min(DRAWER_OPENS, 0.8 * p.get("range").asDouble());
            soft.assertThat(p.get("qEnd").asDouble()).as("%s: %s opens (m) in %s s", row.prompt(), p.get("joint").asText(),
                    p.get("seconds").asDouble()).isGreaterThanOrEqualTo(want);
            soft.assertThat(p.get("qEnd").asDouble()).as("%s: %s keeps the free motion", row.prompt(), p.get("joint").asText())
                    .isGreaterThanOrEqualTo(LOSS_SHARE * p.get("free").asDouble());
        });
        soft.assertAll();
    }

    @Test
    void doorsAndLidsSwingUnderATenNewtonPushAtTheHandle() {
        SoftAssertions soft = new SoftAssertions();
        forEachPush("hinge", (row, p) -> {
            double want = Math.min(DOOR_SWINGS, 0.8 * p.get("range").asDouble());
            soft.assertThat(p.get("qEnd").asDouble()).as("%s: %s swings (rad) in %s s", row.prompt(), p.get("joint").asText(),
                    p.get("seconds").asDouble()).isGreaterThanOrEqualTo(want);
            soft.assertThat(p.get("qEnd").asDouble()).as("%s: %s keeps the free motion", row.prompt(), p.get("joint").asText())
                    .isGreaterThanOrEqualTo(LOSS_SHARE * p.get("free").asDouble());
        });
        soft.assertAll();
    }

    @Test
    void everyServoDrivesItsJointThroughItsRange() {
        SoftAssertions soft = new SoftAssertions();
        int servos = 0;
        for (Row row : rows) {
            for (JsonNode s : row.result().path("servos")) {
                servos++;
                double error = Math.abs(s.get("reached").asDouble() - s.get("target").asDouble());
                // a servo stiff enough for its load sags by τ_g/kp at most; the tolerance is on top of that
                double sag = row.sag().getOrDefault(s.get("joint").asText(), 0.0);
                soft.assertThat(error).as("%s: %s reaches %s (range %s, sag %s)", row.prompt(), s.get("actuator").asText(),
                        s.get("target").asDouble(), s.get("range").asDouble(), sag)
                        .isLessThanOrEqualTo(DRIVE_TOLERANCE * s.get("range").asDouble() + sag);
                // DriveTuning sizes the effort to cross the whole range in TRAVERSE_SECONDS; this goes most of it
                soft.assertThat(s.get("tReach").isNull() ? Double.POSITIVE_INFINITY : s.get("tReach").asDouble())
                        .as("%s: %s gets there within %s s", row.prompt(), s.get("actuator").asText(), DriveTuning.TRAVERSE_SECONDS)
                        .isLessThanOrEqualTo(DriveTuning.TRAVERSE_SECONDS);
            }
        }
        soft.assertThat(servos).as("servos driven").isGreaterThan(50);
        soft.assertAll();
    }

    private void forEachPush(String type, java.util.function.BiConsumer<Row, JsonNode> check) {
        int n = 0;
        for (Row row : rows) {
            for (JsonNode p : row.result().path("push")) {
                assertThat(p.has("missing")).as(row.prompt() + ": " + p).isFalse();
                if (p.get("type").asText().equals(type)) {
                    check.accept(row, p);
                    n++;
                }
            }
        }
        assertThat(n).as("%s pushes", type).isPositive();
    }

    private static void report() throws IOException {
        StringBuilder md = new StringBuilder("| family | joint | push | lever m | after 1 s | after 2 s | end | 90 % open at | frictionless |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            for (JsonNode p : row.result().path("push")) {
                if (p.has("missing")) {
                    continue;
                }
                boolean hinge = p.get("type").asText().equals("hinge");
                md.append(String.format(Locale.ROOT, "| %s | %s | %.0f N for %.0f s | %.2f | %s | %s | %s | %s | %s |%n",
                        row.family().wireName(), p.get("joint").asText(), p.get("force").asDouble(), p.get("seconds").asDouble(),
                        p.get("lever").asDouble(), amount(p.get("q1"), hinge), amount(p.get("q2"), hinge),
                        amount(p.get("qEnd"), hinge) + " of " + amount(p.get("range"), hinge),
                        p.get("tOpen").isNull() ? "—" : String.format(Locale.ROOT, "%.2f s", p.get("tOpen").asDouble()),
                        amount(p.get("free"), hinge)));
            }
        }
        md.append("\n| family | servo | start → target | reached | within 3 % at | reached with contacts |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            for (JsonNode s : row.result().path("servos")) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.3f → %.3f | %.3f | %s | %.3f |%n", row.family().wireName(),
                        s.get("actuator").asText(), s.get("start").asDouble(), s.get("target").asDouble(), s.get("reached").asDouble(),
                        s.get("tReach").isNull() ? "never" : String.format(Locale.ROOT, "%.2f s", s.get("tReach").asDouble()),
                        s.get("contactReached").asDouble()));
            }
            for (JsonNode s : row.result().path("motors")) {
                md.append(String.format(Locale.ROOT, "| %s | %s | speed %.3f commanded | %.3f after 1 s | | |%n", row.family().wireName(),
                        s.get("actuator").asText(), s.get("ctrl").asDouble(), s.get("speed").asDouble()));
            }
        }
        Path out = Path.of("target", "joint-physics.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        LOG.info("joint physics:\n{}", md);
    }

    private static String amount(JsonNode v, boolean hinge) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "—";
        }
        return hinge ? String.format(Locale.ROOT, "%.1f°", Math.toDegrees(v.asDouble()))
                : String.format(Locale.ROOT, "%.3f m", v.asDouble());
    }
}
