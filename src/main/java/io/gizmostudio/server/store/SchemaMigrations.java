package io.gizmostudio.server.store;

import java.util.List;

/**
 * The SQLite store's numbered schema steps, applied by Flyway ({@link FlywaySchema}); PostgreSQL's are in
 * {@link PostgresSchema} under the same version numbers. Steps are only ever appended, never edited (Flyway
 * checks each applied step's checksum).
 */
final class SchemaMigrations {
    /** One numbered step: the statements that take the schema from {@code version - 1} to {@code version}. */
    record Step(int version, String description, List<String> statements) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "keys, assets, models, scenes, placements, idempotency", List.of(
                    """
                    CREATE TABLE api_keys (
                      key_id TEXT PRIMARY KEY,
                      name TEXT NOT NULL,
                      key_hash TEXT NOT NULL UNIQUE,
                      created_at INTEGER NOT NULL,
                      revoked_at INTEGER,
                      rate_limit_per_minute INTEGER
                    )""",
                    """
                    CREATE TABLE assets (
                      id TEXT PRIMARY KEY,
                      owner TEXT NOT NULL,
                      status TEXT NOT NULL,
                      name TEXT NOT NULL,
                      prompt TEXT NOT NULL,
                      tags TEXT NOT NULL,
                      search_text TEXT NOT NULL,
                      seed INTEGER NOT NULL,
                      progress INTEGER NOT NULL,
                      created_at INTEGER NOT NULL,
                      updated_at INTEGER NOT NULL,
                      error_code TEXT,
                      error_message TEXT,
                      stats TEXT,
                      params TEXT,
                      export_formats TEXT NOT NULL
                    )""",
                    "CREATE INDEX assets_by_owner ON assets (owner, created_at DESC, id DESC)",
                    "CREATE INDEX assets_by_status ON assets (status, created_at)",
                    """
                    CREATE TABLE asset_tags (
                      asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
                      tag TEXT NOT NULL,
                      PRIMARY KEY (asset_id, tag)
                    )""",
                    "CREATE INDEX asset_tags_by_tag ON asset_tags (tag)",
                    """
                    CREATE TABLE asset_models (
                      asset_id TEXT PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
                      articulation TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE scenes (
                      id TEXT PRIMARY KEY,
                      owner TEXT NOT NULL,
                      name TEXT NOT NULL,
                      description TEXT,
                      search_text TEXT NOT NULL,
                      created_at INTEGER NOT NULL,
                      updated_at INTEGER NOT NULL
                    )""",
                    "CREATE INDEX scenes_by_owner ON scenes (owner, created_at DESC, id DESC)",
                    """
                    CREATE TABLE placements (
                      id TEXT PRIMARY KEY,
                      scene_id TEXT NOT NULL REFERENCES scenes (id) ON DELETE CASCADE,
                      asset_id TEXT NOT NULL REFERENCES assets (id),
                      name TEXT NOT NULL,
                      px REAL NOT NULL, py REAL NOT NULL, pz REAL NOT NULL,
                      rx REAL NOT NULL, ry REAL NOT NULL, rz REAL NOT NULL, rw REAL NOT NULL,
                      added_at INTEGER NOT NULL,
                      ordinal INTEGER NOT NULL
                    )""",
                    "CREATE INDEX placements_by_scene ON placements (scene_id, ordinal)",
                    "CREATE INDEX placements_by_asset ON placements (asset_id)",
                    """
                    CREATE TABLE idempotency (
                      owner TEXT NOT NULL,
                      idempotency_key TEXT NOT NULL,
                      fingerprint TEXT NOT NULL,
                      status INTEGER NOT NULL,
                      content_type TEXT,
                      disposition TEXT,
                      body BLOB NOT NULL,
                      created_at INTEGER NOT NULL,
                      PRIMARY KEY (owner, idempotency_key)
                    )""",
                    "CREATE INDEX idempotency_by_age ON idempotency (created_at)")),
            // Counting a key's assets for every list page scanned its whole index; triggers keep the counts instead.
            new Step(2, "asset counts per owner and status, kept by triggers", List.of(
                    """
                    CREATE TABLE asset_counts (
                      owner TEXT NOT NULL,
                      status TEXT NOT NULL,
                      n INTEGER NOT NULL,
                      PRIMARY KEY (owner, status)
                    ) WITHOUT ROWID""",
                    "INSERT INTO asset_counts (owner, status, n) SELECT owner, status, COUNT(*) FROM assets GROUP BY owner, status",
                    """
                    CREATE TRIGGER assets_counted_on_insert AFTER INSERT ON assets BEGIN
                      INSERT INTO asset_counts (owner, status, n) VALUES (NEW.owner, NEW.status, 1)
                        ON CONFLICT (owner, status) DO UPDATE SET n = n + 1;
                    END""",
                    """
                    CREATE TRIGGER assets_counted_on_delete AFTER DELETE ON assets BEGIN
                      UPDATE asset_counts SET n = n - 1 WHERE owner = OLD.owner AND status = OLD.status;
                    END""",
                    """
                    CREATE TRIGGER assets_counted_on_status AFTER UPDATE OF status ON assets
                    WHEN OLD.status <> NEW.status BEGIN
                      UPDATE asset_counts SET n = n - 1 WHERE owner = OLD.owner AND status = OLD.status;
                      INSERT INTO asset_counts (owner, status, n) VALUES (NEW.owner, NEW.status, 1)
                        ON CONFLICT (owner, status) DO UPDATE SET n = n + 1;
                    END""")),
            // Scenes that simulate: a placement is welded or free, and starts with its joints where the user posed them.
            // Rows written before have no mobility (NULL); they read as their asset's default (core.scene.Mobility).
            new Step(3, "placement mobility and initial joint positions", List.of(
                    "ALTER TABLE placements ADD COLUMN mobility TEXT CHECK (mobility IS NULL OR mobility IN ('fixed', 'free'))",
                    """
                    CREATE TABLE placement_joints (
                      placement_id TEXT NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
                      joint TEXT NOT NULL,
                      ordinal INTEGER NOT NULL,
                      position REAL NOT NULL,
                      PRIMARY KEY (placement_id, joint)
                    ) WITHOUT ROWID""")),
            // Assets that behave like the real thing: a request may weld a free-by-default asset (fixed_base);
            // rows written before read as 0, their family's default.
            new Step(4, "asset fixed_base", List.of(
                    "ALTER TABLE assets ADD COLUMN fixed_base INTEGER NOT NULL DEFAULT 0 CHECK (fixed_base IN (0, 1))")),
            // A GIZMO_API_KEY secret is valid only while a server runs with it (issue 15): its row keeps the key id
            // (and so what it owns) but is no longer a permanent key. Rows it wrote before carry its name.
            new Step(5, "api key source: issued or environment", List.of(
                    "ALTER TABLE api_keys ADD COLUMN source TEXT NOT NULL DEFAULT 'issued' CHECK (source IN ('issued', 'environment'))",
                    "UPDATE api_keys SET source = 'environment' WHERE name = 'GIZMO_API_KEY'")),
            // A team server's instances share one queue (issue 16): a claimed job holds a lease its instance renews,
            // and another instance takes it once the lease has run out; rate limits are one bucket per key for all.
            new Step(6, "generation leases and shared rate buckets", List.of(
                    "ALTER TABLE assets ADD COLUMN lease_owner TEXT",
                    "ALTER TABLE assets ADD COLUMN lease_expires_at INTEGER",
                    "ALTER TABLE assets ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
                    "CREATE INDEX assets_unfinished ON assets (created_at, id) WHERE status IN ('pending', 'processing')",
                    """
                    CREATE TABLE rate_buckets (
                      key_id TEXT PRIMARY KEY,
                      tokens REAL NOT NULL,
                      updated_at INTEGER NOT NULL,
                      allowed INTEGER NOT NULL
                    )""")));

    private SchemaMigrations() {
    }

    static int latestVersion() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /** Brings the SQLite file's schema up to {@link #latestVersion()}. */
    static void applySqlite(java.nio.file.Path file) {
        FlywaySchema.migrateSqlite(file, STEPS);
    }
}
