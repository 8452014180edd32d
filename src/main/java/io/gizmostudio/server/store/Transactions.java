package io.gizmostudio.server.store;

/**
 * Several store writes made on one thread committed as one SQLite transaction: a resource and the
 * {@code Idempotency-Key} record of the request that created it are both there after a crash, or neither is.
 */
public interface Transactions {
    /** Work that may throw anything a request handler throws. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} so that every store write it makes on this thread joins one transaction, committed when it
     * returns and rolled back when it throws. The transaction (and the store's write lock) only begins at the first
     * write, so reading and parsing before it do not hold up other writers. Nested calls join the outer one.
     */
    <T> T inOne(Work<T> work) throws Exception;

    /**
     * Runs {@code onCommit} once the enclosing {@link #inOne} transaction has committed, or {@code onRollback} when it
     * rolls back; outside one, runs {@code onCommit} at once. For effects outside the store (such as queueing a
     * job that reads what was just written) that must not happen for a write that is then undone.
     */
    void afterCommit(Runnable onCommit, Runnable onRollback);
}
