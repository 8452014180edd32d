package io.gizmostudio.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.store.Database;
import io.gizmostudio.server.store.KeySource;
import io.gizmostudio.server.store.KeyStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys over the real SQLite store, across "restarts" (a second ApiKeys on the same database file). */
class ApiKeysTest {
    private static final String SECRET = "gzm_k1_environmentsecret0001";
    @TempDir
    Path dir;

    @Test
    void theEnvironmentSecretKeepsItsKeyIdAcrossRestarts() {
        String first;
        try (Database db = Database.open(dir, 1)) {
            first = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60).registerExternal(SECRET);
        }
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            assertThat(keys.registerExternal(SECRET)).isEqualTo(first);
            assertThat(keys.authenticate(SECRET)).hasValueSatisfying(p -> assertThat(p.keyId()).isEqualTo(first));
        }
    }

    @Test
    void aRevokedEnvironmentSecretStaysRevokedWhenTheServerRestartsWithIt() {
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            String id = keys.registerExternal(SECRET);
            assertThat(keys.revoke(id)).isTrue();
            assertThat(keys.authenticate(SECRET)).isEmpty();
        }
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            keys.registerExternal(SECRET);
            assertThat(keys.authenticate(SECRET)).as("a restart must not undo a revocation").isEmpty();
            assertThat(keys.list()).singleElement().satisfies(k -> assertThat(k.isRevoked()).isTrue());
        }
    }

    @Test
    void aNewEnvironmentSecretAfterARevocationIsANewWorkingKey() {
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            String old = keys.registerExternal(SECRET);
            keys.revoke(old);
            String fresh = keys.registerExternal(SECRET + "x");
            assertThat(fresh).isNotEqualTo(old);
            assertThat(keys.authenticate(SECRET + "x")).isPresent();
        }
    }

    @Test
    void anEnvironmentSecretIsRefusedAfterARestartWithoutIt() {
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            keys.registerExternal(SECRET);
            assertThat(keys.authenticate(SECRET)).isPresent();
        }
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            assertThat(keys.authenticate(SECRET)).as("no GIZMO_API_KEY this time").isEmpty();
            assertThat(keys.list()).singleElement().satisfies(k -> assertThat(k.source()).isEqualTo(KeySource.ENVIRONMENT));
        }
    }

    @Test
    void anEnvironmentSecretIsRefusedAfterARestartWithAnotherValueAndComesBackWithItsKeyId() {
        String first;
        try (Database db = Database.open(dir, 1)) {
            first = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60).registerExternal(SECRET);
        }
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            keys.registerExternal(SECRET + "other");
            assertThat(keys.authenticate(SECRET)).isEmpty();
            assertThat(keys.authenticate(SECRET + "other")).isPresent();
        }
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            keys.registerExternal(SECRET);
            assertThat(keys.authenticate(SECRET)).hasValueSatisfying(p -> assertThat(p.keyId()).isEqualTo(first));
            assertThat(keys.authenticate(SECRET + "other")).isEmpty();
        }
    }

    @Test
    void anEnvironmentKeyStoredByAnOlderEngineStopsBeingPermanent() throws Exception {
        try (Database db = Database.open(dir, 1)) {
            // what engines before schema 5 wrote for GIZMO_API_KEY: an ordinary row under that name
            db.write(c -> c.createStatement().executeUpdate("UPDATE api_keys SET source = 'issued'"));
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            keys.registerExternal(SECRET);
            db.write(c -> c.createStatement().executeUpdate("UPDATE api_keys SET source = 'issued'"));
            io.gizmostudio.server.store.OlderStores.backToSchemaVersion4(db);
        }
        try (Database db = Database.open(dir, 1)) {
            ApiKeys keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 60);
            assertThat(keys.authenticate(SECRET)).isEmpty();
        }
    }
}
