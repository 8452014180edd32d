package io.gizmostudio.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Both stores' schemas through Flyway: its history table, its lock (two team-server instances starting at once
 * migrate once), its checksums. A store that has a step this engine does not know was written by a newer engine
 * and is refused. SQLite files from before Flyway kept their own {@code schema_version} table: they are baselined
 * at that version, and the table is kept in step so those older engines refuse a store this one moved on.
 */
final class FlywaySchema {
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final String LEGACY_TABLE = "schema_version";

    private FlywaySchema() {
    }

    static void migrateSqlite(Path file, List<SchemaMigrations.Step> steps) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        int latest = latest(steps);
        try (Connection c = DriverManager.getConnection(url)) {
            int legacy = legacyVersion(c);
            refuseNewer(legacy, latest);
            if (upToDate(c, latest)) {
                // The desktop's every start: loading Flyway only to hear "up to date" costs about 0.7 s of a cold start.
                return;
            }
            FluentConfiguration config = configure(steps).dataSource(url, null, null);
            if (hasTable(c, LEGACY_TABLE) && !hasTable(c, HISTORY_TABLE)) {
                config.baselineOnMigrate(true).baselineVersion(Integer.toString(legacy))
                        .baselineDescription("schema_version " + legacy + ", before Flyway");
            }
            migrate(config, c, latest);
            mirrorLegacy(c, steps);
        } catch (SQLException e) {
            throw new StoreException("cannot bring the store's schema up to date: " + e.getMessage(), e);
        }
    }

    /** Migrates the schema {@code schema} (created if missing) of the PostgreSQL behind {@code dataSource}. */
    static void migratePostgres(DataSource dataSource, String schema, List<SchemaMigrations.Step> steps) {
        FluentConfiguration config = configure(steps).dataSource(dataSource).schemas(schema).createSchemas(true);
        try {
            config.load().migrate();
        } catch (FlywayException e) {
            // Flyway holds its own connections while it runs: borrow one only now, to say why it refused.
            try (Connection c = dataSource.getConnection()) {
                refuseNewer(appliedVersion(c), latest(steps));
            } catch (SQLException ignored) {
                // the store is unreachable: Flyway's own message says so
            }
            throw new StoreException("cannot bring the store's schema up to date: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("cannot bring the store's schema up to date: " + e.getMessage(), e);
        }
    }

    private static FluentConfiguration configure(List<SchemaMigrations.Step> steps) {
        return Flyway.configure()
                .javaMigrations(steps.stream().map(StepMigration::new).toArray(JavaMigration[]::new))
                // Our steps are registered above; no classpath scan for SQL files.
                .locations(new String[0])
                .table(HISTORY_TABLE)
                // A step applied that we do not know (a newer engine's) fails validation instead of being ignored.
                .ignoreMigrationPatterns(new String[0])
                .cleanDisabled(true);
    }

    private static void migrate(FluentConfiguration config, Connection c, int latest) throws SQLException {
        try {
            config.load().migrate();
        } catch (FlywayException e) {
            int applied = appliedVersion(c);
            refuseNewer(applied, latest);
            throw new StoreException("cannot bring the store's schema up to date: " + e.getMessage(), e);
        }
    }

    private static void refuseNewer(int version, int latest) {
        if (version > latest) {
            throw new StoreException("the store has schema version " + version + " but this engine knows only up to "
                    + latest + "; use a newer Gizmo Studio", null);
        }
    }

    private static int latest(List<SchemaMigrations.Step> steps) {
        return steps.get(steps.size() - 1).version();
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    /** Flyway has applied every step up to {@code latest}, none failed, and nothing newer. */
    private static boolean upToDate(Connection c, int latest) throws SQLException {
        if (!hasTable(c, HISTORY_TABLE) || appliedVersion(c) != latest) {
            return false;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + HISTORY_TABLE
                + " WHERE NOT success")) {
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    private static int legacyVersion(Connection c) throws SQLException {
        if (!hasTable(c, LEGACY_TABLE)) {
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + LEGACY_TABLE)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int appliedVersion(Connection c) throws SQLException {
        if (!hasTable(c, HISTORY_TABLE)) {
            return 0;
        }
        int max = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM " + HISTORY_TABLE
                + " WHERE version IS NOT NULL")) {
            while (rs.next()) {
                try {
                    max = Math.max(max, Integer.parseInt(rs.getString(1).trim()));
                } catch (NumberFormatException ignored) {
                    // not one of ours; validation has already said what is wrong with it
                }
            }
        }
        return max;
    }

    private static void mirrorLegacy(Connection c, List<SchemaMigrations.Step> steps) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + LEGACY_TABLE + " (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                    + " applied_at INTEGER NOT NULL)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + LEGACY_TABLE + " (version, description, applied_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING")) {
            for (SchemaMigrations.Step step : steps) {
                ps.setInt(1, step.version());
                ps.setString(2, step.description());
                ps.setLong(3, System.currentTimeMillis());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
