package io.gizmostudio.server.store;

import java.util.List;

/**
 * PostgreSQL's schema steps, numbered as {@link SchemaMigrations}' SQLite ones so a version means the same tables
 * in both stores. PostgreSQL stores began at version 5: its one step is the whole schema as SQLite's steps 1–5 left
 * it, in PostgreSQL's types (BIGINT milliseconds, DOUBLE PRECISION coordinates, BYTEA bodies, PL/pgSQL triggers).
 */
final class PostgresSchema {
    static final List<SchemaMigrations.Step> STEPS = List.of(
            new SchemaMigrations.Step(5, "keys, assets, models, scenes, placements, idempotency, counts", List.of(
                    """
                    CREATE TABLE api_keys (
                      key_id TEXT PRIMARY KEY,
                      name TEXT NOT NULL,
                      key_hash TEXT NOT NULL UNIQUE,
                      created_at BIGINT NOT NULL,
                      revoked_at BIGINT,
                      rate_limit_per_minute INTEGER,
                      source TEXT NOT NULL DEFAULT 'issued' CHECK (source IN ('issued', 'environment'))
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
                      seed BIGINT NOT NULL,
                      progress INTEGER NOT NULL,
                      created_at BIGINT NOT NULL,
                      updated_at BIGINT NOT NULL,
                      error_code TEXT,
                      error_message TEXT,
                      stats TEXT,
                      params TEXT,
                      export_formats TEXT NOT NULL,
                      fixed_base INTEGER NOT NULL DEFAULT 0 CHECK (fixed_base IN (0, 1))
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
                      created_at BIGINT NOT NULL,
                      updated_at BIGINT NOT NULL
                    )""",
                    "CREATE INDEX scenes_by_owner ON scenes (owner, created_at DESC, id DESC)",
                    """
                    CREATE TABLE placements (
                      id TEXT PRIMARY KEY,
                      scene_id TEXT NOT NULL REFERENCES scenes (id) ON DELETE CASCADE,
                      asset_id TEXT NOT NULL REFERENCES assets (id),
                      name TEXT NOT NULL,
                      px DOUBLE PRECISION NOT NULL, py DOUBLE PRECISION NOT NULL, pz DOUBLE PRECISION NOT NULL,
                      rx DOUBLE PRECISION NOT NULL, ry DOUBLE PRECISION NOT NULL, rz DOUBLE PRECISION NOT NULL,
                      rw DOUBLE PRECISION NOT NULL,
                      added_at BIGINT NOT NULL,
                      ordinal INTEGER NOT NULL,
                      mobility TEXT CHECK (mobility IS NULL OR mobility IN ('fixed', 'free'))
                    )""",
                    "CREATE INDEX placements_by_scene ON placements (scene_id, ordinal)",
                    "CREATE INDEX placements_by_asset ON placements (asset_id)",
                    """
                    CREATE TABLE placement_joints (
                      placement_id TEXT NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
                      joint TEXT NOT NULL,
                      ordinal INTEGER NOT NULL,
                      position DOUBLE PRECISION NOT NULL,
                      PRIMARY KEY (placement_id, joint)
                    )""",
                    """
                    CREATE TABLE idempotency (
                      owner TEXT NOT NULL,
                      idempotency_key TEXT NOT NULL,
                      fingerprint TEXT NOT NULL,
                      status INTEGER NOT NULL,
                      content_type TEXT,
                      disposition TEXT,
                      body BYTEA NOT NULL,
                      created_at BIGINT NOT NULL,
                      PRIMARY KEY (owner, idempotency_key)
                    )""",
                    "CREATE INDEX idempotency_by_age ON idempotency (created_at)",
                    """
                    CREATE TABLE asset_counts (
                      owner TEXT NOT NULL,
                      status TEXT NOT NULL,
                      n BIGINT NOT NULL,
                      PRIMARY KEY (owner, status)
                    )""",
                    """
                    CREATE FUNCTION asset_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        UPDATE asset_counts SET n = n - 1 WHERE owner = OLD.owner AND status = OLD.status;
                      END IF;
                      IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO asset_counts (owner, status, n) VALUES (NEW.owner, NEW.status, 1)
                          ON CONFLICT (owner, status) DO UPDATE SET n = asset_counts.n + 1;
                      END IF;
                      RETURN NULL;
                    END
                    $$""",
                    """
                    CREATE TRIGGER assets_counted AFTER INSERT OR DELETE ON assets
                      FOR EACH ROW EXECUTE FUNCTION asset_counts_keep()""",
                    """
                    CREATE TRIGGER assets_counted_on_status AFTER UPDATE OF status ON assets
                      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION asset_counts_keep()""")),
            new SchemaMigrations.Step(6, "generation leases and shared rate buckets", List.of(
                    "ALTER TABLE assets ADD COLUMN lease_owner TEXT",
                    "ALTER TABLE assets ADD COLUMN lease_expires_at BIGINT",
                    "ALTER TABLE assets ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
                    "CREATE INDEX assets_unfinished ON assets (created_at, id) WHERE status IN ('pending', 'processing')",
                    """
                    CREATE TABLE rate_buckets (
                      key_id TEXT PRIMARY KEY,
                      tokens DOUBLE PRECISION NOT NULL,
                      updated_at BIGINT NOT NULL,
                      allowed INTEGER NOT NULL
                    )""")));

    private PostgresSchema() {
    }

    static int latestVersion() {
        return STEPS.get(STEPS.size() - 1).version();
    }
}
