package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.ui.common.Cancellable;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.UiExecutor;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser's list: the server's scenes whose name holds the search text (debounced), newest first, a page at a
 * time, with a loading or empty-state line. A reply for an older search is dropped.
 */
final class SceneList {
    private static final Logger LOG = LoggerFactory.getLogger(SceneList.class);

    private final SceneService scenes;
    private final UiExecutor executor;
    private final ZoneId zone;
    private final int pageSize;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<SceneRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private int generation;
    private int serverOffset;
    private String asked = "";
    private Cancellable pendingSearch = Cancellable.NONE;
    private Cancellable inFlight = Cancellable.NONE;

    SceneList(SceneService scenes, UiExecutor executor, ZoneId zone, int pageSize, Duration searchDelay) {
        this.scenes = scenes;
        this.executor = executor;
        this.zone = zone;
        this.pageSize = pageSize;
        search.addListener((obs, old, now) -> {
            pendingSearch.cancel();
            pendingSearch = executor.schedule(searchDelay, this::reload);
        });
    }

    StringProperty searchProperty() {
        return search;
    }

    ObservableList<SceneRow> rows() {
        return rows;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasMoreProperty() {
        return more.getReadOnlyProperty();
    }

    /** "Loading scenes…", an empty-state hint or why the list could not load; empty when the rows say it all. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** From the first page, with the search as it is now. */
    void reload() {
        pendingSearch.cancel();
        inFlight.cancel();
        generation++;
        asked = SceneName.clean(search.get());
        serverOffset = 0;
        if (rows.isEmpty()) {
            status.set("Loading scenes…");
        }
        fetch(0);
    }

    void loadMore() {
        if (!loading.get() && more.get()) {
            fetch(serverOffset);
        }
    }

    /** Puts a scene made here at the top without reloading (the server lists newest first too). */
    void addFirst(Scene scene) {
        rows.add(0, SceneRow.of(scene, zone));
        serverOffset++;
        status.set("");
    }

    /** Shows a renamed scene's new name in place. */
    void replace(Scene scene) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(scene.id())) {
                SceneRow old = rows.get(i);
                SceneRow now = SceneRow.of(scene, zone);
                rows.set(i, now.placementCount() != null ? now
                        : new SceneRow(now.id(), now.name(), old.placementCount(), now.created(), now.updated()));
            }
        }
    }

    void remove(String sceneId) {
        if (rows.removeIf(r -> r.id().equals(sceneId))) {
            serverOffset = Math.max(0, serverOffset - 1);
        }
        if (rows.isEmpty() && !loading.get()) {
            status.set(emptyText());
        }
    }

    private void fetch(int offset) {
        int mine = generation;
        String text = asked;
        loading.set(true);
        inFlight = executor.submit(() -> scenes.page(text, offset, pageSize), page -> {
            if (mine == generation) {
                accept(page, offset);
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                LOG.warn("Loading scenes failed: {}", failure.toString());
                if (offset == 0) {
                    // Rows from before (maybe another server) would pass for what this server holds.
                    rows.clear();
                    more.set(false);
                }
                status.set(FailureMessages.describe(failure));
            }
        });
    }

    private void accept(ScenePage page, int offset) {
        loading.set(false);
        if (offset == 0) {
            rows.clear();
        }
        Set<String> present = new HashSet<>();
        rows.forEach(r -> present.add(r.id()));
        page.scenes().stream().filter(s -> present.add(s.id())).map(s -> SceneRow.of(s, zone)).forEach(rows::add);
        serverOffset = offset + page.scenes().size();
        more.set(!page.scenes().isEmpty() && serverOffset < page.total());
        status.set(rows.isEmpty() ? emptyText() : "");
    }

    private String emptyText() {
        return asked.isEmpty() ? "No scenes yet. Press New… to make one."
                : "No scene name contains “" + asked + "”. Clear the search to see all.";
    }
}
