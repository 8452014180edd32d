package io.gizmostudio.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.ExportFormats;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.auth.LocalKeys;
import io.gizmostudio.server.jobs.AssetStatsCalculator;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.Database;
import io.gizmostudio.server.store.PostgresDatabase;
import io.gizmostudio.server.store.StoreLocation;
import io.gizmostudio.server.store.StoredAsset;
import io.gizmostudio.server.support.TestModels;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 10,000 ready assets of one fresh key, inserted straight through the store, for the read benchmarks. */
final class StoredAssets {
    static final int COUNT = 10_000;

    /** The ids stored and the key that owns them. */
    record Seeded(List<String> ids, String secret) {
    }

    private StoredAssets() {
    }

    static Seeded seedSqlite(Path dataDir, ObjectMapper json) throws Exception {
        IssuedKey key;
        try (LocalKeys keys = LocalKeys.open(dataDir)) {
            key = keys.create("bench");
        }
        try (Database db = Database.open(dataDir, 1)) {
            return new Seeded(insert(db, key.keyId(), json), key.secret());
        }
    }

    static Seeded seedPostgres(StoreLocation store, ObjectMapper json) throws Exception {
        IssuedKey key;
        try (LocalKeys keys = LocalKeys.open(store)) {
            key = keys.create("bench");
        }
        try (Database db = PostgresDatabase.connect(store, 2)) {
            return new Seeded(insert(db, key.keyId(), json), key.secret());
        }
    }

    private static List<String> insert(Database db, String owner, ObjectMapper json) throws Exception {
        long start = System.nanoTime();
        List<StoredAsset> rows = new ArrayList<>(COUNT);
        List<String> ids = new ArrayList<>(COUNT);
        String stats = json.writeValueAsString(AssetStatsCalculator.of(TestModels.arm(1)));
        String params = json.writeValueAsString(TestModels.params(1));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < COUNT; i++) {
            String id = String.format(Locale.ROOT, "ast_bench%09d", i);
            Instant at = t0.plusSeconds(i);
            rows.add(new StoredAsset(id, owner, AssetStatus.READY, "Arm " + i, "a two joint arm number " + i, List.of("bench"),
                    i, 100, at, at, null, null, stats, params, ExportFormats.ALL));
            ids.add(id);
        }
        new AssetStore(db, json).insertAll(rows);
        System.out.printf(Locale.ROOT, "  stored %,d assets through the store in %d ms%n", COUNT, (System.nanoTime() - start) / 1_000_000);
        return ids;
    }
}
