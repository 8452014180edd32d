package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.SceneDocument;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * The process {@link DraftCrashTest} kills: applies {@link DraftEditScript}'s edits and journals each with the
 * real {@link DraftJournal}. Prints {@code ack <n>} once edit n is durable: after {@code flush} in "flush" mode,
 * from the journal's written callback in "stream" mode (edits arrive like a drag, the journal coalesces).
 * Arguments: drafts folder, seed, mode, number of edits.
 */
public final class DraftCrashChild {
    private DraftCrashChild() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        boolean flushEach = args[2].equals("flush");
        int edits = Integer.parseInt(args[3]);
        PrintStream out = System.out;
        ExecutorService writer = Executors.newSingleThreadExecutor();
        DraftJournal journal = new DraftJournal(folder, writer, new DraftJournalListener() {
            @Override
            public void draftWritten(SceneDraft draft) {
                if (!flushEach) {
                    // The script stamps edit n at T0 + n ms.
                    ack(out, (int) Duration.between(DraftFixtures.T0, draft.editedAt()).toMillis());
                }
            }
        });
        DraftEditScript script = new DraftEditScript(seed);
        for (int i = 0; i < edits; i++) {
            SceneDocument doc = script.next();
            if (flushEach) {
                journal.record(script.draft(doc));
                if (!journal.flush(Duration.ofSeconds(30))) {
                    throw new IllegalStateException("flush failed at edit " + i);
                }
                ack(out, i);
            } else {
                journal.record(script.draft(doc));
                LockSupport.parkNanos(200_000);
            }
        }
        journal.flush(Duration.ofSeconds(30));
        out.println("done");
        out.flush();
        writer.shutdown();
    }

    private static void ack(PrintStream out, int step) {
        out.println("ack " + step);
        out.flush();
    }
}
