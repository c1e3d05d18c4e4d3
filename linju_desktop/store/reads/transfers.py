"""Reads of the membership transfers' book."""

from __future__ import annotations

from linju_desktop.store.database import Store


def awaiting_receipt(store: Store) -> list[dict]:
    """Transfers whose receipt stub has not come back, oldest letter first."""
    return store._rows(
        "SELECT * FROM transfers WHERE deleted = 0 AND receipt_date IS NULL ORDER BY issued_date"
    )
