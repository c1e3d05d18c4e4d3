"""Settings, 党小组: the building party groups and the dialog that adds or changes one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain.errors import ValidationError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.focus import after_fields
from linju_desktop.gui.widgets import inform
from linju_desktop.services import branch
from linju_desktop.services import members as member_service
from linju_desktop.store import page_queries_people as queries


class GroupsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = load_form("settings_groups_tab.ui", self)
        QVBoxLayout(self).addWidget(form)
        child(form, "primary").clicked.connect(self.add_group)
        child(form, "change").clicked.connect(self.edit_group)
        self.table = child(form, "groups_table")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_group())
        self.load()

    def load(self) -> None:
        groups = branch.party_groups(self.ctx.store)
        t = self.table
        t.setRowCount(len(groups))
        for i, g in enumerate(groups):
            values = (
                g["name"],
                g["leader_name"] or "",
                g["buildings"] or "",
                str(g["member_count"]),
            )
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g["id"])
                t.setItem(i, j, item)

    def add_group(self) -> None:
        if GroupDialog(self.ctx, None, self).exec():
            self.load()

    def edit_group(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            inform(self, self.tr("Party groups"), self.tr("First click a group in the list."))
            return
        if GroupDialog(self.ctx, item.data(Qt.ItemDataRole.UserRole), self).exec():
            self.load()


class GroupDialog(QDialog):
    """Add or change a building party group: name, leader from the roster, buildings."""

    def __init__(self, ctx: AppContext, group_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.group_id = ctx, group_id
        self.setObjectName("group_dialog")
        current = queries.party_group(ctx.store, group_id) if group_id else None
        form = load_form("settings_group_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.resize(form.size())
        self.setWindowTitle(
            self.tr("Change party group") if current else self.tr("Add a party group")
        )
        self.form = child(form, "fields")
        child(form, "name").setText((current or {}).get("name") or "")
        child(form, "buildings").setText((current or {}).get("buildings") or "")
        leader = child(form, "leader")
        leader.addItem(self.tr("(none yet)"), None)
        for m in member_service.active_roster(ctx.store):
            where = m["building"] or ""
            leader.addItem(f"{m['name']}  {where}".strip(), m["id"])
        if current and current.get("leader_id"):
            leader.setCurrentIndex(max(0, leader.findData(current["leader_id"])))
        buttons = child(form, "buttons")
        after_fields(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        e, store, group_id = self.form.editors, self.ctx.store, self.group_id
        name, buildings = e["name"].text(), e["buildings"].text()  # type: ignore[attr-defined]
        leader = e["leader"].currentData()  # type: ignore[attr-defined]
        run_op(
            self.ctx,
            lambda _p: branch.save_group(store, name, leader, buildings, group_id),
            self._saved,
            self._refused,
        )

    def _saved(self, group_id: str) -> None:
        self.group_id = group_id
        self.ctx.status.emit(self.tr("Party group saved"))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        self.form.show_problems(exc.problems, fallback="name")
