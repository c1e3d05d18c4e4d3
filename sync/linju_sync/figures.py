"""The figures a station and the district report: one written definition, one piece of code.

The station (`linju report figures`, the yearly summary) and the district server (its
overview and figures API) both call station_figures() on the same kinds of rows, and the
district adds stations up with combine(); so the district's numbers are, by construction,
the sum of the stations' own.

Rows are plain mappings with the synced columns (deleted rows already left out). Every
definition below counts over a period [start, end] of local calendar days:

- members: members on the roll on `end` (joined_date <= end, not left by then);
  members_by_kind: of those, "full" when full_date <= end, else "probationary".
- party_groups: party groups on record. centre_households: members on the roll who are
  party-member centre households (党员中心户).
- member_changes: admitted (joined_date in the period), became_full (full_date in the
  period), transferred_in / transferred_out (transfer letters issued in the period, by
  direction), passed_away (left in the period, reason 去世 or 逝世).
- meetings_by_type: meetings dated in the period, by type (every type, zeros included);
  neighbour_meetings, joint_meetings: two of those counts; neighbour_meeting_residents:
  residents attending the period's neighbour meetings (their recorded count).
- requests_total: requests registered in the period (local time). requests_by_list:
  those by the list their state puts them on now (problem / task / result).
  requests_closed: those done, rated or archived.
- rates: response = requests whose first step after registering came no later than
  their due time (or that have no due time) / requests_total; resolution =
  requests_closed / requests_total; satisfaction = ratings 满意 or 基本满意 / ratings
  given. Each as numerator and denominator, so rates add up across stations.
- funds: allocated_fen = allocations for the years the period touches; spent_fen = the
  sum of expenses dated in the period (a reversing entry is negative, so a reversed
  expense counts zero); spent_by_category_fen likewise by category.
- neighbourhood (the neighbourhood's own work; never per person, never ranked):
  activities = tasks dated in the period that were carried out (done or rated), errands
  = those of kind errand; service_minutes = the service-hour entries dated in the period
  on tasks not cancelled (minutes, so sums stay exact); participants = the distinct
  people with such an entry; points_issued = the points the period's carried-out tasks
  earned their volunteers by each task's rule (protocol.points); points_exchanged and
  goods_exchanged = points and goods of the exchanges dated in the period less their
  reversals dated in it; consultations_held = consultations opened in the period;
  consultations_decided = those whose outcome (approved, rejected or carried out) is
  dated in the period; lifts_approved = lift consultations approved or carried out with
  their outcome dated in the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any
from zoneinfo import ZoneInfo

from linju_sync.protocol.points import FINISHED_STATES, points_for
from linju_sync.protocol.requests_flow import STATES

FIGURES_VERSION = 2
DEFAULT_TIMEZONE = "Asia/Shanghai"

MEETING_TYPES = (
    "branch_assembly",
    "committee",
    "group",
    "party_class",
    "theme_day",
    "life_meeting",
    "joint",
    "neighbour",
)
EXPENSE_CATEGORIES = (
    "activities",
    "hardship_visits",
    "training",
    "station_upkeep",
    "materials",
    "other",
)
LIST_OF_STATE: dict[str, str] = {
    "registered": "problem",
    "returned": "problem",
    "assessed": "problem",
    "dispatched": "task",
    "accepted": "task",
    "in_progress": "task",
    "done": "result",
    "rated": "result",
    "archived": "result",
}
CLOSED_STATES = frozenset({"done", "rated", "archived"})
# Still to be dealt with: the problem and task lists (overdue is counted over these).
OPEN_STATES = frozenset(s for s, lst in LIST_OF_STATE.items() if lst != "result")
PLEASED_RATINGS = frozenset({"satisfied", "basically"})
RATINGS = frozenset({"satisfied", "basically", "unsatisfied"})
PASSED_AWAY_WORDS = ("去世", "逝世")

# Keys whose values are plain counts or sums: combine() adds them.
_RATE_KEYS = ("response", "resolution", "satisfaction")

assert set(LIST_OF_STATE) == set(STATES)


def year_period(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _moment(value: Any) -> dt.datetime | None:
    """A stored UTC stamp ("2025-12-01T03:38:32Z") as an aware datetime."""
    if not value:
        return None
    text = str(value).replace("Z", "+00:00")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def local_day(stamp: Any, tz: ZoneInfo) -> dt.date | None:
    moment = _moment(stamp)
    return moment.astimezone(tz).date() if moment else None


def _in(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def rate(numerator: int, denominator: int) -> dict[str, Any]:
    value = round(numerator / denominator, 4) if denominator else None
    return {"numerator": numerator, "denominator": denominator, "value": value}


def station_figures(
    *,
    start: dt.date,
    end: dt.date,
    members: Iterable[Mapping[str, Any]],
    party_groups: Iterable[Mapping[str, Any]],
    transfers: Iterable[Mapping[str, Any]],
    meetings: Iterable[Mapping[str, Any]],
    requests: Iterable[Mapping[str, Any]],
    first_responses: Mapping[str, str],
    allocations: Iterable[Mapping[str, Any]],
    expenses: Iterable[Mapping[str, Any]],
    tasks: Iterable[Mapping[str, Any]] = (),
    service_hours: Iterable[Mapping[str, Any]] = (),
    points_ledger: Iterable[Mapping[str, Any]] = (),
    consultations: Iterable[Mapping[str, Any]] = (),
    timezone: str = DEFAULT_TIMEZONE,
) -> dict[str, Any]:
    """One station's figures for [start, end]; see the module docstring for each key.

    `first_responses` maps a request id to the stamp of its first event after
    registration (requests never acted on are absent).
    """
    tz = ZoneInfo(timezone)
    on_roll = full = centres = 0
    changes = dict.fromkeys(
        ("admitted", "became_full", "transferred_in", "transferred_out", "passed_away"), 0
    )
    for m in members:
        joined, left = _day(m.get("joined_date")), _day(m.get("left_date"))
        full_date = _day(m.get("full_date"))
        changes["admitted"] += _in(joined, start, end)
        changes["became_full"] += _in(full_date, start, end)
        reason = str(m.get("left_reason") or "")
        if _in(left, start, end) and any(w in reason for w in PASSED_AWAY_WORDS):
            changes["passed_away"] += 1
        if joined is None or joined > end or (left is not None and left <= end):
            continue
        on_roll += 1
        full += full_date is not None and full_date <= end
        centres += bool(m.get("is_centre_household"))
    for t in transfers:
        if _in(_day(t.get("issued_date")), start, end):
            key = "transferred_in" if t.get("direction") == "in" else "transferred_out"
            changes[key] += 1

    by_type = dict.fromkeys(MEETING_TYPES, 0)
    residents = 0
    for mt in meetings:
        if not _in(_day(mt.get("date")), start, end):
            continue
        kind = str(mt.get("type"))
        by_type[kind] = by_type.get(kind, 0) + 1
        if kind == "neighbour":
            residents += int(mt.get("resident_count") or 0)

    total = closed = responded = rated = pleased = 0
    lists = {"problem": 0, "task": 0, "result": 0}
    for r in requests:
        if not _in(local_day(r.get("registered_at"), tz), start, end):
            continue
        total += 1
        state = str(r.get("state"))
        lists[LIST_OF_STATE.get(state, "problem")] += 1
        closed += state in CLOSED_STATES
        answered = _moment(first_responses.get(str(r.get("id"))))
        due = _moment(r.get("due_at"))
        responded += answered is not None and (due is None or answered <= due)
        rating = r.get("rating")
        if rating in RATINGS:
            rated += 1
            pleased += rating in PLEASED_RATINGS

    years = set(range(start.year, end.year + 1))
    allocated = sum(int(a.get("amount_fen") or 0) for a in allocations if a.get("year") in years)
    spent = 0
    by_category = dict.fromkeys(EXPENSE_CATEGORIES, 0)
    for e in expenses:
        if not _in(_day(e.get("date")), start, end):
            continue
        amount = int(e.get("amount_fen") or 0)
        spent += amount
        cat = str(e.get("category") or "other")
        by_category[cat] = by_category.get(cat, 0) + amount

    return {
        "figures_version": FIGURES_VERSION,
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "stations": 1,
        "members": on_roll,
        "members_by_kind": {"full": full, "probationary": on_roll - full},
        "party_groups": sum(1 for _ in party_groups),
        "centre_households": centres,
        "member_changes": changes,
        "meetings_by_type": by_type,
        "meetings_total": sum(by_type.values()),
        "neighbour_meetings": by_type.get("neighbour", 0),
        "neighbour_meeting_residents": residents,
        "joint_meetings": by_type.get("joint", 0),
        "requests_total": total,
        "requests_by_list": lists,
        "requests_closed": closed,
        "rates": {
            "response": rate(responded, total),
            "resolution": rate(closed, total),
            "satisfaction": rate(pleased, rated),
        },
        "funds": {
            "allocated_fen": allocated,
            "spent_fen": spent,
            "left_fen": allocated - spent,
            "spent_by_category_fen": by_category,
        },
        "neighbourhood": neighbourhood_figures(
            start, end, tasks, service_hours, points_ledger, consultations
        ),
    }


DECIDED = frozenset({"approved", "rejected", "carried_out"})
LIFT_APPROVED = frozenset({"approved", "carried_out"})


def neighbourhood_figures(
    start: dt.date,
    end: dt.date,
    tasks: Iterable[Mapping[str, Any]],
    service_hours: Iterable[Mapping[str, Any]],
    points_ledger: Iterable[Mapping[str, Any]],
    consultations: Iterable[Mapping[str, Any]],
) -> dict[str, int]:
    """The neighbourhood's figures for [start, end] (see the module docstring)."""
    by_id = {str(t.get("id")): t for t in tasks}
    activities = errands = 0
    for t in by_id.values():
        if t.get("state") in FINISHED_STATES and _in(_day(t.get("date")), start, end):
            activities += 1
            errands += t.get("kind") == "errand"
    minutes = 0
    people: set[str] = set()
    per_task: dict[tuple[str, str], int] = {}
    for h in service_hours:
        task = by_id.get(str(h.get("task_id")))
        if task is None or task.get("state") == "cancelled":
            continue
        m = int(h.get("minutes") or 0)
        if _in(_day(h.get("day")), start, end):
            minutes += m
            people.add(str(h.get("volunteer_id")))
        key = (str(h.get("task_id")), str(h.get("volunteer_id")))
        per_task[key] = per_task.get(key, 0) + m
    issued = 0
    for (task_id, _), m in per_task.items():
        t = by_id[task_id]
        if _in(_day(t.get("date")), start, end) and t.get("rule"):
            issued += points_for(
                str(t["rule"]), int(t.get("points") or 0), m, str(t.get("state")), t.get("rating")
            )
    exchanged = goods = 0
    for e in points_ledger:
        if _in(_day(e.get("date")), start, end):
            exchanged -= int(e.get("points") or 0)
            goods += int(e.get("quantity") or 0)
    held = decided = lifts = 0
    for c in consultations:
        held += _in(_day(c.get("opened_date")), start, end)
        outcome = c.get("outcome")
        if outcome in DECIDED and _in(_day(c.get("outcome_date")), start, end):
            decided += 1
            lifts += c.get("matter") == "lift" and outcome in LIFT_APPROVED
    return {
        "activities": activities,
        "errands": errands,
        "service_minutes": minutes,
        "participants": len(people),
        "points_issued": issued,
        "points_exchanged": exchanged,
        "goods_exchanged": goods,
        "consultations_held": held,
        "consultations_decided": decided,
        "lifts_approved": lifts,
    }


def combine(parts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Add several stations' figures (same period): counts and sums add, rates add their
    numerators and denominators, so a district rate is never an average of averages."""
    parts = list(parts)
    if not parts:
        raise ValueError("nothing to combine")
    out: dict[str, Any] = _add(parts)
    out["figures_version"] = FIGURES_VERSION
    out["period"] = dict(parts[0]["period"])
    out["rates"] = {
        k: rate(
            sum(p["rates"][k]["numerator"] for p in parts),
            sum(p["rates"][k]["denominator"] for p in parts),
        )
        for k in _RATE_KEYS
    }
    return out


def _add(parts: list[Mapping[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in parts[0]:
        if key in ("period", "rates", "figures_version"):
            continue
        values = [p.get(key) for p in parts]
        if isinstance(values[0], Mapping):
            out[key] = _add([v or {} for v in values])  # type: ignore[misc]
        else:
            out[key] = sum(int(v or 0) for v in values)
    return out
