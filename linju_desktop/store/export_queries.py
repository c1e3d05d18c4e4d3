"""The SQL of the record-book exports (used by linju_desktop.services.exporting).

Each function reads what one export needs; rows stream from the cursor where a book
can be long, and small lookups (names) come back as dicts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from linju_desktop.store.database import Store
from linju_desktop.store.schema import SYNCED_TABLES


def group_names(store: Store) -> dict[str, str]:
    return {r["id"]: r["name"] for r in store._conn.execute("SELECT id, name FROM party_groups")}


def member_names(store: Store) -> dict[str, str]:
    """Every member's name by id, deleted ones too: old records still name them."""
    return {r["id"]: r["name"] for r in store._conn.execute("SELECT id, name FROM members")}


def roster(store: Store) -> Iterator[sqlite3.Row]:
    return store._conn.execute(
        "SELECT * FROM members WHERE deleted = 0 ORDER BY building, unit, room, name"
    )


def meetings(store: Store) -> Iterator[sqlite3.Row]:
    return store._conn.execute("SELECT * FROM meetings WHERE deleted = 0 ORDER BY date, rowid")


def attendance_by_meeting(store: Store) -> dict[str, list[dict]]:
    """Attendance rows (status, reason, the member's name and kind) per meeting id,
    in roster order so the names read as on the sign-in sheet."""
    out: dict[str, list[dict]] = {}
    for a in store._conn.execute(
        "SELECT a.meeting_id, a.status, a.reason, m.name, m.member_kind FROM attendance a "
        "LEFT JOIN members m ON m.id = a.member_id WHERE a.deleted = 0 "
        "ORDER BY m.building, m.name"
    ):
        out.setdefault(a["meeting_id"], []).append(dict(a))
    return out


def expenses(store: Store) -> Iterator[sqlite3.Row]:
    """Expenses with the date, purpose and amount of the entry each reversal cancels
    (reversed_*; NULL when the original is missing)."""
    return store._conn.execute(
        "SELECT e.*, o.date AS reversed_date, o.purpose AS reversed_purpose, "
        "o.amount_fen AS reversed_amount_fen FROM expenses e "
        "LEFT JOIN expenses o ON o.id = e.reverses_id "
        "WHERE e.deleted = 0 ORDER BY e.date, e.rowid"
    )


def requests(store: Store) -> Iterator[sqlite3.Row]:
    return store._conn.execute(
        "SELECT * FROM requests WHERE deleted = 0 ORDER BY registered_at, rowid"
    )


def table_rows(store: Store, table: str) -> Iterator[sqlite3.Row]:
    """Every live row of a synced table in creation order (the JSON export)."""
    if table not in SYNCED_TABLES:  # only known names reach the SQL
        raise KeyError(table)
    return store._conn.execute(f"SELECT * FROM {table} WHERE deleted = 0 ORDER BY created_hlc")
