"""What one operation changed: the tables and row ids its transaction wrote to the change log.

Qt-free, as Anki's OpChanges: the window refreshes from this value instead of from
hand-written notices, and the command line can report it too."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from linju_desktop.store import changes as change_reads
from linju_desktop.store.database import Store

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    """tables: every table touched; ids: (table, row id) pairs of the rows written."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str]], tables: Iterable[str] = ()) -> OpChanges:
        """From (table, id) pairs, plus tables that changed outside the change log
        (settings and other unsynced tables have no log rows)."""
        ids = frozenset(rows)
        return cls(frozenset(t for t, _i in ids) | frozenset(tables), ids)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def ids_in(self, table: str) -> frozenset[str]:
        return frozenset(i for t, i in self.ids if t == table)

    def merged(self, other: OpChanges) -> OpChanges:
        return OpChanges(self.tables | other.tables, self.ids | other.ids)


def run(store: Store, call: Callable[[], T], tables: Iterable[str] = ()) -> tuple[T, OpChanges]:
    """Run `call` as one transaction (the services' own transactions join it) and return
    its result with what it changed. A failure rolls everything back and propagates."""
    result, rows = change_reads.captured(store, call)
    return result, OpChanges.of(rows, tables)
