"""What a transaction wrote, read back from the change log (see changelog.py).

The triggers log every write of a synced table in the same transaction as the data,
so the log rows after the transaction's first mark are exactly that call's changes:
BEGIN IMMEDIATE holds the write lock, no other writer can add rows in between."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from linju_desktop.store.reads.changes import last_seq

if TYPE_CHECKING:
    from linju_desktop.store.database import Store

T = TypeVar("T")


def written_since(store: Store, seq: int) -> list[tuple[str, str]]:
    """(table, row id) of every row logged after `seq`, each once, in log order."""
    rows = store._conn.execute(
        "SELECT tbl, row_id FROM change_log WHERE seq > ? GROUP BY tbl, row_id ORDER BY min(seq)",
        (seq,),
    )
    return [(r[0], r[1]) for r in rows]


def captured(store: Store, call: Callable[[], T]) -> tuple[T, list[tuple[str, str]]]:
    """Run `call` inside one transaction and return its result and the rows it wrote."""
    with store.transaction():
        mark = last_seq(store)
        result = call()
        written = written_since(store, mark)
    return result, written
