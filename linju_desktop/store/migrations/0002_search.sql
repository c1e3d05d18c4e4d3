-- Version 2: full-text search of members, requests and meetings, kept by triggers; rows
-- written before it are indexed at the end. One trigram FTS5 table per searched table,
-- keyed by the row's rowid so an update touches one index entry. trigram handles Chinese
-- substrings (there are no word boundaries); queries under three characters use LIKE.
-- Frozen when released: never edit this file; a change is a new migration.

CREATE VIRTUAL TABLE members_fts USING fts5(body, tokenize='trigram');

CREATE TRIGGER members_search_ai AFTER INSERT ON members WHEN NEW.deleted = 0
BEGIN INSERT INTO members_fts(rowid, body) VALUES (NEW.rowid, coalesce(NEW.name,'')||' '||coalesce(NEW.name_initials,'')||' '||coalesce(NEW.building,'')||' '||coalesce(NEW.mobile,'')||' '||coalesce(NEW.notes,'')); END;

CREATE TRIGGER members_search_au AFTER UPDATE ON members BEGIN
  DELETE FROM members_fts WHERE rowid = OLD.rowid;
  INSERT INTO members_fts(rowid, body) SELECT NEW.rowid, coalesce(NEW.name,'')||' '||coalesce(NEW.name_initials,'')||' '||coalesce(NEW.building,'')||' '||coalesce(NEW.mobile,'')||' '||coalesce(NEW.notes,'') WHERE NEW.deleted = 0;
END;

INSERT INTO members_fts(rowid, body) SELECT rowid, coalesce(name,'')||' '||coalesce(name_initials,'')||' '||coalesce(building,'')||' '||coalesce(mobile,'')||' '||coalesce(notes,'') FROM members WHERE deleted = 0;

CREATE VIRTUAL TABLE requests_fts USING fts5(body, tokenize='trigram');

CREATE TRIGGER requests_search_ai AFTER INSERT ON requests WHEN NEW.deleted = 0
BEGIN INSERT INTO requests_fts(rowid, body) VALUES (NEW.rowid, coalesce(NEW.number,'')||' '||coalesce(NEW.resident,'')||' '||coalesce(NEW.description,'')||' '||coalesce(NEW.building,'')||' '||coalesce(NEW.department,'')); END;

CREATE TRIGGER requests_search_au AFTER UPDATE ON requests BEGIN
  DELETE FROM requests_fts WHERE rowid = OLD.rowid;
  INSERT INTO requests_fts(rowid, body) SELECT NEW.rowid, coalesce(NEW.number,'')||' '||coalesce(NEW.resident,'')||' '||coalesce(NEW.description,'')||' '||coalesce(NEW.building,'')||' '||coalesce(NEW.department,'') WHERE NEW.deleted = 0;
END;

INSERT INTO requests_fts(rowid, body) SELECT rowid, coalesce(number,'')||' '||coalesce(resident,'')||' '||coalesce(description,'')||' '||coalesce(building,'')||' '||coalesce(department,'') FROM requests WHERE deleted = 0;

CREATE VIRTUAL TABLE meetings_fts USING fts5(body, tokenize='trigram');

CREATE TRIGGER meetings_search_ai AFTER INSERT ON meetings WHEN NEW.deleted = 0
BEGIN INSERT INTO meetings_fts(rowid, body) VALUES (NEW.rowid, coalesce(NEW.title,'')||' '||coalesce(NEW.place,'')||' '||coalesce(NEW.agenda,'')||' '||coalesce(NEW.minutes,'')||' '||coalesce(NEW.decisions,'')); END;

CREATE TRIGGER meetings_search_au AFTER UPDATE ON meetings BEGIN
  DELETE FROM meetings_fts WHERE rowid = OLD.rowid;
  INSERT INTO meetings_fts(rowid, body) SELECT NEW.rowid, coalesce(NEW.title,'')||' '||coalesce(NEW.place,'')||' '||coalesce(NEW.agenda,'')||' '||coalesce(NEW.minutes,'')||' '||coalesce(NEW.decisions,'') WHERE NEW.deleted = 0;
END;

INSERT INTO meetings_fts(rowid, body) SELECT rowid, coalesce(title,'')||' '||coalesce(place,'')||' '||coalesce(agenda,'')||' '||coalesce(minutes,'')||' '||coalesce(decisions,'') FROM meetings WHERE deleted = 0;
