"""群众诉求: the three lists (problems, tasks, results), the overdue ones, and the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from linju_desktop.domain import requests as rules
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.models import Column, PagedTableModel
from linju_desktop.gui.pages.base import ListPage
from linju_desktop.gui.pages.requests.actions import ActionDialog
from linju_desktop.gui.pages.requests.common import address, category_label, is_overdue, local_time
from linju_desktop.gui.pages.requests.detail import RequestDialog
from linju_desktop.gui.pages.requests.intake import IntakeDialog
from linju_desktop.gui.widgets import big_button, set_style_state
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.period import Period
from linju_desktop.services import resident_requests as service
from linju_desktop.services.clock import utc_now
from linju_desktop.store import page_queries_people as people
from linju_desktop.store import page_queries_requests as queries


def warning_colour(on_selection: bool = False) -> QColor:
    """The style sheets' colour for bad news (QLabel#bad), for painting outside a widget;
    on a selected row the darker one that reads on the selection (QLabel#bad_on_selection)."""
    probe = QLabel()
    probe.setObjectName("bad_on_selection" if on_selection else "bad")
    probe.ensurePolished()
    return probe.palette().color(QPalette.ColorRole.WindowText)


class _OverdueDelegate(QStyledItemDelegate):
    """Paints the due time red and bold when the request is overdue, also on a selected row:
    the style sheets' ::item:selected colour would replace a palette's red there, so the
    text is drawn here over the row's ground and selection as the style paints them."""

    def __init__(self, parent: QWidget, model: PagedTableModel) -> None:
        super().__init__(parent)
        self.colour = warning_colour()
        self.selected_colour = warning_colour(on_selection=True)
        self.model = model

    def _overdue(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        # the row from the model itself: through index.data() the dict would be copied
        # into a QVariant map and back for every painted cell
        return index.isValid() and bool(self.model.row(index.row()).get("_overdue"))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self._overdue(index):
            option.font.setBold(True)  # measured bold too (the column's size hint)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not self._overdue(index):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        area = area.adjusted(3, 0, -3, 0)  # the style's text margin
        font = opt.font
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        flags = int(opt.displayAlignment)
        if opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            flags |= int(Qt.TextFlag.TextWordWrap)
        else:
            text = QFontMetrics(font).elidedText(text, opt.textElideMode, area.width())
        painter.save()
        painter.setFont(font)
        painter.setPen(self.selected_colour if selected else self.colour)
        painter.drawText(area, flags, text)
        painter.restore()


class RequestsPage(ListPage):
    key = "requests"
    table = "requests"

    def title(self) -> str:
        return self.tr("Resident requests")

    def print_choices(self) -> list[tuple[str, Order | None]]:
        row = self.selected_row()
        year = self.ctx.today().year
        period = Period.year(year)
        sheet = Order("request", ident=row["number"]) if row else None
        label = (
            self.tr("Handling sheet of request {number}").format(number=row["number"])
            if row
            else self.tr("Handling sheet of the selected request (select one first)")
        )
        return [
            (label, sheet),
            (self.tr("The three lists {year}").format(year=year), Order("requests", period=period)),
            (
                self.tr("Problem list {year}").format(year=year),
                Order("requests", period=period, list_name="problem"),
            ),
            (
                self.tr("Task list {year}").format(year=year),
                Order("requests", period=period, list_name="task"),
            ),
            (
                self.tr("Result list {year}").format(year=year),
                Order("requests", period=period, list_name="result"),
            ),
        ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.segment = "all"
        self._now = utc_now()
        self.search_placeholder = self.tr("Search by number, resident, building or what was asked")
        super().__init__(ctx, parent)
        due_col = next(i for i, c in enumerate(self.model.columns) if c.key == "due")
        self._delegate = _OverdueDelegate(self.view, self.model)
        self.view.setItemDelegateForColumn(due_col, self._delegate)
        self._update_segments()

    # -- list --------------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return [
            Column("number", lambda: self.tr("Number"), sort_by="number", width=120),
            Column(
                "registered",
                lambda: self.tr("Registered"),
                lambda r: local_time(r["registered_at"]),
                "registered_at",
                width=160,
            ),
            Column("resident", lambda: self.tr("Resident"), width=100),
            Column(
                "address",
                lambda: self.tr("Building-unit-room"),
                address,
                "building",
                width=170,
            ),
            Column(
                "category",
                lambda: self.tr("Category"),
                lambda r: category_label(r["category"]),
                "category",
                width=110,
            ),
            Column(
                "state",
                lambda: self.tr("State"),
                lambda r: rules.state_label(r["state"]),
                "state",
                width=90,
            ),
            Column("handler", lambda: self.tr("Handled by"), self._handler, width=150),
            Column("due", lambda: self.tr("Due"), self._due, "due_at", width=240),
            Column(
                "rating",
                lambda: self.tr("Rating"),
                lambda r: core_tr(rules.RATING_LABELS[r["rating"]]) if r["rating"] else "",
            ),
        ]

    def _handler(self, r: dict) -> str:
        if r["handling"] == "member":
            return r.get("_assignee") or ""
        if r["handling"] == "department":
            return r["department"] or ""
        if r["handling"] == "branch":
            return core_tr(rules.HANDLING_LABELS["branch"])
        return ""

    def _due(self, r: dict) -> str:
        text = local_time(r["due_at"])
        return self.tr("{time} overdue").format(time=text) if r.get("_overdue") else text

    def default_order(self) -> tuple[str, bool]:
        return ("registered_at", True)

    def decorate(self, rows: list[dict]) -> None:
        names = people.member_names(
            self.ctx.store, {r["assignee_id"] for r in rows if r["assignee_id"]}
        )
        for r in rows:
            r["_assignee"] = names.get(r["assignee_id"] or "", "")
            r["_overdue"] = is_overdue(r, self._now)

    def build_actions(self) -> None:
        self.actions_row.addWidget(
            big_button(
                self.tr("Register a request"),
                self.tr("Write down what a resident asked for"),
                self.register,
                primary=True,
            )
        )
        self.actions_row.addStretch(1)
        # The three lists (三张清单) and the overdue ones, as a row of toggle buttons.
        seg_row = QHBoxLayout()
        self.segments = QButtonGroup(self)
        self.segment_buttons: dict[str, QPushButton] = {}
        for key in ("all", *rules.LIST_LABELS, "overdue"):
            b = QPushButton()
            b.setCheckable(True)
            b.setMinimumHeight(40)
            b.setObjectName(f"segment_{key}")
            b.setProperty("segment", True)  # the chosen list stands out plainly (style sheets)
            self.segments.addButton(b)
            self.segment_buttons[key] = b
            b.clicked.connect(lambda _c=False, k=key: self.set_segment(k))
            seg_row.addWidget(b)
        self.segment_buttons["all"].setChecked(True)
        seg_row.addStretch(1)
        self.layout().insertLayout(2, seg_row)  # type: ignore[attr-defined]
        self.add_filter(
            "state", self.tr("State"), [(s, rules.state_label(s)) for s in rules.STATES]
        )
        self.add_filter(
            "category",
            self.tr("Category"),
            [(c.code, category_label(c.code)) for c in rules.DEFAULT_CATEGORIES],
        )
        years = queries.request_years(self.ctx.store)
        self.add_filter("year", self.tr("Year"), [(y, y) for y in years])
        self.filter_row.addStretch(1)

    def _update_segments(self) -> None:
        counts = service.three_lists(self.ctx.store)
        self._overdue_ids = [r["id"] for r in service.overdue(self.ctx.store, self._now)]
        texts = {
            "all": self.tr("All ({n})").format(n=sum(counts.values())),
            "overdue": self.tr("Overdue ({n})").format(n=len(self._overdue_ids)),
        }
        for key, label in rules.LIST_LABELS.items():
            texts[key] = f"{core_tr(label)} ({counts[key]})"
        for key, b in self.segment_buttons.items():
            b.setText(texts[key])
        self.segment_counts = {"overdue": len(self._overdue_ids), **counts}
        set_style_state(self.segment_buttons["overdue"], "late", bool(self._overdue_ids))

    def set_segment(self, key: str) -> None:
        self.segment = key
        self.segment_buttons[key].setChecked(True)
        self.apply_filters()

    def current_filters(self) -> dict:
        out: dict[str, Any] = super().current_filters()
        if self.segment in rules.LIST_LABELS:
            states = [s for s, lst in rules.LISTS.items() if lst == self.segment]
            chosen = out.get("state")
            out["state"] = states if chosen is None else ([chosen] if chosen in states else [])
        elif self.segment == "overdue":
            out["id"] = self._overdue_ids
        return out

    def refresh(self) -> None:
        self._now = utc_now()
        self._update_segments()
        self.model.set_filters(self.current_filters())
        self._update_count()

    # -- actions ------------------------------------------------------------------------------
    def register(self) -> None:
        dlg = IntakeDialog(self.ctx, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.request_id:
            self.refresh()
            self.select_id(dlg.request_id)

    def empty_hint(self) -> tuple[str, str, Callable[[], None]] | None:
        return (
            self.tr(
                "No resident requests yet. When a resident asks for something, register it "
                "here: who, how to reach them, the address and what it is about."
            ),
            self.tr("Register the first request"),
            self.register,
        )

    def activate(self, row: dict) -> None:
        RequestDialog(self.ctx, row["id"], self).exec()

    def open_record(self, table: str, row_id: str) -> None:
        if table != "requests":
            return
        if not self.select_id(row_id):
            for box in self.filters.values():
                box.setCurrentIndex(0)
            self.search.clear()
            self.model.set_search("")
            self.set_segment("all")
            self.select_id(row_id)
        RequestDialog(self.ctx, row_id, self).exec()

    def self_test(self) -> None:
        dlg = IntakeDialog(self.ctx, self)
        dlg.show()
        dlg.reject()
        row = self.selected_row() or (self.model.row(0) if self.model.rowCount() else None)
        if row:
            rd = RequestDialog(self.ctx, row["id"], self)
            rd.show()
            req = service.get(self.ctx.store, row["id"])
            for action in rules.TRANSITIONS:
                ad = ActionDialog(self.ctx, req, action, rd)
                ad.show()
                ad.reject()
            rd.reject()
