package io.gizmostudio.server.auth;

import io.gizmostudio.server.store.Database;
import io.gizmostudio.server.store.KeyStore;
import io.gizmostudio.server.store.StoredKey;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Key administration straight on a data directory's store, for the {@code keys} commands; safe while a server
 * runs on the same directory (SQLite serialises the writers, and servers re-read keys within seconds).
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
