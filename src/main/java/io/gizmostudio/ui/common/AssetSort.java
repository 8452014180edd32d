package io.gizmostudio.ui.common;

import io.gizmostudio.api.Asset;
import java.time.Instant;
import java.util.Comparator;

/** How the library orders its cards. Ties fall back to the id so the order is stable. */
public enum AssetSort {
    NEWEST("Newest first", Comparator.comparing((Asset a) -> a.createdAt() == null ? Instant.EPOCH : a.createdAt())
            .reversed().thenComparing(Asset::id, Comparator.reverseOrder())),
    NAME("Name", Comparator.comparing((Asset a) -> a.name() == null ? "" : a.name(), NameOrder.INSTANCE)
            .thenComparing(Asset::id));

    private final String label;
    private final Comparator<Asset> order;

    AssetSort(String label, Comparator<Asset> order) {
        this.label = label;
        this.order = order;
    }

    public Comparator<Asset> order() {
        return order;
    }

    @Override
    public String toString() {
        return label;
    }
}
