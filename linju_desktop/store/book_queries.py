"""Named reads of the record books for the services and the command line."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from linju_desktop.store.database import Store
from linju_desktop.store.schema import SYNCED_TABLES


def live_counts(store: Store, tables: Iterable[str]) -> dict[str, int]:
    """Rows not tombstoned, per synced table."""
    out: dict[str, int] = {}
    for t in tables:
        if t not in SYNCED_TABLES:
            raise KeyError(t)
        out[t] = int(store.scalar(f"SELECT count(*) FROM {t} WHERE deleted = 0"))
    return out


def changes_after(store: Store, seq: int) -> int:
    """Change-log rows after `seq` (what waits to be uploaded)."""
    return int(store.scalar("SELECT count(*) FROM change_log WHERE seq > ?", (seq,)))


def has_members(store: Store) -> bool:
    return bool(store.scalar("SELECT count(*) FROM members"))


def foreign_key_problems(store: Store) -> list[dict[str, Any]]:
    return store.rows("PRAGMA foreign_key_check")


# -- members --------------------------------------------------------------------------------
def member_with_id_number(store: Store, id_number: str, exclude_id: str = "") -> dict | None:
    rows = store.rows(
        "SELECT id, name FROM members WHERE id_number = ? AND deleted = 0 AND id != ?",
        (id_number, exclude_id),
    )
    return rows[0] if rows else None


def active_probationary(store: Store) -> list[dict]:
    return store.rows(
        "SELECT * FROM members WHERE deleted = 0 AND status = 'active' "
        "AND member_kind = 'probationary' ORDER BY joined_date"
    )


def active_members(store: Store) -> list[dict]:
    return store.rows(
        "SELECT * FROM members WHERE deleted = 0 AND status = 'active' ORDER BY building, name"
    )


# -- funds ----------------------------------------------------------------------------------
def allocation_of(store: Store, year: int) -> dict | None:
    rows = store.rows(
        "SELECT * FROM allocations WHERE year = ? AND deleted = 0 ORDER BY updated_hlc DESC",
        (year,),
    )
    return rows[0] if rows else None


def spent_in(store: Store, year: int) -> int:
    return int(
        store.scalar(
            "SELECT coalesce(sum(amount_fen), 0) FROM expenses WHERE year = ? AND deleted = 0",
            (year,),
        )
    )


def spent_by_category(store: Store, year: int) -> list[dict]:
    return store.rows(
        "SELECT category, sum(amount_fen) AS amount_fen FROM expenses "
        "WHERE year = ? AND deleted = 0 GROUP BY category",
        (year,),
    )


def is_reversed(store: Store, expense_id: str) -> bool:
    return bool(
        store.scalar(
            "SELECT count(*) FROM expenses WHERE reverses_id = ? AND deleted = 0", (expense_id,)
        )
    )
