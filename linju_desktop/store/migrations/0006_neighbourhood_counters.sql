-- Version 6: the neighbourhood's record books (version 5) get the counters and checksum
-- triggers every synced table has (version 4 explains them; store/counters.py reads them).
-- Frozen when released: never edit this file; a change is a new migration.

-- volunteers: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:volunteers', count(*) FROM change_log WHERE tbl = 'volunteers' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:volunteers', count(*) FROM volunteers WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'volunteers', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM volunteers);

CREATE TRIGGER volunteers_count_insert AFTER INSERT ON volunteers BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('volunteers', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:volunteers' AND NEW.deleted = 0;
END;

CREATE TRIGGER volunteers_count_update AFTER UPDATE ON volunteers
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('volunteers', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:volunteers' AND OLD.deleted IS NOT NEW.deleted;
END;

-- activity_items: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:activity_items', count(*) FROM change_log WHERE tbl = 'activity_items' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:activity_items', count(*) FROM activity_items WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'activity_items', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM activity_items);

CREATE TRIGGER activity_items_count_insert AFTER INSERT ON activity_items BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('activity_items', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:activity_items' AND NEW.deleted = 0;
END;

CREATE TRIGGER activity_items_count_update AFTER UPDATE ON activity_items
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('activity_items', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:activity_items' AND OLD.deleted IS NOT NEW.deleted;
END;

-- goods: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:goods', count(*) FROM change_log WHERE tbl = 'goods' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:goods', count(*) FROM goods WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'goods', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM goods);

CREATE TRIGGER goods_count_insert AFTER INSERT ON goods BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('goods', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:goods' AND NEW.deleted = 0;
END;

CREATE TRIGGER goods_count_update AFTER UPDATE ON goods
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('goods', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:goods' AND OLD.deleted IS NOT NEW.deleted;
END;

-- tasks: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:tasks', count(*) FROM change_log WHERE tbl = 'tasks' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:tasks', count(*) FROM tasks WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'tasks', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM tasks);

CREATE TRIGGER tasks_count_insert AFTER INSERT ON tasks BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('tasks', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:tasks' AND NEW.deleted = 0;
END;

CREATE TRIGGER tasks_count_update AFTER UPDATE ON tasks
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('tasks', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:tasks' AND OLD.deleted IS NOT NEW.deleted;
END;

-- task_takers: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:task_takers', count(*) FROM change_log WHERE tbl = 'task_takers' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:task_takers', count(*) FROM task_takers WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'task_takers', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM task_takers);

CREATE TRIGGER task_takers_count_insert AFTER INSERT ON task_takers BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('task_takers', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:task_takers' AND NEW.deleted = 0;
END;

CREATE TRIGGER task_takers_count_update AFTER UPDATE ON task_takers
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('task_takers', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:task_takers' AND OLD.deleted IS NOT NEW.deleted;
END;

-- service_hours: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:service_hours', count(*) FROM change_log WHERE tbl = 'service_hours' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:service_hours', count(*) FROM service_hours WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'service_hours', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM service_hours);

CREATE TRIGGER service_hours_count_insert AFTER INSERT ON service_hours BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('service_hours', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:service_hours' AND NEW.deleted = 0;
END;

CREATE TRIGGER service_hours_count_update AFTER UPDATE ON service_hours
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('service_hours', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:service_hours' AND OLD.deleted IS NOT NEW.deleted;
END;

-- points_ledger: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:points_ledger', count(*) FROM change_log WHERE tbl = 'points_ledger' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:points_ledger', count(*) FROM points_ledger WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'points_ledger', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM points_ledger);

CREATE TRIGGER points_ledger_count_insert AFTER INSERT ON points_ledger BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('points_ledger', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:points_ledger' AND NEW.deleted = 0;
END;

CREATE TRIGGER points_ledger_count_update AFTER UPDATE ON points_ledger
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('points_ledger', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:points_ledger' AND OLD.deleted IS NOT NEW.deleted;
END;

-- consultations: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:consultations', count(*) FROM change_log WHERE tbl = 'consultations' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:consultations', count(*) FROM consultations WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'consultations', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM consultations);

CREATE TRIGGER consultations_count_insert AFTER INSERT ON consultations BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('consultations', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:consultations' AND NEW.deleted = 0;
END;

CREATE TRIGGER consultations_count_update AFTER UPDATE ON consultations
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('consultations', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:consultations' AND OLD.deleted IS NOT NEW.deleted;
END;

-- households: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:households', count(*) FROM change_log WHERE tbl = 'households' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:households', count(*) FROM households WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'households', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM households);

CREATE TRIGGER households_count_insert AFTER INSERT ON households BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('households', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:households' AND NEW.deleted = 0;
END;

CREATE TRIGGER households_count_update AFTER UPDATE ON households
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('households', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:households' AND OLD.deleted IS NOT NEW.deleted;
END;

-- votes: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:votes', count(*) FROM change_log WHERE tbl = 'votes' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:votes', count(*) FROM votes WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'votes', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM votes);

CREATE TRIGGER votes_count_insert AFTER INSERT ON votes BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('votes', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:votes' AND NEW.deleted = 0;
END;

CREATE TRIGGER votes_count_update AFTER UPDATE ON votes
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('votes', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:votes' AND OLD.deleted IS NOT NEW.deleted;
END;

-- consultation_addenda: its pending and live counts and the rows its checksum must fold again
INSERT INTO counters (name, n) SELECT 'pending:consultation_addenda', count(*) FROM change_log WHERE tbl = 'consultation_addenda' AND seq > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'sync_uploaded_seq'), 0);

INSERT INTO counters (name, n) SELECT 'live:consultation_addenda', count(*) FROM consultation_addenda WHERE deleted = 0;

INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex)
SELECT 'consultation_addenda', 0, '0000000000000000', '0000000000000000' WHERE NOT EXISTS (SELECT 1 FROM consultation_addenda);

CREATE TRIGGER consultation_addenda_count_insert AFTER INSERT ON consultation_addenda BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('consultation_addenda', NEW.id, NULL, NULL);
  UPDATE counters SET n = n + 1 WHERE name = 'live:consultation_addenda' AND NEW.deleted = 0;
END;

CREATE TRIGGER consultation_addenda_count_update AFTER UPDATE ON consultation_addenda
WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES ('consultation_addenda', OLD.id, OLD.updated_hlc, OLD.deleted);
  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE name = 'live:consultation_addenda' AND OLD.deleted IS NOT NEW.deleted;
END;
