"""The station at a glance: what the home page shows as cards and `linju` prints.

One service for both, so the window and the command line count the same things. Every
figure comes from an aggregate or a short list, so it stays fast on a station with ten
years of records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from linju_desktop.domain import meetings as meeting_rules
from linju_desktop.domain import requests as request_rules
from linju_desktop.domain.funds import Balance
from linju_desktop.services import branch, funds, transfers
from linju_desktop.services import meetings as meeting_service
from linju_desktop.services import members as member_service
from linju_desktop.services.clock import iso, utc_now
from linju_desktop.store.database import Store
from linju_desktop.store.reads import changes
from linju_desktop.store.reads import members as member_reads
from linju_desktop.store.reads import neighbourhood as neighbourhood_reads
from linju_desktop.store.reads import requests as request_reads

MAX_ITEMS = 8  # listed per kind; the rest is only counted
SOON_HOURS = 48  # a request due within this is "due soon"
PROBATION_DAYS = 60  # a probation ending within this needs the branch meeting prepared
BOOKS = ("members", "meetings", "expenses", "requests")


@dataclass(frozen=True)
class RequestsDue:
    overdue: int = 0
    soon: int = 0
    first: list[dict] = field(default_factory=list)  # the most urgent, up to MAX_ITEMS

    @property
    def total(self) -> int:
        return self.overdue + self.soon


@dataclass(frozen=True)
class Overview:
    branch_name: str | None  # None before the branch is set up
    counts: dict[str, int]  # live records per book in BOOKS (empty unless asked for)
    pending_changes: int  # changes since the last acknowledged sync
    requests: RequestsDue
    meetings_due: list[meeting_rules.DueMeeting]
    probation: list[dict]  # active probationary members whose year ends soon
    transfers: list[dict]  # transfers waiting for their receipt stub
    funds: Balance  # this year's allocation and spending
    has_members: bool = True  # False: the roster is empty (the home page's next step)
    unrated_tasks: int = 0  # tasks done that the resident has not rated yet
    waiting_votes: int = 0  # open consultations where some household has not voted


def requests_due(store: Store, now: dt.datetime) -> RequestsDue:
    """Open requests past their time limit or due within SOON_HOURS."""
    soon = iso(now + dt.timedelta(hours=SOON_HOURS))
    overdue, due_soon = request_reads.due_counts(store, request_rules.OPEN_STATES, iso(now), soon)
    if not overdue and not due_soon:
        return RequestsDue()
    first = request_reads.due_before(store, request_rules.OPEN_STATES, soon, limit=MAX_ITEMS)
    return RequestsDue(overdue, due_soon, first)


def meetings_due(store: Store, today: dt.date) -> list[meeting_rules.DueMeeting]:
    """Meetings the rhythm asks for and not yet held; none while nobody is on the roster."""
    if not member_reads.has_active_members(store):
        return []
    return meeting_service.due(store, today)


def pending_changes(store: Store) -> int:
    """Changes since the district last acknowledged: the status bar's figure, the home
    page's and the command line's."""
    return changes.pending_changes(store)


def pending_records(store: Store) -> int:
    """Distinct records waiting for the district: the status bar's figure."""
    return changes.pending_records(store)


def overview(
    store: Store, today: dt.date, now: dt.datetime | None = None, *, with_counts: bool = False
) -> Overview:
    """with_counts: also count every book's records (the command line prints them; the home
    page does not, and on a ten-year station they cost more than all its cards together)."""
    prof = branch.profile(store)
    return Overview(
        branch_name=prof["name"] if prof else None,
        counts=changes.live_counts(store, BOOKS) if with_counts else {},
        pending_changes=pending_changes(store),
        requests=requests_due(store, now or utc_now()),
        meetings_due=meetings_due(store, today),
        probation=member_service.probation_ending(store, today, PROBATION_DAYS),
        transfers=transfers.awaiting_receipt(store, today),
        funds=funds.summary(store, today.year),
        has_members=member_reads.has_active_members(store),
        unrated_tasks=neighbourhood_reads.count_tasks(store, ["done"]),
        waiting_votes=neighbourhood_reads.waiting_for_votes(store),
    )
