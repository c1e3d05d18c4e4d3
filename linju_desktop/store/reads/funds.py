"""Reads of the funds' books: allocations and expenses."""

from __future__ import annotations

from linju_desktop.store.database import Store


def allocation_of(store: Store, year: int) -> dict | None:
    rows = store._rows(
        "SELECT * FROM allocations WHERE year = ? AND deleted = 0 ORDER BY updated_hlc DESC",
        (year,),
    )
    return rows[0] if rows else None


def spent_in(store: Store, year: int) -> int:
    return int(
        store._scalar(
            "SELECT coalesce(sum(amount_fen), 0) FROM expenses WHERE year = ? AND deleted = 0",
            (year,),
        )
    )


def spent_by_category(store: Store, year: int) -> list[dict]:
    return store._rows(
        "SELECT category, sum(amount_fen) AS amount_fen FROM expenses "
        "WHERE year = ? AND deleted = 0 GROUP BY category",
        (year,),
    )


def is_reversed(store: Store, expense_id: str) -> bool:
    return bool(
        store._scalar(
            "SELECT count(*) FROM expenses WHERE reverses_id = ? AND deleted = 0", (expense_id,)
        )
    )
