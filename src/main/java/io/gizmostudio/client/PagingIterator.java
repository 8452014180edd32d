package io.gizmostudio.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * Walks a list endpoint page by page, fetching the next page only when the current one is used up; stops
 * when {@code offset + items ≥ total}, or on a short or empty page when the server gives no total.
 */
final class PagingIterator<T> implements Iterator<T> {
    private final BiFunction<Integer, Integer, Page<T>> fetch;
    private final int pageSize;
    private int nextOffset;
    private Iterator<T> current = java.util.Collections.emptyIterator();
    private boolean lastPageSeen;

    /** {@code fetch.apply(offset, limit)} returns one page. */
    PagingIterator(BiFunction<Integer, Integer, Page<T>> fetch, int startOffset, int pageSize) {
        this.fetch = fetch;
        this.nextOffset = startOffset;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !lastPageSeen) {
            Page<T> page = fetch.apply(nextOffset, pageSize);
            lastPageSeen = !page.hasMoreAfter(pageSize);
            nextOffset = page.offset() + page.items().size();
            current = page.items().iterator();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
