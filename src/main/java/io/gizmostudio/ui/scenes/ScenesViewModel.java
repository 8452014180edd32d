package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.Scene;
import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.common.DialogService;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.UiExecutor;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Open scene" browser: search the server's scenes, open one (the app gets the full scene), make a new one,
 * rename, duplicate or delete one, and the recent scenes. Every call runs on a worker; failures (server down, 401,
 * 429) become the message line, and a scene renamed or deleted elsewhere says so and refreshes the list.
 */
public final class ScenesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ScenesViewModel.class);
    public static final int PAGE_SIZE = 50;
    public static final Duration SEARCH_DELAY = Duration.ofMillis(300);

    private final SceneService scenes;
    private final RecentScenes recent;
    private final DialogService dialogs;
    private final UiExecutor executor;
    private final Consumer<Scene> onOpen;
    private final Consumer<String> onDeleted;
    private final SceneList list;
    private final ObjectProperty<SceneRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<RecentScene> recentScenes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringBinding message;
    private final BooleanBinding canActOnSelection;
    private final Command open;
    private final Command duplicate;
    private final Command delete;
    private Consumer<Scene> onRenamed = scene -> { };

    /**
     * @param onOpen    gets the full scene (fetched with {@code get}) the user opened or made
     * @param onDeleted gets the id of a scene the user deleted here, so the app can close it when it is open
     */
    public ScenesViewModel(SceneService scenes, RecentScenes recent, DialogService dialogs, UiExecutor executor,
                           ZoneId zone, Consumer<Scene> onOpen, Consumer<String> onDeleted) {
        this.scenes = scenes;
        this.recent = recent;
        this.dialogs = dialogs;
        this.executor = executor;
        this.onOpen = onOpen;
        this.onDeleted = onDeleted;
        this.list = new SceneList(scenes, executor, zone, PAGE_SIZE, SEARCH_DELAY);
        message = Bindings.createStringBinding(() -> outcome.get().isEmpty() ? list.statusProperty().get() : outcome.get(),
                outcome, list.statusProperty());
        canActOnSelection = selected.isNotNull().and(busy.not());
        open = Command.when(canActOnSelection, () -> openScene(selected.get().id(), selected.get().name()));
        duplicate = Command.when(canActOnSelection, this::duplicateSelected);
        delete = Command.when(canActOnSelection, this::deleteSelected);
        list.searchProperty().addListener((obs, old, now) -> outcome.set(""));
        list.rows().addListener((ListChangeListener<SceneRow>) change -> keepSelectionCurrent());
    }

    public StringProperty searchTextProperty() {
        return list.searchProperty();
    }

    public ObservableList<SceneRow> rows() {
        return list.rows();
    }

    public ObjectProperty<SceneRow> selectedProperty() {
        return selected;
    }

    public ObservableList<RecentScene> recentScenes() {
        return recentScenes;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** True while an open, new, rename, duplicate or delete is talking to the server. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return list.hasMoreProperty();
    }

    /** What the last action did or why it failed; else the list's loading or empty-state line. */
    public ObservableStringValue messageProperty() {
        return message;
    }

    /** Whether Open, Rename, Duplicate and Delete can run: a scene is selected and nothing is in flight. */
    public BooleanBinding canActOnSelectionProperty() {
        return canActOnSelection;
    }

    public Command openCommand() {
        return open;
    }

    public Command duplicateCommand() {
        return duplicate;
    }

    public Command deleteCommand() {
        return delete;
    }

    /** Told of a scene renamed here, so the app can retitle it when it is the open one. */
    public void setOnRenamed(Consumer<Scene> onRenamed) {
        this.onRenamed = Objects.requireNonNull(onRenamed);
    }

    /** Loads the recent scenes and the first page of the list. */
    public void refresh() {
        executor.submit(recent::list, recentScenes::setAll, failure -> LOG.warn("Reading recent scenes failed", failure));
        list.reload();
    }

    public void loadMore() {
        list.loadMore();
    }

    public void openRecent(RecentScene scene) {
        if (!busy.get()) {
            openScene(scene.id(), scene.name());
        }
    }

    /** What is wrong with {@code name} for New… and Rename…, for the name dialog; empty when it can be sent. */
    public Optional<String> nameProblem(String name) {
        return SceneName.problem(name);
    }

    /** Makes an empty scene called {@code name} (trimmed) and opens it; false (with the reason shown) when invalid. */
    public boolean create(String name) {
        if (!validName(name) || busy.get()) {
            return false;
        }
        run("create", () -> scenes.create(SceneName.clean(name), null), made -> {
            list.addFirst(made);
            openScene(made.id(), made.name());
        }, failure -> fail("Could not make the scene “" + SceneName.clean(name) + "”", failure));
        return true;
    }

    /** Renames the selected scene, unless someone renamed or deleted it elsewhere meanwhile (then says so). */
    public boolean rename(String name) {
        SceneRow row = selected.get();
        if (row == null || busy.get() || !validName(name)) {
            return false;
        }
        String clean = SceneName.clean(name);
        if (clean.equals(row.name())) {
            return true;
        }
        run("rename", () -> {
            Scene now = scenes.get(row.id());
            return now.name().equals(row.name()) ? scenes.rename(row.id(), clean) : now;
        }, scene -> {
            if (!scene.name().equals(clean)) {
                outcome.set("“" + row.name() + "” was renamed to “" + scene.name() + "” elsewhere; the list is refreshed."
                        + " Rename it again if you still want to.");
                list.reload();
                return;
            }
            list.replace(scene);
            outcome.set("Renamed “" + row.name() + "” to “" + clean + "”.");
            inBackground(() -> recent.renamed(scene.id(), scene.name()));
            onRenamed.accept(scene);
        }, failure -> failOrGone("Could not rename “" + row.name() + "”", row, failure));
        return true;
    }

    private void openScene(String id, String name) {
        run("open", () -> scenes.get(id), scene -> {
            outcome.set("");
            inBackground(() -> recent.opened(scene.id(), scene.name()));
            onOpen.accept(scene);
        }, failure -> failOrGone("Could not open “" + name + "”", new SceneRow(id, name, null, "", ""), failure));
    }

    private void duplicateSelected() {
        SceneRow row = selected.get();
        run("duplicate", () -> SceneCopy.of(scenes, row.id()), copy -> {
            list.addFirst(copy);
            selected.set(list.rows().get(0));
            outcome.set("Made “" + copy.name() + "” with " + PlacementPhrase.of(copy.assets().size()) + ".");
        }, failure -> failOrGone("Could not duplicate “" + row.name() + "”", row, failure));
    }

    private void deleteSelected() {
        SceneRow row = selected.get();
        // Read it first: the confirmation names the scene and its placements as the server has them now.
        run("delete", () -> scenes.get(row.id()), scene -> {
            String what = "Delete the scene “" + scene.name() + "” and its " + PlacementPhrase.of(scene.assets().size())
                    + "? The assets stay in the library. This cannot be undone.";
            if (!dialogs.confirm("Delete scene", what, "Delete")) {
                return;
            }
            run("delete", () -> {
                scenes.delete(scene.id());
                return scene;
            }, gone -> deleted(gone.id(), "Deleted “" + gone.name() + "”."), failure -> {
                if (isNotFound(failure)) {
                    deleted(scene.id(), "“" + scene.name() + "” was already deleted elsewhere.");
                } else {
                    fail("Could not delete “" + scene.name() + "”", failure);
                }
            });
        }, failure -> failOrGone("Could not delete “" + row.name() + "”", row, failure));
    }

    private void deleted(String sceneId, String text) {
        list.remove(sceneId);
        inBackground(() -> recent.forget(sceneId));
        outcome.set(text);
        onDeleted.accept(sceneId);
    }

    private <T> void run(String action, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        outcome.set("");
        executor.submit(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            LOG.warn("Scene {} failed: {}", action, failure.toString());
            onFailure.accept(failure);
        });
    }

    /** A scene the server no longer has is dropped from the list and the recent scenes; anything else is shown. */
    private void failOrGone(String what, SceneRow row, Throwable failure) {
        if (!isNotFound(failure)) {
            fail(what, failure);
            return;
        }
        list.remove(row.id());
        inBackground(() -> recent.forget(row.id()));
        outcome.set("“" + row.name() + "” no longer exists on the server (deleted elsewhere?); the list is refreshed"
                + " and it is off the recent scenes.");
        list.reload();
    }

    private void fail(String what, Throwable failure) {
        outcome.set(what + ". " + FailureMessages.describe(failure));
    }

    private boolean validName(String name) {
        Optional<String> problem = SceneName.problem(name);
        problem.ifPresent(outcome::set);
        return problem.isEmpty();
    }

    /** Recent-scene bookkeeping: a file write, so on a worker; the list shown follows what was saved. */
    private void inBackground(Callable<List<RecentScene>> change) {
        executor.submit(change, recentScenes::setAll, failure -> LOG.warn("Saving recent scenes failed", failure));
    }

    private void keepSelectionCurrent() {
        SceneRow current = selected.get();
        if (current != null && !list.rows().contains(current)) {
            selected.set(list.rows().stream().filter(r -> r.id().equals(current.id())).findFirst().orElse(null));
        }
    }

    /** A 404 about the scene itself (a missing asset, say, is a 404 too, but the scene is still there). */
    private static boolean isNotFound(Throwable failure) {
        return failure instanceof ServiceException se && se.kind() == FailureKind.NOT_FOUND
                && !"asset_not_found".equals(se.code()) && !"placement_not_found".equals(se.code());
    }
}
