-- Version 4: counters and checksums kept in the same transaction as the change, so the
-- window's counts and an idle sync never scan a table (store/counters.py explains them).
-- Frozen when released: never edit this file; a change is a new migration.

-- Named counts: 'pending:TABLE' = change-log rows of TABLE after the acknowledged
-- position (settings.sync_uploaded_seq); 'live:TABLE' = rows of TABLE not tombstoned.
CREATE TABLE counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;

-- Per-table checksum as the server defines it (protocol.messages.table_checksum), as of
-- the last fold; rows changed since are in checksum_dirty with the (stamp, deleted) they
-- had at the fold (NULL: inserted since). SQLite has no SHA-256, so the fold is Python's.
CREATE TABLE sync_checksums (
  tbl TEXT PRIMARY KEY,
  rows INTEGER NOT NULL,
  xor_hex TEXT NOT NULL,
  sum_hex TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE checksum_dirty (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  old_hlc TEXT,
  old_deleted INTEGER,
  PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

-- A record's rows of the change log, for compaction (changelog.compact) and for the
-- local changes a district change must not overwrite (sync_queries._pending_stamps).
CREATE INDEX idx_change_log_row ON change_log (tbl, row_id, seq);

-- The members list sorted by name pages through this index (queries.page_after).
CREATE INDEX idx_members_deleted_name ON members (deleted, name);

CREATE TRIGGER change_log_count_insert AFTER INSERT ON change_log BEGIN
  UPDATE counters SET n = n + 1 WHERE name = 'pending:' || NEW.tbl AND NEW.seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);
END;

CREATE TRIGGER change_log_count_delete AFTER DELETE ON change_log BEGIN
  UPDATE counters SET n = n - 1 WHERE name = 'pending:' || OLD.tbl AND OLD.seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);
END;

-- Moving the acknowledged position recounts only the rows between the old and the new one
-- (+tbl: through the log's seq order, not the per-record index).
CREATE TRIGGER settings_uploaded_insert AFTER INSERT ON settings
WHEN NEW.key = 'sync_uploaded_seq' BEGIN
  UPDATE counters SET n = (SELECT count(*) FROM change_log WHERE +tbl = substr(counters.name, 9) AND seq > coalesce(CAST(NEW.value AS INTEGER), 0)) WHERE name LIKE 'pending:%';
END;

CREATE TRIGGER settings_uploaded_update AFTER UPDATE ON settings
WHEN NEW.key = 'sync_uploaded_seq' AND OLD.value IS NOT NEW.value BEGIN
  UPDATE counters SET n = n
    - (SELECT count(*) FROM change_log WHERE +tbl = substr(counters.name, 9) AND seq > coalesce(CAST(OLD.value AS INTEGER), 0) AND seq <= coalesce(CAST(NEW.value AS INTEGER), 0))
    + (SELECT count(*) FROM change_log WHERE +tbl = substr(counters.name, 9) AND seq > coalesce(CAST(NEW.value AS INTEGER), 0) AND seq <= coalesce(CAST(OLD.value AS INTEGER), 0))
  WHERE name LIKE 'pending:%';
END;

CREATE TRIGGER settings_uploaded_delete AFTER DELETE ON settings
WHEN OLD.key = 'sync_uploaded_seq' BEGIN
  UPDATE counters SET n = (SELECT count(*) FROM change_log WHERE +tbl = substr(counters.name, 9)) WHERE name LIKE 'pending:%';
END;

-- branch: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:branch', count(*) FROM change_log WHERE tbl = 'branch' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:branch', count(*) FROM branch WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'branch', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM branch);

CREATE TRIGGER branch_count_insert AFTER INSERT ON branch BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('branch', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:branch' AND NEW.deleted = 0;
END;

CREATE TRIGGER branch_count_update AFTER UPDATE ON branch
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('branch', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:branch' AND OLD.deleted IS NOT NEW.deleted;
END;

-- party_groups: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:party_groups', count(*) FROM change_log WHERE tbl = 'party_groups' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:party_groups', count(*) FROM party_groups WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'party_groups', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM party_groups);

CREATE TRIGGER party_groups_count_insert AFTER INSERT ON party_groups BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('party_groups', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:party_groups' AND NEW.deleted = 0;
END;

CREATE TRIGGER party_groups_count_update AFTER UPDATE ON party_groups
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('party_groups', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:party_groups' AND OLD.deleted IS NOT NEW.deleted;
END;

-- members: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:members', count(*) FROM change_log WHERE tbl = 'members' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:members', count(*) FROM members WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'members', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM members);

CREATE TRIGGER members_count_insert AFTER INSERT ON members BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('members', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:members' AND NEW.deleted = 0;
END;

CREATE TRIGGER members_count_update AFTER UPDATE ON members
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('members', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:members' AND OLD.deleted IS NOT NEW.deleted;
END;

-- contact_households: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:contact_households', count(*) FROM change_log WHERE tbl = 'contact_households' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:contact_households', count(*) FROM contact_households WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'contact_households', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM contact_households);

CREATE TRIGGER contact_households_count_insert AFTER INSERT ON contact_households BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('contact_households', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:contact_households' AND NEW.deleted = 0;
END;

CREATE TRIGGER contact_households_count_update AFTER UPDATE ON contact_households
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('contact_households', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:contact_households' AND OLD.deleted IS NOT NEW.deleted;
END;

-- transfers: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:transfers', count(*) FROM change_log WHERE tbl = 'transfers' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:transfers', count(*) FROM transfers WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'transfers', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM transfers);

CREATE TRIGGER transfers_count_insert AFTER INSERT ON transfers BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('transfers', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:transfers' AND NEW.deleted = 0;
END;

CREATE TRIGGER transfers_count_update AFTER UPDATE ON transfers
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('transfers', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:transfers' AND OLD.deleted IS NOT NEW.deleted;
END;

-- meetings: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:meetings', count(*) FROM change_log WHERE tbl = 'meetings' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:meetings', count(*) FROM meetings WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'meetings', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM meetings);

CREATE TRIGGER meetings_count_insert AFTER INSERT ON meetings BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('meetings', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:meetings' AND NEW.deleted = 0;
END;

CREATE TRIGGER meetings_count_update AFTER UPDATE ON meetings
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('meetings', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:meetings' AND OLD.deleted IS NOT NEW.deleted;
END;

-- attendance: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:attendance', count(*) FROM change_log WHERE tbl = 'attendance' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:attendance', count(*) FROM attendance WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'attendance', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM attendance);

CREATE TRIGGER attendance_count_insert AFTER INSERT ON attendance BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('attendance', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:attendance' AND NEW.deleted = 0;
END;

CREATE TRIGGER attendance_count_update AFTER UPDATE ON attendance
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('attendance', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:attendance' AND OLD.deleted IS NOT NEW.deleted;
END;

-- followups: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:followups', count(*) FROM change_log WHERE tbl = 'followups' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:followups', count(*) FROM followups WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'followups', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM followups);

CREATE TRIGGER followups_count_insert AFTER INSERT ON followups BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('followups', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:followups' AND NEW.deleted = 0;
END;

CREATE TRIGGER followups_count_update AFTER UPDATE ON followups
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('followups', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:followups' AND OLD.deleted IS NOT NEW.deleted;
END;

-- addenda: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:addenda', count(*) FROM change_log WHERE tbl = 'addenda' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:addenda', count(*) FROM addenda WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'addenda', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM addenda);

CREATE TRIGGER addenda_count_insert AFTER INSERT ON addenda BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('addenda', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:addenda' AND NEW.deleted = 0;
END;

CREATE TRIGGER addenda_count_update AFTER UPDATE ON addenda
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('addenda', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:addenda' AND OLD.deleted IS NOT NEW.deleted;
END;

-- attachments: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:attachments', count(*) FROM change_log WHERE tbl = 'attachments' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:attachments', count(*) FROM attachments WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'attachments', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM attachments);

CREATE TRIGGER attachments_count_insert AFTER INSERT ON attachments BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('attachments', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:attachments' AND NEW.deleted = 0;
END;

CREATE TRIGGER attachments_count_update AFTER UPDATE ON attachments
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('attachments', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:attachments' AND OLD.deleted IS NOT NEW.deleted;
END;

-- allocations: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:allocations', count(*) FROM change_log WHERE tbl = 'allocations' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:allocations', count(*) FROM allocations WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'allocations', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM allocations);

CREATE TRIGGER allocations_count_insert AFTER INSERT ON allocations BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('allocations', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:allocations' AND NEW.deleted = 0;
END;

CREATE TRIGGER allocations_count_update AFTER UPDATE ON allocations
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('allocations', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:allocations' AND OLD.deleted IS NOT NEW.deleted;
END;

-- expenses: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:expenses', count(*) FROM change_log WHERE tbl = 'expenses' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:expenses', count(*) FROM expenses WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'expenses', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM expenses);

CREATE TRIGGER expenses_count_insert AFTER INSERT ON expenses BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('expenses', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:expenses' AND NEW.deleted = 0;
END;

CREATE TRIGGER expenses_count_update AFTER UPDATE ON expenses
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('expenses', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:expenses' AND OLD.deleted IS NOT NEW.deleted;
END;

-- requests: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:requests', count(*) FROM change_log WHERE tbl = 'requests' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:requests', count(*) FROM requests WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'requests', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM requests);

CREATE TRIGGER requests_count_insert AFTER INSERT ON requests BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('requests', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:requests' AND NEW.deleted = 0;
END;

CREATE TRIGGER requests_count_update AFTER UPDATE ON requests
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('requests', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:requests' AND OLD.deleted IS NOT NEW.deleted;
END;

-- request_events: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:request_events', count(*) FROM change_log WHERE tbl = 'request_events' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:request_events', count(*) FROM request_events WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'request_events', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM request_events);

CREATE TRIGGER request_events_count_insert AFTER INSERT ON request_events BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('request_events', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:request_events' AND NEW.deleted = 0;
END;

CREATE TRIGGER request_events_count_update AFTER UPDATE ON request_events
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('request_events', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:request_events' AND OLD.deleted IS NOT NEW.deleted;
END;
