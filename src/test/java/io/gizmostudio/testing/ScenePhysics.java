package io.gizmostudio.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;


/**
 * Real MuJoCo (3.x, the validators' WebAssembly build) on exported scenes: the keyframe's joint positions, how
 * still watched objects are after settling from it, how far a driven base goes. Every scene of a batch runs in
 * one node process ({@code src/test/resources/mujoco/scene-physics.mjs}). Skipped when node or the package is
 * missing, failing under {@code gizmo.validate.required}.
 */
public final class ScenePhysics {
    private static final long TIMEOUT_SECONDS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with one scene file; {@code settleWatch} empty = no settling, {@code driveBody} null = no drive. */
    public record Task(Path file, double settleSeconds, List<String> settleWatch, String driveBody, String driveActuators,
                       double driveCtrl, double driveSeconds) {
    }

    private ScenePhysics() {
    }

    /** One JSON result per task, in order (see the script's header for the fields). */
    public static List<JsonNode> run(List<Task> tasks, Path workDir) {
        ArrayNode spec = JSON.createArrayNode();
        for (Task t : tasks) {
            ObjectNode o = spec.addObject().put("file", t.file().toAbsolutePath().toString());
            if (!t.settleWatch().isEmpty()) {
                ObjectNode s = o.putObject("settle").put("seconds", t.settleSeconds());
                t.settleWatch().forEach(s.putArray("watch")::add);
            }
            if (t.driveBody() != null) {
                o.putObject("drive").put("seconds", t.driveSeconds()).put("body", t.driveBody())
                        .put("actuators", t.driveActuators()).put("ctrl", t.driveCtrl());
            }
        }
        return MujocoScripts.runTasks("scene-physics.mjs", spec, workDir, TIMEOUT_SECONDS);
    }
}
