package io.gizmostudio.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's SQLite file in WAL mode: one writer connection behind a lock (SQLite allows one writer at a
 * time anyway, and serialising in Java avoids busy retries) and a small pool of reader connections, which WAL
 * lets run next to the writer. Every write runs in a transaction that commits or rolls back as a whole; inside
 * {@link #inOne} the writes of one thread share a transaction (each nested write a savepoint of it), and that
 * thread's reads go to the writer connection so they see what it wrote.
 */
public final class SqliteDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    private static final String FILE_NAME = "gizmo.db";
    private static final long BORROW_TIMEOUT_S = 30;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers;
    private final List<Connection> allReaders = new ArrayList<>();
    private final ThreadLocal<Unit> unit = new ThreadLocal<>();
    private volatile boolean closed;

    /** The {@link #inOne} scope of one thread: whether its transaction has begun, and what to run after it. */
    private static final class Unit {
        boolean begun;
        final List<Runnable> onCommit = new ArrayList<>();
        final List<Runnable> onRollback = new ArrayList<>();
    }

    private SqliteDatabase(Path file, int readerCount) throws SQLException {
        this.file = file;
        SchemaMigrations.applySqlite(file);
        this.writer = open(file);
        this.readers = new ArrayBlockingQueue<>(readerCount);
        for (int i = 0; i < readerCount; i++) {
            Connection c = open(file);
            allReaders.add(c);
            readers.add(c);
        }
    }

    /** Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date. */
    public static SqliteDatabase open(Path dataDir, int readerCount) {
        try {
            PrivateFiles.folder(dataDir);
            Path file = dataDir.resolve(FILE_NAME);
            PrivateFiles.file(file);
            SqliteDatabase db = new SqliteDatabase(file, Math.max(1, readerCount));
            LOG.info("Store opened at {} (schema version {})", file, SchemaMigrations.latestVersion());
            return db;
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dataDir, e);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dataDir, e);
        }
    }

    private static Connection open(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // NORMAL in WAL mode keeps every commit across a process crash (kill -9); only power loss can lose
            // the last commits, which is the usual trade for a desktop engine.
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=10000");
        }
        return c;
    }

    public Path file() {
        return file;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.SQLITE;
    }

    @Override
    public String describe() {
        return "sqlite:" + file;
    }

    /**
     * Runs {@code work} in one write transaction: committed when it returns, rolled back when it throws. Inside
     * {@link #inOne} it is a savepoint of that thread's transaction instead, undone alone when it throws.
     */
    @Override
    public <T> T write(SqlWork<T> work) {
        Unit u = unit.get();
        if (u != null) {
            return writeInUnit(u, work);
        }
        writeLock.lock();
        try {
            ensureOpen();
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T writeInUnit(Unit u, SqlWork<T> work) {
        try {
            begin(u);
            Savepoint sp = writer.setSavepoint();
            try {
                T result = work.run(writer);
                writer.releaseSavepoint(sp);
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback(sp);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("write failed: " + e.getMessage(), e);
        }
    }

    private void begin(Unit u) throws SQLException {
        if (u.begun) {
            return;
        }
        writeLock.lock();
        try {
            ensureOpen();
            writer.setAutoCommit(false);
            u.begun = true;
        } finally {
            if (!u.begun) {
                writeLock.unlock();
            }
        }
    }

    @Override
    public <T> T inOne(Work<T> work) throws Exception {
        if (unit.get() != null) {
            return work.run();
        }
        Unit u = new Unit();
        unit.set(u);
        boolean committed = false;
        try {
            T result = work.run();
            if (u.begun) {
                try {
                    writer.commit();
                } catch (SQLException e) {
                    throw new StoreException("commit failed: " + e.getMessage(), e);
                }
            }
            committed = true;
            return result;
        } finally {
            unit.remove();
            if (u.begun) {
                if (!committed) {
                    rollbackQuietly();
                }
                try {
                    writer.setAutoCommit(true);
                } catch (SQLException e) {
                    LOG.warn("Ending a transaction failed: {}", e.getMessage());
                } finally {
                    writeLock.unlock();
                }
            }
            runAll(committed ? u.onCommit : u.onRollback);
        }
    }

    @Override
    public void afterCommit(Runnable onCommit, Runnable onRollback) {
        Unit u = unit.get();
        if (u == null) {
            onCommit.run();
        } else {
            u.onCommit.add(onCommit);
            u.onRollback.add(onRollback);
        }
    }

    private static void runAll(List<Runnable> actions) {
        for (Runnable r : actions) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("An action after a transaction failed: {}", e.getMessage());
            }
        }
    }

    /**
     * Runs {@code work} on a reader connection (a consistent snapshot per statement); inside a begun {@link #inOne}
     * transaction on the writer, so the thread reads its own uncommitted writes.
     */
    @Override
    public <T> T read(SqlWork<T> work) {
        Unit u = unit.get();
        if (u != null && u.begun) {
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw new StoreException("read failed: " + e.getMessage(), e);
            }
        }
        ensureOpen();
        Connection c;
        try {
            c = readers.poll(BORROW_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a store connection", e);
        }
        if (c == null) {
            throw new StoreException("no store connection became free in " + BORROW_TIMEOUT_S + " s", null);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("read failed: " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed: {}", e.getMessage());
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the store is closed", null);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        writeLock.lock();
        try {
            closed = true;
            for (Connection c : allReaders) {
                closeQuietly(c);
            }
            closeQuietly(writer);
            LOG.info("Store closed");
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Closing a store connection failed: {}", e.getMessage());
        }
    }
}
