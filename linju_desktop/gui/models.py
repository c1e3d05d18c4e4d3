"""A table model over the store that fetches 100 rows at a time (Qt's canFetchMore),
so a 20,000-row list opens instantly and scrolls without loading everything."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from linju_desktop.store import queries
from linju_desktop.store.database import Store

PAGE = 100
Index = QModelIndex | QPersistentModelIndex

# The roles data() answers. A painted cell asks for about seven (font, colours, check
# state, icon...): the others are turned away before the index is looked at, as a scroll
# repaints the visible rows after every page fetched. A role data() starts to answer
# must be added here.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
ANSWERED_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ALIGN, _USER))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class Column:
    key: str
    title: Callable[[], str]  # called each time so a language switch shows at once
    render: Callable[[dict], str] | None = None
    sort_by: str | None = None  # a store column, or None when not sortable
    align_right: bool = False
    width: int = 0


class PagedTableModel(QAbstractTableModel):
    def __init__(
        self,
        store: Store,
        table: str,
        columns: list[Column],
        filters: Mapping[str, Any] | None = None,
        order_by: str = "",
        descending: bool = False,
        decorate: Callable[[list[dict]], None] | None = None,
    ) -> None:
        super().__init__()
        self.store, self.columns, self.decorate = store, columns, decorate
        self.query = queries.ListQuery(table, dict(filters or {}), "", order_by, descending)
        self._rows: list[dict] = []
        # each row's cell texts, made at its first paint and kept (a render parses and
        # formats dates); forgotten when the rows or what they show change
        self._texts: list[list[str] | None] = []
        self.layoutChanged.connect(self._forget_texts)  # e.g. ID numbers shown in full
        self.dataChanged.connect(self._forget_texts)
        self._total = 0
        self._exhausted = False
        self._cursor: queries.Cursor | None = None
        self.bounded = False
        self.reload()

    # -- querying --------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._texts = []
        self._exhausted = False
        self._cursor = None
        self._total = queries.count(self.store, self.query)
        # a one- or two-character search reads the newest records only: the page says so
        self.bounded = queries.search_is_bounded(self.store, self.query.table, self.query.search)
        self._fetch()
        self.endResetModel()

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        self.query.filters = dict(filters)
        self.reload()

    def set_search(self, text: str) -> None:
        if text != self.query.search:
            self.query.search = text
            self.reload()

    def total(self) -> int:
        return self._total

    def row(self, i: int) -> dict:
        return self._rows[i]

    def row_of(self, row_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == row_id:
                return i
        return -1

    def _fetch(self) -> int:
        rows = self._next_page()
        self._rows.extend(rows)
        self._texts.extend([None] * len(rows))
        return len(rows)

    def _forget_texts(self, *_args: object) -> None:
        self._texts = [None] * len(self._rows)

    def _row_texts(self, i: int) -> list[str]:
        texts = self._texts[i]
        if texts is None:
            row = self._rows[i]
            texts = self._texts[i] = [_text(col, row) for col in self.columns]
        return texts

    def _next_page(self) -> list[dict]:
        """The next PAGE rows after the last one held (keyset: as fast at any depth)."""
        rows, self._cursor = queries.page_after(self.store, self.query, PAGE, self._cursor)
        if self.decorate and rows:
            self.decorate(rows)
        if len(rows) < PAGE:
            self._exhausted = True
        return rows

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        rows = self._next_page()
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend([None] * len(rows))
            self.endInsertRows()

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        if role == _USER:
            return self._rows[index.row()]
        if role == _ALIGN:
            return _RIGHT if self.columns[index.column()].align_right else None
        return self._row_texts(index.row())[index.column()]  # display and tooltip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_by
        if not key:
            return
        self.query.order_by = key
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def _text(col: Column, row: dict) -> str:
    value = col.render(row) if col.render else row.get(col.key)
    return "" if value is None else str(value)
