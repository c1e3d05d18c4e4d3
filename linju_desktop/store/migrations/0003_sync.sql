-- Version 3: the station's own sync bookkeeping (not synced, not captured).
-- Frozen when released: never edit this file; a change is a new migration.

CREATE TABLE sync_attention (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  op_id TEXT,
  tbl TEXT,
  row_id TEXT,
  reason TEXT NOT NULL DEFAULT '',
  local_value TEXT,
  server_value TEXT,
  resolved INTEGER NOT NULL DEFAULT 0,
  resolved_at TEXT
);

CREATE INDEX idx_sync_attention_open ON sync_attention (resolved, id);

CREATE TABLE sync_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  result TEXT NOT NULL,
  sent INTEGER NOT NULL DEFAULT 0,
  received INTEGER NOT NULL DEFAULT 0,
  requests INTEGER NOT NULL DEFAULT 0,
  bytes_up INTEGER NOT NULL DEFAULT 0,
  bytes_down INTEGER NOT NULL DEFAULT 0,
  blob_bytes INTEGER NOT NULL DEFAULT 0,
  server_time INTEGER,
  skew_ms INTEGER,
  message TEXT NOT NULL DEFAULT '',
  details TEXT
);

CREATE TABLE sync_blobs (sha256 TEXT PRIMARY KEY, uploaded_at TEXT NOT NULL);
