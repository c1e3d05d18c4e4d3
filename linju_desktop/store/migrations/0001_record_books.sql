-- Version 1: the record books (synced tables with their change capture,
-- indexes and guards), meta, settings and the change log.
-- Frozen when released: never edit this file; a change is a new migration.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  hlc TEXT NOT NULL,
  prev_hlc TEXT,
  changes TEXT NOT NULL,
  previous TEXT
);

CREATE TABLE branch (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  compounds TEXT,
  community TEXT,
  street TEXT,
  district TEXT
);

-- Each synced table: its columns, then the triggers that capture its changes
-- (changelog.py explains the change log).
CREATE TRIGGER branch_no_delete BEFORE DELETE ON branch
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER branch_stamp_guard BEFORE UPDATE ON branch
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.name IS NOT NEW.name OR OLD.compounds IS NOT NEW.compounds OR OLD.community IS NOT NEW.community OR OLD.street IS NOT NEW.street OR OLD.district IS NOT NEW.district OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER branch_log_insert AFTER INSERT ON branch BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'branch', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('name', NEW.name, 'compounds', NEW.compounds, 'community', NEW.community, 'street', NEW.street, 'district', NEW.district, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER branch_log_update AFTER UPDATE ON branch
WHEN OLD.name IS NOT NEW.name OR OLD.compounds IS NOT NEW.compounds OR OLD.community IS NOT NEW.community OR OLD.street IS NOT NEW.street OR OLD.district IS NOT NEW.district OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'branch', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, NEW.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'compounds' AS k, NEW.compounds AS v WHERE OLD.compounds IS NOT NEW.compounds UNION ALL SELECT 'community' AS k, NEW.community AS v WHERE OLD.community IS NOT NEW.community UNION ALL SELECT 'street' AS k, NEW.street AS v WHERE OLD.street IS NOT NEW.street UNION ALL SELECT 'district' AS k, NEW.district AS v WHERE OLD.district IS NOT NEW.district UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, OLD.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'compounds' AS k, OLD.compounds AS v WHERE OLD.compounds IS NOT NEW.compounds UNION ALL SELECT 'community' AS k, OLD.community AS v WHERE OLD.community IS NOT NEW.community UNION ALL SELECT 'street' AS k, OLD.street AS v WHERE OLD.street IS NOT NEW.street UNION ALL SELECT 'district' AS k, OLD.district AS v WHERE OLD.district IS NOT NEW.district UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE party_groups (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  leader_id TEXT,
  buildings TEXT,
  notes TEXT
);

CREATE TRIGGER party_groups_no_delete BEFORE DELETE ON party_groups
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER party_groups_stamp_guard BEFORE UPDATE ON party_groups
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.name IS NOT NEW.name OR OLD.leader_id IS NOT NEW.leader_id OR OLD.buildings IS NOT NEW.buildings OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER party_groups_log_insert AFTER INSERT ON party_groups BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'party_groups', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('name', NEW.name, 'leader_id', NEW.leader_id, 'buildings', NEW.buildings, 'notes', NEW.notes, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER party_groups_log_update AFTER UPDATE ON party_groups
WHEN OLD.name IS NOT NEW.name OR OLD.leader_id IS NOT NEW.leader_id OR OLD.buildings IS NOT NEW.buildings OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'party_groups', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, NEW.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'leader_id' AS k, NEW.leader_id AS v WHERE OLD.leader_id IS NOT NEW.leader_id UNION ALL SELECT 'buildings' AS k, NEW.buildings AS v WHERE OLD.buildings IS NOT NEW.buildings UNION ALL SELECT 'notes' AS k, NEW.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, OLD.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'leader_id' AS k, OLD.leader_id AS v WHERE OLD.leader_id IS NOT NEW.leader_id UNION ALL SELECT 'buildings' AS k, OLD.buildings AS v WHERE OLD.buildings IS NOT NEW.buildings UNION ALL SELECT 'notes' AS k, OLD.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE members (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  name_initials TEXT,
  gender TEXT,
  ethnicity TEXT,
  birth_date TEXT,
  id_number TEXT,
  mobile TEXT,
  education TEXT,
  joined_date TEXT,
  full_date TEXT,
  member_kind TEXT,
  committee_role TEXT,
  probation_extended_months INTEGER,
  person_kind TEXT,
  party_group_id TEXT,
  building TEXT,
  unit TEXT,
  room TEXT,
  is_centre_household INTEGER,
  is_reporting INTEGER,
  reporting_employer TEXT,
  mobility TEXT,
  mobile_destination TEXT,
  status TEXT,
  left_date TEXT,
  left_reason TEXT,
  notes TEXT
);

CREATE TRIGGER members_no_delete BEFORE DELETE ON members
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER members_stamp_guard BEFORE UPDATE ON members
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.name IS NOT NEW.name OR OLD.name_initials IS NOT NEW.name_initials OR OLD.gender IS NOT NEW.gender OR OLD.ethnicity IS NOT NEW.ethnicity OR OLD.birth_date IS NOT NEW.birth_date OR OLD.id_number IS NOT NEW.id_number OR OLD.mobile IS NOT NEW.mobile OR OLD.education IS NOT NEW.education OR OLD.joined_date IS NOT NEW.joined_date OR OLD.full_date IS NOT NEW.full_date OR OLD.member_kind IS NOT NEW.member_kind OR OLD.committee_role IS NOT NEW.committee_role OR OLD.probation_extended_months IS NOT NEW.probation_extended_months OR OLD.person_kind IS NOT NEW.person_kind OR OLD.party_group_id IS NOT NEW.party_group_id OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.is_centre_household IS NOT NEW.is_centre_household OR OLD.is_reporting IS NOT NEW.is_reporting OR OLD.reporting_employer IS NOT NEW.reporting_employer OR OLD.mobility IS NOT NEW.mobility OR OLD.mobile_destination IS NOT NEW.mobile_destination OR OLD.status IS NOT NEW.status OR OLD.left_date IS NOT NEW.left_date OR OLD.left_reason IS NOT NEW.left_reason OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER members_log_insert AFTER INSERT ON members BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'members', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('name', NEW.name, 'name_initials', NEW.name_initials, 'gender', NEW.gender, 'ethnicity', NEW.ethnicity, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'mobile', NEW.mobile, 'education', NEW.education, 'joined_date', NEW.joined_date, 'full_date', NEW.full_date, 'member_kind', NEW.member_kind, 'committee_role', NEW.committee_role, 'probation_extended_months', NEW.probation_extended_months, 'person_kind', NEW.person_kind, 'party_group_id', NEW.party_group_id, 'building', NEW.building, 'unit', NEW.unit, 'room', NEW.room, 'is_centre_household', NEW.is_centre_household, 'is_reporting', NEW.is_reporting, 'reporting_employer', NEW.reporting_employer, 'mobility', NEW.mobility, 'mobile_destination', NEW.mobile_destination, 'status', NEW.status, 'left_date', NEW.left_date, 'left_reason', NEW.left_reason, 'notes', NEW.notes, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER members_log_update AFTER UPDATE ON members
WHEN OLD.name IS NOT NEW.name OR OLD.name_initials IS NOT NEW.name_initials OR OLD.gender IS NOT NEW.gender OR OLD.ethnicity IS NOT NEW.ethnicity OR OLD.birth_date IS NOT NEW.birth_date OR OLD.id_number IS NOT NEW.id_number OR OLD.mobile IS NOT NEW.mobile OR OLD.education IS NOT NEW.education OR OLD.joined_date IS NOT NEW.joined_date OR OLD.full_date IS NOT NEW.full_date OR OLD.member_kind IS NOT NEW.member_kind OR OLD.committee_role IS NOT NEW.committee_role OR OLD.probation_extended_months IS NOT NEW.probation_extended_months OR OLD.person_kind IS NOT NEW.person_kind OR OLD.party_group_id IS NOT NEW.party_group_id OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.is_centre_household IS NOT NEW.is_centre_household OR OLD.is_reporting IS NOT NEW.is_reporting OR OLD.reporting_employer IS NOT NEW.reporting_employer OR OLD.mobility IS NOT NEW.mobility OR OLD.mobile_destination IS NOT NEW.mobile_destination OR OLD.status IS NOT NEW.status OR OLD.left_date IS NOT NEW.left_date OR OLD.left_reason IS NOT NEW.left_reason OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'members', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, NEW.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'name_initials' AS k, NEW.name_initials AS v WHERE OLD.name_initials IS NOT NEW.name_initials UNION ALL SELECT 'gender' AS k, NEW.gender AS v WHERE OLD.gender IS NOT NEW.gender UNION ALL SELECT 'ethnicity' AS k, NEW.ethnicity AS v WHERE OLD.ethnicity IS NOT NEW.ethnicity UNION ALL SELECT 'birth_date' AS k, NEW.birth_date AS v WHERE OLD.birth_date IS NOT NEW.birth_date UNION ALL SELECT 'id_number' AS k, NEW.id_number AS v WHERE OLD.id_number IS NOT NEW.id_number UNION ALL SELECT 'mobile' AS k, NEW.mobile AS v WHERE OLD.mobile IS NOT NEW.mobile UNION ALL SELECT 'education' AS k, NEW.education AS v WHERE OLD.education IS NOT NEW.education UNION ALL SELECT 'joined_date' AS k, NEW.joined_date AS v WHERE OLD.joined_date IS NOT NEW.joined_date UNION ALL SELECT 'full_date' AS k, NEW.full_date AS v WHERE OLD.full_date IS NOT NEW.full_date UNION ALL SELECT 'member_kind' AS k, NEW.member_kind AS v WHERE OLD.member_kind IS NOT NEW.member_kind UNION ALL SELECT 'committee_role' AS k, NEW.committee_role AS v WHERE OLD.committee_role IS NOT NEW.committee_role UNION ALL SELECT 'probation_extended_months' AS k, NEW.probation_extended_months AS v WHERE OLD.probation_extended_months IS NOT NEW.probation_extended_months UNION ALL SELECT 'person_kind' AS k, NEW.person_kind AS v WHERE OLD.person_kind IS NOT NEW.person_kind UNION ALL SELECT 'party_group_id' AS k, NEW.party_group_id AS v WHERE OLD.party_group_id IS NOT NEW.party_group_id UNION ALL SELECT 'building' AS k, NEW.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, NEW.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'room' AS k, NEW.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'is_centre_household' AS k, NEW.is_centre_household AS v WHERE OLD.is_centre_household IS NOT NEW.is_centre_household UNION ALL SELECT 'is_reporting' AS k, NEW.is_reporting AS v WHERE OLD.is_reporting IS NOT NEW.is_reporting UNION ALL SELECT 'reporting_employer' AS k, NEW.reporting_employer AS v WHERE OLD.reporting_employer IS NOT NEW.reporting_employer UNION ALL SELECT 'mobility' AS k, NEW.mobility AS v WHERE OLD.mobility IS NOT NEW.mobility UNION ALL SELECT 'mobile_destination' AS k, NEW.mobile_destination AS v WHERE OLD.mobile_destination IS NOT NEW.mobile_destination UNION ALL SELECT 'status' AS k, NEW.status AS v WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'left_date' AS k, NEW.left_date AS v WHERE OLD.left_date IS NOT NEW.left_date UNION ALL SELECT 'left_reason' AS k, NEW.left_reason AS v WHERE OLD.left_reason IS NOT NEW.left_reason UNION ALL SELECT 'notes' AS k, NEW.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, OLD.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'name_initials' AS k, OLD.name_initials AS v WHERE OLD.name_initials IS NOT NEW.name_initials UNION ALL SELECT 'gender' AS k, OLD.gender AS v WHERE OLD.gender IS NOT NEW.gender UNION ALL SELECT 'ethnicity' AS k, OLD.ethnicity AS v WHERE OLD.ethnicity IS NOT NEW.ethnicity UNION ALL SELECT 'birth_date' AS k, OLD.birth_date AS v WHERE OLD.birth_date IS NOT NEW.birth_date UNION ALL SELECT 'id_number' AS k, OLD.id_number AS v WHERE OLD.id_number IS NOT NEW.id_number UNION ALL SELECT 'mobile' AS k, OLD.mobile AS v WHERE OLD.mobile IS NOT NEW.mobile UNION ALL SELECT 'education' AS k, OLD.education AS v WHERE OLD.education IS NOT NEW.education UNION ALL SELECT 'joined_date' AS k, OLD.joined_date AS v WHERE OLD.joined_date IS NOT NEW.joined_date UNION ALL SELECT 'full_date' AS k, OLD.full_date AS v WHERE OLD.full_date IS NOT NEW.full_date UNION ALL SELECT 'member_kind' AS k, OLD.member_kind AS v WHERE OLD.member_kind IS NOT NEW.member_kind UNION ALL SELECT 'committee_role' AS k, OLD.committee_role AS v WHERE OLD.committee_role IS NOT NEW.committee_role UNION ALL SELECT 'probation_extended_months' AS k, OLD.probation_extended_months AS v WHERE OLD.probation_extended_months IS NOT NEW.probation_extended_months UNION ALL SELECT 'person_kind' AS k, OLD.person_kind AS v WHERE OLD.person_kind IS NOT NEW.person_kind UNION ALL SELECT 'party_group_id' AS k, OLD.party_group_id AS v WHERE OLD.party_group_id IS NOT NEW.party_group_id UNION ALL SELECT 'building' AS k, OLD.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, OLD.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'room' AS k, OLD.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'is_centre_household' AS k, OLD.is_centre_household AS v WHERE OLD.is_centre_household IS NOT NEW.is_centre_household UNION ALL SELECT 'is_reporting' AS k, OLD.is_reporting AS v WHERE OLD.is_reporting IS NOT NEW.is_reporting UNION ALL SELECT 'reporting_employer' AS k, OLD.reporting_employer AS v WHERE OLD.reporting_employer IS NOT NEW.reporting_employer UNION ALL SELECT 'mobility' AS k, OLD.mobility AS v WHERE OLD.mobility IS NOT NEW.mobility UNION ALL SELECT 'mobile_destination' AS k, OLD.mobile_destination AS v WHERE OLD.mobile_destination IS NOT NEW.mobile_destination UNION ALL SELECT 'status' AS k, OLD.status AS v WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'left_date' AS k, OLD.left_date AS v WHERE OLD.left_date IS NOT NEW.left_date UNION ALL SELECT 'left_reason' AS k, OLD.left_reason AS v WHERE OLD.left_reason IS NOT NEW.left_reason UNION ALL SELECT 'notes' AS k, OLD.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE contact_households (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  member_id TEXT,
  building TEXT,
  unit TEXT,
  room TEXT,
  resident TEXT,
  phone TEXT,
  notes TEXT
);

CREATE TRIGGER contact_households_no_delete BEFORE DELETE ON contact_households
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER contact_households_stamp_guard BEFORE UPDATE ON contact_households
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.member_id IS NOT NEW.member_id OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.resident IS NOT NEW.resident OR OLD.phone IS NOT NEW.phone OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER contact_households_log_insert AFTER INSERT ON contact_households BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'contact_households', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('member_id', NEW.member_id, 'building', NEW.building, 'unit', NEW.unit, 'room', NEW.room, 'resident', NEW.resident, 'phone', NEW.phone, 'notes', NEW.notes, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER contact_households_log_update AFTER UPDATE ON contact_households
WHEN OLD.member_id IS NOT NEW.member_id OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.resident IS NOT NEW.resident OR OLD.phone IS NOT NEW.phone OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'contact_households', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'member_id' AS k, NEW.member_id AS v WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT 'building' AS k, NEW.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, NEW.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'room' AS k, NEW.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'resident' AS k, NEW.resident AS v WHERE OLD.resident IS NOT NEW.resident UNION ALL SELECT 'phone' AS k, NEW.phone AS v WHERE OLD.phone IS NOT NEW.phone UNION ALL SELECT 'notes' AS k, NEW.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'member_id' AS k, OLD.member_id AS v WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT 'building' AS k, OLD.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, OLD.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'room' AS k, OLD.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'resident' AS k, OLD.resident AS v WHERE OLD.resident IS NOT NEW.resident UNION ALL SELECT 'phone' AS k, OLD.phone AS v WHERE OLD.phone IS NOT NEW.phone UNION ALL SELECT 'notes' AS k, OLD.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE transfers (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  member_id TEXT,
  member_name TEXT,
  direction TEXT,
  other_org TEXT,
  letter_no TEXT,
  issued_date TEXT,
  valid_days INTEGER,
  valid_until TEXT,
  sent_date TEXT,
  receipt_date TEXT,
  cross_province INTEGER,
  dues_paid_to TEXT,
  received_date TEXT,
  notes TEXT
);

CREATE TRIGGER transfers_no_delete BEFORE DELETE ON transfers
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER transfers_stamp_guard BEFORE UPDATE ON transfers
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.member_id IS NOT NEW.member_id OR OLD.member_name IS NOT NEW.member_name OR OLD.direction IS NOT NEW.direction OR OLD.other_org IS NOT NEW.other_org OR OLD.letter_no IS NOT NEW.letter_no OR OLD.issued_date IS NOT NEW.issued_date OR OLD.valid_days IS NOT NEW.valid_days OR OLD.valid_until IS NOT NEW.valid_until OR OLD.sent_date IS NOT NEW.sent_date OR OLD.receipt_date IS NOT NEW.receipt_date OR OLD.cross_province IS NOT NEW.cross_province OR OLD.dues_paid_to IS NOT NEW.dues_paid_to OR OLD.received_date IS NOT NEW.received_date OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER transfers_log_insert AFTER INSERT ON transfers BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'transfers', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('member_id', NEW.member_id, 'member_name', NEW.member_name, 'direction', NEW.direction, 'other_org', NEW.other_org, 'letter_no', NEW.letter_no, 'issued_date', NEW.issued_date, 'valid_days', NEW.valid_days, 'valid_until', NEW.valid_until, 'sent_date', NEW.sent_date, 'receipt_date', NEW.receipt_date, 'cross_province', NEW.cross_province, 'dues_paid_to', NEW.dues_paid_to, 'received_date', NEW.received_date, 'notes', NEW.notes, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER transfers_log_update AFTER UPDATE ON transfers
WHEN OLD.member_id IS NOT NEW.member_id OR OLD.member_name IS NOT NEW.member_name OR OLD.direction IS NOT NEW.direction OR OLD.other_org IS NOT NEW.other_org OR OLD.letter_no IS NOT NEW.letter_no OR OLD.issued_date IS NOT NEW.issued_date OR OLD.valid_days IS NOT NEW.valid_days OR OLD.valid_until IS NOT NEW.valid_until OR OLD.sent_date IS NOT NEW.sent_date OR OLD.receipt_date IS NOT NEW.receipt_date OR OLD.cross_province IS NOT NEW.cross_province OR OLD.dues_paid_to IS NOT NEW.dues_paid_to OR OLD.received_date IS NOT NEW.received_date OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'transfers', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'member_id' AS k, NEW.member_id AS v WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT 'member_name' AS k, NEW.member_name AS v WHERE OLD.member_name IS NOT NEW.member_name UNION ALL SELECT 'direction' AS k, NEW.direction AS v WHERE OLD.direction IS NOT NEW.direction UNION ALL SELECT 'other_org' AS k, NEW.other_org AS v WHERE OLD.other_org IS NOT NEW.other_org UNION ALL SELECT 'letter_no' AS k, NEW.letter_no AS v WHERE OLD.letter_no IS NOT NEW.letter_no UNION ALL SELECT 'issued_date' AS k, NEW.issued_date AS v WHERE OLD.issued_date IS NOT NEW.issued_date UNION ALL SELECT 'valid_days' AS k, NEW.valid_days AS v WHERE OLD.valid_days IS NOT NEW.valid_days UNION ALL SELECT 'valid_until' AS k, NEW.valid_until AS v WHERE OLD.valid_until IS NOT NEW.valid_until UNION ALL SELECT 'sent_date' AS k, NEW.sent_date AS v WHERE OLD.sent_date IS NOT NEW.sent_date UNION ALL SELECT 'receipt_date' AS k, NEW.receipt_date AS v WHERE OLD.receipt_date IS NOT NEW.receipt_date UNION ALL SELECT 'cross_province' AS k, NEW.cross_province AS v WHERE OLD.cross_province IS NOT NEW.cross_province UNION ALL SELECT 'dues_paid_to' AS k, NEW.dues_paid_to AS v WHERE OLD.dues_paid_to IS NOT NEW.dues_paid_to UNION ALL SELECT 'received_date' AS k, NEW.received_date AS v WHERE OLD.received_date IS NOT NEW.received_date UNION ALL SELECT 'notes' AS k, NEW.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'member_id' AS k, OLD.member_id AS v WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT 'member_name' AS k, OLD.member_name AS v WHERE OLD.member_name IS NOT NEW.member_name UNION ALL SELECT 'direction' AS k, OLD.direction AS v WHERE OLD.direction IS NOT NEW.direction UNION ALL SELECT 'other_org' AS k, OLD.other_org AS v WHERE OLD.other_org IS NOT NEW.other_org UNION ALL SELECT 'letter_no' AS k, OLD.letter_no AS v WHERE OLD.letter_no IS NOT NEW.letter_no UNION ALL SELECT 'issued_date' AS k, OLD.issued_date AS v WHERE OLD.issued_date IS NOT NEW.issued_date UNION ALL SELECT 'valid_days' AS k, OLD.valid_days AS v WHERE OLD.valid_days IS NOT NEW.valid_days UNION ALL SELECT 'valid_until' AS k, OLD.valid_until AS v WHERE OLD.valid_until IS NOT NEW.valid_until UNION ALL SELECT 'sent_date' AS k, OLD.sent_date AS v WHERE OLD.sent_date IS NOT NEW.sent_date UNION ALL SELECT 'receipt_date' AS k, OLD.receipt_date AS v WHERE OLD.receipt_date IS NOT NEW.receipt_date UNION ALL SELECT 'cross_province' AS k, OLD.cross_province AS v WHERE OLD.cross_province IS NOT NEW.cross_province UNION ALL SELECT 'dues_paid_to' AS k, OLD.dues_paid_to AS v WHERE OLD.dues_paid_to IS NOT NEW.dues_paid_to UNION ALL SELECT 'received_date' AS k, OLD.received_date AS v WHERE OLD.received_date IS NOT NEW.received_date UNION ALL SELECT 'notes' AS k, OLD.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE meetings (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  type TEXT,
  title TEXT,
  date TEXT,
  start_time TEXT,
  end_time TEXT,
  place TEXT,
  chair_id TEXT,
  recorder_id TEXT,
  agenda TEXT,
  minutes TEXT,
  decisions TEXT,
  resident_count INTEGER,
  status TEXT,
  finalised_at TEXT
);

CREATE TRIGGER meetings_no_delete BEFORE DELETE ON meetings
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER meetings_stamp_guard BEFORE UPDATE ON meetings
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.type IS NOT NEW.type OR OLD.title IS NOT NEW.title OR OLD.date IS NOT NEW.date OR OLD.start_time IS NOT NEW.start_time OR OLD.end_time IS NOT NEW.end_time OR OLD.place IS NOT NEW.place OR OLD.chair_id IS NOT NEW.chair_id OR OLD.recorder_id IS NOT NEW.recorder_id OR OLD.agenda IS NOT NEW.agenda OR OLD.minutes IS NOT NEW.minutes OR OLD.decisions IS NOT NEW.decisions OR OLD.resident_count IS NOT NEW.resident_count OR OLD.status IS NOT NEW.status OR OLD.finalised_at IS NOT NEW.finalised_at OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER meetings_log_insert AFTER INSERT ON meetings BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'meetings', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('type', NEW.type, 'title', NEW.title, 'date', NEW.date, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'chair_id', NEW.chair_id, 'recorder_id', NEW.recorder_id, 'agenda', NEW.agenda, 'minutes', NEW.minutes, 'decisions', NEW.decisions, 'resident_count', NEW.resident_count, 'status', NEW.status, 'finalised_at', NEW.finalised_at, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER meetings_log_update AFTER UPDATE ON meetings
WHEN OLD.type IS NOT NEW.type OR OLD.title IS NOT NEW.title OR OLD.date IS NOT NEW.date OR OLD.start_time IS NOT NEW.start_time OR OLD.end_time IS NOT NEW.end_time OR OLD.place IS NOT NEW.place OR OLD.chair_id IS NOT NEW.chair_id OR OLD.recorder_id IS NOT NEW.recorder_id OR OLD.agenda IS NOT NEW.agenda OR OLD.minutes IS NOT NEW.minutes OR OLD.decisions IS NOT NEW.decisions OR OLD.resident_count IS NOT NEW.resident_count OR OLD.status IS NOT NEW.status OR OLD.finalised_at IS NOT NEW.finalised_at OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'meetings', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'type' AS k, NEW.type AS v WHERE OLD.type IS NOT NEW.type UNION ALL SELECT 'title' AS k, NEW.title AS v WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'date' AS k, NEW.date AS v WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'start_time' AS k, NEW.start_time AS v WHERE OLD.start_time IS NOT NEW.start_time UNION ALL SELECT 'end_time' AS k, NEW.end_time AS v WHERE OLD.end_time IS NOT NEW.end_time UNION ALL SELECT 'place' AS k, NEW.place AS v WHERE OLD.place IS NOT NEW.place UNION ALL SELECT 'chair_id' AS k, NEW.chair_id AS v WHERE OLD.chair_id IS NOT NEW.chair_id UNION ALL SELECT 'recorder_id' AS k, NEW.recorder_id AS v WHERE OLD.recorder_id IS NOT NEW.recorder_id UNION ALL SELECT 'agenda' AS k, NEW.agenda AS v WHERE OLD.agenda IS NOT NEW.agenda UNION ALL SELECT 'minutes' AS k, NEW.minutes AS v WHERE OLD.minutes IS NOT NEW.minutes UNION ALL SELECT 'decisions' AS k, NEW.decisions AS v WHERE OLD.decisions IS NOT NEW.decisions UNION ALL SELECT 'resident_count' AS k, NEW.resident_count AS v WHERE OLD.resident_count IS NOT NEW.resident_count UNION ALL SELECT 'status' AS k, NEW.status AS v WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'finalised_at' AS k, NEW.finalised_at AS v WHERE OLD.finalised_at IS NOT NEW.finalised_at UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'type' AS k, OLD.type AS v WHERE OLD.type IS NOT NEW.type UNION ALL SELECT 'title' AS k, OLD.title AS v WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'date' AS k, OLD.date AS v WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'start_time' AS k, OLD.start_time AS v WHERE OLD.start_time IS NOT NEW.start_time UNION ALL SELECT 'end_time' AS k, OLD.end_time AS v WHERE OLD.end_time IS NOT NEW.end_time UNION ALL SELECT 'place' AS k, OLD.place AS v WHERE OLD.place IS NOT NEW.place UNION ALL SELECT 'chair_id' AS k, OLD.chair_id AS v WHERE OLD.chair_id IS NOT NEW.chair_id UNION ALL SELECT 'recorder_id' AS k, OLD.recorder_id AS v WHERE OLD.recorder_id IS NOT NEW.recorder_id UNION ALL SELECT 'agenda' AS k, OLD.agenda AS v WHERE OLD.agenda IS NOT NEW.agenda UNION ALL SELECT 'minutes' AS k, OLD.minutes AS v WHERE OLD.minutes IS NOT NEW.minutes UNION ALL SELECT 'decisions' AS k, OLD.decisions AS v WHERE OLD.decisions IS NOT NEW.decisions UNION ALL SELECT 'resident_count' AS k, OLD.resident_count AS v WHERE OLD.resident_count IS NOT NEW.resident_count UNION ALL SELECT 'status' AS k, OLD.status AS v WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'finalised_at' AS k, OLD.finalised_at AS v WHERE OLD.finalised_at IS NOT NEW.finalised_at UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE attendance (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  meeting_id TEXT,
  member_id TEXT,
  status TEXT,
  reason TEXT
);

CREATE TRIGGER attendance_no_delete BEFORE DELETE ON attendance
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER attendance_stamp_guard BEFORE UPDATE ON attendance
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.member_id IS NOT NEW.member_id OR OLD.status IS NOT NEW.status OR OLD.reason IS NOT NEW.reason OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER attendance_log_insert AFTER INSERT ON attendance BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'attendance', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('meeting_id', NEW.meeting_id, 'member_id', NEW.member_id, 'status', NEW.status, 'reason', NEW.reason, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER attendance_log_update AFTER UPDATE ON attendance
WHEN OLD.meeting_id IS NOT NEW.meeting_id OR OLD.member_id IS NOT NEW.member_id OR OLD.status IS NOT NEW.status OR OLD.reason IS NOT NEW.reason OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'attendance', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'meeting_id' AS k, NEW.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'member_id' AS k, NEW.member_id AS v WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT 'status' AS k, NEW.status AS v WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'reason' AS k, NEW.reason AS v WHERE OLD.reason IS NOT NEW.reason UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'meeting_id' AS k, OLD.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'member_id' AS k, OLD.member_id AS v WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT 'status' AS k, OLD.status AS v WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'reason' AS k, OLD.reason AS v WHERE OLD.reason IS NOT NEW.reason UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE followups (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  meeting_id TEXT,
  text TEXT,
  request_id TEXT,
  done INTEGER
);

CREATE TRIGGER followups_no_delete BEFORE DELETE ON followups
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER followups_stamp_guard BEFORE UPDATE ON followups
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.text IS NOT NEW.text OR OLD.request_id IS NOT NEW.request_id OR OLD.done IS NOT NEW.done OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER followups_log_insert AFTER INSERT ON followups BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'followups', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('meeting_id', NEW.meeting_id, 'text', NEW.text, 'request_id', NEW.request_id, 'done', NEW.done, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER followups_log_update AFTER UPDATE ON followups
WHEN OLD.meeting_id IS NOT NEW.meeting_id OR OLD.text IS NOT NEW.text OR OLD.request_id IS NOT NEW.request_id OR OLD.done IS NOT NEW.done OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'followups', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'meeting_id' AS k, NEW.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'text' AS k, NEW.text AS v WHERE OLD.text IS NOT NEW.text UNION ALL SELECT 'request_id' AS k, NEW.request_id AS v WHERE OLD.request_id IS NOT NEW.request_id UNION ALL SELECT 'done' AS k, NEW.done AS v WHERE OLD.done IS NOT NEW.done UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'meeting_id' AS k, OLD.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'text' AS k, OLD.text AS v WHERE OLD.text IS NOT NEW.text UNION ALL SELECT 'request_id' AS k, OLD.request_id AS v WHERE OLD.request_id IS NOT NEW.request_id UNION ALL SELECT 'done' AS k, OLD.done AS v WHERE OLD.done IS NOT NEW.done UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE addenda (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  meeting_id TEXT,
  text TEXT,
  author TEXT,
  written_at TEXT
);

CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER addenda_stamp_guard BEFORE UPDATE ON addenda
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author OR OLD.written_at IS NOT NEW.written_at OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER addenda_log_insert AFTER INSERT ON addenda BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'addenda', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('meeting_id', NEW.meeting_id, 'text', NEW.text, 'author', NEW.author, 'written_at', NEW.written_at, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER addenda_log_update AFTER UPDATE ON addenda
WHEN OLD.meeting_id IS NOT NEW.meeting_id OR OLD.text IS NOT NEW.text OR OLD.author IS NOT NEW.author OR OLD.written_at IS NOT NEW.written_at OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'addenda', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'meeting_id' AS k, NEW.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'text' AS k, NEW.text AS v WHERE OLD.text IS NOT NEW.text UNION ALL SELECT 'author' AS k, NEW.author AS v WHERE OLD.author IS NOT NEW.author UNION ALL SELECT 'written_at' AS k, NEW.written_at AS v WHERE OLD.written_at IS NOT NEW.written_at UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'meeting_id' AS k, OLD.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'text' AS k, OLD.text AS v WHERE OLD.text IS NOT NEW.text UNION ALL SELECT 'author' AS k, OLD.author AS v WHERE OLD.author IS NOT NEW.author UNION ALL SELECT 'written_at' AS k, OLD.written_at AS v WHERE OLD.written_at IS NOT NEW.written_at UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE attachments (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  owner_table TEXT,
  owner_id TEXT,
  sha256 TEXT,
  filename TEXT,
  mime TEXT,
  size INTEGER,
  caption TEXT
);

CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER attachments_stamp_guard BEFORE UPDATE ON attachments
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.owner_table IS NOT NEW.owner_table OR OLD.owner_id IS NOT NEW.owner_id OR OLD.sha256 IS NOT NEW.sha256 OR OLD.filename IS NOT NEW.filename OR OLD.mime IS NOT NEW.mime OR OLD.size IS NOT NEW.size OR OLD.caption IS NOT NEW.caption OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER attachments_log_insert AFTER INSERT ON attachments BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'attachments', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('owner_table', NEW.owner_table, 'owner_id', NEW.owner_id, 'sha256', NEW.sha256, 'filename', NEW.filename, 'mime', NEW.mime, 'size', NEW.size, 'caption', NEW.caption, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER attachments_log_update AFTER UPDATE ON attachments
WHEN OLD.owner_table IS NOT NEW.owner_table OR OLD.owner_id IS NOT NEW.owner_id OR OLD.sha256 IS NOT NEW.sha256 OR OLD.filename IS NOT NEW.filename OR OLD.mime IS NOT NEW.mime OR OLD.size IS NOT NEW.size OR OLD.caption IS NOT NEW.caption OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'attachments', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'owner_table' AS k, NEW.owner_table AS v WHERE OLD.owner_table IS NOT NEW.owner_table UNION ALL SELECT 'owner_id' AS k, NEW.owner_id AS v WHERE OLD.owner_id IS NOT NEW.owner_id UNION ALL SELECT 'sha256' AS k, NEW.sha256 AS v WHERE OLD.sha256 IS NOT NEW.sha256 UNION ALL SELECT 'filename' AS k, NEW.filename AS v WHERE OLD.filename IS NOT NEW.filename UNION ALL SELECT 'mime' AS k, NEW.mime AS v WHERE OLD.mime IS NOT NEW.mime UNION ALL SELECT 'size' AS k, NEW.size AS v WHERE OLD.size IS NOT NEW.size UNION ALL SELECT 'caption' AS k, NEW.caption AS v WHERE OLD.caption IS NOT NEW.caption UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'owner_table' AS k, OLD.owner_table AS v WHERE OLD.owner_table IS NOT NEW.owner_table UNION ALL SELECT 'owner_id' AS k, OLD.owner_id AS v WHERE OLD.owner_id IS NOT NEW.owner_id UNION ALL SELECT 'sha256' AS k, OLD.sha256 AS v WHERE OLD.sha256 IS NOT NEW.sha256 UNION ALL SELECT 'filename' AS k, OLD.filename AS v WHERE OLD.filename IS NOT NEW.filename UNION ALL SELECT 'mime' AS k, OLD.mime AS v WHERE OLD.mime IS NOT NEW.mime UNION ALL SELECT 'size' AS k, OLD.size AS v WHERE OLD.size IS NOT NEW.size UNION ALL SELECT 'caption' AS k, OLD.caption AS v WHERE OLD.caption IS NOT NEW.caption UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE allocations (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  year INTEGER,
  amount_fen INTEGER,
  source TEXT,
  note TEXT
);

CREATE TRIGGER allocations_no_delete BEFORE DELETE ON allocations
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER allocations_stamp_guard BEFORE UPDATE ON allocations
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.year IS NOT NEW.year OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.source IS NOT NEW.source OR OLD.note IS NOT NEW.note OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER allocations_log_insert AFTER INSERT ON allocations BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'allocations', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('year', NEW.year, 'amount_fen', NEW.amount_fen, 'source', NEW.source, 'note', NEW.note, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER allocations_log_update AFTER UPDATE ON allocations
WHEN OLD.year IS NOT NEW.year OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.source IS NOT NEW.source OR OLD.note IS NOT NEW.note OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'allocations', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'year' AS k, NEW.year AS v WHERE OLD.year IS NOT NEW.year UNION ALL SELECT 'amount_fen' AS k, NEW.amount_fen AS v WHERE OLD.amount_fen IS NOT NEW.amount_fen UNION ALL SELECT 'source' AS k, NEW.source AS v WHERE OLD.source IS NOT NEW.source UNION ALL SELECT 'note' AS k, NEW.note AS v WHERE OLD.note IS NOT NEW.note UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'year' AS k, OLD.year AS v WHERE OLD.year IS NOT NEW.year UNION ALL SELECT 'amount_fen' AS k, OLD.amount_fen AS v WHERE OLD.amount_fen IS NOT NEW.amount_fen UNION ALL SELECT 'source' AS k, OLD.source AS v WHERE OLD.source IS NOT NEW.source UNION ALL SELECT 'note' AS k, OLD.note AS v WHERE OLD.note IS NOT NEW.note UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE expenses (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  year INTEGER,
  date TEXT,
  amount_fen INTEGER,
  payee TEXT,
  purpose TEXT,
  category TEXT,
  approver TEXT,
  overdraw_reason TEXT,
  reverses_id TEXT,
  notes TEXT
);

CREATE TRIGGER expenses_no_delete BEFORE DELETE ON expenses
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER expenses_stamp_guard BEFORE UPDATE ON expenses
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.year IS NOT NEW.year OR OLD.date IS NOT NEW.date OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.payee IS NOT NEW.payee OR OLD.purpose IS NOT NEW.purpose OR OLD.category IS NOT NEW.category OR OLD.approver IS NOT NEW.approver OR OLD.overdraw_reason IS NOT NEW.overdraw_reason OR OLD.reverses_id IS NOT NEW.reverses_id OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER expenses_log_insert AFTER INSERT ON expenses BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'expenses', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('year', NEW.year, 'date', NEW.date, 'amount_fen', NEW.amount_fen, 'payee', NEW.payee, 'purpose', NEW.purpose, 'category', NEW.category, 'approver', NEW.approver, 'overdraw_reason', NEW.overdraw_reason, 'reverses_id', NEW.reverses_id, 'notes', NEW.notes, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER expenses_log_update AFTER UPDATE ON expenses
WHEN OLD.year IS NOT NEW.year OR OLD.date IS NOT NEW.date OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.payee IS NOT NEW.payee OR OLD.purpose IS NOT NEW.purpose OR OLD.category IS NOT NEW.category OR OLD.approver IS NOT NEW.approver OR OLD.overdraw_reason IS NOT NEW.overdraw_reason OR OLD.reverses_id IS NOT NEW.reverses_id OR OLD.notes IS NOT NEW.notes OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'expenses', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'year' AS k, NEW.year AS v WHERE OLD.year IS NOT NEW.year UNION ALL SELECT 'date' AS k, NEW.date AS v WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'amount_fen' AS k, NEW.amount_fen AS v WHERE OLD.amount_fen IS NOT NEW.amount_fen UNION ALL SELECT 'payee' AS k, NEW.payee AS v WHERE OLD.payee IS NOT NEW.payee UNION ALL SELECT 'purpose' AS k, NEW.purpose AS v WHERE OLD.purpose IS NOT NEW.purpose UNION ALL SELECT 'category' AS k, NEW.category AS v WHERE OLD.category IS NOT NEW.category UNION ALL SELECT 'approver' AS k, NEW.approver AS v WHERE OLD.approver IS NOT NEW.approver UNION ALL SELECT 'overdraw_reason' AS k, NEW.overdraw_reason AS v WHERE OLD.overdraw_reason IS NOT NEW.overdraw_reason UNION ALL SELECT 'reverses_id' AS k, NEW.reverses_id AS v WHERE OLD.reverses_id IS NOT NEW.reverses_id UNION ALL SELECT 'notes' AS k, NEW.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'year' AS k, OLD.year AS v WHERE OLD.year IS NOT NEW.year UNION ALL SELECT 'date' AS k, OLD.date AS v WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'amount_fen' AS k, OLD.amount_fen AS v WHERE OLD.amount_fen IS NOT NEW.amount_fen UNION ALL SELECT 'payee' AS k, OLD.payee AS v WHERE OLD.payee IS NOT NEW.payee UNION ALL SELECT 'purpose' AS k, OLD.purpose AS v WHERE OLD.purpose IS NOT NEW.purpose UNION ALL SELECT 'category' AS k, OLD.category AS v WHERE OLD.category IS NOT NEW.category UNION ALL SELECT 'approver' AS k, OLD.approver AS v WHERE OLD.approver IS NOT NEW.approver UNION ALL SELECT 'overdraw_reason' AS k, OLD.overdraw_reason AS v WHERE OLD.overdraw_reason IS NOT NEW.overdraw_reason UNION ALL SELECT 'reverses_id' AS k, OLD.reverses_id AS v WHERE OLD.reverses_id IS NOT NEW.reverses_id UNION ALL SELECT 'notes' AS k, OLD.notes AS v WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE requests (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  number TEXT,
  resident TEXT,
  contact TEXT,
  building TEXT,
  unit TEXT,
  room TEXT,
  category TEXT,
  description TEXT,
  source TEXT,
  meeting_id TEXT,
  state TEXT,
  handling TEXT,
  assignee_id TEXT,
  department TEXT,
  registered_at TEXT,
  due_at TEXT,
  result TEXT,
  rating TEXT,
  rating_note TEXT,
  closed_at TEXT
);

CREATE TRIGGER requests_no_delete BEFORE DELETE ON requests
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER requests_stamp_guard BEFORE UPDATE ON requests
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.number IS NOT NEW.number OR OLD.resident IS NOT NEW.resident OR OLD.contact IS NOT NEW.contact OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.category IS NOT NEW.category OR OLD.description IS NOT NEW.description OR OLD.source IS NOT NEW.source OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.state IS NOT NEW.state OR OLD.handling IS NOT NEW.handling OR OLD.assignee_id IS NOT NEW.assignee_id OR OLD.department IS NOT NEW.department OR OLD.registered_at IS NOT NEW.registered_at OR OLD.due_at IS NOT NEW.due_at OR OLD.result IS NOT NEW.result OR OLD.rating IS NOT NEW.rating OR OLD.rating_note IS NOT NEW.rating_note OR OLD.closed_at IS NOT NEW.closed_at OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER requests_log_insert AFTER INSERT ON requests BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'requests', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('number', NEW.number, 'resident', NEW.resident, 'contact', NEW.contact, 'building', NEW.building, 'unit', NEW.unit, 'room', NEW.room, 'category', NEW.category, 'description', NEW.description, 'source', NEW.source, 'meeting_id', NEW.meeting_id, 'state', NEW.state, 'handling', NEW.handling, 'assignee_id', NEW.assignee_id, 'department', NEW.department, 'registered_at', NEW.registered_at, 'due_at', NEW.due_at, 'result', NEW.result, 'rating', NEW.rating, 'rating_note', NEW.rating_note, 'closed_at', NEW.closed_at, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER requests_log_update AFTER UPDATE ON requests
WHEN OLD.number IS NOT NEW.number OR OLD.resident IS NOT NEW.resident OR OLD.contact IS NOT NEW.contact OR OLD.building IS NOT NEW.building OR OLD.unit IS NOT NEW.unit OR OLD.room IS NOT NEW.room OR OLD.category IS NOT NEW.category OR OLD.description IS NOT NEW.description OR OLD.source IS NOT NEW.source OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.state IS NOT NEW.state OR OLD.handling IS NOT NEW.handling OR OLD.assignee_id IS NOT NEW.assignee_id OR OLD.department IS NOT NEW.department OR OLD.registered_at IS NOT NEW.registered_at OR OLD.due_at IS NOT NEW.due_at OR OLD.result IS NOT NEW.result OR OLD.rating IS NOT NEW.rating OR OLD.rating_note IS NOT NEW.rating_note OR OLD.closed_at IS NOT NEW.closed_at OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'requests', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'number' AS k, NEW.number AS v WHERE OLD.number IS NOT NEW.number UNION ALL SELECT 'resident' AS k, NEW.resident AS v WHERE OLD.resident IS NOT NEW.resident UNION ALL SELECT 'contact' AS k, NEW.contact AS v WHERE OLD.contact IS NOT NEW.contact UNION ALL SELECT 'building' AS k, NEW.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, NEW.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'room' AS k, NEW.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'category' AS k, NEW.category AS v WHERE OLD.category IS NOT NEW.category UNION ALL SELECT 'description' AS k, NEW.description AS v WHERE OLD.description IS NOT NEW.description UNION ALL SELECT 'source' AS k, NEW.source AS v WHERE OLD.source IS NOT NEW.source UNION ALL SELECT 'meeting_id' AS k, NEW.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'state' AS k, NEW.state AS v WHERE OLD.state IS NOT NEW.state UNION ALL SELECT 'handling' AS k, NEW.handling AS v WHERE OLD.handling IS NOT NEW.handling UNION ALL SELECT 'assignee_id' AS k, NEW.assignee_id AS v WHERE OLD.assignee_id IS NOT NEW.assignee_id UNION ALL SELECT 'department' AS k, NEW.department AS v WHERE OLD.department IS NOT NEW.department UNION ALL SELECT 'registered_at' AS k, NEW.registered_at AS v WHERE OLD.registered_at IS NOT NEW.registered_at UNION ALL SELECT 'due_at' AS k, NEW.due_at AS v WHERE OLD.due_at IS NOT NEW.due_at UNION ALL SELECT 'result' AS k, NEW.result AS v WHERE OLD.result IS NOT NEW.result UNION ALL SELECT 'rating' AS k, NEW.rating AS v WHERE OLD.rating IS NOT NEW.rating UNION ALL SELECT 'rating_note' AS k, NEW.rating_note AS v WHERE OLD.rating_note IS NOT NEW.rating_note UNION ALL SELECT 'closed_at' AS k, NEW.closed_at AS v WHERE OLD.closed_at IS NOT NEW.closed_at UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'number' AS k, OLD.number AS v WHERE OLD.number IS NOT NEW.number UNION ALL SELECT 'resident' AS k, OLD.resident AS v WHERE OLD.resident IS NOT NEW.resident UNION ALL SELECT 'contact' AS k, OLD.contact AS v WHERE OLD.contact IS NOT NEW.contact UNION ALL SELECT 'building' AS k, OLD.building AS v WHERE OLD.building IS NOT NEW.building UNION ALL SELECT 'unit' AS k, OLD.unit AS v WHERE OLD.unit IS NOT NEW.unit UNION ALL SELECT 'room' AS k, OLD.room AS v WHERE OLD.room IS NOT NEW.room UNION ALL SELECT 'category' AS k, OLD.category AS v WHERE OLD.category IS NOT NEW.category UNION ALL SELECT 'description' AS k, OLD.description AS v WHERE OLD.description IS NOT NEW.description UNION ALL SELECT 'source' AS k, OLD.source AS v WHERE OLD.source IS NOT NEW.source UNION ALL SELECT 'meeting_id' AS k, OLD.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'state' AS k, OLD.state AS v WHERE OLD.state IS NOT NEW.state UNION ALL SELECT 'handling' AS k, OLD.handling AS v WHERE OLD.handling IS NOT NEW.handling UNION ALL SELECT 'assignee_id' AS k, OLD.assignee_id AS v WHERE OLD.assignee_id IS NOT NEW.assignee_id UNION ALL SELECT 'department' AS k, OLD.department AS v WHERE OLD.department IS NOT NEW.department UNION ALL SELECT 'registered_at' AS k, OLD.registered_at AS v WHERE OLD.registered_at IS NOT NEW.registered_at UNION ALL SELECT 'due_at' AS k, OLD.due_at AS v WHERE OLD.due_at IS NOT NEW.due_at UNION ALL SELECT 'result' AS k, OLD.result AS v WHERE OLD.result IS NOT NEW.result UNION ALL SELECT 'rating' AS k, OLD.rating AS v WHERE OLD.rating IS NOT NEW.rating UNION ALL SELECT 'rating_note' AS k, OLD.rating_note AS v WHERE OLD.rating_note IS NOT NEW.rating_note UNION ALL SELECT 'closed_at' AS k, OLD.closed_at AS v WHERE OLD.closed_at IS NOT NEW.closed_at UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE TABLE request_events (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  request_id TEXT,
  action TEXT,
  from_state TEXT,
  to_state TEXT,
  actor TEXT,
  at TEXT,
  note TEXT,
  details TEXT
);

CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END;

CREATE TRIGGER request_events_stamp_guard BEFORE UPDATE ON request_events
WHEN NEW.updated_hlc IS OLD.updated_hlc AND (OLD.request_id IS NOT NEW.request_id OR OLD.action IS NOT NEW.action OR OLD.from_state IS NOT NEW.from_state OR OLD.to_state IS NOT NEW.to_state OR OLD.actor IS NOT NEW.actor OR OLD.at IS NOT NEW.at OR OLD.note IS NOT NEW.note OR OLD.details IS NOT NEW.details OR OLD.deleted IS NOT NEW.deleted)
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END;

CREATE TRIGGER request_events_log_insert AFTER INSERT ON request_events BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'request_events', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{}', json_object('request_id', NEW.request_id, 'action', NEW.action, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'actor', NEW.actor, 'at', NEW.at, 'note', NEW.note, 'details', NEW.details, 'deleted', NEW.deleted)), NULL);
END;

CREATE TRIGGER request_events_log_update AFTER UPDATE ON request_events
WHEN OLD.request_id IS NOT NEW.request_id OR OLD.action IS NOT NEW.action OR OLD.from_state IS NOT NEW.from_state OR OLD.to_state IS NOT NEW.to_state OR OLD.actor IS NOT NEW.actor OR OLD.at IS NOT NEW.at OR OLD.note IS NOT NEW.note OR OLD.details IS NOT NEW.details OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), 'request_events', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, (SELECT json_group_object(k, v) FROM (SELECT 'request_id' AS k, NEW.request_id AS v WHERE OLD.request_id IS NOT NEW.request_id UNION ALL SELECT 'action' AS k, NEW.action AS v WHERE OLD.action IS NOT NEW.action UNION ALL SELECT 'from_state' AS k, NEW.from_state AS v WHERE OLD.from_state IS NOT NEW.from_state UNION ALL SELECT 'to_state' AS k, NEW.to_state AS v WHERE OLD.to_state IS NOT NEW.to_state UNION ALL SELECT 'actor' AS k, NEW.actor AS v WHERE OLD.actor IS NOT NEW.actor UNION ALL SELECT 'at' AS k, NEW.at AS v WHERE OLD.at IS NOT NEW.at UNION ALL SELECT 'note' AS k, NEW.note AS v WHERE OLD.note IS NOT NEW.note UNION ALL SELECT 'details' AS k, NEW.details AS v WHERE OLD.details IS NOT NEW.details UNION ALL SELECT 'deleted' AS k, NEW.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)), (SELECT json_group_object(k, v) FROM (SELECT 'request_id' AS k, OLD.request_id AS v WHERE OLD.request_id IS NOT NEW.request_id UNION ALL SELECT 'action' AS k, OLD.action AS v WHERE OLD.action IS NOT NEW.action UNION ALL SELECT 'from_state' AS k, OLD.from_state AS v WHERE OLD.from_state IS NOT NEW.from_state UNION ALL SELECT 'to_state' AS k, OLD.to_state AS v WHERE OLD.to_state IS NOT NEW.to_state UNION ALL SELECT 'actor' AS k, OLD.actor AS v WHERE OLD.actor IS NOT NEW.actor UNION ALL SELECT 'at' AS k, OLD.at AS v WHERE OLD.at IS NOT NEW.at UNION ALL SELECT 'note' AS k, OLD.note AS v WHERE OLD.note IS NOT NEW.note UNION ALL SELECT 'details' AS k, OLD.details AS v WHERE OLD.details IS NOT NEW.details UNION ALL SELECT 'deleted' AS k, OLD.deleted AS v WHERE OLD.deleted IS NOT NEW.deleted)));
END;

CREATE INDEX idx_members_deleted_status_name_initials ON members (deleted, status, name_initials);

CREATE INDEX idx_members_building ON members (building);

CREATE INDEX idx_attendance_meeting_id ON attendance (meeting_id);

CREATE INDEX idx_attendance_member_id ON attendance (member_id);

CREATE INDEX idx_meetings_date ON meetings (date);

CREATE INDEX idx_meetings_type_date ON meetings (type, date);

CREATE INDEX idx_expenses_year_category ON expenses (year, category);

CREATE INDEX idx_expenses_date ON expenses (date);

CREATE INDEX idx_expenses_reverses_id ON expenses (reverses_id);

CREATE INDEX idx_requests_state_due_at ON requests (state, due_at);

CREATE INDEX idx_requests_registered_at ON requests (registered_at);

CREATE INDEX idx_requests_category ON requests (category);

CREATE INDEX idx_request_events_request_id_at ON request_events (request_id, at);

CREATE INDEX idx_followups_meeting_id ON followups (meeting_id);

CREATE INDEX idx_addenda_meeting_id ON addenda (meeting_id);

CREATE INDEX idx_attachments_owner_table_owner_id ON attachments (owner_table, owner_id);

CREATE INDEX idx_transfers_member_id ON transfers (member_id);

CREATE INDEX idx_contact_households_member_id ON contact_households (member_id);

CREATE INDEX idx_allocations_year ON allocations (year);

-- One live row per ID number; a member who left keeps it, a tombstoned row frees it.
CREATE UNIQUE INDEX uniq_members_id_number ON members(id_number) WHERE deleted = 0 AND id_number IS NOT NULL;

CREATE UNIQUE INDEX uniq_requests_number ON requests(number);

-- Guards that hold whatever code writes: money entries are append-only,
-- finalised minutes are read-only (corrections go to addenda).
CREATE TRIGGER expenses_append_only BEFORE UPDATE ON expenses
BEGIN SELECT RAISE(ABORT, 'expenses are append-only: add a reversing entry'); END;

CREATE TRIGGER meetings_final_read_only BEFORE UPDATE ON meetings
WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'a finalised meeting record is read-only: add an addendum'); END;
