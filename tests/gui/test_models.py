"""The paged list model: cell texts made once per row stay those of the rows held, through
fetches, reloads and layout changes; only the roles it answers get an answer; the requests
page paints an overdue due time bold in the warning colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from linju_desktop.gui.models import Column, PagedTableModel
from linju_desktop.gui.pages.requests import RequestsPage


def _rendered(model: PagedTableModel, i: int) -> list[str]:
    row = model.row(i)
    out = []
    for col in model.columns:
        value = col.render(row) if col.render else row.get(col.key)
        out.append("" if value is None else str(value))
    return out


def _shown(model: PagedTableModel, i: int) -> list[str]:
    return [model.index(i, c).data() for c in range(model.columnCount())]


def test_cells_follow_their_rows_through_fetches_reloads_and_layout_changes(qtbot, demo_ctx):
    page = RequestsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model.canFetchMore()
    first = _shown(model, 0)
    model.fetchMore()
    assert model.rowCount() > 100
    for i in (0, 99, 100, model.rowCount() - 1):
        assert _shown(model, i) == _rendered(model, i)
    assert _shown(model, 0) == first  # kept, not made again differently
    # a reload (another order) shows the new rows, not the texts of the old ones
    page._on_header(0)  # by number, the oldest first
    assert model.row(0)["number"] != first[0]
    assert _shown(model, 0) == _rendered(model, 0)
    # what a render reads changed and the page said so: the texts are made again
    model.row(0)["number"] = "R-changed"
    assert _shown(model, 0)[0] != "R-changed"  # kept until told
    model.layoutChanged.emit()
    assert _shown(model, 0)[0] == "R-changed"
    model.row(1)["number"] = "R-again"
    model.dataChanged.emit(model.index(1, 0), model.index(1, 0))
    assert _shown(model, 1)[0] == "R-again"


def test_only_the_roles_it_answers_get_an_answer(qtbot, ctx):
    with ctx.store.transaction():
        ctx.store.insert("members", {"name": "王秀英", "status": "active", "building": "3"})
    model = PagedTableModel(
        ctx.store,
        "members",
        [
            Column("name", lambda: "name"),
            Column("building", lambda: "b", lambda r: f"{r['building']}号楼", align_right=True),
        ],
    )
    name, building = model.index(0, 0), model.index(0, 1)
    assert name.data() == "王秀英" and building.data() == "3号楼"
    assert building.data(Qt.ItemDataRole.ToolTipRole) == "3号楼"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert building.data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert name.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(name, Qt.ItemDataRole.UserRole)["name"] == "王秀英"
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
    ):
        assert name.data(role) is None, role
    assert model.data(model.index(5, 0)) is None  # no such row


def test_an_overdue_due_time_is_measured_and_painted_bold(qtbot, demo_ctx):
    """Bold from the model's own row (its red is read from the picture in
    test_painted_contrast.py, selected and not)."""
    page = RequestsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    due = next(i for i, c in enumerate(page.model.columns) if c.key == "due")
    delegate = page.view.itemDelegateForColumn(due)
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    late = next(i for i, r in enumerate(rows) if r["_overdue"])
    fine = next(i for i, r in enumerate(rows) if not r["_overdue"])
    painted = {}
    for i in (late, fine):
        option = QStyleOptionViewItem()
        option.initFrom(page.view)
        delegate.initStyleOption(option, page.model.index(i, due))
        painted[i] = option.font.bold()
    assert painted == {late: True, fine: False}
