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

    def setting(self, key: str, default: Any = None) -> Any:
        return self.store.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.store.set_setting(key, value)

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
