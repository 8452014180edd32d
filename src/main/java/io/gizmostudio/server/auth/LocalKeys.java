package io.gizmostudio.server.auth;

import io.gizmostudio.server.store.Database;
import io.gizmostudio.server.store.KeyStore;
import io.gizmostudio.server.store.PostgresDatabase;
import io.gizmostudio.server.store.StoreLocation;
import io.gizmostudio.server.store.StoredKey;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Key administration straight on a store, for the {@code keys} commands: a data directory's SQLite file or a team
 * server's PostgreSQL; safe while servers run on it (they re-read keys within seconds).
 */
public final class LocalKeys implements AutoCloseable {
    private final Database db;
    private final ApiKeys keys;

    private LocalKeys(Database db) {
        this.db = db;
        this.keys = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 600);
    }

    public static LocalKeys open(Path dataDir) {
        return new LocalKeys(Database.open(dataDir, 1));
    }

    /** The keys of a team server's PostgreSQL store (every instance sees a change within seconds). */
    public static LocalKeys open(StoreLocation store) {
        return new LocalKeys(PostgresDatabase.connect(store, 2));
    }

    public IssuedKey create(String name) {
        return keys.create(name);
    }

    public List<StoredKey> list() {
        return keys.list();
    }

    public boolean revoke(String keyId) {
        return keys.revoke(keyId);
    }

    @Override
    public void close() {
        db.close();
    }
}
