"""The list pages' table while it scrolls: a page fetched below the rows on screen repaints
none of them (a repaint of every visible cell's text was most of each fetch's block); rows
that come into sight are painted; no row is measured; only the requests page's due column
has a Python delegate, the other cells are painted by Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate

from linju_desktop.gui import models
from linju_desktop.gui.models import Column, PagedTableModel
from linju_desktop.gui.paged_view import PagedTableView
from linju_desktop.gui.pages.requests import RequestsPage


class _Paints(QObject):
    """The rectangles of the paint events a widget receives."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def _settle(qtbot) -> None:
    """Run the event loop a while: a layout posts its repaint, which runs on a later pass."""
    qtbot.wait(50)


def _page(qtbot, ctx) -> RequestsPage:
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_page_fetched_below_the_screen_repaints_no_row(qtbot, gui_app, demo_ctx):
    page = _page(qtbot, demo_ctx)
    view, model = page.view, page.model
    assert isinstance(view, PagedTableView)
    _settle(qtbot)
    bottom = view.rowAt(view.viewport().height() - 1)
    assert 0 <= bottom < model.rowCount() - 1, "the first page fills the screen"
    paints = _Paints(view.viewport())
    bar = view.verticalScrollBar()
    rows, top = model.rowCount(), bar.maximum()
    assert model.canFetchMore()
    model.fetchMore()
    _settle(qtbot)
    assert model.rowCount() > rows
    assert bar.maximum() > top  # the scroll bar reaches the new rows
    assert paints.rects == []
    # rows brought into sight are painted: dragged to the end, then the next page fetched
    bar.setValue(bar.maximum())
    _settle(qtbot)
    assert paints.rects, "the rows scrolled into sight were not painted"
    # anything else that changes the rows on screen still repaints them, also when a
    # page is fetched before the view lays the rows out again
    for change in (lambda: page._on_header(0), model.layoutChanged.emit):
        paints.rects.clear()
        change()  # another order (a reset); a layout change
        model.fetchMore()
        _settle(qtbot)
        assert paints.rects


class _HeldModel(PagedTableModel):
    """Fetches only when the test says so (a view whose screen is not full fetches at once)."""

    held = True

    def canFetchMore(self, parent=None) -> bool:
        return not self.held and super().canFetchMore()


def test_rows_appended_in_sight_are_painted(qtbot, gui_app, ctx, monkeypatch):
    monkeypatch.setattr(models, "PAGE", 10)  # pages that fit the offscreen screen
    with ctx.store.transaction():
        for i in range(15):
            ctx.store.insert("members", {"name": f"成员{i:03d}", "status": "active"})
    model = _HeldModel(ctx.store, "members", [Column("name", lambda: "name")], order_by="name")
    view = PagedTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().hide()  # as on the list pages
    view.resize(400, view.rowHeight(0) * 18)  # room for the first page and more
    view.show()
    qtbot.waitExposed(view)
    _settle(qtbot)
    assert model.rowCount() == 10
    assert view.rowAt(view.viewport().height() - 1) == -1, "the screen is not full"
    paints = _Paints(view.viewport())
    model.held = False
    model.fetchMore()
    _settle(qtbot)
    assert model.rowCount() == 15
    first_new = view.visualRect(model.index(10, 0))
    assert first_new.isValid() and view.viewport().rect().intersects(first_new)
    assert any(r.intersects(first_new) for r in paints.rects), paints.rects


def test_no_row_is_measured_and_one_column_has_a_python_delegate(
    qtbot, gui_app, demo_ctx, monkeypatch
):
    asked: list[int] = []
    answer = PagedTableModel.data

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.append(int(role))
        return answer(self, index, role)

    monkeypatch.setattr(PagedTableModel, "data", data)
    page = _page(qtbot, demo_ctx)
    view, model = page.view, page.model
    header = view.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    bar = view.verticalScrollBar()
    while model.canFetchMore():
        bar.setValue(bar.maximum())
        _settle(qtbot)
    assert asked, "the cells were painted through data()"
    assert int(Qt.ItemDataRole.SizeHintRole) not in asked
    assert {view.rowHeight(i) for i in range(model.rowCount())} == {header.defaultSectionSize()}
    # the due column's red needs Python; every other cell is painted by Qt's C++ delegate
    due = next(i for i, c in enumerate(model.columns) if c.key == "due")
    assert type(view.itemDelegate()) is QStyledItemDelegate
    for c in range(model.columnCount()):
        own = view.itemDelegateForColumn(c)
        assert (own is not None) == (c == due), c
