package io.gizmostudio.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.format.mjcf.MjcfWriter;
import io.gizmostudio.core.model.Articulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real MuJoCo (3.x, the validators' WebAssembly build) on single-asset MJCF exports with a floor added at z = 0: how
 * the asset starts (contacts, penetration), how still it is after resting, how it moves with its actuators driven,
 * and how a free box placed on it moves. Every task of a batch runs in one node process
 * ({@code src/test/resources/mujoco/asset-physics.mjs}; its header lists the result fields). Skipped when node or
 * the package is missing, failing under {@code gizmo.validate.required}.
 */
public final class AssetPhysics {
    private static final long TIMEOUT_SECONDS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A free box to carry: mass (kg), size (m) and where its centre starts in the asset's frame. */
    public record Payload(double mass, double sx, double sy, double sz, double x, double y, double z) {
    }

    /**
     * What to run on one asset: {@code restSeconds} > 0 rests it; {@code ctrl} (actuator name, or prefix ending in
     * '*', → control) drives it for {@code driveSeconds}, watching {@code body} (null: the root).
     */
    public record Task(String label, Articulation articulation, double restSeconds, Map<String, Double> ctrl,
                       double driveSeconds, String body, Payload payload) {
        public static Task rest(String label, Articulation a, double seconds) {
            return new Task(label, a, seconds, Map.of(), 0, null, null);
        }

        public static Task drive(String label, Articulation a, Map<String, Double> ctrl, double seconds, Payload payload) {
            return new Task(label, a, 0, ctrl, seconds, null, payload);
        }
    }

    private AssetPhysics() {
    }

    /** One JSON result per task, in order; each asset is exported once per task into {@code workDir}. */
    public static List<JsonNode> run(List<Task> tasks, Path workDir) {
        ArrayNode spec = JSON.createArrayNode();
        try {
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                Path file = write(new MjcfWriter().writeAsset(t.articulation()), workDir.resolve(i + "_" + t.label().replaceAll("\\W+", "_")));
                ObjectNode o = spec.addObject().put("file", file.toAbsolutePath().toString());
                if (t.restSeconds() > 0) {
                    o.putObject("rest").put("seconds", t.restSeconds());
                }
                if (!t.ctrl().isEmpty()) {
                    ObjectNode d = o.putObject("drive").put("seconds", t.driveSeconds());
                    if (t.body() != null) {
                        d.put("body", t.body());
                    }
                    ObjectNode c = d.putObject("ctrl");
                    t.ctrl().forEach(c::put);
                }
                if (t.payload() != null) {
                    Payload p = t.payload();
                    ObjectNode o2 = o.putObject("payload").put("mass", p.mass());
                    o2.putArray("size").add(p.sx()).add(p.sy()).add(p.sz());
                    o2.putArray("pos").add(p.x()).add(p.y()).add(p.z());
                }
            }
            return MujocoScripts.runTasks("asset-physics.mjs", spec, workDir, TIMEOUT_SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("writing the assets or reading MuJoCo's results failed", e);
        }
    }

    private static Path write(ExportedModel model, Path folder) throws IOException {
        for (BundleEntry e : model.files()) {
            Path f = folder.resolve(e.path());
            Files.createDirectories(f.getParent());
            Files.write(f, e.content());
        }
        return folder.resolve(model.entrypoint());
    }
}
