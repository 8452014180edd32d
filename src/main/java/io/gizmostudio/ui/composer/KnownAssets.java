package io.gizmostudio.ui.composer;

import io.gizmostudio.api.Asset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The assets the composer can name and place: those in the library's list, and every one seen there before (a
 * search that hides the table must not make the placed table nameless or undroppable). UI thread only.
 */
public final class KnownAssets {
    private final Map<String, Asset> seen = new HashMap<>();

    public KnownAssets(ObservableList<Asset> library) {
        library.forEach(this::remember);
        // a status change replaces the card's asset in the list, so added items always carry the newest state
        library.addListener((ListChangeListener<Asset>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::remember);
            }
        });
    }

    /** The newest state seen of the asset. */
    public Optional<Asset> find(String assetId) {
        return Optional.ofNullable(seen.get(assetId));
    }

    private void remember(Asset a) {
        if (a != null) {
            seen.put(a.id(), a);
        }
    }
}
