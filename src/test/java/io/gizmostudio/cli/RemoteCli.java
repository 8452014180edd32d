package io.gizmostudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.client.PollSchedule;
import io.gizmostudio.client.Sleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * Runs the CLI's real entry point ({@link GizmoCli#commandLine}) with a chosen environment and a client whose
 * retry and poll waits are recorded instead of slept, and short timeouts. Every run checks that the key never
 * reached stdout or stderr.
 */
final class RemoteCli {
    static final String KEY = "gzm_k1_cliS3cretKey0123456789abcdef";

    /** One finished run. */
    record Run(int exit, String out, String err, Duration took) {
    }

    private final Map<String, String> environment;
    private final List<Duration> sleeps = new ArrayList<>();
    private Duration readTimeout = Duration.ofSeconds(5);
    private boolean realSleeps;

    RemoteCli(Map<String, String> environment) {
        this.environment = environment;
    }

    static RemoteCli withKey() {
        return new RemoteCli(Map.of(GizmoClientOptions.ENV_API_KEY, KEY));
    }

    RemoteCli readTimeout(Duration d) {
        this.readTimeout = d;
        return this;
    }

    /** Waits for real (against a real engine, polling without waits would only load the machine). */
    RemoteCli realSleeps() {
        this.realSleeps = true;
        return this;
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    Run run(String... args) {
        Sleeper recording = d -> {
            synchronized (this) {
                sleeps.add(d);
            }
            if (realSleeps) {
                Sleeper.SYSTEM.sleep(d);
            }
        };
        UnaryOperator<GizmoClientOptions.Builder> tuning = b -> b.sleeper(recording).jitter(() -> 0.5)
                .pollSchedule(PollSchedule.LOCAL).connectTimeout(Duration.ofSeconds(2)).readTimeout(readTimeout)
                .callTimeout(Duration.ofSeconds(20));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GizmoCli.commandLine(new ServerAccess(environment, tuning));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        long started = System.nanoTime();
        int exit = cli.execute(args);
        Run run = new Run(exit, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - started));
        assertThat(run.out() + run.err()).doesNotContain(KEY);
        return run;
    }
}
