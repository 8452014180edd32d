package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.Scene;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.Cancellable;
import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.common.DialogService;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.UiExecutor;
import io.gizmostudio.ui.composer.SceneComposerViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The composer's scene as a document: which server scene it is, whether it has unsaved edits, and saving it. Save
 * writes the whole placement list in one call ({@link SceneService#savePlacements}) and gives new placements the
 * server's ids everywhere, undo history included. A save the server refuses for now (offline, 401, 429, 5xx) keeps
 * the edits — they are in the draft journal from the moment they were made — says so, and tries again later; one it
 * rejects (an asset deleted elsewhere, a pose out of range) says what is wrong and keeps the edits too.
 */
public final class SceneSessionViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SceneSessionViewModel.class);
    static final String UNTITLED = "Untitled scene";
    static final Duration AUTOSAVE_QUIET = Duration.ofSeconds(2);

    private final SceneComposerViewModel composer;
    private final SceneService scenes;
    private final SceneWriter writer;
    private final UiExecutor ui;
    private final DialogService dialogs;
    private final SceneDocumentMapping mapping;
    private final DraftRecorder drafts;
    private final RecentScenes recent;
    private final java.util.function.Supplier<String> connection;
    private final ReadOnlyObjectWrapper<OpenScene> open = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty autosave = new SimpleBooleanProperty();
    private final BooleanBinding dirty;
    private final StringBinding title;
    private final Command save;
    private Cancellable retry;
    private Cancellable autosaveTimer;
    private int failures;
    private boolean saveAgain;
    private Runnable afterSave;

    public SceneSessionViewModel(SceneComposerViewModel composer, SceneService scenes, UiExecutor ui, DialogService dialogs,
                                 SceneDocumentMapping mapping, DraftRecorder drafts, java.util.function.Supplier<String> connection,
                                 RecentScenes recent) {
        this.composer = composer;
        this.scenes = scenes;
        this.writer = new SceneWriter(scenes, mapping);
        this.ui = ui;
        this.dialogs = dialogs;
        this.mapping = mapping;
        this.drafts = drafts;
        this.connection = connection;
        this.recent = recent;
        SceneDocument start = composer.documentProperty().get();
        open.set(new OpenScene(null, newOpening(), start, null));
        drafts.openedNew(connection.get(), start);
        dirty = Bindings.createBooleanBinding(() -> !composer.documentProperty().get().equals(open.get().saved()),
                composer.documentProperty(), open);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "*" : "") + composer.documentProperty().get().name()
                + " — Gizmo Studio", composer.documentProperty(), dirty);
        save = Command.when(saving.not(), this::save);
        composer.documentProperty().addListener((obs, before, now) -> edited(now));
    }

    // ---------------------------------------------------------------- state

    public ReadOnlyObjectProperty<OpenScene> openSceneProperty() {
        return open.getReadOnlyProperty();
    }

    /** True while the composer's document differs from what the server holds. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** "*Work cell — Gizmo Studio" while there are unsaved edits. */
    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** What the last save did or why it did not ("Saved Work cell (12 placements).", "Not saved: …"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Save two seconds after the last edit. */
    public BooleanProperty autosaveProperty() {
        return autosave;
    }

    public Command saveCommand() {
        return save;
    }

    // ---------------------------------------------------------------- documents

    /** A new, empty scene (not on the server until saved), after asking about unsaved edits. */
    public void newScene() {
        whenSettled("starting a new scene", this::startNew);
    }

    /** A new, empty scene at once (ask first with {@link #whenSettled}). */
    public void startNew() {
        show(new OpenScene(null, newOpening(), SceneDocument.empty(UNTITLED), null));
    }

    /**
     * A scene read from a file ({@link SceneFile}): opened as a new scene, not on the server until saved, with the
     * file's document as one undoable edit (so it shows as unsaved and is journaled as a draft at once), after asking
     * about unsaved edits.
     */
    public void openDocument(SceneDocument document, String fileName) {
        whenSettled("opening " + quoted(fileName), () -> {
            startNew();
            composer.replaceDocument("Open " + fileName, document);
            status.set("Opened " + quoted(fileName) + " as a new scene: Save puts it on the server.");
        });
    }

    /** Shows {@code text} in the status line (what a scene file action is doing or did); UI thread. */
    void showStatus(String text) {
        status.set(text);
    }

    /** The document the composer shows now, for Save scene to file. */
    public SceneDocument currentDocument() {
        return composer.documentProperty().get();
    }

    /** Runs {@code then} once the server holds what the composer shows: at once, or after a save that succeeds. */
    public void saveThen(Runnable then) {
        if (!dirty.get() && open.get().isOnServer()) {
            then.run();
            return;
        }
        afterSave = then;
        save();
    }

    /** Opens a scene the server holds (ask about unsaved edits first with {@link #whenSettled}). */
    public void open(Scene scene) {
        SceneDocument doc = mapping.toDocument(scene);
        show(new OpenScene(scene.id(), openingOf(scene.id()), doc, scene.updatedAt()));
        ui.submit(() -> recent.opened(scene.id(), scene.name()), list -> { }, failure -> LOG.warn("Could not note a recent scene: {}",
                failure.toString()));
    }

    /** Opens a recent scene by id, after asking about unsaved edits; one gone from the server leaves the list. */
    public void openRecent(RecentScene scene) {
        whenSettled("opening " + quoted(scene.name()), () -> {
            status.set("Opening " + quoted(scene.name()) + "…");
            ui.submit(() -> scenes.get(scene.id()), this::open, failure -> {
                if (notFound(failure)) {
                    status.set(quoted(scene.name()) + " is no longer on the server.");
                    ui.submit(() -> recent.forget(scene.id()), list -> { }, f -> { });
                } else {
                    status.set("Could not open " + quoted(scene.name()) + ": " + FailureMessages.describe(failure));
                }
            });
        });
    }

    /** The recent scenes, most recent first (reads a small file: call through the executor). */
    public List<RecentScene> recentScenes() {
        return recent.list();
    }

    /** Renames the open scene: on the server when it is there, else the name it will be created with. */
    public void renameScene(String name) {
        Optional<String> problem = SceneName.problem(name);
        if (problem.isPresent()) {
            status.set(problem.get());
            return;
        }
        String n = name.strip();
        OpenScene o = open.get();
        if (!o.isOnServer()) {
            composer.renameScene(n);
            return;
        }
        ui.submit(() -> {
            Scene renamed = scenes.rename(o.sceneId(), n);
            recent.renamed(renamed.id(), renamed.name());
            return renamed;
        }, renamed -> {
            renamed(renamed.id(), renamed.name());
            status.set("Renamed the scene to " + quoted(renamed.name()) + ".");
        }, failure -> status.set("Could not rename the scene: " + FailureMessages.describe(failure)));
    }

    /** The open scene's name as the composer shows it. */
    public String sceneName() {
        return composer.documentProperty().get().name();
    }

    /** What is wrong with a scene name, for the rename dialog; empty when it can be sent. */
    public Optional<String> nameProblem(String name) {
        return SceneName.problem(name);
    }

    /**
     * Opens a restored draft: the scene as the server holds it now (read first; empty when it was never saved, is
     * gone or cannot be read) with the draft's document on top as one undoable edit, so the edits show as unsaved
     * and undo shows what the server has. The draft stays in the journal until the scene is saved. Asks about unsaved
     * edits first: the restore offer comes at the first connection, and what was edited before it (a new scene, a
     * scene file) must not vanish from the window; on Cancel the draft stays for the next start.
     */
    public void restore(SceneDraft draft) {
        whenSettled("restoring " + quoted(draft.document().name()), () -> restoreNow(draft));
    }

    private void restoreNow(SceneDraft draft) {
        if (draft.sceneId() == null) {
            restore(draft, null, null, "");
            return;
        }
        status.set("Restoring " + quoted(draft.document().name()) + "…");
        ui.submit(() -> scenes.get(draft.sceneId()), scene -> restore(draft, scene, scene.id(),
                        draft.serverChangedSince(scene.updatedAt()) ? " The scene has changed on the server since; saving replaces it with what you see." : ""),
                failure -> {
                    if (notFound(failure)) {
                        restore(draft, null, null, " The scene is no longer on the server; Save creates it again.");
                    } else {
                        // unreadable now (offline): keep the id, so the next save goes into that scene
                        restore(draft, null, draft.sceneId(), " The server's copy could not be read: " + FailureMessages.describe(failure));
                    }
                });
    }

    private void restore(SceneDraft draft, Scene base, String sceneId, String note) {
        SceneDocument edited = draft.document();
        SceneDocument saved = base == null ? SceneDocument.empty(edited.name()) : mapping.toDocument(base);
        cancelTimers();
        saveAgain = false;
        afterSave = null;
        failures = 0;
        drafts.closed();
        open.set(new OpenScene(sceneId, newOpening(), saved, base == null ? null : base.updatedAt()));
        composer.open(saved);
        drafts.openedDraft(draft);
        composer.replaceDocument("Restore unsaved edits", edited);
        status.set("Restored the unsaved edits of " + quoted(edited.name()) + "." + note);
    }

    /** The scene was renamed on the server (by this app): the document takes the name, and it is not an edit. */
    public void renamed(String sceneId, String name) {
        OpenScene o = open.get();
        if (sceneId.equals(o.sceneId())) {
            SceneDocument savedRenamed = o.saved().renamed(name);
            open.set(new OpenScene(o.sceneId(), o.opening(), savedRenamed, o.serverUpdatedAt()));
            composer.renameScene(name);
            // the server holds the new name: no draft for it (unsaved edits, if any, stay journaled)
            drafts.saved(sceneId, o.serverUpdatedAt(), savedRenamed);
        }
    }

    /** The scene was deleted on the server: what is open becomes a new scene with the same content, unsaved. */
    public void deleted(String sceneId) {
        OpenScene o = open.get();
        if (sceneId.equals(o.sceneId())) {
            open.set(new OpenScene(null, o.opening(), SceneDocument.empty(o.name()), null));
            status.set(quoted(o.name()) + " was deleted on the server; Save creates it again.");
        }
    }

    /**
     * Runs {@code proceed} once there is nothing unsaved: at once when clean, else after asking Save / Don't save /
     * Cancel ({@code action} completes "Save changes to 'X' before …?"). Save runs {@code proceed} only if the save
     * succeeds; Don't save drops the draft; Cancel does nothing.
     */
    public void whenSettled(String action, Runnable proceed) {
        if (!dirty.get()) {
            proceed.run();
            return;
        }
        Optional<String> answer = dialogs.ask("Unsaved changes", "Save the changes to " + quoted(composer.documentProperty().get().name())
                + " before " + action + "?", List.of("Save", "Don't save"));
        if (answer.isEmpty()) {
            return;
        }
        if (answer.get().equals("Save")) {
            afterSave = proceed;
            save();
        } else {
            drafts.discardDraft();
            proceed.run();
        }
    }

    // ---------------------------------------------------------------- saving

    /** Saves now (a second save asked for while one runs follows it). */
    public void save() {
        cancelTimers();
        if (saving.get()) {
            saveAgain = true;
            return;
        }
        OpenScene at = open.get();
        SceneDocument sent = composer.documentProperty().get();
        saving.set(true);
        status.set("Saving " + quoted(sent.name()) + "…");
        ui.submit(() -> writer.write(at.sceneId(), sent), saved -> saved(at, sent, saved), failure -> failed(sent, failure));
    }

    private void saved(OpenScene at, SceneDocument sent, Scene scene) {
        saving.set(false);
        failures = 0;
        Map<String, String> ids = SceneDocumentMapping.serverIds(sent, scene);
        composer.adoptIds(ids);
        SceneDocument savedDoc = sent.withIds(ids);
        OpenScene now = open.get();
        if (!now.opening().equals(at.opening())) {
            LOG.info("A save of {} finished after another scene was opened", at.name());
            return;
        }
        open.set(now.savedAs(scene.id(), savedDoc, scene.updatedAt()));
        drafts.saved(scene.id(), scene.updatedAt(), savedDoc);
        status.set("Saved " + quoted(savedDoc.name()) + " (" + count(savedDoc.placements().size()) + ").");
        LOG.info("Saved scene {} ({} placements)", scene.id(), savedDoc.placements().size());
        Runnable then = afterSave;
        afterSave = null;
        if (saveAgain || dirty.get() && autosave.get()) {
            saveAgain = false;
            save();
        } else if (then != null) {
            then.run();
        }
    }

    private void failed(SceneDocument sent, Throwable thrown) {
        saving.set(false);
        saveAgain = false;
        Runnable then = afterSave;
        afterSave = null;
        SaveFailure failure = SaveFailure.of(thrown, failures);
        OpenScene o = open.get();
        if (failure.createdSceneId() != null && o.sceneId() == null) {
            // the scene was created before the placements failed: the next try must not create another
            open.set(new OpenScene(failure.createdSceneId(), o.opening(), SceneDocument.empty(o.name()), null));
        }
        LOG.warn("Saving scene {} failed ({}): {}", sent.name(), failure.kind(), failure.why());
        if (failure.sceneGone()) {
            deleted(open.get().sceneId());
            return;
        }
        if (failure.retryIn().isPresent()) {
            Duration wait = failure.retryIn().get();
            failures++;
            status.set("Not saved: " + failure.why() + " Your edits are kept on this computer; trying again in " + wait.toSeconds() + " s.");
            retry = ui.schedule(wait, () -> {
                if (dirty.get()) {
                    save();
                }
            });
        } else {
            status.set("Not saved: " + failure.why() + " Your edits are kept; fix the problem and save again.");
            dialogs.notifyError("Scene not saved", failure.why());
        }
        if (then != null) {
            LOG.info("Kept the window open: the scene was not saved");
        }
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof ServiceException s && s.kind() == FailureKind.NOT_FOUND;
    }

    // ---------------------------------------------------------------- edits

    private void edited(SceneDocument now) {
        drafts.edited(now);
        if (now.equals(open.get().saved())) {
            return;
        }
        if (autosave.get() && !saving.get()) {
            if (autosaveTimer != null) {
                autosaveTimer.cancel();
            }
            autosaveTimer = ui.schedule(AUTOSAVE_QUIET, () -> {
                autosaveTimer = null;
                if (dirty.get()) {
                    save();
                }
            });
        }
    }

    private void show(OpenScene scene) {
        cancelTimers();
        saveAgain = false;
        afterSave = null;
        failures = 0;
        drafts.closed();
        open.set(scene);
        composer.open(scene.saved());
        if (scene.isOnServer()) {
            drafts.openedSaved(connection.get(), scene.sceneId(), scene.serverUpdatedAt(), scene.saved());
        } else {
            drafts.openedNew(connection.get(), scene.saved());
        }
        status.set("");
    }

    /** The connection is back after a failure: a save that waits for it runs now. */
    public void connectionBack() {
        if (retry != null && dirty.get() && !saving.get()) {
            save();
        }
    }

    private void cancelTimers() {
        if (retry != null) {
            retry.cancel();
            retry = null;
        }
        if (autosaveTimer != null) {
            autosaveTimer.cancel();
            autosaveTimer = null;
        }
    }

    /** A new scene's opening: no save begun for another document is ever applied to it. */
    private static String newOpening() {
        return "new-" + UUID.randomUUID();
    }

    /** A server scene's opening: the same for each time it is opened (its draft's key is {@link DraftRecorder}'s). */
    static String openingOf(String sceneId) {
        return "scene-" + sceneId;
    }

    private static String quoted(String name) {
        return "‘" + name + "’";
    }

    private static String count(int n) {
        return n == 1 ? "1 placement" : n + " placements";
    }
}
