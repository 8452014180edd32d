package io.gizmostudio.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the third-party validators of {@code shared/validate} ({@code mjcf.sh}, {@code urdf.sh},
 * {@code usd.sh}) on exported files.
 *
 * <p>The scripts are found through the system property {@code gizmo.validate.dir} (the pom sets it;
 * default {@code ../shared/validate} from the working directory). When they are missing, or a script
 * exits 2 (its code for "tool not installed / usage error"), the calling test is skipped by a JUnit
 * assumption, unless {@code gizmo.validate.required=true} (CI), in which case it fails. Each call takes
 * 2–4 s, so {@link #runAll} runs several checks on two threads; a call that hangs is run once more.
 */
public final class Validators {
    /** A call takes 3–5 s, 20 s on a loaded machine; one that runs this long has hung (the WASM tools rarely do). */
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final int THREADS = 2;
    private static final int TIMED_OUT = 124;
    private static final int ATTEMPTS = 3;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Validators.class);

    private Validators() {
    }

    /** One validator call: the script name and its arguments (the file first). */
    public record Check(String script, List<String> arguments) {
        public static Check mjcf(Path file, int expectJoints) {
            return new Check("mjcf.sh", List.of(file.toString(), "--steps", "1000", "--expect-joints", Integer.toString(expectJoints)));
        }

        public static Check urdf(Path file, int expectJoints) {
            return new Check("urdf.sh", List.of(file.toString(), "--sim", "--expect-joints", Integer.toString(expectJoints)));
        }

        /** urdfdom parse, tree and joint count, without MuJoCo's URDF import and simulation. */
        public static Check urdfParseOnly(Path file, int expectJoints) {
            return new Check("urdf.sh", List.of(file.toString(), "--expect-joints", Integer.toString(expectJoints)));
        }

        public static Check usd(Path file, int expectJoints) {
            return new Check("usd.sh", List.of(file.toString(), "--expect-joints", Integer.toString(expectJoints)));
        }

        @Override public String toString() {
            return script + " " + String.join(" ", arguments);
        }
    }

    /** What a validator said: exit code (0 accepted, 1 rejected, 2 tool error), its output and the wall time. */
    public record Result(Check check, int exitCode, String output, Duration elapsed) {
        public boolean accepted() {
            return exitCode == 0;
        }

        /** The validator's one-line summary (its last output line). */
        public String summary() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    public static Path directory() {
        return Path.of(System.getProperty("gizmo.validate.dir", "../shared/validate")).toAbsolutePath().normalize();
    }

    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty("gizmo.validate.required", "false"));
    }

    /** Skips (or, when required, fails) the calling test if the validator scripts are not there. */
    public static void assumeInstalled() {
        Path dir = directory();
        boolean present = Files.isExecutable(dir.resolve("mjcf.sh")) && Files.isExecutable(dir.resolve("urdf.sh"))
                && Files.isExecutable(dir.resolve("usd.sh"));
        unavailableIf(!present, "validator scripts not found in " + dir);
    }

    /**
     * The folder of an npm package the validators install ({@code install.sh} unpacks them in
     * {@code ${GIZMO_VALIDATE_CACHE:-${XDG_CACHE_HOME:-~/.cache}/gizmo-validate}/pkgs}, as lib/common.sh
     * says); the calling test is skipped (or, when required, fails) if it is not there.
     */
    public static Path assumeNpmPackage(String name) {
        String cache = System.getenv("GIZMO_VALIDATE_CACHE");
        if (cache == null || cache.isBlank()) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
            cache = base.resolve("gizmo-validate").toString();
        }
        Path pkg = Path.of(cache, "pkgs", name);
        unavailableIf(!Files.isRegularFile(pkg.resolve("package.json")), "npm package " + name + " not installed in " + pkg);
        return pkg;
    }

    /** Skips (or, when required, fails) the calling test unless {@code available}; {@code why} says what is missing. */
    public static void assumeAvailable(boolean available, String why) {
        unavailableIf(!available, why);
    }

    public static Result run(Check check) {
        assumeInstalled();
        Result r = executeRetryingAHang(check);
        unavailableIf(r.exitCode() == 2, "validator tool error (not installed?) for " + check + ": " + r.summary());
        return r;
    }

    /** Runs every check, two at a time; results in the order of {@code checks}. */
    public static List<Result> runAll(List<Check> checks) {
        assumeInstalled();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Check c : checks) {
                futures.add(pool.submit(() -> executeRetryingAHang(c)));
            }
            List<Result> out = new ArrayList<>();
            for (Future<Result> f : futures) {
                out.add(f.get());
            }
            for (Result r : out) {
                unavailableIf(r.exitCode() == 2, "validator tool error (not installed?) for " + r.check() + ": " + r.summary());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("validator run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs {@code check}, and once more if the tool hung: a hang says nothing about the file, and a second hang
     * still fails the check. Rejections are never retried.
     */
    private static Result executeRetryingAHang(Check check) {
        Result r = execute(check);
        for (int attempt = 2; r.exitCode() == TIMED_OUT && attempt <= ATTEMPTS; attempt++) {
            LOG.warn("{} hung for {}; running it again (attempt {} of {})", check, TIMEOUT, attempt, ATTEMPTS);
            r = execute(check);
        }
        return r;
    }

    private static Result execute(Check check) {
        List<String> command = new ArrayList<>();
        command.add(directory().resolve(check.script()).toString());
        command.addAll(check.arguments());
        long start = System.nanoTime();
        try {
            // stdin is closed: no validator reads it, and an open pipe must never be what a tool waits on
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            byte[] output;
            try (InputStream in = p.getInputStream()) {
                // the reader thread keeps the pipe drained so the process never blocks on a full buffer
                // its own thread, not the common pool: on two cores that pool has one worker, and a drain must never queue
                java.util.concurrent.FutureTask<byte[]> drained = new java.util.concurrent.FutureTask<>(() -> readAll(in));
                Thread drainer = new Thread(drained, "validator-output");
                drainer.setDaemon(true);
                drainer.start();
                if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    return new Result(check, TIMED_OUT, "timed out after " + TIMEOUT, Duration.ofNanos(System.nanoTime() - start));
                }
                output = drained.get(10, TimeUnit.SECONDS);
            }
            return new Result(check, p.exitValue(), new String(output, StandardCharsets.UTF_8),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            unavailableIf(true, "cannot start " + command + ": " + e.getMessage());
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("reading validator output failed for " + check, e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return ("(output unreadable: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void unavailableIf(boolean condition, String why) {
        if (!condition) {
            return;
        }
        if (required()) {
            fail(why + " (gizmo.validate.required=true)");
        }
        Assumptions.assumeTrue(false, why);
    }
}
