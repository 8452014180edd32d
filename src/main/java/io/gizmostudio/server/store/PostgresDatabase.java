package io.gizmostudio.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team server's store: PostgreSQL through a HikariCP pool, shared by any number of engine instances. Every write
 * is its own transaction; inside {@link #inOne} one thread's writes share one connection and transaction (each
 * nested write a savepoint), begun at the first write, and its reads then go to that connection.
 */
public final class PostgresDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

    private final StoreLocation location;
    private final HikariDataSource pool;
    private final ThreadLocal<Unit> unit = new ThreadLocal<>();
    private volatile boolean closed;

    private static final class Unit {
        Connection connection;
        final List<Runnable> onCommit = new ArrayList<>();
        final List<Runnable> onRollback = new ArrayList<>();
    }

    private PostgresDatabase(StoreLocation location, HikariDataSource pool) {
        this.location = location;
        this.pool = pool;
    }

    /** Connects a pool of {@code poolSize} connections and brings the schema up to date (once, across instances). */
    public static PostgresDatabase connect(StoreLocation location, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("gizmo-store");
        config.setJdbcUrl(location.url());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(Math.max(2, poolSize));
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "gizmo-engine");
        config.addDataSourceProperty("connectTimeout", "10");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the store at " + location.describe() + ": " + rootMessage(e), e);
        }
        try {
            FlywaySchema.migratePostgres(pool, location.schema(), PostgresSchema.STEPS);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        LOG.info("Store opened at {} (schema version {}, pool of {})", location.describe(), PostgresSchema.latestVersion(),
                config.getMaximumPoolSize());
        return new PostgresDatabase(location, pool);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    public String describe() {
        return location.describe();
    }

    /**
     * A connection of its own, outside the pool, for a long-lived session such as {@code LISTEN}; the caller closes
     * it. Autocommit is on.
     */
    public Connection dedicatedConnection() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", location.user());
        p.setProperty("password", location.password());
        p.setProperty("ApplicationName", "gizmo-engine-listen");
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(location.url(), p);
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        Unit u = unit.get();
        if (u != null) {
            return writeInUnit(u, work);
        }
        try (Connection c = borrow()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("write failed: " + e.getMessage(), e);
        }
    }

    private <T> T writeInUnit(Unit u, SqlWork<T> work) {
        try {
            if (u.connection == null) {
                Connection c = borrow();
                c.setAutoCommit(false);
                u.connection = c;
            }
            Savepoint sp = u.connection.setSavepoint();
            try {
                T result = work.run(u.connection);
                u.connection.releaseSavepoint(sp);
                return result;
            } catch (SQLException | RuntimeException e) {
                u.connection.rollback(sp);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        Unit u = unit.get();
        if (u != null && u.connection != null) {
            try {
                return work.run(u.connection);
            } catch (SQLException e) {
                throw new StoreException("read failed: " + e.getMessage(), e);
            }
        }
        try (Connection c = borrow()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("read failed: " + e.getMessage(), e);
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
            if (u.connection != null) {
                try {
                    u.connection.commit();
                } catch (SQLException e) {
                    throw new StoreException("commit failed: " + e.getMessage(), e);
                }
            }
            committed = true;
            return result;
        } finally {
            unit.remove();
            if (u.connection != null) {
                if (!committed) {
                    rollbackQuietly(u.connection);
                }
                try {
                    u.connection.setAutoCommit(true);
                    u.connection.close();
                } catch (SQLException e) {
                    LOG.warn("Ending a transaction failed: {}", e.getMessage());
                }
            }
            for (Runnable r : committed ? u.onCommit : u.onRollback) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.warn("An action after a transaction failed: {}", e.getMessage());
                }
            }
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

    private Connection borrow() throws SQLException {
        if (closed) {
            throw new StoreException("the store is closed", null);
        }
        return pool.getConnection();
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.close();
        LOG.info("Store closed");
    }
}
