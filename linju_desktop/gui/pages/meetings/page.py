"""会议记录: the list of meetings, with attendance, quorum and photo counts per row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QWidget

from linju_desktop.domain import meetings as rules
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.models import Column
from linju_desktop.gui.pages.base import ListPage
from linju_desktop.gui.pages.meetings import drafts
from linju_desktop.gui.pages.meetings.dialog import MeetingDialog
from linju_desktop.gui.widgets import big_button, confirm
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.period import Period
from linju_desktop.store import meeting_queries as q


class MeetingsPage(ListPage):
    key = "meetings"
    table = "meetings"

    def title(self) -> str:
        return self.tr("Meetings")

    def print_choices(self) -> list[tuple[str, Order | None]]:
        row = self.selected_row()
        year = self.ctx.today().year
        record = Order("meeting", ident=row["id"]) if row else None
        label = (
            self.tr("Minutes of “{title}”").format(title=row["title"])
            if row
            else self.tr("Minutes of the selected meeting (select one first)")
        )
        return [
            (label, record),
            (
                self.tr("Register of meetings {year}").format(year=year),
                Order("meetings", period=Period.year(year)),
            ),
            (
                self.tr("Register of meetings {year}").format(year=year - 1),
                Order("meetings", period=Period.year(year - 1)),
            ),
        ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.search_placeholder = self.tr("Search titles, places, agendas and minutes")
        super().__init__(ctx, parent)

    def columns(self) -> list[Column]:
        return [
            Column("date", lambda: self.tr("Date"), sort_by="date", width=115),
            Column(
                "type",
                lambda: self.tr("Kind"),
                lambda r: (
                    rules.type_label(r["type"]) if r["type"] in rules.MEETING_TYPE_BY_CODE else ""
                ),
                "type",
                width=160,
            ),
            Column("title", lambda: self.tr("Title"), sort_by="title", width=240),
            Column("place", lambda: self.tr("Place"), sort_by="place", width=150),
            Column(
                "attendance", lambda: self.tr("Present / expected"), self._attendance, width=110
            ),
            Column("quorum", lambda: self.tr("Quorum"), self._quorum, width=100),
            Column(
                "status",
                lambda: self.tr("Status"),
                lambda r: core_tr(rules.MINUTES_STATUSES.get(r["status"] or "", "")),
                "status",
                width=90,
            ),
            Column(
                "photos", lambda: self.tr("Photos"), lambda r: r["_photos"] or "", align_right=True
            ),
        ]

    def _attendance(self, r: dict) -> str:
        if r["_expected"]:
            return f"{r['_present']} / {r['_expected']}"
        if r["resident_count"]:
            return self.tr("{n} residents").format(n=r["resident_count"])
        return "—"

    def _quorum(self, r: dict) -> str:
        met = r["_quorum"]
        return "—" if met is None else (self.tr("Yes") if met else self.tr("No"))

    def default_order(self) -> tuple[str, bool]:
        return ("date", True)

    def decorate(self, rows: list[dict]) -> None:
        # One grouped query for the whole fetched page: attendance counts, voting
        # members for the quorum, and photo counts.
        stats = q.list_stats(self.ctx.store, [r["id"] for r in rows])
        for r in rows:
            s = stats.get(r["id"], {})
            r["_expected"] = s.get("expected") or 0
            r["_present"] = s.get("present") or 0
            r["_photos"] = s.get("photos") or 0
            voting, present = s.get("voting") or 0, s.get("voting_present") or 0
            r["_quorum"] = None
            if r["type"] in rules.MEETING_TYPE_BY_CODE:
                # The domain rule decides, fed with counts instead of rows.
                fake = [{"member_kind": "full", "status": "present"}] * present + [
                    {"member_kind": "full", "status": "absent"}
                ] * (voting - present)
                r["_quorum"] = rules.quorum(r["type"], fake).met

    def build_actions(self) -> None:
        self.actions_row.addWidget(
            big_button(
                self.tr("New meeting"),
                self.tr("Record a meeting: kind and date first, then who came"),
                self.new_meeting,
                primary=True,
            )
        )
        self.actions_row.addStretch(1)
        self.add_filter(
            "type",
            self.tr("Kind"),
            [(t.code, rules.type_label(t.code)) for t in rules.MEETING_TYPES],
        )
        years = [(y, y) for y in q.years(self.ctx.store)]
        self.add_filter("year", self.tr("Year"), years)
        self.add_filter(
            "status",
            self.tr("Status"),
            [(k, core_tr(v)) for k, v in rules.MINUTES_STATUSES.items()],
        )
        self.filter_row.addStretch(1)

    def empty_hint(self) -> tuple[str, str, Callable[[], None]] | None:
        return (
            self.tr(
                "No meetings recorded yet. Record the first one: choose its kind and date, "
                "and the list of who should come is filled in for you."
            ),
            self.tr("Record the first meeting"),
            self.new_meeting,
        )

    def activate(self, row: dict) -> None:
        MeetingDialog(self.ctx, row["id"], self).exec()

    def open_record(self, table: str, row_id: str) -> None:
        if table == "meetings":
            self.select_id(row_id)
            MeetingDialog(self.ctx, row_id, self).exec()

    def new_meeting(self, kind: str | None = None) -> None:
        """kind: filled in for a meeting of this kind (the home page's reminder)."""
        MeetingDialog(self.ctx, None, self, kind=kind).exec()

    def self_test(self) -> None:
        dlg = MeetingDialog(self.ctx, None, self)
        dlg.show()
        dlg.type_box.setCurrentIndex(dlg.type_box.findData("branch_assembly"))
        dlg.date_box.setDate(QDate(self.ctx.today()))
        dlg.done(QDialog.DialogCode.Rejected)  # no "discard changes?" question
        row = self.selected_row() or (self.model.row(0) if self.model.rowCount() else None)
        if row:
            edit = MeetingDialog(self.ctx, row["id"], self)
            edit.show()
            edit.done(QDialog.DialogCode.Rejected)


def offer_drafts(ctx: AppContext, parent: QWidget, show_page: Callable[[], object]) -> None:
    """At start: minutes typed before the program ended unexpectedly, opened on request
    (the form then asks whether to restore them). Once per start, first draft first."""
    left = []
    for meeting_id in drafts.pending(ctx.store.data_dir):
        if meeting_id is None or ctx.store.get("meetings", meeting_id) is not None:
            left.append(meeting_id)
        else:  # the meeting is gone (restored backup): its draft has nowhere to go
            drafts.remove(ctx.store.data_dir, meeting_id)
    if not left or not confirm(
        parent,
        QCoreApplication.translate("MeetingsPage", "Unsaved minutes found"),
        QCoreApplication.translate(
            "MeetingsPage",
            "The program was closed while a meeting record had unsaved text. Open it now?",
        ),
    ):
        return
    show_page()
    MeetingDialog(ctx, left[0], parent).exec()
