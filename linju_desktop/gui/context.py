"""What every page needs: the store, settings, and a signal when records change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Signal

from linju_desktop.domain import clock
from linju_desktop.services.op_changes import OpChanges
from linju_desktop.store.database import Store


class AppContext(QObject):
    data_changed = Signal(str)  # the table that changed ("" = several)
    ops_changed = Signal(object)  # OpChanges of a finished operation (gui/operations.py)
    status = Signal(str)  # a hint for the status bar
    open_record = Signal(str, str)  # table, id: e.g. from the home page

    def __init__(self, store: Store, self_test: bool = False) -> None:
        super().__init__()
        self.store = store
        self.self_test = self_test
        self._unwritten: dict[str, Any] = {}  # set here, not yet written by the writer thread

    def setting(self, key: str, default: Any = None) -> Any:
        if key in self._unwritten:
            return self._unwritten[key]
        return self.store.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Keep a setting without writing on the UI thread: it reads back at once from here
        and the writer thread stores it, so a write that must wait (the one-time VACUUM of an
        older file runs about a minute in the background) never freezes the window."""
        from linju_desktop.gui.operations import run_op  # operations imports this module

        self._unwritten[key] = value
        store = self.store

        def written(_result: object) -> None:
            if key in self._unwritten and self._unwritten[key] is value:
                del self._unwritten[key]

        run_op(self, lambda _p: store.set_setting(key, value), written)

    def today(self) -> dt.date:
        return clock.today()

    def changed(self, table: str = "") -> None:
        self.data_changed.emit(table)

    def announce(self, changes: OpChanges) -> None:
        """Tell the pages what an operation wrote; nothing when it wrote nothing."""
        if not changes:
            return
        self.ops_changed.emit(changes)
        self.data_changed.emit(next(iter(changes.tables)) if len(changes.tables) == 1 else "")
