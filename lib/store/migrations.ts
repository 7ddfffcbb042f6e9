/**
 * Versioned schema migrations, applied in order; PRAGMA user_version records the last one applied.
 * Append only: a released migration is never edited (a database in the field has already run it).
 */
export const migrations: readonly string[] = [
  // 1: reports, their runs (one per report × trigger × period), artifacts and deliveries.
  `
  CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,
    paused INTEGER NOT NULL DEFAULT 0,
    next_due_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    trigger TEXT NOT NULL CHECK (trigger IN ('schedule', 'manual')),
    period_key TEXT NOT NULL,
    period_start INTEGER NOT NULL,
    period_end INTEGER NOT NULL,
    period_zone TEXT NOT NULL,
    period_label TEXT NOT NULL,
    view_url TEXT NOT NULL,
    scheduled_for INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before INTEGER NOT NULL,
    error TEXT,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER,
    UNIQUE (report_id, trigger, period_key)
  );
  CREATE INDEX runs_by_report ON runs (report_id, created_at DESC);
  CREATE INDEX runs_queued ON runs (status, not_before);
  CREATE TABLE artifacts (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (run_id, name)
  );
  CREATE TABLE deliveries (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    destination TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'interrupted')),
    attempts INTEGER NOT NULL DEFAULT 0,
    detail TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (run_id, destination)
  );
  CREATE TABLE scheduler_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    owner TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    heartbeat_at INTEGER NOT NULL
  );
  `,
];
