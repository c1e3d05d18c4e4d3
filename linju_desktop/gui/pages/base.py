"""A list page with search, filters and a paged table (the page contract: pages/page.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.gui.appearance import text_ratio
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.models import Column, PagedTableModel
from linju_desktop.gui.paged_view import PagedTableView
from linju_desktop.gui.pages.page import Page
from linju_desktop.gui.search_box import SearchBox
from linju_desktop.store import queries


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Module-level (context ""), not self.tr(): PySide's self.tr() would look the
    # strings up under the subclass's name, where lupdate never put them.
    return QCoreApplication.translate("", text, disambiguation, n)


class ListPage(Page):
    """Heading, a row of actions and filters, a search box, a paged table, a count."""

    table = ""
    search_placeholder = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filters: dict[str, QComboBox] = {}
        outer = QVBoxLayout(self)
        self.heading = QLabel(self.title())
        self.heading.setObjectName("heading")
        outer.addWidget(self.heading)
        self.actions_row = QHBoxLayout()
        outer.addLayout(self.actions_row)
        self.filter_row = QHBoxLayout()
        outer.addLayout(self.filter_row)
        self.search = SearchBox(self.search_placeholder or tr("Search"))
        self.search.setAccessibleName(tr("Search"))
        self.search.search.connect(self._on_search)
        self.model = PagedTableModel(
            ctx.store,
            self.table,
            self.columns(),
            self.base_filters(),
            *self.default_order(),
            decorate=self.decorate,
        )
        self.view = PagedTableView()
        self.view.setAccessibleName(self.title())
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().sectionClicked.connect(self._on_header)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setVisible(False)
        self.view.doubleClicked.connect(self._on_activate)
        self.view.activated.connect(self._on_activate)
        self._sort_col, self._sort_desc = -1, False
        # Widths are designed at the default text size and grow with the text, so a date
        # or a status stays whole at 200 % (the table scrolls sideways instead).
        ratio = text_ratio(QApplication.instance())
        for i, col in enumerate(self.model.columns):
            if col.width:
                self.view.setColumnWidth(i, round(col.width * ratio))
        self.count_label = QLabel()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        outer.addLayout(search_row)
        outer.addWidget(self.view, 1)
        # An empty book says what to do next, with the button for it, instead of a blank table.
        self.empty = QFrame()
        self.empty.setObjectName("empty_state")
        empty_col = QVBoxLayout(self.empty)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("primary")
        self.empty_button.setMinimumHeight(44)
        self.empty_button.clicked.connect(self._empty_clicked)
        empty_col.addWidget(self.empty_text)
        empty_col.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_col.addStretch(1)
        self.empty.setVisible(False)
        outer.addWidget(self.empty, 1)
        self._searching = ""
        self.build_actions()
        if type(self).print_choices is not Page.print_choices:
            from linju_desktop.gui.print_button import PrintButton

            self.print_button = PrintButton(self)
            self.actions_row.addWidget(self.print_button)
        ctx.data_changed.connect(self._on_changed)
        self._default_filters = self.current_filters()  # as the page opens: not narrowed
        self._update_count()

    # -- for subclasses -------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def base_filters(self) -> dict:
        return {}

    def default_order(self) -> tuple[str, bool]:
        return ("", False)

    def decorate(self, rows: list[dict]) -> None:
        """Add display values (names for ids, labels) to fetched rows."""

    def build_actions(self) -> None:
        """Add buttons to self.actions_row and filters with add_filter()."""

    def activate(self, row: dict) -> None:
        """Open a row (double-click or Enter)."""

    def empty_hint(self) -> tuple[str, str, Callable[[], None]] | None:
        """What to do when the book is empty: (explanation, button text, its action)."""
        return None

    def add_filter(
        self,
        key: str,
        label: str,
        items: list[tuple[str, str]],
        on_change: Callable[[], None] | None = None,
    ) -> QComboBox:
        box = QComboBox()
        box.addItem(tr("All"), None)
        for value, text in items:
            box.addItem(text, value)
        box.setAccessibleName(label)
        box.setToolTip(label)
        lab = QLabel(label)
        lab.setBuddy(box)
        self.filter_row.addWidget(lab)
        self.filter_row.addWidget(box)
        self.filters[key] = box
        box.currentIndexChanged.connect(on_change or self.apply_filters)
        return box

    def current_filters(self) -> dict:
        out = self.base_filters()
        for key, box in self.filters.items():
            if box.currentData() is not None:
                out[key] = box.currentData()
        return out

    def apply_filters(self) -> None:
        self.model.set_filters(self.current_filters())
        self._update_count()

    def selected_row(self) -> dict | None:
        idx = self.view.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() else None

    def select_id(self, row_id: str) -> bool:
        i = self.model.row_of(row_id)
        while i < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            i = self.model.row_of(row_id)
        if i >= 0:
            self.view.selectRow(i)
            self.view.scrollTo(self.model.index(i, 0))
        return i >= 0

    # -- internals --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()
        self._update_count()

    def _on_changed(self, table: str) -> None:
        if table in ("", self.table) and self.isVisible():
            self.refresh()

    def _on_search(self, text: str) -> None:
        self._searching = text
        self.model.set_search(text)
        self._update_count()

    def _on_header(self, section: int) -> None:
        if not self.model.columns[section].sort_by:
            return
        self._sort_desc = not self._sort_desc if section == self._sort_col else False
        self._sort_col = section
        order = Qt.SortOrder.DescendingOrder if self._sort_desc else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(section, order)
        self.model.sort(section, order)

    def _on_activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activate(self.model.row(index.row()))

    def _update_count(self) -> None:
        total = self.model.total()
        text = tr("%n record(s)", "", total)
        if self.model.bounded:  # one or two characters read the newest records only
            text += " " + tr(
                "among the newest %n: type more to search all", "", queries.SHORT_SCAN_ROWS
            )
        self.count_label.setText(text)
        opened = getattr(self, "_default_filters", None)  # None while the page is built
        narrowed = self._searching or self.current_filters() != (opened or {})
        hint = self.empty_hint() if total == 0 and not narrowed else None
        if hint:
            self.empty_text.setText(hint[0])
            self.empty_button.setText(hint[1])
        self.empty.setVisible(bool(hint))
        self.view.setVisible(not hint)

    def _empty_clicked(self) -> None:
        hint = self.empty_hint()
        if hint:
            hint[2]()
