package io.gizmostudio.client;

import java.util.List;
import java.util.OptionalLong;

/** One page of any list endpoint, as read tolerantly; {@code total} is absent when the server sent none. */
record Page<T>(List<T> items, OptionalLong total, int offset) {
    Page {
        items = List.copyOf(items);
    }

    /** Whether a further page may exist after this one, asked with {@code limit}. */
    boolean hasMoreAfter(int limit) {
        if (items.isEmpty()) {
            return false; // also guards against a server whose total runs ahead of its data
        }
        if (total.isPresent()) {
            return offset + items.size() < total.getAsLong();
        }
        return items.size() >= limit;
    }
}
