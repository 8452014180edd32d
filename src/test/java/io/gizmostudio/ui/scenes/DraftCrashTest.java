package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.SceneDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing is lost", tested the hard way: a child JVM journals scripted edits with the real {@link DraftJournal}
 * and is killed with SIGKILL ({@link Process#destroyForcibly()}) at random points; a fresh journal must then
 * restore exactly the last edit the child acknowledged as durable — or a later one whose acknowledgement the kill
 * cut off — never a torn, older or temp-file state. Plus a deterministic walk through every crash point of a save.
 */
class DraftCrashTest {
    private static final int ROUNDS_PER_MODE = 3;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void killedWhileFlushingEachEditTheRestoredSceneIsTheLastAcknowledgedOrTheNextEdit() throws Exception {
        killRounds("flush", 40);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void killedWhileEditsStreamInTheRestoredSceneIsNeverOlderThanTheLastAcknowledgedWrite() throws Exception {
        killRounds("stream", 25);
    }

    private void killRounds(String mode, int maxAcksBeforeKill) throws Exception {
        long master = new Random().nextLong();
        Random r = new Random(master);
        for (int round = 0; round < ROUNDS_PER_MODE; round++) {
            long seed = r.nextLong();
            int killAfterAcks = r.nextInt(maxAcksBeforeKill);
            long extraNanos = r.nextInt(3_000_000);
            String context = String.format("mode %s, master seed %d, round %d, script seed %d, kill after %d acks + %d ns",
                    mode, master, round, seed, killAfterAcks, extraNanos);
            killOnce(mode, seed, killAfterAcks, extraNanos, temp.resolve("round-" + mode + "-" + round), context);
        }
    }

    private void killOnce(String mode, long seed, int killAfterAcks, long extraNanos, Path folder, String context)
            throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), DraftCrashChild.class.getName(),
                folder.toString(), Long.toString(seed), mode, "20000")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger lastAck = new AtomicInteger(-1);
        List<String> protocol = new ArrayList<>();
        Thread reader = new Thread(() -> readAcks(child, lastAck, protocol), "crash-child-reader");
        reader.start();
        try {
            // Blocking waits, not spinning: on a small machine a spinning parent would starve the child.
            synchronized (lastAck) {
                while (lastAck.get() < killAfterAcks && reader.isAlive()) {
                    lastAck.wait(50);
                }
            }
            LockSupport.parkNanos(extraNanos);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as(context).isTrue();
        }
        reader.join(10_000);
        // Everything the child printed before it died is read by now: this is the truth about what was durable.
        int acked = lastAck.get();
        assertThat(protocol).as("%s: the child got going", context).isNotEmpty();

        List<SceneDraft> restored = new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE).pending();

        assertThat(restored).as("%s: exactly one draft", context).hasSize(1);
        SceneDraft draft = restored.get(0);
        assertThat(draft.key()).isEqualTo(DraftEditScript.KEY);
        int step = DraftEditScript.stepOf(draft.document());
        if (mode.equals("flush")) {
            assertThat(step).as("%s: restored edit vs last ack %d", context, acked).isBetween(acked, acked + 1);
        } else {
            assertThat(step).as("%s: restored edit vs last ack %d", context, acked).isGreaterThanOrEqualTo(acked);
        }
        assertThat(draft.document()).as("%s: edit %d restored whole", context, step)
                .isEqualTo(DraftEditScript.edit(seed, step));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("%s: nothing set aside", context).noneMatch(n -> n.endsWith(".corrupt"));
        }
    }

    private static void readAcks(Process child, AtomicInteger lastAck, List<String> protocol) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (protocol) {
                    protocol.add(line);
                }
                if (line.startsWith("ack ")) {
                    int n = Integer.parseInt(line.substring(4).trim());
                    synchronized (lastAck) {
                        lastAck.accumulateAndGet(n, Math::max);
                        lastAck.notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            // The pipe closes when the child dies.
        }
    }

    // ---- every crash point of a save ------------------------------------------------------------------------

    private final DraftKey key = DraftKey.forScene(DraftFixtures.BASE_URL, "scn_1");
    private final SceneDocument opened = DraftFixtures.workCell(12);
    private final SceneDocument d1 = opened.replaced(opened.placements().get(0).withPose(Pose.of(1, 0, 0)));
    private final SceneDocument d2 = d1.replaced(d1.placements().get(1).withPose(Pose.of(2, 0, 0)));

    /** What the app runs in a save: the steps, and the document a restart must show after a crash at each point. */
    private final class SaveRun {
        final Path folder;
        final QueuedExecutor writer = new QueuedExecutor();
        final DraftJournal journal;
        SceneDocument server = opened;
        final List<String> names = new ArrayList<>();
        final List<Consumer<SaveRun>> steps = new ArrayList<>();
        final List<SceneDocument> expected = new ArrayList<>();

        SaveRun(Path folder) {
            this.folder = folder;
            journal = new DraftJournal(folder, writer, DraftJournalListener.NONE);
            expected.add(opened);
        }

        /** {@code step}, after which a crash must restore {@code mustRestore}. */
        SaveRun then(String name, Consumer<SaveRun> step, SceneDocument mustRestore) {
            names.add(name);
            steps.add(step);
            expected.add(mustRestore);
            return this;
        }

        void record(SceneDocument doc) {
            journal.record(new SceneDraft(key, DraftFixtures.BASE_URL, "scn_1", doc, DraftFixtures.T0, DraftFixtures.T0));
        }

        /** What the next start shows: the draft when there is one, else the scene as the server has it. */
        SceneDocument restart() throws IOException {
            writer.drop(); // the crash: queued work never happens
            Optional<SceneDraft> draft = new DraftJournal(folder, Runnable::run, DraftJournalListener.NONE).pending()
                    .stream().filter(d -> d.key().equals(key)).findFirst();
            return draft.map(SceneDraft::document).orElse(server);
        }
    }

    private void crashAtEveryStep(java.util.function.Function<Path, SaveRun> plan) throws IOException {
        int points = plan.apply(temp.resolve("probe")).steps.size();
        for (int crashAfter = 0; crashAfter <= points; crashAfter++) {
            SaveRun run = plan.apply(temp.resolve("crash-" + crashAfter));
            for (int i = 0; i < crashAfter; i++) {
                run.steps.get(i).accept(run);
            }
            String where = crashAfter == 0 ? "before anything" : "after '" + run.names.get(crashAfter - 1) + "'";
            assertThat(run.restart()).as("crash %s", where).isEqualTo(run.expected.get(crashAfter));
        }
    }

    @Test
    void aCrashAtAnyStepOfASaveRestoresTheDraftOrTheSavedScene() throws IOException {
        crashAtEveryStep(folder -> new SaveRun(folder)
                .then("edit journaled", r -> r.record(d1), opened) // not yet durable: the edit was never acknowledged
                .then("draft written", r -> r.writer.runAll(), d1)
                .then("server accepted", r -> r.server = d1, d1)
                .then("clear requested", r -> assertThat(r.journal.clear(key, d1)).isTrue(), d1)
                .then("draft removed", r -> r.writer.runAll(), d1));
    }

    @Test
    void anEditMadeDuringTheSaveSurvivesACrashAtAnyLaterStep() throws IOException {
        crashAtEveryStep(folder -> new SaveRun(folder)
                .then("edit 1 journaled", r -> r.record(d1), opened)
                .then("draft 1 written", r -> r.writer.runAll(), d1)
                .then("edit 2 while the save of 1 is in flight", r -> r.record(d2), d1)
                .then("server accepted 1", r -> r.server = d1, d1)
                .then("clear of 1 refused: the draft holds 2", r -> assertThat(r.journal.clear(key, d1)).isFalse(), d1)
                .then("draft 2 written", r -> r.writer.runAll(), d2));
    }

    @Test
    void anEditMadeAfterTheClearWasRequestedIsNotRemovedByIt() throws IOException {
        crashAtEveryStep(folder -> new SaveRun(folder)
                .then("edit 1 journaled", r -> r.record(d1), opened)
                .then("draft 1 written", r -> r.writer.runAll(), d1)
                .then("server accepted 1", r -> r.server = d1, d1)
                .then("clear of 1 requested", r -> assertThat(r.journal.clear(key, d1)).isTrue(), d1)
                .then("edit 2 before the removal ran", r -> r.record(d2), d1)
                .then("writer ran", r -> r.writer.runAll(), d2));
    }

    @Test
    void aRefusedSaveKeepsTheDraft() throws IOException {
        crashAtEveryStep(folder -> new SaveRun(folder)
                .then("edit 1 journaled", r -> r.record(d1), opened)
                .then("draft 1 written", r -> r.writer.runAll(), d1)
                .then("server answered 503: no clear", r -> { }, d1)
                .then("edit 2", r -> r.record(d2), d1)
                .then("draft 2 written", r -> r.writer.runAll(), d2)
                .then("retry accepted 2", r -> r.server = d2, d2)
                .then("clear of 2", r -> r.journal.clear(key, d2), d2)
                .then("draft removed", r -> r.writer.runAll(), d2));
    }
}
