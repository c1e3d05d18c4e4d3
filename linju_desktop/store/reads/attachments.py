"""Reads of the attachments' book (photos and scans kept with a record)."""

from __future__ import annotations

from linju_desktop.store.database import Store


def of_record(store: Store, owner_table: str, owner_id: str) -> list[dict]:
    """A record's live attachments in the order they were added."""
    return store._rows(
        "SELECT * FROM attachments WHERE owner_table = ? AND owner_id = ? AND deleted = 0 "
        "ORDER BY created_hlc",
        (owner_table, owner_id),
    )
