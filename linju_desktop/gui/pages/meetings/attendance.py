"""Who came: the roster checklist under the search box, chair and recorder chosen from it,
the counts and the quorum line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QLayout, QScrollArea, QWidget

from linju_desktop.domain import meetings as rules
from linju_desktop.domain.errors import Problem
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.pages.meetings.roster import RosterList
from linju_desktop.gui.widgets import set_style_state
from linju_desktop.services import meetings as service
from linju_desktop.store import meeting_queries as q


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    """The box layout (nested anywhere under `layout`) that holds `widget` directly."""
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        inner = layout.itemAt(i).layout()
        found = _layout_holding(inner, widget) if inner is not None else None
        if found is not None:
            return found
    return None


class Attendance:
    """The attendance part of the meeting form (a mixin of MeetingDialog, whose translation
    context its strings keep)."""

    ctx: AppContext
    meeting_id: str | None
    roster: RosterList
    roster_scroll: QScrollArea
    type_box: QComboBox
    group_box: QComboBox
    chair_box: QComboBox
    recorder_box: QComboBox
    counts_label: QLabel
    quorum_label: QLabel
    quorum_met: bool | None

    def _place_roster(self, top: QLayout) -> None:
        """The checklist goes in its scroll area, the search box right above it (in
        whichever layout of the form holds the scroll area)."""
        self.roster = RosterList(self.update_quorum)
        self.roster_scroll.setWidget(self.roster)
        column = _layout_holding(top, self.roster_scroll)
        if column is not None:
            column.insertWidget(column.indexOf(self.roster_scroll), self.roster.search)

    def _stack_if_narrow(self, columns: QBoxLayout, room: int) -> None:
        """Side by side the two columns need the whole roster row beside the details; when
        the screen is narrower than that (200 % text on 1366×768), the details go below
        the roster and the one scroll of the form runs through both."""
        need = sum(
            columns.itemAt(i).minimumSize().width() for i in range(columns.count())
        ) + columns.spacing() * (columns.count() - 1)
        if need > room:
            columns.setDirection(QBoxLayout.Direction.TopToBottom)

    def _fill_people(self, current: dict | None) -> None:
        """Chair and recorder come from the roster (everyone when there is none)."""
        people = [(r.member_id, r.name) for r in self.roster.rows]
        if not people:
            people = [(m["id"], m["name"]) for m in q.active_people(self.ctx.store)]
        for box, key in ((self.chair_box, "chair_id"), (self.recorder_box, "recorder_id")):
            keep = current[key] if current else box.currentData()
            box.clear()
            box.addItem(QCoreApplication.translate("MeetingDialog", "(choose)"), None)
            for pid, name in people:
                box.addItem(name, pid)
            if keep and box.findData(keep) < 0:
                box.addItem(q.member_name(self.ctx.store, keep) or "?", keep)
            box.setCurrentIndex(max(0, box.findData(keep)) if keep else 0)

    def _last_people(self, code: str) -> None:
        """Chair and recorder as at the last meeting of this kind: usually the same people."""
        for box, pid in zip(  # noqa: B905 - two boxes, two ids
            (self.chair_box, self.recorder_box), q.last_chair_recorder(self.ctx.store, code)
        ):
            if pid and box.findData(pid) >= 0:
                box.setCurrentIndex(box.findData(pid))

    def _expected(self) -> list[dict]:
        code = self.type_box.currentData()
        if not code:
            return []
        return service.expected_roster(self.ctx.store, code, self.group_box.currentData())

    def _reload_roster(self) -> None:
        self._set_roster(self._expected())
        self._fill_people(None)

    def _set_roster(self, rows: list[dict]) -> None:
        """Fill the checklist and keep its column wide enough for a whole row (name,
        building, reason, 列席): at 200 % text half the form is too narrow, and the list
        scrolls only up and down."""
        self.roster.set_rows(rows)
        bar = self.roster_scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self.roster_scroll.frameWidth()
        self.roster_scroll.setMinimumWidth(self.roster.sizeHint().width() + bar + frame)

    def _show_roster_problems(self, problems: list[Problem], focus: bool) -> None:
        """Messages under the rows; with focus, the first row with one is scrolled to."""
        self.roster.show_problems(problems)
        first = next((r for r in self.roster.rows if r.message.isVisible()), None)
        if first is not None and focus:
            self.roster_scroll.ensureWidgetVisible(first.present)
            first.reason_box.setFocus()

    def update_quorum(self) -> None:
        code = self.type_box.currentData()
        rows = self.roster.attendance_rows()
        c = rules.counts(rows, [r["member_id"] for r in rows if r["status"] != "non_voting"])
        self.counts_label.setText(
            QCoreApplication.translate(
                "MeetingDialog",
                "Expected {expected}, present {present}, absent {absent}, non-voting {non_voting}",
            ).format(
                expected=c.expected, present=c.present, absent=c.absent, non_voting=c.non_voting
            )
        )
        rule = rules.MEETING_TYPE_BY_CODE[code].quorum if code else None
        if rule is None or not rows:
            self.quorum_label.setVisible(False)
            self.quorum_met = None
            return
        q_ = rules.quorum(code, rows)
        self.quorum_met = q_.met
        self.quorum_label.setVisible(True)
        # Colours and sizes: QLabel#quorum[quorum="met" | "not_met" | "none"] in the .qss.
        if q_.met is None:
            self.quorum_label.setText(
                QCoreApplication.translate(
                    "MeetingDialog", "No full members with a vote on the list"
                )
            )
            set_style_state(self.quorum_label, "quorum", "none")
            return
        values = {"present": q_.present_voting, "total": q_.total_voting, "required": q_.required}
        if q_.met:
            text = QCoreApplication.translate(
                "MeetingDialog", "Quorum reached: {present} present of {total} ({required} needed)"
            )
        else:
            text = QCoreApplication.translate(
                "MeetingDialog",
                "Quorum NOT reached: {present} present of {total} ({required} needed)",
            )
        counted = QCoreApplication.translate(
            "MeetingDialog",
            "Counted: full members with a vote; probationary and non-voting do not count",
        )
        self.quorum_label.setText(text.format(**values) + "\n" + counted)
        set_style_state(self.quorum_label, "quorum", "met" if q_.met else "not_met")
