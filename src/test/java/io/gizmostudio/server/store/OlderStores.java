package io.gizmostudio.server.store;

/** Turns a store this engine made back into what an engine of schema version 4, before Flyway, left behind. */
public final class OlderStores {
    private OlderStores() {
    }

    public static void backToSchemaVersion4(Database db) {
        for (String sql : new String[] {
                "DROP TABLE flyway_schema_history",
                "DELETE FROM schema_version WHERE version >= 5",
                "ALTER TABLE api_keys DROP COLUMN source",
                "DROP INDEX assets_unfinished",
                "DROP TABLE rate_buckets",
                "ALTER TABLE assets DROP COLUMN lease_owner",
                "ALTER TABLE assets DROP COLUMN lease_expires_at",
                "ALTER TABLE assets DROP COLUMN attempts"}) {
            db.write(c -> c.createStatement().executeUpdate(sql));
        }
    }
}
