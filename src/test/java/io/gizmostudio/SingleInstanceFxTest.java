package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app, launched as a user launches it (its {@code Main}, own JVMs, own data folder): a second launch with a
 * file hands the file to the first window and exits without starting an engine; {@code --new-instance DIR} runs a
 * second window over a library of its own.
 */
class SingleInstanceFxTest {
    private static final String SHOWN = "Main window shown";
    @TempDir Path home;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    /** An HTTP 401 in the log, not the digits 401 inside a timestamp, a port or a temporary folder's name. */
    private static final Pattern STATUS_401 = Pattern.compile("(?<![\\d.:-])401(?![\\d])");

    @Test @Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSecondLaunchOpensItsFileInTheFirstWindowAndANewInstanceGetsItsOwnLibrary() throws Exception {
        Path urdf = Files.copy(Path.of("src/test/resources/golden/format/gripper_asset.urdf"), home.resolve("gripper.urdf"));
        Output first = launch();
        first.await(SHOWN, 120);

        Output second = launch(urdf.toString());
        assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).as("the second launch ends").isTrue();
        assertThat(second.process.exitValue()).isZero();
        assertThat(second.text()).contains("already running").contains("opened gripper.urdf there")
                .doesNotContain(SHOWN).doesNotContain("EmbeddedEngine").doesNotContain("listening");
        first.await("A later launch asked to come to the front showing " + urdf.toAbsolutePath(), 30);

        Output other = launch("--new-instance", home.resolve("other-library").toString());
        other.await(SHOWN, 120);
        assertThat(home.resolve("other-library").resolve(InstanceLock.LOCK_FILE)).exists();
        assertThat(first.process.isAlive()).isTrue();
        assertThat(first.text()).doesNotContainIgnoringCase("invalid_api_key").doesNotContainIgnoringCase("unauthorized")
                .doesNotContainPattern(STATUS_401);
    }

    private Output launch(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "prism.forceGPU", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.remove("GIZMO_API_KEY");
        Process p = builder.start();
        started.add(p);
        return new Output(p);
    }

    /** A child's merged output, read as it comes. */
    private static final class Output {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Output(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the process is gone
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        String text() {
            return String.join("\n", lines);
        }

        void await(String fragment, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline && !text().contains(fragment)) {
                assertThat(process.isAlive() || text().contains(fragment)).as("exited early:\n%s", text()).isTrue();
                Thread.sleep(100);
            }
            assertThat(text()).as("waiting for \"%s\"", fragment).contains(fragment);
        }
    }
}
