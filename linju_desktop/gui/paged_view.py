"""The table of a list page: a page of rows fetched below the rows on screen is not a repaint.

QTableView lays its items out again after rows are inserted, and that layout repaints the
whole viewport (QAbstractItemView::doItemsLayout: updateGeometries, then viewport update),
though rows appended below the last visible one change nothing on screen but the scroll
bar. Scrolling a long list to its end fetches a page at a time, and each fetch repainted
every visible cell's text (with software rendering 20-45 ms at 17 rows by 9 columns): here
such a layout updates the geometries (the scroll bar's range) and paints nothing.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
_LOOKS = frozenset(
    (
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.LanguageChange,
    )
)


class PagedTableView(QTableView):
    """A QTableView whose rows all have the one height (the vertical header's default
    section size, which follows the text size): no row is measured, at any length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # where the view stood when rows were appended below the screen; None: none were
        self._appended_at: tuple[int, int, int, int] | None = None
        self._full_layout = True  # something else changed: the next layout repaints
        self._connections: list[QMetaObject.Connection] = []

    def setModel(self, model: QAbstractItemModel | None) -> None:
        for c in self._connections:
            QObject.disconnect(c)
        self._connections = []
        super().setModel(model)
        self._full_layout = True
        if model is None:
            return
        # whatever moves rows or columns on screen needs the full layout and its repaint
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsRemoved,
            model.rowsMoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.columnsMoved,
        ):
            self._connections.append(signal.connect(self._needs_full_layout))

    def _needs_full_layout(self, *_args: object) -> None:
        self._full_layout = True

    def _place(self) -> tuple[int, int, int, int]:
        size = self.viewport().size()
        return (self.verticalOffset(), self.horizontalOffset(), size.width(), size.height())

    def rowsInserted(self, parent: Index, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        # the last row on screen before the insertion; -1 when the rows end above the
        # bottom of the screen (then the new ones show and are painted)
        bottom = self.rowAt(self.viewport().height() - 1)
        if parent.isValid() or bottom < 0 or bottom >= start:
            self._full_layout = True
        elif self._appended_at is None:
            self._appended_at = self._place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _LOOKS:  # every row looks different
            self._full_layout = True

    def doItemsLayout(self) -> None:
        appended, self._appended_at = self._appended_at, None
        full, self._full_layout = self._full_layout, False
        if appended is not None and not full and appended == self._place():
            self.updateGeometries()  # the scroll bar's range; nothing on screen moved
            return
        super().doItemsLayout()
