package io.gizmostudio.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.api.ApiJson;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.core.scene.Mobility;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensInWalModeAndRecordsEveryMigrationOnce() {
        try (Database db = Database.open(dir, 1)) {
            assertThat(scalar(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(scalar(db, "SELECT COUNT(*) FROM schema_version"))
                    .isEqualTo(Integer.toString(SchemaMigrations.STEPS.size()));
        }
        try (Database again = Database.open(dir, 1)) {
            assertThat(scalar(again, "SELECT MAX(version) FROM schema_version"))
                    .isEqualTo(Integer.toString(SchemaMigrations.latestVersion()));
            assertThat(scalar(again, "SELECT COUNT(*) FROM schema_version"))
                    .isEqualTo(Integer.toString(SchemaMigrations.STEPS.size()));
        }
    }

    @Test
    void flywayRecordsEveryStepAndAStoreFromBeforeFlywayIsBaselinedAtItsVersion() {
        try (Database db = Database.open(dir, 1)) {
            assertThat(scalar(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND type = 'JDBC'"))
                    .isEqualTo(Integer.toString(SchemaMigrations.STEPS.size()));
            OlderStores.backToSchemaVersion4(db);
        }
        try (Database db = Database.open(dir, 1)) {
            assertThat(scalar(db, "SELECT version FROM flyway_schema_history WHERE type = 'BASELINE'")).isEqualTo("4");
            assertThat(scalar(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE type = 'JDBC'")).isEqualTo("2");
            assertThat(scalar(db, "SELECT COUNT(*) FROM pragma_table_info('assets') WHERE name = 'lease_owner'")).isEqualTo("1");
            assertThat(scalar(db, "SELECT COUNT(*) FROM pragma_table_info('api_keys') WHERE name = 'source'")).isEqualTo("1");
        }
    }

    @Test
    void refusesAStoreWhoseFlywayHistoryHasAStepThisEngineDoesNotKnow() {
        try (Database db = Database.open(dir, 1)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version,"
                    + " description, type, script, checksum, installed_by, execution_time, success) VALUES (99, '77', 'future',"
                    + " 'JDBC', 'future', 0, 'test', 0, 1)"));
        }
        assertThatThrownBy(() -> Database.open(dir, 1)).isInstanceOf(StoreException.class).hasMessageContaining("77")
                .hasMessageContaining("newer Gizmo Studio");
    }

    @Test
    void refusesAStoreWrittenByANewerEngine() {
        try (Database db = Database.open(dir, 1)) {
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 0)"));
        }
        assertThatThrownBy(() -> Database.open(dir, 1)).isInstanceOf(StoreException.class).hasMessageContaining("999");
    }

    @Test
    void aFailedWriteRollsBackAsAWhole() {
        try (Database db = Database.open(dir, 1)) {
            AssetStore assets = new AssetStore(db, ApiJson.newMapper());
            StoredAsset a = pending("ast_a", Instant.EPOCH);
            assertThatThrownBy(() -> assets.insertAll(List.of(a, a))).isInstanceOf(StoreException.class);
            assertThat(assets.find("ast_a")).isEmpty();
        }
    }

    @Test
    void unfinishedGenerationsAreResetToPendingOldestFirst() {
        try (Database db = Database.open(dir, 1)) {
            AssetStore assets = new AssetStore(db, ApiJson.newMapper());
            assets.insertAll(List.of(pending("ast_new", Instant.ofEpochMilli(2000)), pending("ast_old", Instant.ofEpochMilli(1000)),
                    pending("ast_done", Instant.ofEpochMilli(1500))));
            assets.markProcessing("ast_new", 60, Instant.ofEpochMilli(3000));
            assets.markFailed("ast_done", "x", "y", Instant.ofEpochMilli(3000));

            assertThat(assets.resetUnfinished(Instant.ofEpochMilli(4000))).containsExactly("ast_old", "ast_new");
            StoredAsset reset = assets.find("ast_new").orElseThrow();
            assertThat(reset.status()).isEqualTo(AssetStatus.PENDING);
            assertThat(reset.progress()).isZero();
            assertThat(assets.find("ast_done").orElseThrow().status()).isEqualTo(AssetStatus.FAILED);
        }
    }

    @Test
    void textSearchFoldsCaseBeyondAscii() {
        try (Database db = Database.open(dir, 1)) {
            AssetStore assets = new AssetStore(db, ApiJson.newMapper());
            StoredAsset a = new StoredAsset("ast_u", "k", AssetStatus.PENDING, "ÜBER Greifer", "p", List.of("Tag"), 1, 0,
                    Instant.EPOCH, Instant.EPOCH, null, null, null, null, List.of());
            assets.insert(a);

            assertThat(assets.list(new AssetQuery("k", null, null, "über", 20, 0)).total()).isEqualTo(1);
            assertThat(assets.list(new AssetQuery("k", null, "Tag", null, 20, 0)).total()).isEqualTo(1);
            assertThat(assets.list(new AssetQuery("k", null, "tag", null, 20, 0)).total()).isZero();
            assertThat(assets.list(new AssetQuery("k", null, null, "greifer\u001fp", 20, 0)).total()).isZero();
        }
    }

    @Test
    void triggerKeptCountsMatchCountingTheRows() {
        try (Database db = Database.open(dir, 1)) {
            AssetStore assets = new AssetStore(db, ApiJson.newMapper());
            for (int i = 0; i < 12; i++) {
                assets.insert(pending("ast_" + i, Instant.ofEpochMilli(i)));
            }
            assets.insert(new StoredAsset("ast_other", "k2", AssetStatus.PENDING, "n", "p", List.of(), 1, 0, Instant.EPOCH,
                    Instant.EPOCH, null, null, null, null, List.of()));
            for (int i = 0; i < 5; i++) {
                assets.markProcessing("ast_" + i, 10, Instant.EPOCH);
            }
            assets.markFailed("ast_0", "c", "m", Instant.EPOCH);
            assets.markFailed("ast_1", "c", "m", Instant.EPOCH);
            assets.markProcessing("ast_2", 60, Instant.EPOCH);
            assets.delete("ast_3");
            assets.delete("ast_11");
            assets.delete("ast_missing");

            assertThat(assets.list(new AssetQuery("k", null, null, null, 1, 0)).total()).isEqualTo(10);
            assertThat(assets.list(new AssetQuery("k", AssetStatus.FAILED, null, null, 1, 0)).total()).isEqualTo(2);
            assertThat(assets.list(new AssetQuery("k", AssetStatus.PROCESSING, null, null, 1, 0)).total()).isEqualTo(2);
            assertThat(assets.list(new AssetQuery("k", AssetStatus.PENDING, null, null, 1, 0)).total()).isEqualTo(6);
            assertThat(assets.list(new AssetQuery("k", AssetStatus.READY, null, null, 1, 0)).total()).isZero();
            assertThat(assets.list(new AssetQuery("k2", null, null, null, 1, 0)).total()).isEqualTo(1);
            assertThat(assets.list(new AssetQuery("nobody", null, null, null, 1, 0)).total()).isZero();
            for (AssetStatus s : AssetStatus.values()) {
                long counted = assets.list(new AssetQuery("k", s, null, null, 1, 0)).total();
                assertThat(scalar(db, "SELECT COUNT(*) FROM assets WHERE owner = 'k' AND status = '" + s.wireName() + "'"))
                        .isEqualTo(Long.toString(counted));
            }
        }
    }

    @Test
    void aStoreAtSchemaVersionOneIsMigratedWithItsExistingAssetsCounted() throws Exception {
        java.nio.file.Files.createDirectories(dir);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gizmo.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            }
            SchemaMigrations.Step first = SchemaMigrations.STEPS.get(0);
            try (Statement s = c.createStatement()) {
                for (String sql : first.statements()) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version VALUES (1, 'v1', 0)");
                s.execute("INSERT INTO assets (id, owner, status, name, prompt, tags, search_text, seed, progress, created_at,"
                        + " updated_at, export_formats) VALUES ('ast_old', 'k', 'ready', 'n', 'p', '[]', 'n', 1, 100, 0, 0, '[]')");
            }
        }
        try (Database db = Database.open(dir, 1)) {
            AssetStore assets = new AssetStore(db, ApiJson.newMapper());
            assertThat(assets.list(new AssetQuery("k", AssetStatus.READY, null, null, 1, 0)).total()).isEqualTo(1);
            assertThat(scalar(db, "SELECT MAX(version) FROM schema_version")).isEqualTo(Integer.toString(SchemaMigrations.latestVersion()));
        }
    }

    @Test
    void aStoreAtSchemaVersionTwoKeepsItsPlacementsWhichReadAsTheirAssetsDefaultMobility() throws Exception {
        java.nio.file.Files.createDirectories(dir);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gizmo.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL)");
                for (SchemaMigrations.Step step : SchemaMigrations.STEPS.subList(0, 2)) {
                    for (String sql : step.statements()) {
                        s.execute(sql);
                    }
                    s.execute("INSERT INTO schema_version VALUES (" + step.version() + ", 'v', 0)");
                }
                for (String[] a : new String[][] {{"ast_crate", "{\"family\":\"box\"}"}, {"ast_table", "{\"family\":\"table\"}"},
                        {"ast_bare", null}}) {
                    s.execute("INSERT INTO assets (id, owner, status, name, prompt, tags, search_text, seed, progress, created_at,"
                            + " updated_at, export_formats, params) VALUES ('" + a[0] + "', 'k', 'ready', 'n', 'p', '[]', 'n', 1, 100,"
                            + " 0, 0, '[]', " + (a[1] == null ? "NULL" : "'" + a[1] + "'") + ")");
                }
                s.execute("INSERT INTO scenes VALUES ('scn_old', 'k', 'old', NULL, 'old', 0, 0)");
                int i = 0;
                for (String asset : new String[] {"ast_crate", "ast_table", "ast_bare"}) {
                    s.execute("INSERT INTO placements VALUES ('plc_" + i + "', 'scn_old', '" + asset + "', 'p" + i + "', "
                            + i + ", 0, 0, 0, 0, 0, 1, 0, " + (++i) + ")");
                }
            }
        }
        try (Database db = Database.open(dir, 1)) {
            StoredScene scene = new SceneStore(db).find("scn_old").orElseThrow();

            assertThat(scene.placements()).extracting(StoredPlacement::name).containsExactly("p0", "p1", "p2");
            assertThat(scene.placements()).extracting(StoredPlacement::mobility)
                    .containsExactly(Mobility.FREE, Mobility.FIXED, Mobility.FIXED);
            assertThat(scene.placements()).allSatisfy(p -> assertThat(p.jointPositions()).isEmpty());
            assertThat(scene.placements().get(1).position().x()).isEqualTo(1.0);
            assertThat(scalar(db, "SELECT MAX(version) FROM schema_version")).isEqualTo(String.valueOf(SchemaMigrations.latestVersion()));
        }
    }

    @Test
    void writesInOneUnitCommitTogetherOrNotAtAll() throws Exception {
        try (Database db = Database.open(dir, 1)) {
            AssetStore assets = new AssetStore(db, ApiJson.newMapper());
            IdempotencyStore keys = new IdempotencyStore(db);
            List<String> after = new java.util.ArrayList<>();
            assertThatThrownBy(() -> db.inOne(() -> {
                assets.insert(pending("ast_a", Instant.EPOCH));
                db.afterCommit(() -> after.add("committed"), () -> after.add("rolled back"));
                assertThat(assets.find("ast_a")).as("the unit reads its own write").isPresent();
                keys.save("k", "key-1", new StoredResponse("f", 202, null, null, new byte[0]), Instant.EPOCH);
                throw new IllegalStateException("crash after both writes");
            })).hasMessage("crash after both writes");
            assertThat(assets.find("ast_a")).isEmpty();
            assertThat(keys.find("k", "key-1", Instant.EPOCH)).isEmpty();
            assertThat(after).containsExactly("rolled back");

            db.inOne(() -> {
                assets.insert(pending("ast_b", Instant.EPOCH));
                assertThatThrownBy(() -> assets.insertAll(List.of(pending("ast_c", Instant.EPOCH), pending("ast_c", Instant.EPOCH))))
                        .isInstanceOf(StoreException.class);
                keys.save("k", "key-2", new StoredResponse("f", 202, null, null, new byte[0]), Instant.EPOCH);
                db.afterCommit(() -> after.add("committed"), () -> after.add("rolled back"));
                return null;
            });
            assertThat(assets.find("ast_b")).isPresent();
            assertThat(assets.find("ast_c")).as("a failed nested write is undone alone").isEmpty();
            assertThat(keys.find("k", "key-2", Instant.EPOCH)).isPresent();
            assertThat(after).containsExactly("rolled back", "committed");
        }
    }

    static StoredAsset pending(String id, Instant created) {
        return new StoredAsset(id, "k", AssetStatus.PENDING, "n", "p", List.of(), 1, 0, created, created, null, null, null,
                null, List.of());
    }

    private static String scalar(Database db, String sql) {
        return db.<String>read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
