package io.gizmostudio.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real MuJoCo (the validators' WebAssembly build) on exported assets: pushes on passive joints with the actuators
 * off, and every servo driven through its range. All assets of a batch run in one node process
 * ({@code src/test/resources/mujoco/joint-physics.mjs}, whose header lists the result fields). Skipped when node
 * or the package is missing, failing under {@code gizmo.validate.required}.
 */
public final class JointPhysics {
    private static final long TIMEOUT_SECONDS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A push of {@code force} N (at the handle for a hinge) on {@code joint} for {@code seconds}. */
    public record Push(String joint, double force, double seconds) {
    }

    /**
     * One exported MJCF file, its pushes, whether to drive its actuators, and each servo joint's static sag under
     * gravity (rad or m), which the reach tolerance allows on top.
     */
    public record Task(Path file, List<Push> pushes, boolean drive, Map<String, Double> sag) {
    }

    private JointPhysics() {
    }

    /** One JSON result per task, in order. */
    public static List<JsonNode> run(List<Task> tasks, Path workDir) {
        ArrayNode spec = JSON.createArrayNode();
        for (Task t : tasks) {
            ObjectNode o = spec.addObject().put("file", t.file().toAbsolutePath().toString()).put("drive", t.drive());
            ArrayNode pushes = o.putArray("push");
            ObjectNode sag = o.putObject("sag");
            t.sag().forEach(sag::put);
            t.pushes().forEach(p -> pushes.addObject().put("joint", p.joint()).put("force", p.force()).put("seconds", p.seconds()));
        }
        return MujocoScripts.runTasks("joint-physics.mjs", spec, workDir, TIMEOUT_SECONDS);
    }
}
