package io.gizmostudio.server.store;

import java.util.List;

/** One page of rows and the count of every row that matched. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
