package io.gizmostudio.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one of the node scripts under {@code src/test/resources/mujoco/} against the MuJoCo WebAssembly package the
 * validators cache, once per batch: the script gets the package folder and then {@code args}, and its standard
 * output is returned. Skipped when node or the package is missing (failing under {@code gizmo.validate.required});
 * the script exits 2 when MuJoCo itself cannot start.
 */
public final class MujocoScripts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private MujocoScripts() {
    }

    public static String run(String script, List<String> args, long timeoutSeconds) {
        Path pkg = Validators.assumeNpmPackage("mujoco");
        List<String> command = new ArrayList<>(List.of("node", resource(script).toString(), pkg.toString()));
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            try (InputStream in = p.getInputStream()) {
                // drained on a thread of its own, not the common pool, so a busy pool cannot stall the pipe
                CompletableFuture<byte[]> drained = CompletableFuture.supplyAsync(() -> readAll(in),
                        r -> new Thread(r, "mujoco-script-output").start());
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(script + " timed out after " + timeoutSeconds + " s");
                }
                Validators.assumeAvailable(p.exitValue() != 2, "MuJoCo (npm mujoco) cannot start from " + pkg);
                String output = new String(drained.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(script + " exited " + p.exitValue() + ": " + output);
                }
                return output;
            }
        } catch (IOException e) {
            Validators.assumeAvailable(false, "node cannot be started: " + e.getMessage());
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("reading MuJoCo's output failed", e);
        }
    }

    /**
     * Runs {@code script} on {@code tasks} (a JSON array written to {@code workDir} as the script's one argument)
     * and returns the JSON of its {@code RESULT} lines, one per task, in order.
     */
    public static List<JsonNode> runTasks(String script, ArrayNode tasks, Path workDir, long timeoutSeconds) {
        try {
            Path file = workDir.resolve(script.replace(".mjs", "") + "-tasks.json");
            Files.writeString(file, tasks.toString());
            return results(run(script, List.of(file.toString()), timeoutSeconds), tasks.size());
        } catch (IOException e) {
            throw new IllegalStateException("writing the tasks for " + script + " failed", e);
        }
    }

    /** The JSON of the {@code RESULT} lines of a script's output; exactly {@code expected} of them. */
    public static List<JsonNode> results(String output, int expected) {
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : output.split("\n")) {
                if (line.startsWith("RESULT ")) {
                    out.add(JSON.readTree(line.substring(7)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("MuJoCo's results are not JSON: " + output, e);
        }
        if (out.size() != expected) {
            throw new IllegalStateException("expected " + expected + " results, got: " + output);
        }
        return out;
    }

    private static Path resource(String script) {
        try {
            return Path.of(MujocoScripts.class.getResource("/mujoco/" + script).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource mujoco/" + script, e);
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
