package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.SceneDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every unsaved scene on disk as it is edited, so a crash or {@code kill -9} loses nothing that was
 * journaled. {@link #record} is cheap and never blocks: it notes the latest document per key and lets one task on
 * the injected writer executor write it; while a write is on its way, newer edits replace the queued one, so a
 * burst of edits costs a few writes and the last one always lands. Failures never reach the caller: they go to
 * the {@link DraftJournalListener} and the draft is tried again on the next edit or {@link #flush}.
 *
 * <p>Call {@code record}, {@code clear} and {@code discard} from one thread (the UI thread): their order is the
 * order of the user's edits and saves, which is what {@link #clear}'s rule relies on.
 */
public final class DraftJournal {
    private static final Logger LOG = LoggerFactory.getLogger(DraftJournal.class);

    private final DraftFolder folder;
    private final Executor writer;
    private final DraftJournalListener listener;

    private final Object lock = new Object();
    /** Work not yet started, at most one per key: the latest write, or a removal. */
    private final Map<DraftKey, Op> queued = new LinkedHashMap<>();
    /** Work that failed and waits for the next edit or flush. */
    private final Map<DraftKey, Op> failed = new LinkedHashMap<>();
    /** The last document recorded per key in this run: the truth {@link #clear} compares against. */
    private final Map<DraftKey, SceneDocument> latest = new LinkedHashMap<>();
    /**
     * Every key recorded in this run, also after its draft was cleared: the drafts this run wrote itself, which
     * {@link #leftByEarlierRuns} must not take for what a crash left.
     */
    private final Set<DraftKey> recordedInThisRun = new HashSet<>();
    private boolean draining;
    /** Held around every disk access, so {@link #pending()} never reads a folder the writer is changing. */
    private final Object disk = new Object();

    private sealed interface Op permits Write, Remove {
        DraftKey key();
    }

    private record Write(SceneDraft draft) implements Op {
        @Override
        public DraftKey key() {
            return draft.key();
        }
    }

    /** Removes the key's draft; when {@code onlyIf} is set, only if the file on disk holds that document. */
    private record Remove(DraftKey key, SceneDocument onlyIf) implements Op {
    }

    /**
     * @param folder   the drafts folder ({@link #folderIn} of the config directory); created on the first write
     * @param writer   runs the disk writes in the background; one thread is plenty (the journal never runs two
     *                 writes at once anyway). Not the UI thread.
     * @param listener told about writes, failures and unreadable files, on the writer's thread
     */
    public DraftJournal(Path folder, Executor writer, DraftJournalListener listener) {
        this.folder = new DraftFolder(folder, new DraftCodec());
        this.writer = Objects.requireNonNull(writer, "writer");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Where drafts live: {@code <config dir>/drafts}. */
    public static Path folderIn(Path configDir) {
        return configDir.resolve("drafts");
    }

    public Path folder() {
        return folder.dir();
    }

    /** Journals {@code draft} as its key's latest state; the write happens soon, in the background. */
    public void record(SceneDraft draft) {
        Objects.requireNonNull(draft, "draft");
        synchronized (lock) {
            latest.put(draft.key(), draft.document());
            recordedInThisRun.add(draft.key());
            failed.remove(draft.key());
            queued.put(draft.key(), new Write(draft));
            retryFailed();
            startDraining();
        }
    }

    /**
     * Forgets the key's draft after a successful save of {@code saved} — but only when the draft still holds
     * exactly that document. An edit recorded after the save was sent (so the server does not have it) keeps its
     * draft. For a key not recorded in this run (a restored draft), the file on disk is compared instead.
     *
     * @return false when a newer edit keeps the draft
     */
    public boolean clear(DraftKey key, SceneDocument saved) {
        Objects.requireNonNull(saved, "saved");
        synchronized (lock) {
            SceneDocument last = latest.get(key);
            if (last != null && !last.equals(saved)) {
                return false;
            }
            latest.remove(key);
            failed.remove(key);
            queued.put(key, new Remove(key, last == null ? saved : null));
            startDraining();
            return true;
        }
    }

    /** Throws the key's draft away, whatever it holds: the user chose to. */
    public void discard(DraftKey key) {
        synchronized (lock) {
            latest.remove(key);
            failed.remove(key);
            queued.put(key, new Remove(key, null));
            startDraining();
        }
    }

    /**
     * Waits until everything recorded so far is on disk (failed writes get one more try). For closing the app and
     * for tests; it blocks, so keep it off the UI thread except at the very end.
     *
     * @return true when every recorded draft is durable; false on a write failure or when {@code timeout} passed
     */
    public boolean flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            retryFailed();
            startDraining();
            while (draining || !queued.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return failed.isEmpty();
        }
    }

    /**
     * The drafts on disk, newest edit first: at start, what a crash or an unsaved quit left behind. Unreadable
     * files are renamed aside and reported to the listener. Blocking disk work: call it in the background.
     */
    public List<SceneDraft> pending() throws IOException {
        List<SetAsideDraft> aside = new ArrayList<>();
        List<SceneDraft> drafts;
        synchronized (disk) {
            folder.removeStaleTempFiles();
            drafts = folder.readAll(aside);
        }
        aside.forEach(a -> notify(() -> listener.draftSetAside(a)));
        return drafts;
    }

    /**
     * What an earlier run of the app left on disk (a crash, or a quit without saving), newest edit first: the
     * {@link #pending} drafts less those this journal recorded itself — the scenes of this run, a new scene edited
     * or a scene file opened before the first connection among them, whatever their keys. Blocking disk work: call
     * it in the background.
     */
    public List<SceneDraft> leftByEarlierRuns() throws IOException {
        List<SceneDraft> onDisk = pending();
        // read after the folder: a key is noted before its first write is queued, so no file of this run slips by
        synchronized (lock) {
            return onDisk.stream().filter(d -> !recordedInThisRun.contains(d.key())).toList();
        }
    }

    private void retryFailed() {
        failed.forEach(queued::putIfAbsent);
        failed.clear();
    }

    private void startDraining() {
        if (draining || queued.isEmpty()) {
            return;
        }
        draining = true;
        try {
            writer.execute(this::drain);
        } catch (RejectedExecutionException e) {
            draining = false;
            LOG.error("Draft writer is shut down; {} draft(s) not written", queued.size());
            queued.forEach(failed::putIfAbsent);
            queued.clear();
            lock.notifyAll();
        }
    }

    private void drain() {
        while (true) {
            Op op;
            synchronized (lock) {
                Iterator<Op> next = queued.values().iterator();
                if (!next.hasNext()) {
                    draining = false;
                    lock.notifyAll();
                    return;
                }
                op = next.next();
                next.remove();
            }
            try {
                perform(op);
            } catch (IOException | RuntimeException e) {
                IOException error = e instanceof IOException io ? io
                        : e instanceof UncheckedIOException u ? u.getCause() : new IOException(e.toString(), e);
                LOG.warn("Draft {} could not be written: {}", op.key(), error.toString());
                synchronized (lock) {
                    // A newer edit or removal queued meanwhile supersedes this one; otherwise retry it later.
                    if (!queued.containsKey(op.key())) {
                        failed.put(op.key(), op);
                    }
                }
                notify(() -> listener.writeFailed(op.key(), error));
            }
        }
    }

    private void perform(Op op) throws IOException {
        if (op instanceof Write w) {
            synchronized (disk) {
                folder.write(w.draft());
            }
            notify(() -> listener.draftWritten(w.draft()));
        } else if (op instanceof Remove r) {
            boolean removed;
            synchronized (disk) {
                removed = r.onlyIf() == null ? folder.delete(r.key()) : removeIfHolds(r.key(), r.onlyIf());
            }
            if (removed) {
                notify(() -> listener.draftRemoved(r.key()));
            }
        }
    }

    private boolean removeIfHolds(DraftKey key, SceneDocument document) throws IOException {
        List<SetAsideDraft> aside = new ArrayList<>();
        Optional<SceneDraft> onDisk = folder.read(key, aside);
        aside.forEach(a -> notify(() -> listener.draftSetAside(a)));
        return onDisk.isPresent() && onDisk.get().document().equals(document) && folder.delete(key);
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("Draft journal listener failed", e);
        }
    }
}
