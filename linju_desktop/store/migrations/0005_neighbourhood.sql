-- 0005_neighbourhood: the neighbourhood's own record books (tasks and volunteers, hours
-- and points, consultations and votes), synced like the rest (protocol.tables), with
-- change capture from changelog.capture_ddl as it was when this was written. Frozen.

CREATE TABLE volunteers (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  kind TEXT,
  member_id TEXT,
  phone TEXT,
  building TEXT,
  unit TEXT,
  room TEXT,
  employer TEXT,
  consent_date TEXT,
  notes TEXT
);

CREATE TABLE activity_items (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  category TEXT,
  name TEXT,
  rule TEXT,
  points INTEGER,
  active INTEGER,
  sort INTEGER
);

CREATE TABLE goods (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  points INTEGER,
  stock INTEGER,
  active INTEGER,
  notes TEXT
);

CREATE TABLE tasks (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  number TEXT,
  kind TEXT,
  item_id TEXT,
  category TEXT,
  title TEXT,
  date TEXT,
  place TEXT,
  places INTEGER,
  source TEXT,
  request_id TEXT,
  meeting_id TEXT,
  resident TEXT,
  resident_address TEXT,
  rule TEXT,
  points INTEGER,
  state TEXT,
  result TEXT,
  rating TEXT,
  rating_note TEXT,
  published_at TEXT,
  done_at TEXT,
  rated_at TEXT,
  cancel_note TEXT
);

CREATE TABLE task_takers (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  task_id TEXT,
  volunteer_id TEXT,
  taken_at TEXT
);

CREATE TABLE service_hours (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  task_id TEXT,
  volunteer_id TEXT,
  day TEXT,
  minutes INTEGER,
  recorded_by TEXT
);

CREATE TABLE points_ledger (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  volunteer_id TEXT,
  kind TEXT,
  goods_id TEXT,
  quantity INTEGER,
  points INTEGER,
  reverses_id TEXT,
  date TEXT,
  recorded_by TEXT,
  note TEXT
);

CREATE TABLE consultations (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  title TEXT,
  matter TEXT,
  building TEXT,
  unit TEXT,
  meeting_ids TEXT,
  opened_date TEXT,
  status TEXT,
  outcome TEXT,
  outcome_date TEXT,
  carried_out_date TEXT,
  total_fen INTEGER,
  coefficients TEXT,
  by_area INTEGER,
  closed_at TEXT,
  notes TEXT
);

CREATE TABLE households (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  consultation_id TEXT,
  room TEXT,
  owner TEXT,
  floor INTEGER,
  area INTEGER
);

CREATE TABLE votes (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  consultation_id TEXT,
  household_id TEXT,
  choice TEXT,
  recorded_by TEXT,
  recorded_at TEXT
);

CREATE TABLE consultation_addenda (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  consultation_id TEXT,
  text TEXT,
  author TEXT,
  written_at TEXT
);

CREATE INDEX idx_volunteers_member_id ON volunteers (member_id);

CREATE INDEX idx_tasks_state_date ON tasks (state, date);

CREATE INDEX idx_tasks_date ON tasks (date);

CREATE INDEX idx_task_takers_task_id ON task_takers (task_id);

CREATE INDEX idx_task_takers_volunteer_id ON task_takers (volunteer_id);

CREATE INDEX idx_service_hours_volunteer_id_day ON service_hours (volunteer_id, day);

CREATE INDEX idx_service_hours_task_id ON service_hours (task_id);

CREATE INDEX idx_points_ledger_volunteer_id ON points_ledger (volunteer_id);

CREATE INDEX idx_points_ledger_goods_id ON points_ledger (goods_id);

CREATE INDEX idx_households_consultation_id ON households (consultation_id);

CREATE INDEX idx_votes_consultation_id ON votes (consultation_id);

CREATE INDEX idx_consultation_addenda_consultation_id ON consultation_addenda (consultation_id);

CREATE TRIGGER volunteers_no_delete BEFORE DELETE ON volunteers
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER volunteers_stamp_guard BEFORE UPDATE ON volunteers
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.member_id IS NOT NEW.member_id OR OLD.phone IS NOT NEW.phone OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.employer IS NOT NEW.employer OR OLD.consent_date IS NOT NEW.consent_date OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER volunteers_log_insert AFTER INSERT ON volunteers BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'volunteers', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('name', NEW.name, 'kind', NEW.kind, 'member_id', NEW.member_id, 'phone', NEW.phone, 'building', NEW.building, 'unit', NEW.unit, 'room', NEW.room, 'employer', NEW.employer, 'consent_date', NEW.consent_date, 'notes', NEW.notes, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER volunteers_log_update AFTER UPDATE ON volunteers
WHEN OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.member_id IS NOT NEW.member_id OR OLD.phone IS NOT NEW.phone OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.employer IS NOT NEW.employer OR OLD.consent_date IS NOT NEW.consent_date OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'volunteers', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, NEW.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'kind' AS k, NEW.kind AS v WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'member_id' AS k, NEW.member_id AS v WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT 'phone' AS k, NEW.phone AS v WHERE OLD.phone IS NOT NEW.phone UNION ALL SELECT 'building' AS k, NEW.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, NEW.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'room' AS k, NEW.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'employer' AS k, NEW.employer AS v WHERE OLD.employer IS NOT NEW.employer UNION ALL SELECT 'consent_date' AS k, NEW.consent_date AS v WHERE OLD.consent_date IS NOT NEW.consent_date UNION ALL SELECT 'notes' AS k, NEW.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, OLD.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'kind' AS k, OLD.kind AS v WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'member_id' AS k, OLD.member_id AS v WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT 'phone' AS k, OLD.phone AS v WHERE OLD.phone IS NOT NEW.phone UNION ALL SELECT 'building' AS k, OLD.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, OLD.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'room' AS k, OLD.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'employer' AS k, OLD.employer AS v WHERE OLD.employer IS NOT NEW.employer UNION ALL SELECT 'consent_date' AS k, OLD.consent_date AS v WHERE OLD.consent_date IS NOT NEW.consent_date UNION ALL SELECT 'notes' AS k, OLD.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER activity_items_no_delete BEFORE DELETE ON activity_items
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER activity_items_stamp_guard BEFORE UPDATE ON activity_items
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.category IS NOT NEW.category OR OLD.name IS NOT NEW.name OR OLD.rule IS NOT NEW.rule OR OLD.points IS NOT NEW.points OR OLD.active IS NOT NEW.active OR OLD.sort IS NOT NEW.sort OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER activity_items_log_insert AFTER INSERT ON activity_items BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'activity_items', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('category', NEW.category, 'name', NEW.name, 'rule', NEW.rule, 'points', NEW.points, 'active', NEW.active, 'sort', NEW.sort, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER activity_items_log_update AFTER UPDATE ON activity_items
WHEN OLD.category IS NOT NEW.category OR OLD.name IS NOT NEW.name OR OLD.rule IS NOT NEW.rule OR OLD.points IS NOT NEW.points OR OLD.active IS NOT NEW.active OR OLD.sort IS NOT NEW.sort OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'activity_items', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'category' AS k, NEW.category AS v WHERE OLD.category IS NOT NEW.category UNION ALL SELECT 'name' AS k, NEW.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'rule' AS k, NEW.rule AS v WHERE OLD.rule IS NOT NEW.rule UNION ALL SELECT 'points' AS k, NEW.points AS v WHERE OLD.points IS NOT NEW.points UNION ALL SELECT 'active' AS k, NEW.active AS v WHERE OLD.active IS NOT NEW.active UNION ALL SELECT 'sort' AS k, NEW.sort AS v WHERE OLD.sort IS NOT NEW.sort UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'category' AS k, OLD.category AS v WHERE OLD.category IS NOT NEW.category UNION ALL SELECT 'name' AS k, OLD.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'rule' AS k, OLD.rule AS v WHERE OLD.rule IS NOT NEW.rule UNION ALL SELECT 'points' AS k, OLD.points AS v WHERE OLD.points IS NOT NEW.points UNION ALL SELECT 'active' AS k, OLD.active AS v WHERE OLD.active IS NOT NEW.active UNION ALL SELECT 'sort' AS k, OLD.sort AS v WHERE OLD.sort IS NOT NEW.sort UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER goods_no_delete BEFORE DELETE ON goods
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER goods_stamp_guard BEFORE UPDATE ON goods
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.name IS NOT NEW.name OR OLD.points IS NOT NEW.points OR OLD.stock IS NOT NEW.stock OR OLD.active IS NOT NEW.active OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER goods_log_insert AFTER INSERT ON goods BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'goods', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('name', NEW.name, 'points', NEW.points, 'stock', NEW.stock, 'active', NEW.active, 'notes', NEW.notes, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER goods_log_update AFTER UPDATE ON goods
WHEN OLD.name IS NOT NEW.name OR OLD.points IS NOT NEW.points OR OLD.stock IS NOT NEW.stock OR OLD.active IS NOT NEW.active OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'goods', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, NEW.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'points' AS k, NEW.points AS v WHERE OLD.points IS NOT NEW.points UNION ALL SELECT 'stock' AS k, NEW.stock AS v WHERE OLD.stock IS NOT NEW.stock UNION ALL SELECT 'active' AS k, NEW.active AS v WHERE OLD.active IS NOT NEW.active UNION ALL SELECT 'notes' AS k, NEW.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, OLD.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'points' AS k, OLD.points AS v WHERE OLD.points IS NOT NEW.points UNION ALL SELECT 'stock' AS k, OLD.stock AS v WHERE OLD.stock IS NOT NEW.stock UNION ALL SELECT 'active' AS k, OLD.active AS v WHERE OLD.active IS NOT NEW.active UNION ALL SELECT 'notes' AS k, OLD.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER tasks_no_delete BEFORE DELETE ON tasks
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER tasks_stamp_guard BEFORE UPDATE ON tasks
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.number IS NOT NEW.number OR OLD.kind IS NOT NEW.kind OR OLD.item_id IS NOT NEW.item_id OR OLD.category IS NOT NEW.category OR OLD.title IS NOT NEW.title OR OLD.date IS NOT NEW.date OR OLD.place IS NOT NEW.place OR OLD.places IS NOT NEW.places OR OLD.source IS NOT NEW.source OR OLD.request_id IS NOT NEW.request_id OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.resident IS NOT NEW.resident OR OLD.resident_address IS NOT NEW.resident_address OR OLD.rule IS NOT NEW.rule OR OLD.points IS NOT NEW.points OR OLD.state IS NOT NEW.state OR OLD.result IS NOT NEW.result OR OLD.rating IS NOT NEW.rating OR OLD.rating_note IS NOT NEW.rating_note OR OLD.published_at IS NOT NEW.published_at OR OLD.done_at IS NOT NEW.done_at OR OLD.rated_at IS NOT NEW.rated_at OR OLD.cancel_note IS NOT NEW.cancel_note OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER tasks_log_insert AFTER INSERT ON tasks BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'tasks', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('number', NEW.number, 'kind', NEW.kind, 'item_id', NEW.item_id, 'category', NEW.category, 'title', NEW.title, 'date', NEW.date, 'place', NEW.place, 'places', NEW.places, 'source', NEW.source, 'request_id', NEW.request_id, 'meeting_id', NEW.meeting_id, 'resident', NEW.resident, 'resident_address', NEW.resident_address, 'rule', NEW.rule, 'points', NEW.points, 'state', NEW.state, 'result', NEW.result, 'rating', NEW.rating, 'rating_note', NEW.rating_note, 'published_at', NEW.published_at, 'done_at', NEW.done_at, 'rated_at', NEW.rated_at, 'cancel_note', NEW.cancel_note, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER tasks_log_update AFTER UPDATE ON tasks
WHEN OLD.number IS NOT NEW.number OR OLD.kind IS NOT NEW.kind OR OLD.item_id IS NOT NEW.item_id OR OLD.category IS NOT NEW.category OR OLD.title IS NOT NEW.title OR OLD.date IS NOT NEW.date OR OLD.place IS NOT NEW.place OR OLD.places IS NOT NEW.places OR OLD.source IS NOT NEW.source OR OLD.request_id IS NOT NEW.request_id OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.resident IS NOT NEW.resident OR OLD.resident_address IS NOT NEW.resident_address OR OLD.rule IS NOT NEW.rule OR OLD.points IS NOT NEW.points OR OLD.state IS NOT NEW.state OR OLD.result IS NOT NEW.result OR OLD.rating IS NOT NEW.rating OR OLD.rating_note IS NOT NEW.rating_note OR OLD.published_at IS NOT NEW.published_at OR OLD.done_at IS NOT NEW.done_at OR OLD.rated_at IS NOT NEW.rated_at OR OLD.cancel_note IS NOT NEW.cancel_note OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'tasks', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'number' AS k, NEW.number AS v WHERE OLD.number IS NOT NEW.number UNION ALL SELECT 'kind' AS k, NEW.kind AS v WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'item_id' AS k, NEW.item_id AS v WHERE OLD.item_id IS NOT NEW.item_id UNION ALL SELECT 'category' AS k, NEW.category AS v WHERE OLD.category IS NOT NEW.category UNION ALL SELECT 'title' AS k, NEW.title AS v WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'date' AS k, NEW.date AS v WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'place' AS k, NEW.place AS v WHERE OLD.place IS NOT NEW.place UNION ALL SELECT 'places' AS k, NEW.places AS v WHERE OLD.places IS NOT NEW.places UNION ALL SELECT 'source' AS k, NEW.source AS v WHERE OLD.source IS NOT NEW.source UNION ALL SELECT 'request_id' AS k, NEW.request_id AS v WHERE OLD.request_id IS NOT NEW.request_id UNION ALL SELECT 'meeting_id' AS k, NEW.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'resident' AS k, NEW.resident AS v WHERE OLD.resident IS NOT NEW.resident UNION ALL SELECT 'resident_address' AS k, NEW.resident_address AS v WHERE OLD.resident_address IS NOT NEW.resident_address UNION ALL SELECT 'rule' AS k, NEW.rule AS v WHERE OLD.rule IS NOT NEW.rule UNION ALL SELECT 'points' AS k, NEW.points AS v WHERE OLD.points IS NOT NEW.points UNION ALL SELECT 'state' AS k, NEW.state AS v WHERE OLD.state IS NOT NEW.state UNION ALL SELECT 'result' AS k, NEW.result AS v WHERE OLD.result IS NOT NEW.result UNION ALL SELECT 'rating' AS k, NEW.rating AS v WHERE OLD.rating IS NOT NEW.rating UNION ALL SELECT 'rating_note' AS k, NEW.rating_note AS v WHERE OLD.rating_note IS NOT NEW.rating_note UNION ALL SELECT 'published_at' AS k, NEW.published_at AS v WHERE OLD.published_at IS NOT NEW.published_at UNION ALL SELECT 'done_at' AS k, NEW.done_at AS v WHERE OLD.done_at IS NOT NEW.done_at UNION ALL SELECT 'rated_at' AS k, NEW.rated_at AS v WHERE OLD.rated_at IS NOT NEW.rated_at UNION ALL SELECT 'cancel_note' AS k, NEW.cancel_note AS v WHERE OLD.cancel_note IS NOT NEW.cancel_note UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'number' AS k, OLD.number AS v WHERE OLD.number IS NOT NEW.number UNION ALL SELECT 'kind' AS k, OLD.kind AS v WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'item_id' AS k, OLD.item_id AS v WHERE OLD.item_id IS NOT NEW.item_id UNION ALL SELECT 'category' AS k, OLD.category AS v WHERE OLD.category IS NOT NEW.category UNION ALL SELECT 'title' AS k, OLD.title AS v WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'date' AS k, OLD.date AS v WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'place' AS k, OLD.place AS v WHERE OLD.place IS NOT NEW.place UNION ALL SELECT 'places' AS k, OLD.places AS v WHERE OLD.places IS NOT NEW.places UNION ALL SELECT 'source' AS k, OLD.source AS v WHERE OLD.source IS NOT NEW.source UNION ALL SELECT 'request_id' AS k, OLD.request_id AS v WHERE OLD.request_id IS NOT NEW.request_id UNION ALL SELECT 'meeting_id' AS k, OLD.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'resident' AS k, OLD.resident AS v WHERE OLD.resident IS NOT NEW.resident UNION ALL SELECT 'resident_address' AS k, OLD.resident_address AS v WHERE OLD.resident_address IS NOT NEW.resident_address UNION ALL SELECT 'rule' AS k, OLD.rule AS v WHERE OLD.rule IS NOT NEW.rule UNION ALL SELECT 'points' AS k, OLD.points AS v WHERE OLD.points IS NOT NEW.points UNION ALL SELECT 'state' AS k, OLD.state AS v WHERE OLD.state IS NOT NEW.state UNION ALL SELECT 'result' AS k, OLD.result AS v WHERE OLD.result IS NOT NEW.result UNION ALL SELECT 'rating' AS k, OLD.rating AS v WHERE OLD.rating IS NOT NEW.rating UNION ALL SELECT 'rating_note' AS k, OLD.rating_note AS v WHERE OLD.rating_note IS NOT NEW.rating_note UNION ALL SELECT 'published_at' AS k, OLD.published_at AS v WHERE OLD.published_at IS NOT NEW.published_at UNION ALL SELECT 'done_at' AS k, OLD.done_at AS v WHERE OLD.done_at IS NOT NEW.done_at UNION ALL SELECT 'rated_at' AS k, OLD.rated_at AS v WHERE OLD.rated_at IS NOT NEW.rated_at UNION ALL SELECT 'cancel_note' AS k, OLD.cancel_note AS v WHERE OLD.cancel_note IS NOT NEW.cancel_note UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER task_takers_no_delete BEFORE DELETE ON task_takers
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER task_takers_stamp_guard BEFORE UPDATE ON task_takers
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.task_id IS NOT NEW.task_id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.taken_at IS NOT NEW.taken_at OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER task_takers_log_insert AFTER INSERT ON task_takers BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'task_takers', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('task_id', NEW.task_id, 'volunteer_id', NEW.volunteer_id, 'taken_at', NEW.taken_at, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER task_takers_log_update AFTER UPDATE ON task_takers
WHEN OLD.task_id IS NOT NEW.task_id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.taken_at IS NOT NEW.taken_at OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'task_takers', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'task_id' AS k, NEW.task_id AS v WHERE OLD.task_id IS NOT NEW.task_id UNION ALL SELECT 'volunteer_id' AS k, NEW.volunteer_id AS v WHERE OLD.volunteer_id IS NOT NEW.volunteer_id UNION ALL SELECT 'taken_at' AS k, NEW.taken_at AS v WHERE OLD.taken_at IS NOT NEW.taken_at UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'task_id' AS k, OLD.task_id AS v WHERE OLD.task_id IS NOT NEW.task_id UNION ALL SELECT 'volunteer_id' AS k, OLD.volunteer_id AS v WHERE OLD.volunteer_id IS NOT NEW.volunteer_id UNION ALL SELECT 'taken_at' AS k, OLD.taken_at AS v WHERE OLD.taken_at IS NOT NEW.taken_at UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER service_hours_no_delete BEFORE DELETE ON service_hours
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER service_hours_stamp_guard BEFORE UPDATE ON service_hours
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.task_id IS NOT NEW.task_id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.day IS NOT NEW.day OR OLD.minutes IS NOT NEW.minutes OR OLD.recorded_by IS NOT NEW.recorded_by OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER service_hours_log_insert AFTER INSERT ON service_hours BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'service_hours', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('task_id', NEW.task_id, 'volunteer_id', NEW.volunteer_id, 'day', NEW.day, 'minutes', NEW.minutes, 'recorded_by', NEW.recorded_by, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER service_hours_log_update AFTER UPDATE ON service_hours
WHEN OLD.task_id IS NOT NEW.task_id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.day IS NOT NEW.day OR OLD.minutes IS NOT NEW.minutes OR OLD.recorded_by IS NOT NEW.recorded_by OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'service_hours', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'task_id' AS k, NEW.task_id AS v WHERE OLD.task_id IS NOT NEW.task_id UNION ALL SELECT 'volunteer_id' AS k, NEW.volunteer_id AS v WHERE OLD.volunteer_id IS NOT NEW.volunteer_id UNION ALL SELECT 'day' AS k, NEW.day AS v WHERE OLD.day IS NOT NEW.day UNION ALL SELECT 'minutes' AS k, NEW.minutes AS v WHERE OLD.minutes IS NOT NEW.minutes UNION ALL SELECT 'recorded_by' AS k, NEW.recorded_by AS v WHERE OLD.recorded_by IS NOT NEW.recorded_by UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'task_id' AS k, OLD.task_id AS v WHERE OLD.task_id IS NOT NEW.task_id UNION ALL SELECT 'volunteer_id' AS k, OLD.volunteer_id AS v WHERE OLD.volunteer_id IS NOT NEW.volunteer_id UNION ALL SELECT 'day' AS k, OLD.day AS v WHERE OLD.day IS NOT NEW.day UNION ALL SELECT 'minutes' AS k, OLD.minutes AS v WHERE OLD.minutes IS NOT NEW.minutes UNION ALL SELECT 'recorded_by' AS k, OLD.recorded_by AS v WHERE OLD.recorded_by IS NOT NEW.recorded_by UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER points_ledger_no_delete BEFORE DELETE ON points_ledger
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER points_ledger_stamp_guard BEFORE UPDATE ON points_ledger
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.kind IS NOT NEW.kind OR OLD.goods_id IS NOT NEW.goods_id OR OLD.quantity IS NOT NEW.quantity OR OLD.points IS NOT NEW.points OR OLD.reverses_id IS NOT NEW.reverses_id OR OLD.date IS NOT NEW.date OR OLD.recorded_by IS NOT NEW.recorded_by OR OLD.note IS NOT NEW.note OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER points_ledger_log_insert AFTER INSERT ON points_ledger BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'points_ledger', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('volunteer_id', NEW.volunteer_id, 'kind', NEW.kind, 'goods_id', NEW.goods_id, 'quantity', NEW.quantity, 'points', NEW.points, 'reverses_id', NEW.reverses_id, 'date', NEW.date, 'recorded_by', NEW.recorded_by, 'note', NEW.note, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER points_ledger_log_update AFTER UPDATE ON points_ledger
WHEN OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.kind IS NOT NEW.kind OR OLD.goods_id IS NOT NEW.goods_id OR OLD.quantity IS NOT NEW.quantity OR OLD.points IS NOT NEW.points OR OLD.reverses_id IS NOT NEW.reverses_id OR OLD.date IS NOT NEW.date OR OLD.recorded_by IS NOT NEW.recorded_by OR OLD.note IS NOT NEW.note OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'points_ledger', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'volunteer_id' AS k, NEW.volunteer_id AS v WHERE OLD.volunteer_id IS NOT NEW.volunteer_id UNION ALL SELECT 'kind' AS k, NEW.kind AS v WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'goods_id' AS k, NEW.goods_id AS v WHERE OLD.goods_id IS NOT NEW.goods_id UNION ALL SELECT 'quantity' AS k, NEW.quantity AS v WHERE OLD.quantity IS NOT NEW.quantity UNION ALL SELECT 'points' AS k, NEW.points AS v WHERE OLD.points IS NOT NEW.points UNION ALL SELECT 'reverses_id' AS k, NEW.reverses_id AS v WHERE OLD.reverses_id IS NOT NEW.reverses_id UNION ALL SELECT 'date' AS k, NEW.date AS v WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'recorded_by' AS k, NEW.recorded_by AS v WHERE OLD.recorded_by IS NOT NEW.recorded_by UNION ALL SELECT 'note' AS k, NEW.note AS v WHERE OLD.note IS NOT NEW.note UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'volunteer_id' AS k, OLD.volunteer_id AS v WHERE OLD.volunteer_id IS NOT NEW.volunteer_id UNION ALL SELECT 'kind' AS k, OLD.kind AS v WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'goods_id' AS k, OLD.goods_id AS v WHERE OLD.goods_id IS NOT NEW.goods_id UNION ALL SELECT 'quantity' AS k, OLD.quantity AS v WHERE OLD.quantity IS NOT NEW.quantity UNION ALL SELECT 'points' AS k, OLD.points AS v WHERE OLD.points IS NOT NEW.points UNION ALL SELECT 'reverses_id' AS k, OLD.reverses_id AS v WHERE OLD.reverses_id IS NOT NEW.reverses_id UNION ALL SELECT 'date' AS k, OLD.date AS v WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'recorded_by' AS k, OLD.recorded_by AS v WHERE OLD.recorded_by IS NOT NEW.recorded_by UNION ALL SELECT 'note' AS k, OLD.note AS v WHERE OLD.note IS NOT NEW.note UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER consultations_stamp_guard BEFORE UPDATE ON consultations
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.title IS NOT NEW.title OR OLD.matter IS NOT NEW.matter OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.meeting_ids IS NOT NEW.meeting_ids OR OLD.opened_date IS NOT NEW.opened_date OR OLD.status IS NOT NEW.status OR OLD.outcome IS NOT NEW.outcome OR OLD.outcome_date IS NOT NEW.outcome_date OR OLD.carried_out_date IS NOT NEW.carried_out_date OR OLD.total_fen IS NOT NEW.total_fen OR OLD.coefficients IS NOT NEW.coefficients OR OLD.by_area IS NOT NEW.by_area OR OLD.closed_at IS NOT NEW.closed_at OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER consultations_log_insert AFTER INSERT ON consultations BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'consultations', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('title', NEW.title, 'matter', NEW.matter, 'building', NEW.building, 'unit', NEW.unit, 'meeting_ids', NEW.meeting_ids, 'opened_date', NEW.opened_date, 'status', NEW.status, 'outcome', NEW.outcome, 'outcome_date', NEW.outcome_date, 'carried_out_date', NEW.carried_out_date, 'total_fen', NEW.total_fen, 'coefficients', NEW.coefficients, 'by_area', NEW.by_area, 'closed_at', NEW.closed_at, 'notes', NEW.notes, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER consultations_log_update AFTER UPDATE ON consultations
WHEN OLD.title IS NOT NEW.title OR OLD.matter IS NOT NEW.matter OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.meeting_ids IS NOT NEW.meeting_ids OR OLD.opened_date IS NOT NEW.opened_date OR OLD.status IS NOT NEW.status OR OLD.outcome IS NOT NEW.outcome OR OLD.outcome_date IS NOT NEW.outcome_date OR OLD.carried_out_date IS NOT NEW.carried_out_date OR OLD.total_fen IS NOT NEW.total_fen OR OLD.coefficients IS NOT NEW.coefficients OR OLD.by_area IS NOT NEW.by_area OR OLD.closed_at IS NOT NEW.closed_at OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'consultations', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'title' AS k, NEW.title AS v WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'matter' AS k, NEW.matter AS v WHERE OLD.matter IS NOT NEW.matter UNION ALL SELECT 'building' AS k, NEW.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, NEW.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'meeting_ids' AS k, NEW.meeting_ids AS v WHERE OLD.meeting_ids IS NOT NEW.meeting_ids UNION ALL SELECT 'opened_date' AS k, NEW.opened_date AS v WHERE OLD.opened_date IS NOT NEW.opened_date UNION ALL SELECT 'status' AS k, NEW.status AS v WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'outcome' AS k, NEW.outcome AS v WHERE OLD.outcome IS NOT NEW.outcome UNION ALL SELECT 'outcome_date' AS k, NEW.outcome_date AS v WHERE OLD.outcome_date IS NOT NEW.outcome_date UNION ALL SELECT 'carried_out_date' AS k, NEW.carried_out_date AS v WHERE OLD.carried_out_date IS NOT NEW.carried_out_date UNION ALL SELECT 'total_fen' AS k, NEW.total_fen AS v WHERE OLD.total_fen IS NOT NEW.total_fen UNION ALL SELECT 'coefficients' AS k, NEW.coefficients AS v WHERE OLD.coefficients IS NOT NEW.coefficients UNION ALL SELECT 'by_area' AS k, NEW.by_area AS v WHERE OLD.by_area IS NOT NEW.by_area UNION ALL SELECT 'closed_at' AS k, NEW.closed_at AS v WHERE OLD.closed_at IS NOT NEW.closed_at UNION ALL SELECT 'notes' AS k, NEW.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'title' AS k, OLD.title AS v WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'matter' AS k, OLD.matter AS v WHERE OLD.matter IS NOT NEW.matter UNION ALL SELECT 'building' AS k, OLD.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, OLD.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'meeting_ids' AS k, OLD.meeting_ids AS v WHERE OLD.meeting_ids IS NOT NEW.meeting_ids UNION ALL SELECT 'opened_date' AS k, OLD.opened_date AS v WHERE OLD.opened_date IS NOT NEW.opened_date UNION ALL SELECT 'status' AS k, OLD.status AS v WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'outcome' AS k, OLD.outcome AS v WHERE OLD.outcome IS NOT NEW.outcome UNION ALL SELECT 'outcome_date' AS k, OLD.outcome_date AS v WHERE OLD.outcome_date IS NOT NEW.outcome_date UNION ALL SELECT 'carried_out_date' AS k, OLD.carried_out_date AS v WHERE OLD.carried_out_date IS NOT NEW.carried_out_date UNION ALL SELECT 'total_fen' AS k, OLD.total_fen AS v WHERE OLD.total_fen IS NOT NEW.total_fen UNION ALL SELECT 'coefficients' AS k, OLD.coefficients AS v WHERE OLD.coefficients IS NOT NEW.coefficients UNION ALL SELECT 'by_area' AS k, OLD.by_area AS v WHERE OLD.by_area IS NOT NEW.by_area UNION ALL SELECT 'closed_at' AS k, OLD.closed_at AS v WHERE OLD.closed_at IS NOT NEW.closed_at UNION ALL SELECT 'notes' AS k, OLD.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER households_no_delete BEFORE DELETE ON households
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER households_stamp_guard BEFORE UPDATE ON households
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.consultation_id IS NOT NEW.consultation_id OR OLD.room IS NOT NEW.room OR OLD.owner IS NOT NEW.owner OR OLD.floor IS NOT NEW.floor OR OLD.area IS NOT NEW.area OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER households_log_insert AFTER INSERT ON households BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'households', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('consultation_id', NEW.consultation_id, 'room', NEW.room, 'owner', NEW.owner, 'floor', NEW.floor, 'area', NEW.area, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER households_log_update AFTER UPDATE ON households
WHEN OLD.consultation_id IS NOT NEW.consultation_id OR OLD.room IS NOT NEW.room OR OLD.owner IS NOT NEW.owner OR OLD.floor IS NOT NEW.floor OR OLD.area IS NOT NEW.area OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'households', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'consultation_id' AS k, NEW.consultation_id AS v WHERE OLD.consultation_id IS NOT NEW.consultation_id UNION ALL SELECT 'room' AS k, NEW.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'owner' AS k, NEW.owner AS v WHERE OLD.owner IS NOT NEW.owner UNION ALL SELECT 'floor' AS k, NEW.floor AS v WHERE OLD.floor IS NOT NEW.floor UNION ALL SELECT 'area' AS k, NEW.area AS v WHERE OLD.area IS NOT NEW.area UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'consultation_id' AS k, OLD.consultation_id AS v WHERE OLD.consultation_id IS NOT NEW.consultation_id UNION ALL SELECT 'room' AS k, OLD.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'owner' AS k, OLD.owner AS v WHERE OLD.owner IS NOT NEW.owner UNION ALL SELECT 'floor' AS k, OLD.floor AS v WHERE OLD.floor IS NOT NEW.floor UNION ALL SELECT 'area' AS k, OLD.area AS v WHERE OLD.area IS NOT NEW.area UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER votes_no_delete BEFORE DELETE ON votes
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER votes_stamp_guard BEFORE UPDATE ON votes
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.consultation_id IS NOT NEW.consultation_id OR OLD.household_id IS NOT NEW.household_id OR OLD.choice IS NOT NEW.choice OR OLD.recorded_by IS NOT NEW.recorded_by OR OLD.recorded_at IS NOT NEW.recorded_at OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER votes_log_insert AFTER INSERT ON votes BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'votes', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('consultation_id', NEW.consultation_id, 'household_id', NEW.household_id, 'choice', NEW.choice, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER votes_log_update AFTER UPDATE ON votes
WHEN OLD.consultation_id IS NOT NEW.consultation_id OR OLD.household_id IS NOT NEW.household_id OR OLD.choice IS NOT NEW.choice OR OLD.recorded_by IS NOT NEW.recorded_by OR OLD.recorded_at IS NOT NEW.recorded_at OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'votes', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'consultation_id' AS k, NEW.consultation_id AS v WHERE OLD.consultation_id IS NOT NEW.consultation_id UNION ALL SELECT 'household_id' AS k, NEW.household_id AS v WHERE OLD.household_id IS NOT NEW.household_id UNION ALL SELECT 'choice' AS k, NEW.choice AS v WHERE OLD.choice IS NOT NEW.choice UNION ALL SELECT 'recorded_by' AS k, NEW.recorded_by AS v WHERE OLD.recorded_by IS NOT NEW.recorded_by UNION ALL SELECT 'recorded_at' AS k, NEW.recorded_at AS v WHERE OLD.recorded_at IS NOT NEW.recorded_at UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'consultation_id' AS k, OLD.consultation_id AS v WHERE OLD.consultation_id IS NOT NEW.consultation_id UNION ALL SELECT 'household_id' AS k, OLD.household_id AS v WHERE OLD.household_id IS NOT NEW.household_id UNION ALL SELECT 'choice' AS k, OLD.choice AS v WHERE OLD.choice IS NOT NEW.choice UNION ALL SELECT 'recorded_by' AS k, OLD.recorded_by AS v WHERE OLD.recorded_by IS NOT NEW.recorded_by UNION ALL SELECT 'recorded_at' AS k, OLD.recorded_at AS v WHERE OLD.recorded_at IS NOT NEW.recorded_at UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TRIGGER consultation_addenda_no_delete BEFORE DELETE ON consultation_addenda
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER consultation_addenda_stamp_guard BEFORE UPDATE ON consultation_addenda
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.consultation_id IS NOT NEW.consultation_id OR OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author OR OLD.written_at IS NOT NEW.written_at OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER consultation_addenda_log_insert AFTER INSERT ON consultation_addenda BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'consultation_addenda', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('consultation_id', NEW.consultation_id, 'text', NEW.text, 'author', NEW.author, 'written_at', NEW.written_at, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER consultation_addenda_log_update AFTER UPDATE ON consultation_addenda
WHEN OLD.consultation_id IS NOT NEW.consultation_id OR OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author OR OLD.written_at IS NOT NEW.written_at OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'consultation_addenda', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'consultation_id' AS k, NEW.consultation_id AS v WHERE OLD.consultation_id IS NOT NEW.consultation_id UNION ALL SELECT 'text' AS k, NEW.text AS v WHERE OLD.text IS NOT NEW.text UNION ALL SELECT 'author' AS k, NEW.author AS v WHERE OLD.author IS NOT NEW.author UNION ALL SELECT 'written_at' AS k, NEW.written_at AS v WHERE OLD.written_at IS NOT NEW.written_at UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'consultation_id' AS k, OLD.consultation_id AS v WHERE OLD.consultation_id IS NOT NEW.consultation_id UNION ALL SELECT 'text' AS k, OLD.text AS v WHERE OLD.text IS NOT NEW.text UNION ALL SELECT 'author' AS k, OLD.author AS v WHERE OLD.author IS NOT NEW.author UNION ALL SELECT 'written_at' AS k, OLD.written_at AS v WHERE OLD.written_at IS NOT NEW.written_at UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;
