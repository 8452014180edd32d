package io.gizmostudio.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
        Path pkg = Validators.assumeNpmPackage("mujoco");
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
        try {
            Path tasksFile = workDir.resolve("physics-tasks.json");
            Files.writeString(tasksFile, spec.toString());
            Process p = new ProcessBuilder("node", script().toString(), pkg.toString(), tasksFile.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            String output;
            try (InputStream in = p.getInputStream()) {
                // drained on a thread of its own, not the common pool, so a busy pool cannot stall the pipe
                CompletableFuture<byte[]> drained = CompletableFuture.supplyAsync(() -> readAll(in),
                        r -> new Thread(r, "scene-physics-output").start());
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("scene physics timed out after " + TIMEOUT_SECONDS + " s");
                }
                Validators.assumeAvailable(p.exitValue() != 2, "MuJoCo (npm mujoco) cannot start from " + pkg);
                output = new String(drained.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("scene-physics.mjs exited " + p.exitValue() + ": " + output);
            }
            List<JsonNode> results = new ArrayList<>();
            for (String line : output.split("\n")) {
                if (line.startsWith("RESULT ")) {
                    results.add(JSON.readTree(line.substring(7)));
                }
            }
            if (results.size() != tasks.size()) {
                throw new IllegalStateException("expected " + tasks.size() + " results, got: " + output);
            }
            return results;
        } catch (IOException e) {
            Validators.assumeAvailable(false, "node cannot be started: " + e.getMessage());
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("reading MuJoCo's output failed", e);
        }
    }

    private static Path script() {
        try {
            return Path.of(ScenePhysics.class.getResource("/mujoco/scene-physics.mjs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
