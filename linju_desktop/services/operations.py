"""What a service call changed, read from the change log (Anki's OpChanges, Qt-free).

perform() runs one service call as one transaction and returns its value with the tables
and record ids it changed, read from the change-log rows that transaction wrote; nothing
is announced by hand, so a write cannot be forgotten. The window's background-operation
helper refreshes its pages from the changes; the command line can ignore them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Concatenate, Generic, ParamSpec, TypeVar

from linju_desktop.store.database import Store
from linju_desktop.store.reads import changes

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    """Record ids changed per table; empty when the call changed nothing synced."""

    ids: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str]]) -> OpChanges:
        by_table: dict[str, set[str]] = {}
        for table, row_id in rows:
            by_table.setdefault(table, set()).add(row_id)
        return cls({t: frozenset(ids) for t, ids in by_table.items()})

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.ids)

    def touches(self, *tables: str) -> bool:
        return any(t in self.ids for t in tables)

    def __bool__(self) -> bool:
        return bool(self.ids)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    value: T  # what the service returned
    changes: OpChanges


def perform(
    store: Store, action: Callable[Concatenate[Store, P], T], *args: P.args, **kwargs: P.kwargs
) -> OpResult[T]:
    """Run `action(store, ...)` in one transaction; return its value and what it changed.

    Inside an open transaction it joins it and reports only its own changes. An exception
    rolls everything back and propagates (nothing changed, nothing to report)."""
    with store.transaction():
        mark = changes.last_seq(store)
        value = action(store, *args, **kwargs)
        changed = OpChanges.of(changes.rows_changed_after(store, mark))
    return OpResult(value, changed)
