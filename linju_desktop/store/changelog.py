"""Change capture by triggers: nothing can change a synced row without a log row.

Triggers, not application code, write the change log, so every write path
(services, migrations, a hand-run sqlite3 session) is captured in the same
transaction as the data. The application's only duty is to stamp a new
`updated_hlc` on each write, and a guard trigger refuses a change without one.

Log row: op_id (random, the sync operation id), tbl, row_id, kind
(insert/update/tombstone), hlc (the row's new stamp), prev_hlc (the stamp it
replaced, i.e. the version the change was based on), changes (JSON of the
changed columns and their new values; an insert lists its non-null columns)
and previous (JSON of those columns' old values). Rows are never deleted:
a tombstone is an update of `deleted`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

DATA_COLUMNS_EXTRA = ["deleted"]


def _pairs(cols: list[str], ref: str) -> str:
    return ", ".join(f"'{c}', {ref}.{c}" for c in cols)


def _changed(cols: list[str], ref: str) -> str:
    # json_group_object over only the columns whose value changed
    parts = " UNION ALL ".join(
        f"SELECT '{c}' AS k, {ref}.{c} AS v WHERE OLD.{c} IS NOT NEW.{c}" for c in cols
    )
    return f"(SELECT json_group_object(k, v) FROM ({parts}))"


def capture_ddl(table: str, columns: list[str]) -> list[str]:
    """The four triggers that capture `table` with these data columns. Migrations never
    call this: each carries the SQL it made, pasted when the migration was written (see
    schema.py); test_upgrades checks that the triggers in the schema match it for
    today's columns."""
    cols = [*columns, "deleted"]
    any_change = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in cols)
    return [
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END""",
        f"""CREATE TRIGGER {table}_stamp_guard BEFORE UPDATE ON {table}
WHEN NEW.updated_hlc IS OLD.updated_hlc AND ({any_change})
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END""",
        f"""CREATE TRIGGER {table}_log_insert AFTER INSERT ON {table} BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), '{table}', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{{}}', json_object({_pairs(cols, "NEW")})), NULL);
END""",
        f"""CREATE TRIGGER {table}_log_update AFTER UPDATE ON {table}
WHEN {any_change} BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), '{table}', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, {_changed(cols, "NEW")}, {_changed(cols, "OLD")});
END""",
    ]


def bulk_insert_log_sql(table: str, columns: list[str]) -> str:
    """The log rows the insert trigger would write, for every row after rowid ?, in one
    statement. Used by Store.insert_many for large batches: a per-row trigger call costs
    as much as the insert itself, one INSERT ... SELECT does not."""
    cols = [*columns, "deleted"]
    return (
        "INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous) "
        f"SELECT lower(hex(randomblob(16))), '{table}', id, 'insert', updated_hlc, NULL, "
        f"json_patch('{{}}', json_object({_pairs(cols, table)})), NULL "
        f"FROM {table} WHERE rowid > ? ORDER BY rowid"
    )


def drop(db: Database, table: str) -> None:
    """Remove capture (benchmarks measure writes with and without it)."""
    for suffix in ("no_delete", "stamp_guard", "log_insert", "log_update"):
        db.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")


if __name__ == "__main__":
    # python -m linju_desktop.store.changelog TABLE...: the capture triggers of these tables
    # for today's columns, to paste into a migration that changes them.
    import sys

    from linju_desktop.store.schema import SYNCED_TABLES

    for name in sys.argv[1:]:
        for trigger in ("no_delete", "stamp_guard", "log_insert", "log_update"):
            print(f"DROP TRIGGER IF EXISTS {name}_{trigger};\n")
        for statement in capture_ddl(name, list(SYNCED_TABLES[name])):
            print(f"{statement};\n")
