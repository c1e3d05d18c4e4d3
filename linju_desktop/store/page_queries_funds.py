"""Named reads for the window's funds page (the service decides; these only show)."""

from __future__ import annotations

from linju_desktop.store.database import Store


def expense(store: Store, expense_id: str) -> dict | None:
    return store.get("expenses", expense_id)


def last_category(store: Store) -> str | None:
    """The category of the latest expense entered: the next one's likely category."""
    return store._scalar(
        "SELECT category FROM expenses WHERE deleted = 0 AND reverses_id IS NULL "
        "ORDER BY created_hlc DESC LIMIT 1"
    )


def ledger_years(store: Store) -> set[int]:
    """Years with an allocation or an entry."""
    rows = store._rows(
        "SELECT year FROM allocations WHERE deleted = 0 "
        "UNION SELECT year FROM expenses WHERE deleted = 0"
    )
    return {int(r["year"]) for r in rows if r["year"] is not None}


def reversed_and_receipts(store: Store, ids: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """For the entries shown: how many reversals and how many receipts each has (one query)."""
    marks = ", ".join("?" * len(ids))
    found = store._rows(
        f"SELECT 'reversed' AS k, reverses_id AS id, count(*) AS n FROM expenses "
        f"WHERE deleted = 0 AND reverses_id IN ({marks}) GROUP BY reverses_id "
        f"UNION ALL SELECT 'receipts', owner_id, count(*) FROM attachments "
        f"WHERE deleted = 0 AND owner_table = 'expenses' AND owner_id IN ({marks}) "
        f"GROUP BY owner_id",
        [*ids, *ids],
    )
    by_kind: dict[str, dict[str, int]] = {"reversed": {}, "receipts": {}}
    for f in found:
        by_kind[f["k"]][f["id"]] = f["n"]
    return by_kind["reversed"], by_kind["receipts"]
