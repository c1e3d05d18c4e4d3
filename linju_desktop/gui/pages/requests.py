"""群众诉求: the three lists, intake, and one request's loop (支部派单、党员接单、群众评单)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import requests as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.models import Column
from linju_desktop.gui.pages.base import ListPage
from linju_desktop.gui.widgets import (
    ERROR_STYLE,
    FieldForm,
    big_button,
    combo,
    inform,
    line_edit,
    problems_text,
)
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.period import Period
from linju_desktop.services import members as member_service
from linju_desktop.services import resident_requests as service
from linju_desktop.services.clock import parse_iso, utc_now

RED = "#b00020"
# The chosen list must stand out plainly, not by a faint shade.
SEGMENT_STYLE = (
    "QPushButton:checked { background: #b3261e; color: white; font-weight: bold; "
    "border: 1px solid #8c1d17; border-radius: 4px; }"
)
# Used until the user keeps their own list in settings ("departments").
DEFAULT_DEPARTMENTS = [
    "社区居委会",
    "物业服务中心",
    "街道城管执法队",
    "区供电公司",
    "区自来水公司",
    "燃气公司",
    "派出所社区警务室",
]
# Actions done by whoever handles the request; the others are the branch's (secretary's).
HANDLER_ACTIONS = frozenset({"accept", "return", "start", "complete"})


def local_time(text: str | None) -> str:
    """A stored UTC time as local wall time, to the minute."""
    if not text:
        return ""
    return parse_iso(text).astimezone().strftime("%Y-%m-%d %H:%M")


def is_overdue(row: dict, now: dt.datetime) -> bool:
    due = parse_iso(row["due_at"]) if row.get("due_at") else None
    return rules.is_overdue(row["state"], due, now)


def category_label(code: str | None) -> str:
    c = rules.CATEGORY_BY_CODE.get(code or "")
    return core_tr(c.name) if c else (code or "")


def address(row: dict) -> str:
    return "-".join(str(x) for x in (row.get("building"), row.get("unit"), row.get("room")) if x)


def secretary_name(ctx: AppContext) -> str:
    return (
        ctx.store.scalar(
            "SELECT name FROM members WHERE deleted = 0 AND status = 'active' "
            "AND committee_role = 'secretary' LIMIT 1"
        )
        or ""
    )


def member_names(ctx: AppContext, ids: set[str]) -> dict[str, str]:
    """Names for member ids, in one query."""
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = ctx.store.rows(
        f"SELECT id, name FROM members WHERE id IN ({', '.join('?' * len(ids))})", sorted(ids)
    )
    return {r["id"]: r["name"] for r in rows}


def departments(ctx: AppContext) -> list[str]:
    return list(ctx.setting("departments", None) or DEFAULT_DEPARTMENTS)


class _OverdueDelegate(QStyledItemDelegate):
    """Paints the due time red and bold when the request is overdue."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        row = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, dict) and row.get("_overdue"):
            option.palette.setColor(QPalette.ColorRole.Text, QColor(RED))
            option.font.setBold(True)


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
        self._delegate = _OverdueDelegate(self.view)
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
        names = member_names(self.ctx, {r["assignee_id"] for r in rows if r["assignee_id"]})
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
            b.setStyleSheet(SEGMENT_STYLE)
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
        years = [
            r["y"]
            for r in self.ctx.store.rows(
                "SELECT DISTINCT substr(registered_at, 1, 4) AS y FROM requests "
                "WHERE deleted = 0 ORDER BY y DESC"
            )
            if r["y"]
        ]
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
        over = self.segment_buttons["overdue"]
        over.setStyleSheet(
            SEGMENT_STYLE
            + (f"QPushButton {{ color: {RED}; font-weight: bold; }}" if self._overdue_ids else "")
        )

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
            req = self.ctx.store.get("requests", row["id"]) or row
            for action in rules.TRANSITIONS:
                ad = ActionDialog(self.ctx, req, action, rd)
                ad.show()
                ad.reject()
            rd.reject()


class IntakeDialog(QDialog):
    """Register a request with the fewest fields; the branch sorts it out later."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id: str | None = None
        self.setObjectName("intake_dialog")
        self.setWindowTitle(self.tr("Register a request"))
        self.resize(700, 640)
        outer = QVBoxLayout(self)
        f = self.form = FieldForm()
        outer.addWidget(f)
        f.add(
            "resident",
            self.tr("&Resident"),
            line_edit("", self.tr("name, or 匿名 if they prefer"), 30),
        )
        f.add("contact", self.tr("&Phone"), line_edit("", self.tr("optional")))
        addr = QWidget()
        row = QHBoxLayout(addr)
        row.setContentsMargins(0, 0, 0, 0)
        self.building = line_edit("")
        self.unit = line_edit("")
        self.room = line_edit("")
        for edit, unit_text in (
            (self.building, self.tr("building")),
            (self.unit, self.tr("unit")),
            (self.room, self.tr("room")),
        ):
            edit.setMaximumWidth(120)
            edit.setAccessibleName(unit_text)
            label = QLabel(unit_text)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)
        row.addStretch(1)
        f.add("address", self.tr("&Address"), addr)
        addr.setFocusProxy(self.building)
        f.add(
            "category",
            self.tr("&Category"),
            combo([(c.code, category_label(c.code)) for c in rules.DEFAULT_CATEGORIES], "other"),
        )
        desc = QPlainTextEdit()
        desc.setTabChangesFocus(True)
        desc.setPlaceholderText(self.tr("What does the resident ask for? Where, since when?"))
        desc.setMinimumHeight(110)
        f.add("description", self.tr("&What is asked"), desc)
        f.add(
            "source",
            self.tr("&Came by"),
            combo([(k, core_tr(v)) for k, v in rules.SOURCES.items()], "visit"),
        )
        meetings = ctx.store.rows(
            "SELECT id, date, title FROM meetings WHERE deleted = 0 AND type = 'neighbour' "
            "ORDER BY date DESC LIMIT 30"
        )
        self.meeting = combo(
            [(m["id"], f"{m['date']} {m['title'] or ''}") for m in meetings],
            blank=self.tr("(none)"),
        )
        f.add("meeting_id", self.tr("At &meeting"), self.meeting)
        source = f.editors["source"]
        assert isinstance(source, QComboBox)
        source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addStretch(1)
        outer.addWidget(buttons)

    def _source_changed(self) -> None:
        # The meeting link only matters for requests raised at a neighbour meeting.
        source = self.form.editors["source"]
        assert isinstance(source, QComboBox)
        self.form.layout_.setRowVisible(
            self.form.labels["meeting_id"], source.currentData() == "neighbour_meeting"
        )

    def save(self) -> None:
        e = self.form.editors
        desc = e["description"]
        assert isinstance(desc, QPlainTextEdit)
        source = e["source"]
        assert isinstance(source, QComboBox)
        category = e["category"]
        assert isinstance(category, QComboBox)
        meeting = (
            self.meeting.currentData() if source.currentData() == "neighbour_meeting" else None
        )
        try:
            self.request_id = service.register_request(
                self.ctx.store,
                resident=e["resident"].text(),  # type: ignore[attr-defined]
                contact=e["contact"].text(),  # type: ignore[attr-defined]
                building=self.building.text(),
                unit=self.unit.text(),
                room=self.room.text(),
                category=category.currentData() or "other",
                description=desc.toPlainText(),
                source=source.currentData() or "",
                meeting_id=meeting,
                actor=secretary_name(self.ctx),
            )
        except ValidationError as exc:
            self.form.show_problems(exc.problems, fallback="description")
            return
        req = self.ctx.store.get("requests", self.request_id) or {}
        self.ctx.changed("requests")
        self.ctx.status.emit(
            self.tr("Request {number} registered").format(number=req.get("number", ""))
        )
        self.accept()


class MemberPicker(QComboBox):
    """The active roster, searchable by typing any part of a name or building."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for m in member_service.active_roster(ctx.store):
            where = address(m)
            self.addItem(f"{m['name']}（{where}）" if where else m["name"], m["id"])
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(self.tr("type a name to search"))
        self.setCurrentIndex(0)

    def member_id(self) -> str | None:
        i = self.findText(self.currentText().strip())
        if i < 0:  # a bare name typed without the building
            i = next(
                (
                    k
                    for k in range(self.count())
                    if self.itemText(k).split("（")[0] == self.currentText().strip()
                ),
                -1,
            )
        return self.itemData(i) if i >= 0 else None

    def choose(self, member_id: str) -> None:
        self.setCurrentIndex(self.findData(member_id))


class ActionDialog(QDialog):
    """One step of the loop, asking just what that step needs."""

    def __init__(
        self, ctx: AppContext, request: dict, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.request, self.action = ctx, request, action
        self.setObjectName(f"action_{action}")
        self.setWindowTitle(
            self.tr("{action}: request {number}").format(
                action=rules.action_label(action), number=request["number"]
            )
        )
        self.resize(640, 420)
        outer = QVBoxLayout(self)
        f = self.form = FieldForm()
        outer.addWidget(f)
        self.radios: dict[str, QRadioButton] = {}
        self.member: MemberPicker | None = None
        self.department: QComboBox | None = None
        note_label = self.tr("&Note (optional)")
        if action == "assess":
            f.add(
                "category",
                self.tr("&Category"),
                combo(
                    [(c.code, category_label(c.code)) for c in rules.DEFAULT_CATEGORIES],
                    request["category"],
                ),
                self.tr("The time limit follows the category"),
            )
        elif action == "dispatch":
            f.add("handling", self.tr("Handled &by"), self._radios(rules.HANDLING_LABELS))
            self.member = MemberPicker(ctx)
            f.add("assignee_member_id", self.tr("&Member"), self.member)
            self.department = QComboBox()
            self.department.setEditable(True)
            self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.department.addItems(departments(ctx))
            self.department.setCurrentIndex(-1)
            self.department.lineEdit().setPlaceholderText(self.tr("choose or type a department"))
            f.add("department", self.tr("&Department"), self.department)
            for r in self.radios.values():
                r.toggled.connect(self._handling_changed)
            self._handling_changed()
        elif action == "return":
            note_label = self.tr("&Why is it returned?")
        elif action == "complete":
            result = QPlainTextEdit()
            result.setTabChangesFocus(True)
            result.setPlaceholderText(self.tr("What was done, and what came of it"))
            f.add("result", self.tr("&Result"), result)
        elif action == "rate":
            f.add("rating", self.tr("The resident is"), self._radios(rules.RATING_LABELS))
            note_label = self.tr("&What the resident said (optional)")
        elif action == "reopen":
            note_label = self.tr("&What is still to be done?")
        elif action == "archive" and request.get("rating") == "unsatisfied":
            note_label = self.tr("&Why archive although the resident was unsatisfied?")
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setMaximumHeight(100)
        f.add("note", note_label, note)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            rules.action_label(action), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("primary")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addStretch(1)
        outer.addWidget(buttons)

    def _radios(self, labels: dict[str, str]) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        for key, label in labels.items():
            r = QRadioButton(core_tr(label))
            r.setObjectName(f"radio_{key}")
            group.addButton(r)
            row.addWidget(r)
            self.radios[key] = r
        row.addStretch(1)
        return box

    def _choice(self) -> str | None:
        return next((k for k, r in self.radios.items() if r.isChecked()), None)

    def _handling_changed(self) -> None:
        handling = self._choice()
        lay: QFormLayout = self.form.layout_
        lay.setRowVisible(self.form.labels["assignee_member_id"], handling == "member")
        lay.setRowVisible(self.form.labels["department"], handling == "department")

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        e = self.form.editors
        note = e["note"]
        assert isinstance(note, QPlainTextEdit)
        out["note"] = note.toPlainText()
        if self.action == "assess":
            out["category"] = e["category"].currentData()  # type: ignore[attr-defined]
        elif self.action == "dispatch":
            out["handling"] = self._choice()
            if out["handling"] == "member" and self.member is not None:
                out["assignee_member_id"] = self.member.member_id()
            elif out["handling"] == "department" and self.department is not None:
                out["department"] = self.department.currentText()
        elif self.action == "complete":
            out["result"] = e["result"].toPlainText()  # type: ignore[attr-defined]
        elif self.action == "rate":
            out["rating"] = self._choice()
        return out

    def actor(self, fields: dict[str, Any]) -> str:
        """Who did the step: the handler for their own steps, else the branch secretary."""
        req = self.request
        if self.action in HANDLER_ACTIONS:
            if req.get("handling") == "member" and req.get("assignee_id"):
                return member_names(self.ctx, {req["assignee_id"]}).get(req["assignee_id"], "")
            if req.get("handling") == "department":
                return req.get("department") or ""
        return secretary_name(self.ctx)

    def save(self) -> None:
        fields = self.fields()
        try:
            service.act(
                self.ctx.store,
                self.request["id"],
                self.action,
                fields,
                actor=self.actor(fields),
            )
        except ValidationError as exc:
            if any(p.field == "state" for p in exc.problems):
                # e.g. someone else moved the request on meanwhile (sync), or reopen refused
                inform(self, self.tr("Cannot do this"), problems_text(exc), error=True)
                self.reject()
                return
            self.form.show_problems(exc.problems, fallback="note")
            return
        if self.action == "dispatch" and fields.get("handling") == "department":
            name = (fields.get("department") or "").strip()
            known = departments(self.ctx)
            if name and name not in known:
                self.ctx.set_setting("departments", [*known, name])
        self.ctx.changed("requests")
        self.ctx.status.emit(
            self.tr("Request {number}: {action} done").format(
                number=self.request["number"], action=rules.action_label(self.action)
            )
        )
        self.accept()


class RequestDialog(QDialog):
    """One request: its details, its history, and the next steps it allows."""

    def __init__(self, ctx: AppContext, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.request_id = ctx, request_id
        self.setObjectName("request_dialog")
        self.resize(940, 860)
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("heading")
        outer.addWidget(self.header)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("bad")
        self.overdue_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.overdue_label.setWordWrap(True)
        outer.addWidget(self.overdue_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.details = QFormLayout(body)
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(body)
        outer.addWidget(scroll, 3)
        history = QLabel(self.tr("History"))
        history.setObjectName("subheading")
        outer.addWidget(history)
        self.timeline = QTableWidget(0, 4)
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Note")]
        )
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        head = self.timeline.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        self.timeline.setMinimumHeight(160)
        outer.addWidget(self.timeline, 2)
        self.next_label = QLabel(self.tr("Next step:"))
        self.next_label.setObjectName("subheading")
        self.actions_row = QHBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.next_label)
        row.addLayout(self.actions_row)
        row.addStretch(1)
        outer.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)
        self.action_buttons: dict[str, QPushButton] = {}
        self.reload()

    def offered_actions(self, request: dict) -> list[str]:
        """allowed_actions, less reopen unless the resident was unsatisfied (it would be refused)."""
        return [
            a
            for a in rules.allowed_actions(request["state"])
            if a != "reopen" or request.get("rating") == "unsatisfied"
        ]

    def reload(self) -> None:
        req = self.request = service.get(self.ctx.store, self.request_id)
        now = utc_now()
        self.setWindowTitle(self.tr("Request {number}").format(number=req["number"]))
        self.header.setText(
            self.tr("Request {number} — {state}").format(
                number=req["number"], state=rules.state_label(req["state"])
            )
        )
        if is_overdue(req, now):
            late = now - parse_iso(req["due_at"])
            due = local_time(req["due_at"])
            if late.days:
                text = self.tr("Overdue by %n day(s): it was due {due}", "", late.days)
            else:
                text = self.tr("Overdue by %n hour(s): it was due {due}", "", late.seconds // 3600)
            self.overdue_label.setText(text.format(due=due))
            self.overdue_label.setVisible(True)
        else:
            self.overdue_label.setVisible(False)
        names = member_names(self.ctx, {req["assignee_id"] or ""})
        while self.details.rowCount():
            self.details.removeRow(0)
        handler = ""
        if req["handling"]:
            who = (
                names.get(req["assignee_id"] or "", "")
                if req["handling"] == "member"
                else req["department"] or ""
            )
            handler = core_tr(rules.HANDLING_LABELS[req["handling"]]) + (f"：{who}" if who else "")
        rows = [
            (self.tr("Resident"), req["resident"]),
            (self.tr("Phone"), req["contact"]),
            (self.tr("Address"), address(req)),
            (self.tr("Category"), category_label(req["category"])),
            (self.tr("Came by"), core_tr(rules.SOURCES.get(req["source"], req["source"] or ""))),
            (self.tr("Registered"), local_time(req["registered_at"])),
            (self.tr("Due"), local_time(req["due_at"])),
            (self.tr("What is asked"), req["description"]),
            (self.tr("Handled by"), handler),
            (self.tr("Result"), req["result"]),
            (
                self.tr("Rating"),
                (
                    core_tr(rules.RATING_LABELS[req["rating"]])
                    + (f"（{req['rating_note']}）" if req["rating_note"] else "")
                )
                if req["rating"]
                else "",
            ),
        ]
        for label, value in rows:
            if value:
                v = QLabel(str(value))
                v.setWordWrap(True)
                v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.details.addRow(label, v)
        self._fill_timeline()
        for b in self.action_buttons.values():
            self.actions_row.removeWidget(b)
            b.deleteLater()
        self.action_buttons = {}
        offered = self.offered_actions(req)
        for action in offered:
            b = big_button(rules.action_label(action), "", lambda _c=False, a=action: self.do(a))
            if action == offered[0]:
                b.setObjectName("primary")
            self.actions_row.addWidget(b)
            self.action_buttons[action] = b
        self.next_label.setText(
            self.tr("Next step:") if offered else self.tr("Archived: nothing more to do.")
        )

    def _fill_timeline(self) -> None:
        evs = service.events(self.ctx.store, self.request_id)
        details = [json.loads(e["details"]) if e["details"] else {} for e in evs]
        names = member_names(self.ctx, {d.get("assignee_member_id") or "" for d in details})
        self.timeline.setRowCount(len(evs))
        for i, (e, d) in enumerate(zip(evs, details, strict=True)):
            action = (
                self.tr("Registered the request")
                if e["action"] == "register"
                else rules.action_label(e["action"])
                if e["action"] in rules.ACTION_LABELS
                else e["action"]
            )
            parts = []
            if d.get("handling"):
                parts.append(core_tr(rules.HANDLING_LABELS.get(d["handling"], d["handling"])))
            if d.get("assignee_member_id"):
                parts.append(names.get(d["assignee_member_id"], ""))
            if d.get("department"):
                parts.append(d["department"])
            if d.get("category"):
                parts.append(category_label(d["category"]))
            if d.get("result"):
                parts.append(d["result"])
            if d.get("rating"):
                parts.append(core_tr(rules.RATING_LABELS.get(d["rating"], d["rating"])))
            if e["note"]:
                parts.append(e["note"])
            for col, text in enumerate(
                (local_time(e["at"]), action, e["actor"] or "", "；".join(p for p in parts if p))
            ):
                self.timeline.setItem(i, col, QTableWidgetItem(text))
        self.timeline.resizeRowsToContents()
        self.timeline.scrollToBottom()  # the latest step is what the user comes for

    def do(self, action: str) -> bool:
        """Ask what `action` needs and apply it; True when it was done."""
        dlg = ActionDialog(self.ctx, self.request, action, self)
        done = dlg.exec() == QDialog.DialogCode.Accepted
        self.reload()
        return done
