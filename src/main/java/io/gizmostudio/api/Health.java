package io.gizmostudio.api;

/**
 * {@code GET /v1/health}: {@code status} is {@code ok} (200), or {@code unavailable} or {@code stopping} (503) so a
 * load balancer's probe takes the instance out. The local engine adds what it runs on: the store and its state,
 * the generation queue, and this instance's name (a team server has several).
 */
public record Health(String status, String version, Store store, Queue queue, String instance) {
    public Health(String status, String version) {
        this(status, version, null, null, null);
    }

    /** The store: {@code sqlite} or {@code postgresql}, and whether it answered just now. */
    public record Store(String kind, boolean ok) {
    }

    /**
     * The queue: {@code shared} across instances or in this process; this instance's workers and the jobs they run;
     * jobs queued or running anywhere; and those whose instance died, waiting for their lease to run out.
     */
    public record Queue(boolean shared, int workers, int running, long outstanding, long orphaned) {
    }
}
