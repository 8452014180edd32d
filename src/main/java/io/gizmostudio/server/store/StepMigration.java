package io.gizmostudio.server.store;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/** One {@link SchemaMigrations.Step} as a Flyway migration: its statements in one transaction, checksummed by text. */
final class StepMigration implements JavaMigration {
    private final SchemaMigrations.Step step;

    StepMigration(SchemaMigrations.Step step) {
        this.step = step;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(step.version()));
    }

    @Override
    public String getDescription() {
        return step.description();
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String sql : step.statements()) {
            crc.update(sql.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : step.statements()) {
                s.execute(sql);
            }
        }
    }
}
