package io.gizmostudio.ui.scenes;

import static io.gizmostudio.ui.scenes.DraftFixtures.BASE_URL;
import static io.gizmostudio.ui.scenes.DraftFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.SceneDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftJournalTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path config;

    private final ExecutorService writerThread = Executors.newSingleThreadExecutor();
    private final RecordingJournalListener events = new RecordingJournalListener();
    private final DraftKey key = DraftKey.forScene(BASE_URL, "scn_1");

    @AfterEach
    void stopWriter() {
        writerThread.shutdownNow();
    }

    private Path drafts() {
        return DraftJournal.folderIn(config);
    }

    private DraftJournal journal() {
        return new DraftJournal(drafts(), writerThread, events);
    }

    private DraftJournal freshJournal() {
        return new DraftJournal(drafts(), Runnable::run, DraftJournalListener.NONE);
    }

    /** Edit number {@code n} of the work cell: the first placement moved to x = n. */
    private static SceneDocument edit(int n) {
        SceneDocument doc = DraftFixtures.workCell(12);
        return doc.replaced(doc.placements().get(0).withPose(Pose.of(n, 0, 0)));
    }

    private SceneDraft draftOf(int n) {
        return DraftFixtures.draft(key, edit(n), T0.plusSeconds(n));
    }

    @Test
    void aRecordedDraftIsFoundByTheNextStart() throws Exception {
        DraftJournal journal = journal();
        journal.record(draftOf(1));
        assertThat(journal.flush(WAIT)).isTrue();

        assertThat(freshJournal().pending()).containsExactly(draftOf(1));
        assertThat(drafts().resolve(key.value() + ".json")).isRegularFile();
    }

    @Test
    void whatEarlierRunsLeftExcludesEveryDraftThisJournalRecordedEvenOnceItWasCleared() throws Exception {
        DraftJournal earlierRun = freshJournal();
        SceneDraft crashed = DraftFixtures.draft(DraftKey.newUnsaved(), edit(7), T0);
        earlierRun.record(crashed);
        DraftJournal thisRun = freshJournal();
        SceneDraft mine = DraftFixtures.draft(DraftKey.newUnsaved(), edit(1), T0.plusSeconds(1));
        SceneDraft savedSince = DraftFixtures.draft(DraftKey.newUnsaved(), edit(2), T0.plusSeconds(2));
        thisRun.record(mine);
        thisRun.record(savedSince);
        thisRun.clear(savedSince.key(), savedSince.document());

        assertThat(thisRun.pending()).containsExactly(mine, crashed);
        assertThat(thisRun.leftByEarlierRuns()).containsExactly(crashed);
        assertThat(freshJournal().leftByEarlierRuns()).containsExactly(mine, crashed); // the next start
    }

    @Test
    void recordDoesNoDiskWorkOnTheCallersThreadAndABurstIsWrittenOnce() throws Exception {
        QueuedExecutor writer = new QueuedExecutor();
        DraftJournal journal = new DraftJournal(drafts(), writer, events);

        for (int i = 0; i < 1000; i++) {
            journal.record(draftOf(i));
        }

        assertThat(drafts()).doesNotExist();
        assertThat(writer.queued()).isEqualTo(1);
        writer.runAll();
        assertThat(events.written).containsExactly(draftOf(999));
        assertThat(freshJournal().pending()).containsExactly(draftOf(999));
    }

    @Test
    void aBurstOnARealWriterThreadCostsAHandfulOfWritesAndTheLastEditWins() throws Exception {
        List<SceneDraft> burst = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            burst.add(draftOf(i));
        }
        DraftJournal journal = journal();

        burst.forEach(journal::record);
        assertThat(journal.flush(WAIT)).isTrue();

        assertThat(events.written.size()).as("writes for 1000 edits").isBetween(1, 20);
        assertThat(events.written.get(events.written.size() - 1)).isEqualTo(draftOf(999));
        assertThat(freshJournal().pending()).containsExactly(draftOf(999));
    }

    @Test
    void clearAfterASaveRemovesTheDraftThatHoldsTheSavedDocument() throws Exception {
        DraftJournal journal = journal();
        journal.record(draftOf(1));
        journal.flush(WAIT);

        assertThat(journal.clear(key, edit(1))).isTrue();
        assertThat(journal.flush(WAIT)).isTrue();

        assertThat(freshJournal().pending()).isEmpty();
        assertThat(events.removed).containsExactly(key);
    }

    @Test
    void anEditMadeWhileTheSaveWasUnderWaySurvivesTheClear() throws Exception {
        DraftJournal journal = journal();
        journal.record(draftOf(1));
        journal.flush(WAIT);
        // The save of edit 1 is on its way; the user moves on.
        journal.record(draftOf(2));

        assertThat(journal.clear(key, edit(1))).isFalse();
        journal.flush(WAIT);

        assertThat(freshJournal().pending()).containsExactly(draftOf(2));
    }

    @Test
    void aClearBeforeTheQueuedWriteRanSkipsTheWriteAltogether() throws Exception {
        QueuedExecutor writer = new QueuedExecutor();
        DraftJournal journal = new DraftJournal(drafts(), writer, events);
        journal.record(draftOf(1));

        journal.clear(key, edit(1));
        writer.runAll();

        assertThat(events.written).isEmpty();
        assertThat(freshJournal().pending()).isEmpty();
    }

    @Test
    void anEditRecordedAfterTheClearWasQueuedIsWrittenNotDeleted() throws Exception {
        QueuedExecutor writer = new QueuedExecutor();
        DraftJournal journal = new DraftJournal(drafts(), writer, events);
        journal.record(draftOf(1));
        writer.runAll();

        journal.clear(key, edit(1));
        journal.record(draftOf(2));
        writer.runAll();

        assertThat(freshJournal().pending()).containsExactly(draftOf(2));
    }

    @Test
    void aRestoredDraftIsClearedOnlyWhenTheFileHoldsTheSavedDocument() throws Exception {
        DraftJournal before = journal();
        before.record(draftOf(1));
        before.flush(WAIT);
        DraftJournal afterRestart = journal();

        afterRestart.clear(key, edit(5));
        afterRestart.flush(WAIT);
        assertThat(freshJournal().pending()).containsExactly(draftOf(1));

        afterRestart.clear(key, edit(1));
        afterRestart.flush(WAIT);
        assertThat(freshJournal().pending()).isEmpty();
    }

    @Test
    void discardRemovesTheDraftWhateverItHolds() throws Exception {
        DraftJournal journal = journal();
        journal.record(draftOf(1));
        journal.flush(WAIT);

        journal().discard(key);
        journal.discard(key);
        journal.flush(WAIT);

        assertThat(freshJournal().pending()).isEmpty();
    }

    @Test
    void pendingListsTheNewestEditFirst() throws Exception {
        DraftJournal journal = journal();
        DraftKey a = DraftKey.newUnsaved();
        DraftKey b = DraftKey.newUnsaved();
        DraftKey c = DraftKey.forScene(BASE_URL, "scn_9");
        journal.record(DraftFixtures.draft(a, edit(1), T0.plusSeconds(10)));
        journal.record(DraftFixtures.draft(b, edit(2), T0.plusSeconds(30)));
        journal.record(DraftFixtures.draft(c, edit(3), T0.plusSeconds(20)));
        journal.flush(WAIT);

        assertThat(freshJournal().pending()).extracting(SceneDraft::key).containsExactly(b, c, a);
    }

    @Test
    void anUnreadableDraftIsRenamedAsideKeptByteForByteAndReported() throws Exception {
        Files.createDirectories(drafts());
        Path bad = drafts().resolve(key.value() + ".json");
        byte[] truncated = new DraftCodec().encode(draftOf(1));
        truncated = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        Files.write(bad, truncated);
        DraftJournal journal = journal();

        assertThat(journal.pending()).isEmpty();

        Path aside = drafts().resolve(key.value() + ".json.corrupt");
        assertThat(bad).doesNotExist();
        assertThat(Files.readAllBytes(aside)).isEqualTo(truncated);
        assertThat(events.setAside).singleElement().satisfies(s -> {
            assertThat(s.keptAs()).isEqualTo(aside);
            assertThat(s.reason()).contains("not a complete JSON document");
        });

        Files.writeString(bad, "{\"format\":\"gizmo-scene-draft\",\"version\":99}");
        assertThat(journal.pending()).isEmpty();
        assertThat(drafts().resolve(key.value() + ".json.2.corrupt")).hasContent("{\"format\":\"gizmo-scene-draft\",\"version\":99}");
        assertThat(Files.readAllBytes(aside)).isEqualTo(truncated);
    }

    @Test
    void anImpossiblyLargeDraftIsSetAsideWithoutReadingIt() throws Exception {
        Files.createDirectories(drafts());
        Path huge = drafts().resolve(key.value() + ".json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(DraftFolder.MAX_BYTES + 1); // sparse: no disk used
        }

        assertThat(journal().pending()).isEmpty();

        assertThat(events.setAside).singleElement().satisfies(s -> assertThat(s.reason()).contains("too large"));
        assertThat(drafts().resolve(key.value() + ".json.corrupt")).hasSize(DraftFolder.MAX_BYTES + 1);
    }

    @Test
    void aDraftStoredUnderAnotherKeysNameIsNotTrusted() throws Exception {
        Files.createDirectories(drafts());
        DraftKey other = DraftKey.newUnsaved();
        Files.write(drafts().resolve(other.value() + ".json"), new DraftCodec().encode(draftOf(1)));

        assertThat(freshJournal().pending()).isEmpty();
        assertThat(drafts().resolve(other.value() + ".json.corrupt")).isRegularFile();
    }

    @Test
    void tempFilesAndForeignFilesAreNeverTakenForDraftsAndOnlyStaleTempFilesAreTidied() throws Exception {
        DraftJournal journal = journal();
        journal.record(draftOf(1));
        journal.flush(WAIT);
        byte[] newer = new DraftCodec().encode(draftOf(2));
        Path young = drafts().resolve("." + key.value() + ".json123.tmp");
        Path stale = drafts().resolve("." + key.value() + ".json456.tmp");
        Files.write(young, newer);
        Files.write(stale, newer);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Files.write(drafts().resolve("Notes.JSON"), newer);
        Files.write(drafts().resolve("README.txt"), "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(freshJournal().pending()).containsExactly(draftOf(1));
        assertThat(young).exists();
        assertThat(stale).doesNotExist();
    }

    @Test
    void anUnwritableFolderIsReportedNeverThrownAndRetriedWithTheNextEdit() throws Exception {
        // A file where the folder should be: fails even for root, like a read-only or full disk would.
        Files.createDirectories(config);
        Files.writeString(drafts(), "in the way");
        DraftJournal journal = journal();
        DraftKey other = DraftKey.newUnsaved();

        assertThatCode(() -> journal.record(draftOf(1))).doesNotThrowAnyException();
        assertThat(journal.flush(WAIT)).isFalse();
        assertThat(events.failures).isNotEmpty();
        assertThat(events.written).isEmpty();

        Files.delete(drafts());
        journal.record(DraftFixtures.draft(other, edit(7), T0));
        assertThat(journal.flush(WAIT)).isTrue();

        // The failed draft went out again with the next edit, even though that edit was to another scene.
        assertThat(freshJournal().pending()).extracting(SceneDraft::key).containsExactlyInAnyOrder(key, other);
        assertThat(freshJournal().pending()).contains(draftOf(1));
    }

    @Test
    void flushRetriesAFailedWriteOnceMore() throws Exception {
        Files.createDirectories(config);
        Files.writeString(drafts(), "in the way");
        DraftJournal journal = journal();
        journal.record(draftOf(1));
        assertThat(journal.flush(WAIT)).isFalse();

        Files.delete(drafts());
        assertThat(journal.flush(WAIT)).isTrue();

        assertThat(freshJournal().pending()).containsExactly(draftOf(1));
    }

    @Test
    void aShutDownWriterIsReportedByFlushNotThrownByRecord() {
        writerThread.shutdown();
        DraftJournal journal = journal();

        assertThatCode(() -> journal.record(draftOf(1))).doesNotThrowAnyException();
        assertThat(journal.flush(Duration.ofMillis(200))).isFalse();
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheJournal() throws Exception {
        DraftJournal journal = new DraftJournal(drafts(), writerThread, new DraftJournalListener() {
            @Override
            public void draftWritten(SceneDraft draft) {
                throw new IllegalStateException("listener bug");
            }
        });
        journal.record(draftOf(1));
        journal.flush(WAIT);
        journal.record(draftOf(2));
        assertThat(journal.flush(WAIT)).isTrue();

        assertThat(freshJournal().pending()).containsExactly(draftOf(2));
    }

    @Test
    void draftFilesStayInsideTheFolderWhateverTheSceneIdAndNeverCollide() throws IOException {
        List<DraftKey> keys = Stream.of("../../etc/passwd", "a/b", "a_b", "A_B", "C:\\x", "nul", "\u0000", "x".repeat(500))
                .map(id -> DraftKey.forScene(BASE_URL, id)).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(DraftKey.forScene(BASE_URL, "scn_1")).isNotEqualTo(DraftKey.forScene("http://team:8080", "scn_1"));
        assertThat(DraftKey.forScene(BASE_URL + "/", "scn_1")).isEqualTo(DraftKey.forScene(BASE_URL, "scn_1"));

        DraftJournal journal = journal();
        for (DraftKey k : keys) {
            journal.record(DraftFixtures.draft(k, edit(1), T0));
        }
        journal.flush(WAIT);
        try (Stream<Path> files = Files.list(drafts())) {
            assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(keys.size())
                    .allSatisfy(f -> assertThat(f.getParent()).isEqualTo(drafts()));
        }
        assertThat(freshJournal().pending()).hasSize(keys.size());
    }
}
