"""工作台: what needs attention now, as large cards, and one search box for everything.

Reminders only: no rankings, check-ins or counters of use. Every list is cut to a
few items with "and N more" so the page reads at a glance and refreshes fast even
on a station with ten years of records (counts come from aggregate queries).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import meetings as meeting_rules
from linju_desktop.domain import members as member_rules
from linju_desktop.domain import requests as request_rules
from linju_desktop.domain.dates import parse_optional_date
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.domain.money import format_yuan
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.pages.page import Page
from linju_desktop.gui.print_button import PrintButton
from linju_desktop.gui.search_box import SearchBox
from linju_desktop.services.clock import parse_iso, utc_now
from linju_desktop.services.overview import MAX_ITEMS, Overview, overview

if TYPE_CHECKING:
    from linju_desktop.reports.catalogue import Order


class Card(QFrame):
    """A framed block: a bold title, a line of explanation, item buttons, a footer."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.items: list[QPushButton] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(6)
        self.title = QLabel(title)
        self.title.setObjectName("subheading")
        self.title.setWordWrap(True)
        col.addWidget(self.title)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setVisible(False)
        col.addWidget(self.body)
        self.list_ = QVBoxLayout()
        self.list_.setSpacing(4)
        col.addLayout(self.list_)
        self.footer = QHBoxLayout()
        col.addLayout(self.footer)

    def set_body(self, text: str, object_name: str = "") -> None:
        self.body.setText(text)
        self.body.setObjectName(object_name)
        self.body.setVisible(bool(text))

    def add_item(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        # A flat, left-aligned button reads like a line of text but is one big click target.
        b = ItemButton("▸ " + text)  # the marker says "this line opens something"
        b.setObjectName("attention_item")  # left-aligned text: see the .qss
        b.setFlat(True)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        b.clicked.connect(slot)
        self.list_.addWidget(b)
        self.items.append(b)
        return b

    def add_footer(self, text: str, slot: Callable[[], None] | None = None) -> QWidget:
        w: QWidget
        if slot is None:
            w = QLabel(text)
        else:
            w = QPushButton(text)
            w.setMinimumHeight(40)
            w.clicked.connect(slot)
        self.footer.addWidget(w)
        return w


class ItemButton(QPushButton):
    """A card's line: the pointing hand is set when the pointer first comes over it, as
    setting it needs Qt.CursorShape, and the home page is painted without the Qt namespace
    (see main_window.py)."""

    def enterEvent(self, event: QEnterEvent) -> None:
        if not getattr(self, "_hand", False):
            from PySide6.QtCore import Qt

            self._hand = True
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)


class HomePage(Page):
    key = "home"

    def title(self) -> str:
        return self.tr("Home")

    def print_choices(self) -> list[tuple[str, Order | None]]:
        # Asked when the print menu opens: the reports load then, not with the window.
        from linju_desktop.reports.catalogue import Order
        from linju_desktop.reports.period import Period

        year = self.ctx.today().year
        return [
            (
                self.tr("Yearly summary {year}").format(year=y),
                Order("annual", period=Period.year(y)),
            )
            for y in (year, year - 1)
        ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cards: dict[str, Card] = {}
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self.title())
        self.heading.setObjectName("heading")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.date_label = QLabel()
        top.addWidget(self.date_label)
        self.print_button = PrintButton(self)
        top.addWidget(self.print_button)
        outer.addLayout(top)

        self.search = SearchBox(self.tr("Search members, requests and minutes"))
        self.search.setAccessibleName(self.tr("Search everything"))
        self.search.search.connect(self.run_search)
        outer.addWidget(self.search)
        self.hits = QListWidget()
        self.hits.setObjectName("search_hits")
        self.hits.setVisible(False)
        self.hits.setMaximumHeight(260)
        self.hits.itemActivated.connect(self._open_hit)
        self.hits.itemClicked.connect(self._open_hit)
        outer.addWidget(self.hits)

        self.all_well = QLabel()
        self.all_well.setObjectName("good")
        self.all_well.setWordWrap(True)
        self.all_well.setProperty("alignment", 0x84)  # Qt.AlignCenter, without the Qt namespace
        self.all_well.setMinimumHeight(80)
        self.all_well.setVisible(False)
        outer.addWidget(self.all_well)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.board = QWidget()
        self.cards_box = QVBoxLayout(self.board)
        self.cards_box.setSpacing(12)
        self.cards_box.setContentsMargins(0, 4, 8, 4)
        scroll.setWidget(self.board)
        outer.addWidget(scroll, 1)
        ctx.data_changed.connect(self._on_changed)
        self.refresh()

    # -- refreshing ---------------------------------------------------------------------------
    def _on_changed(self, _table: str) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        self.date_label.setText(
            self.tr("Today is {date}, {weekday}").format(
                date=today.isoformat(), weekday=self._weekday(today)
            )
        )
        while self.cards_box.count():
            item = self.cards_box.takeAt(0)
            widget = item.widget()
            if widget:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.cards.clear()
        now = utc_now()
        view = overview(self.ctx.store, today, now)
        attention = self._start_card(view)
        attention += self._requests_card(view, now)
        attention += self._meetings_card(view)
        attention += self._probation_card(view)
        attention += self._transfers_card(view)
        attention += self._neighbourhood_card(view)
        attention += self._funds_card(view, today)  # counts only when overdrawn
        self.all_well.setText(self.tr("All is well — nothing needs your attention right now."))
        self.all_well.setVisible(not attention)
        self._sync_card(view)
        self.cards_box.addStretch(1)

    def _weekday(self, day: dt.date) -> str:
        names = [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]
        return names[day.weekday()]

    def _card(self, key: str, title: str) -> Card:
        card = Card(key, title)
        self.cards[key] = card
        self.cards_box.addWidget(card)
        return card

    def _opener(self, table: str, row_id: str) -> Callable[[], None]:
        return lambda: self.ctx.open_record.emit(table, row_id)

    def _go(self, key: str) -> Callable[[], None]:
        """Open another page of the main window (outside it: the page's open_record)."""

        def go() -> None:
            show = getattr(self.window(), "show_page", None)
            if callable(show):
                show(key)
            else:
                self.ctx.open_record.emit(key, "")

        return go

    def _new_meeting(self, code: str) -> Callable[[], None]:
        """A new meeting of this kind, filled in, over the meetings page."""

        def new() -> None:
            show = getattr(self.window(), "show_page", None)
            if callable(show):
                show("meetings").new_meeting(code)
            else:
                from linju_desktop.gui.pages.meetings.dialog import MeetingDialog

                MeetingDialog(self.ctx, None, self, kind=code).exec()

        return new

    def _more(self, card: Card, shown: int, total: int, page: str) -> None:
        if total > shown:
            card.add_footer(self.tr("… and %n more", "", total - shown))
        card.footer.addStretch(1)
        card.add_footer(self.tr("Open the list"), self._go(page))

    # -- the cards ------------------------------------------------------------------------------
    def _start_card(self, view: Overview) -> int:
        """After the first start or with an empty roster: the next step, not "all is well"."""
        if view.branch_name and view.has_members:
            return 0
        card = self._card("start", self.tr("Getting started"))
        steps = []
        if not view.branch_name:
            steps.append(self.tr("Enter your branch's name and community in Settings."))
        if not view.has_members:
            steps.append(
                self.tr(
                    "The roster is empty: read it from an Excel or CSV file, or add members "
                    "by hand. Meetings, reminders and the quorum all start from it."
                )
            )
        card.set_body("\n".join(steps))
        card.footer.addStretch(1)
        if not view.branch_name:
            card.add_footer(self.tr("Set up the branch"), self._go("settings"))
        if not view.has_members:
            card.add_footer(self.tr("Import the roster…"), self._import_roster)
        return 1

    def _import_roster(self) -> None:
        show = getattr(self.window(), "show_page", None)
        if callable(show):
            show("members").import_file()
        else:
            self.ctx.open_record.emit("members", "")

    def _requests_card(self, view: Overview, now: dt.datetime) -> int:
        overdue, due_soon = view.requests.overdue, view.requests.soon
        if not overdue and not due_soon:
            return 0
        rows = view.requests.first
        card = self._card("requests", self.tr("Resident requests past or near their time limit"))
        parts = []
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        if due_soon:
            parts.append(self.tr("%n due within 48 hours", "", due_soon))
        card.set_body("；".join(parts), "bad" if overdue else "")
        for r in rows:
            due = parse_iso(r["due_at"])
            category = request_rules.CATEGORY_BY_CODE.get(r["category"] or "")
            what = core_tr(category.name) if category else (r["category"] or "")
            text = "{number}  {resident}  {what}  {building} — {when}".format(
                number=r["number"] or "",
                resident=r["resident"] or "",
                what=what,
                building=r["building"] or "",
                when=self._due_text(due, now),
            )
            card.add_item(text, self.tr("Open this request"), self._opener("requests", r["id"]))
        self._more(card, len(rows), overdue + due_soon, "requests")
        return 1

    def _due_text(self, due: dt.datetime, now: dt.datetime) -> str:
        hours = int((due - now).total_seconds() // 3600)
        if due < now:
            late = int((now - due).total_seconds() // 3600)
            if late >= 48:
                return self.tr("overdue by %n day(s)", "", late // 24)
            return self.tr("overdue by %n hour(s)", "", max(late, 1))
        return self.tr("%n hour(s) left", "", max(hours, 1))

    def _meetings_card(self, view: Overview) -> int:
        due = view.meetings_due  # none while nobody is on the roster
        if not due:
            return 0
        card = self._card("meetings", self.tr("Meetings not yet held in this period"))
        card.set_body(self.tr("A reminder from the rhythm set in Settings, not a ranking."))
        for d in due[:MAX_ITEMS]:
            text = self.tr("{meeting} — by {end}").format(
                meeting=meeting_rules.type_label(d.code), end=d.period_end.isoformat()
            )
            card.add_item(text, self.tr("Record this meeting"), self._new_meeting(d.code))
        self._more(card, min(len(due), MAX_ITEMS), len(due), "meetings")
        return 1

    def _probation_card(self, view: Overview) -> int:
        rows = view.probation
        if not rows:
            return 0
        card = self._card(
            "probation", self.tr("Probationary members whose year ends within 60 days")
        )
        card.set_body(self.tr("Prepare the branch meeting on their full membership."))
        for r in rows[:MAX_ITEMS]:
            text = self.tr("{name}, joined {joined}").format(
                name=r["name"], joined=r["joined_date"] or "?"
            )
            joined = parse_optional_date(r["joined_date"])
            if joined:
                ends = member_rules.probation_end(joined, int(r["probation_extended_months"] or 0))
                text += self.tr(" — probation ends {date}").format(date=ends.isoformat())
            card.add_item(text, self.tr("Open this member"), self._opener("members", r["id"]))
        self._more(card, min(len(rows), MAX_ITEMS), len(rows), "members")
        return 1

    def _transfers_card(self, view: Overview) -> int:
        rows = view.transfers
        if not rows:
            return 0
        card = self._card("transfers", self.tr("Membership transfers waiting for their receipt"))
        for r in rows[:MAX_ITEMS]:
            text = self.tr("{name} → {org}, letter issued {date}").format(
                name=r["member_name"] or "", org=r["other_org"] or "", date=r["issued_date"] or "?"
            )
            card.add_item(text, self.tr("Open this transfer"), self._opener("transfers", r["id"]))
        self._more(card, min(len(rows), MAX_ITEMS), len(rows), "members")
        return 1

    def _neighbourhood_card(self, view: Overview) -> int:
        """Tasks waiting for the resident's rating, consultations waiting for votes."""
        if not view.unrated_tasks and not view.waiting_votes:
            return 0
        card = self._card("neighbourhood", self.tr("Tasks and consultations"))
        parts = []
        if view.unrated_tasks:
            parts.append(self.tr("%n task(s) done and not yet rated", "", view.unrated_tasks))
        if view.waiting_votes:
            parts.append(self.tr("%n consultation(s) waiting for votes", "", view.waiting_votes))
        card.set_body("\n".join(parts))
        if view.waiting_votes:
            card.footer.addStretch(1)
            card.add_footer(self.tr("Open the consultations"), self._go("consultations"))
        return 1

    def _funds_card(self, view: Overview, today: dt.date) -> int:
        """The year's money at a glance; counts as attention only when overdrawn."""
        balance = view.funds
        if not balance.allocation_fen and not balance.spent_fen:
            return 0
        card = self._card("funds", self.tr("Branch funds {year}").format(year=today.year))
        text = self.tr("Allocated {alloc} yuan, used {spent} yuan, left {left} yuan").format(
            alloc=format_yuan(balance.allocation_fen),
            spent=format_yuan(balance.spent_fen),
            left=format_yuan(balance.balance_fen),
        )
        if balance.overdrawn:
            text += "\n" + self.tr(
                "Overdrawn by {amount} yuan: please check with the community."
            ).format(amount=format_yuan(-balance.balance_fen))
        card.set_body(text, "bad" if balance.overdrawn else "")
        card.footer.addStretch(1)
        card.add_footer(self.tr("Open the funds"), self._go("funds"))
        return 1 if balance.overdrawn else 0

    def _sync_card(self, view: Overview) -> None:
        pending = view.pending_changes
        if not pending:
            return
        card = self._card("sync", self.tr("Changes not yet sent"))
        card.set_body(
            self.tr(
                "%n change(s) are kept safely on this computer and will be sent once sync is "
                "set up.",
                "",
                pending,
            )
        )
        card.footer.addStretch(1)
        card.add_footer(self.tr("Details"), self._go("sync"))

    # -- search -----------------------------------------------------------------------------------
    def run_search(self, text: str) -> None:
        from PySide6.QtCore import Qt

        self.hits.clear()
        if not text:
            self.hits.setVisible(False)
            return
        kinds = {
            "members": self.tr("Member"),
            "requests": self.tr("Request"),
            "meetings": self.tr("Minutes"),
        }
        from linju_desktop.store.queries import search_all

        found = search_all(self.ctx.store, text, limit=30)
        for hit in found:
            words = hit.text.split()
            if hit.table == "members" and len(words) > 1:
                del words[1]  # the pinyin initials are for searching, not for reading
            body = " ".join(words)
            if len(body) > 80:
                body = body[:80] + "…"
            item = QListWidgetItem(f"[{kinds.get(hit.table, hit.table)}]  {body}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.table, hit.id))
            self.hits.addItem(item)
        if not found:
            empty = QListWidgetItem(self.tr("Nothing found for “{text}”").format(text=text))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hits.addItem(empty)
        self.hits.setVisible(True)

    def _open_hit(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.ctx.open_record.emit(data[0], data[1])

    def self_test(self) -> None:
        self.refresh()
        self.run_search("1")
        self.run_search("")
