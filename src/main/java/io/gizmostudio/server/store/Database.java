package io.gizmostudio.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the engine keeps its state, as the stores see it: reads, writes that commit or roll back as a whole, and
 * {@link Transactions#inOne} units. Two implementations keep the same behaviour: the desktop's SQLite file
 * ({@link SqliteDatabase}) and a team server's PostgreSQL ({@link PostgresDatabase}); the SQL they differ on is
 * in {@link #dialect()}.
 */
public interface Database extends AutoCloseable, Transactions {
    /** Work on a connection that may throw SQL errors. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Opens (creating if needed) the SQLite store in {@code dataDir} and brings its schema up to date. */
    static SqliteDatabase open(Path dataDir, int readerCount) {
        return SqliteDatabase.open(dataDir, readerCount);
    }

    /** Runs {@code work} in one write transaction (a savepoint of the thread's transaction inside {@link #inOne}). */
    <T> T write(SqlWork<T> work);

    /** Runs {@code work} as a read; inside a begun {@link #inOne} unit it sees that unit's own writes. */
    <T> T read(SqlWork<T> work);

    SqlDialect dialect();

    /** Where the store is, for logs and the health report: no user name, password or query parameters. */
    String describe();

    @Override
    void close();
}
