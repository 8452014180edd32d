package io.gizmostudio.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL {@code LISTEN/NOTIFY} on one channel: an instance that queued a job wakes every instance's idle
 * workers at once instead of their next poll. A lost notification costs only latency, never the job (workers poll).
 */
public final class JobNotifications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobNotifications.class);
    static final String CHANNEL = "gizmo_jobs";

    private final PostgresDatabase db;
    private final Thread listener;
    private volatile boolean closed;

    private JobNotifications(PostgresDatabase db, Runnable onJob) {
        this.db = db;
        this.listener = new Thread(() -> listen(onJob), "gizmo-job-listener");
        listener.setDaemon(true);
    }

    /** Starts listening; {@code onJob} runs on the listener thread for each notification (keep it short). */
    public static JobNotifications start(PostgresDatabase db, Runnable onJob) {
        JobNotifications n = new JobNotifications(db, onJob);
        n.listener.start();
        return n;
    }

    /** Tells every listening instance a job was queued; call after the job's row has committed. */
    public void announce() {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("NOTIFY " + CHANNEL);
            }
            return null;
        });
    }

    private void listen(Runnable onJob) {
        while (!closed) {
            try (Connection c = db.dedicatedConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(1000);
                    if (got != null && got.length > 0) {
                        onJob.run();
                    }
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Listening for queued jobs failed ({}); workers keep polling, retrying in 1 s", e.getMessage());
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        try {
            listener.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
