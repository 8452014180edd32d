package io.gizmostudio.ui.library;

import io.gizmostudio.ui.common.AssetSort;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.AssetQuery;
import io.gizmostudio.ui.common.Cancellable;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import io.gizmostudio.ui.jobs.AssetChangeListener;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asset list: server-side search (debounced) and filters, one page at a time as the user scrolls, sorted
 * view, selection, and live updates from running jobs. Stale replies (for an older query) are dropped.
 */
public final class AssetLibraryViewModel implements AssetChangeListener {
    private static final Logger LOG = LoggerFactory.getLogger(AssetLibraryViewModel.class);
    public static final int PAGE_SIZE = 30;
    public static final Duration SEARCH_DELAY = Duration.ofMillis(300);

    private final AssetLibraryService assets;
    private final UiExecutor executor;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<AssetStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty tagFilter = new SimpleStringProperty("");
    private final ObjectProperty<AssetSort> sort = new SimpleObjectProperty<>(AssetSort.NEWEST);
    private final ObservableList<Asset> loaded = FXCollections.observableArrayList();
    private final SortedList<Asset> visible = new SortedList<>(loaded);
    private final ObjectProperty<Asset> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();

    private AssetQuery query = AssetQuery.ALL;
    /** Increases on every new query; a reply carrying an older value belongs to a query nobody shows any more. */
    private int queryGeneration;
    /** How far into the server's list we have read; local creates and deletes shift it like they shift the server. */
    private int serverOffset;
    private boolean exhausted;
    private Cancellable pendingSearch = Cancellable.NONE;
    private Cancellable inFlight = Cancellable.NONE;

    public AssetLibraryViewModel(AssetLibraryService assets, UiExecutor executor) {
        this.assets = assets;
        this.executor = executor;
        visible.comparatorProperty().bind(Bindings.createObjectBinding(() -> sort.get().order(), sort));
        searchText.addListener((obs, old, now) -> scheduleSearch());
        statusFilter.addListener((obs, old, now) -> reload());
        // the server pages in this order, so a new order is a new query (sorting only the loaded pages would hide
        // names that sort first but sit on pages not yet fetched)
        sort.addListener((obs, old, now) -> reload());
        tagFilter.addListener((obs, old, now) -> scheduleSearch());
        countText.bind(Bindings.createStringBinding(
                () -> loaded.size() + " of " + total.get() + " assets", total, loaded));
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** null = any status. */
    public ObjectProperty<AssetStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<AssetSort> sortProperty() {
        return sort;
    }

    /** The loaded assets in the chosen order. */
    public ObservableList<Asset> assets() {
        return visible;
    }

    public ObjectProperty<Asset> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How many assets match on the server. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** An empty-state or error line under the list; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "30 of 120 assets". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Tags seen on loaded assets, sorted, for the tag filter's suggestions. */
    public ObservableList<String> knownTags() {
        return knownTags;
    }

    public AssetQuery currentQuery() {
        return query;
    }

    /** Reloads from the first page with the current search and filters. */
    public void refresh() {
        pendingSearch.cancel();
        reload();
    }

    /**
     * Empties the list at once, then reloads: for a new connection, whose library has nothing to do with the
     * cards shown (a slow or failing first page must not leave the old server's cards up).
     */
    public void reloadFromScratch() {
        loaded.clear();
        total.set(0);
        selected.set(null);
        refresh();
    }

    /** Loads the next page when there is one and none is loading; the view calls it when the last cells show. */
    public void loadNextPage() {
        if (!loading.get() && !exhausted) {
            fetch(serverOffset);
        }
    }

    public boolean hasMore() {
        return !exhausted;
    }

    /** Drops a deleted asset from the list without reloading. */
    public void removeLocally(String assetId) {
        if (loaded.removeIf(a -> a.id().equals(assetId))) {
            serverOffset = Math.max(0, serverOffset - 1);
            total.set(Math.max(0, total.get() - 1));
        }
        if (selected.get() != null && selected.get().id().equals(assetId)) {
            selected.set(null);
        }
    }

    @Override
    public void assetCreated(Asset asset) {
        if (indexOf(asset.id()) < 0 && query.matches(asset)) {
            loaded.add(0, asset);
            serverOffset++;
            total.set(total.get() + 1);
            rememberTags(asset);
            message.set("");
        }
    }

    @Override
    public void assetChanged(Asset asset) {
        int index = indexOf(asset.id());
        if (index < 0) {
            return;
        }
        // Selection first: a list replace can make the view drop its selection, and it re-selects from this.
        if (selected.get() != null && selected.get().id().equals(asset.id())) {
            selected.set(asset);
        }
        loaded.set(index, asset);
        rememberTags(asset);
    }

    private void scheduleSearch() {
        pendingSearch.cancel();
        pendingSearch = executor.schedule(SEARCH_DELAY, this::reload);
    }

    private void reload() {
        query = new AssetQuery(searchText.get(), statusFilter.get(), tagFilter.get(), sort.get());
        queryGeneration++;
        inFlight.cancel();
        loading.set(false);
        serverOffset = 0;
        exhausted = false;
        if (loaded.isEmpty()) {
            message.set("Loading assets…");
        }
        fetch(0);
    }

    private void fetch(int offset) {
        int generation = queryGeneration;
        AssetQuery asked = query;
        loading.set(true);
        inFlight = executor.submit(() -> assets.page(asked, offset, PAGE_SIZE),
                page -> {
                    if (generation == queryGeneration) {
                        accept(page, offset);
                    }
                },
                failure -> {
                    if (generation == queryGeneration) {
                        loading.set(false);
                        LOG.warn("Loading assets failed: {}", failure.toString());
                        if (offset == 0) {
                            // Cards from before (maybe another server) would pass for this server's library.
                            loaded.clear();
                            total.set(0);
                            exhausted = true;
                        }
                        message.set(FailureMessages.describe(failure));
                    }
                });
    }

    private void accept(AssetPage page, int offset) {
        // the paging state first: changing the list lets the view ask for the next page at once
        loading.set(false);
        serverOffset = offset + page.assets().size();
        exhausted = page.assets().isEmpty() || serverOffset >= page.total();
        Set<String> present = new HashSet<>();
        if (offset == 0) {
            // one replacing change, not a clear then adds: an empty list in between would drop the selection
            List<Asset> first = page.assets().stream().filter(a -> present.add(a.id())).toList();
            Asset was = selected.get();
            if (was != null) {
                first.stream().filter(a -> a.id().equals(was.id())).findFirst().ifPresent(selected::set);
            }
            loaded.setAll(first);
        } else {
            loaded.forEach(a -> present.add(a.id()));
            loaded.addAll(page.assets().stream().filter(a -> present.add(a.id())).toList());
        }
        page.assets().forEach(this::rememberTags);
        total.set(page.total());
        message.set(loaded.isEmpty() ? emptyText() : "");
    }

    private String emptyText() {
        return query.equals(AssetQuery.ALL)
                ? "No assets yet. Press Ctrl+G to generate one from a prompt."
                : "No assets match. Clear the search or filters to see all.";
    }

    private void rememberTags(Asset asset) {
        Set<String> tags = new TreeSet<>(knownTags);
        if (tags.addAll(asset.tags())) {
            knownTags.setAll(tags);
        }
    }

    private int indexOf(String assetId) {
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).id().equals(assetId)) {
                return i;
            }
        }
        return -1;
    }
}
