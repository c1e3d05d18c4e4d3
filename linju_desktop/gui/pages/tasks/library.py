"""The activity library and the goods for points, editable by the secretary: items with
their category and points rule (a published task keeps the rule it copied), goods with the
points each costs and the stock received (what is left follows from the exchanges)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QVBoxLayout, QWidget

from linju_desktop.domain import volunteering as vrules
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import bind, child, load_form
from linju_desktop.gui.pages.form_dialog import FormDialog
from linju_desktop.gui.widgets import fit_columns
from linju_desktop.services import volunteering as service
from linju_desktop.store.reads import neighbourhood as reads

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ItemDialog(FormDialog):
    ui = "tasks_item.ui"
    fallback = "name"

    def __init__(self, ctx: AppContext, item: dict | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.item = item or {}
        self.setWindowTitle(self.tr("Change the activity") if item else self.tr("New activity"))
        for code in vrules.CATEGORIES:
            self.e["category"].addItem(vrules.category_label(code), code)
        for code in vrules.RULES:
            self.e["rule"].addItem(vrules.rule_label(code), code)
        for key in ("category", "rule"):
            box = self.e[key]
            box.setCurrentIndex(max(0, box.findData(self.item.get(key))))
        self.e["name"].setText(self.item.get("name") or "")
        self.e["points"].setValue(int(self.item.get("points") or 10))
        self.e["name"].setFocus()

    def save(self) -> None:
        fields = {
            "category": self.e["category"].currentData(),
            "name": self.e["name"].text(),
            "rule": self.e["rule"].currentData(),
            "points": self.e["points"].value(),
        }
        store, item_id = self.ctx.store, self.item.get("id")
        self.run(lambda: service.save_item(store, fields, item_id))


class GoodsDialog(FormDialog):
    ui = "tasks_goods.ui"
    fallback = "name"

    def __init__(self, ctx: AppContext, goods: dict | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.goods = goods or {}
        self.setWindowTitle(self.tr("Change the goods") if goods else self.tr("New goods"))
        self.e["name"].setText(self.goods.get("name") or "")
        self.e["points"].setValue(int(self.goods.get("points") or 50))
        self.e["stock"].setValue(int(self.goods.get("stock") or 0))
        left = child(self.form_widget, "left")
        if goods:
            exchanged = int(goods["stock"]) - int(goods["left"])
            left.setText(
                self.tr("{left} left; {n} exchanged so far (the stock received counts them).")
                .format(left=goods["left"], n=exchanged)
            )  # fmt: skip
        self.e["name"].setFocus()

    def save(self) -> None:
        store, gid = self.ctx.store, self.goods.get("id")
        name, points, stock = (
            self.e["name"].text(),
            self.e["points"].value(),
            self.e["stock"].value(),
        )
        self.run(lambda: service.save_goods(store, name, points, stock, gid))


class LibraryDialog(QDialog):
    """活动项目与积分兑换物品: the two lists, each with 新增 and 修改."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Activities and goods"))
        form = load_form("tasks_library.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.resize(form.size())
        bind(
            self,
            form,
            "items goods add_item_button edit_item_button add_goods_button edit_goods_button "
            "buttons",
        )
        self.items.setColumnCount(4)
        self.items.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Activity"), self.tr("Points rule"), self.tr("Points")]
        )
        self.goods.setColumnCount(4)
        self.goods.setHorizontalHeaderLabels(
            [self.tr("Goods"), self.tr("Points each"), self.tr("Stock received"), self.tr("Left")]
        )
        for table in (self.items, self.goods):
            table.verticalHeader().hide()
        self.item_rows: list[dict] = []
        self.goods_rows: list[dict] = []
        self.add_item_button.clicked.connect(lambda: self._open(ItemDialog(ctx, None, self)))
        self.edit_item_button.clicked.connect(self.edit_item)
        self.items.doubleClicked.connect(lambda _i: self.edit_item())
        self.add_goods_button.clicked.connect(lambda: self._open(GoodsDialog(ctx, None, self)))
        self.edit_goods_button.clicked.connect(self.edit_goods)
        self.goods.doubleClicked.connect(lambda _i: self.edit_goods())
        self.buttons.rejected.connect(self.reject)
        service.ensure_library(ctx.store)  # the default library in an empty book
        self.load()

    def load(self) -> None:
        self.item_rows = reads.activity_items(self.ctx.store)
        self.goods_rows = reads.goods(self.ctx.store)
        self._fill(self.items, [
            [vrules.category_label(i["category"]), i["name"], vrules.rule_label(i["rule"]),
             str(i["points"])] for i in self.item_rows
        ], right=(3,))  # fmt: skip
        self._fill(self.goods, [
            [g["name"], str(g["points"]), str(g["stock"]), str(g["left"])] for g in self.goods_rows
        ], right=(1, 2, 3))  # fmt: skip

    @staticmethod
    def _fill(table, rows: list[list[str]], right: tuple[int, ...]) -> None:  # type: ignore[no-untyped-def]
        table.setRowCount(len(rows))
        for i, cells in enumerate(rows):
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if j in right:
                    item.setTextAlignment(RIGHT)
                table.setItem(i, j, item)
        fit_columns(table)

    def _open(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load()

    def edit_item(self) -> None:
        row = self.items.currentRow()
        if 0 <= row < len(self.item_rows):
            self._open(ItemDialog(self.ctx, self.item_rows[row], self))

    def edit_goods(self) -> None:
        row = self.goods.currentRow()
        if 0 <= row < len(self.goods_rows):
            self._open(GoodsDialog(self.ctx, self.goods_rows[row], self))
