"""Meetings (三会一课 and more): types and rhythms, attendance, quorum, minutes, reviews.

Attendance rows are plain mappings: "member_id", "status" ('present' |
'absent' | 'non_voting' (列席)), "reason" (an ABSENCE_REASONS code, required
when absent), "note", and for quorum "member_kind" ('full' | 'probationary'
| anything else for guests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.domain.i18n import tr

Rhythm = Literal["monthly", "quarterly", "yearly", "as_needed"]
QuorumRule = Literal["members", "committee"]


@dataclass(frozen=True)
class MeetingType:
    code: str
    name: str
    rhythm: Rhythm  # default; DOMAIN.md marks rhythms "verify", so settings override
    quorum: QuorumRule | None  # None: no attendance rule


MEETING_TYPES: tuple[MeetingType, ...] = (
    MeetingType("branch_assembly", "支部党员大会", "quarterly", "members"),
    MeetingType("committee", "支部委员会", "monthly", "committee"),
    MeetingType("group", "党小组会", "monthly", None),
    MeetingType("party_class", "党课", "quarterly", None),
    MeetingType("theme_day", "主题党日", "monthly", None),
    MeetingType("life_meeting", "组织生活会", "yearly", None),
    MeetingType("joint", "联席会（三方联动）", "monthly", None),
    MeetingType("neighbour", "邻里会", "as_needed", None),
)
MEETING_TYPE_BY_CODE: dict[str, MeetingType] = {t.code: t for t in MEETING_TYPES}

ATTENDANCE_STATUSES: dict[str, str] = {"present": "出席", "absent": "缺席", "non_voting": "列席"}
ABSENCE_REASONS: dict[str, str] = {
    "sick": "病假",
    "personal": "事假",
    "away": "外出",
    "other": "其他",
}

# The attendance row has one reason column: "其他" keeps its note in it as "other:<note>".
OTHER_PREFIX = "other:"


def reason_value(code: str | None, note: str = "") -> str | None:
    """The stored reason: the code, or for "other" the code with its note."""
    if code == "other" and note.strip():
        return OTHER_PREFIX + note.strip()
    return code


def split_reason(value: str | None) -> tuple[str | None, str]:
    """(code, note) of a stored reason."""
    if value and value.startswith(OTHER_PREFIX):
        return "other", value[len(OTHER_PREFIX) :]
    return value, ""


def reason_label(value: str | None) -> str:
    """How a stored reason reads: "病假", or "其他：照看孙子"."""
    code, note = split_reason(value)
    label = tr(ABSENCE_REASONS.get(code or "", code or ""))
    return f"{label}：{note}" if note else label


MINUTES_STATUSES: dict[str, str] = {"draft": "草稿", "final": "已定稿"}

# 民主评议党员 ratings, best first.
REVIEW_RATINGS: dict[str, str] = {
    "excellent": "优秀",
    "qualified": "合格",
    "basically_qualified": "基本合格",
    "unqualified": "不合格",
}


_MSG_STATUS = "Mark the attendance: present, absent or non-voting"
_MSG_REASON = "Give the reason for the absence"
_MSG_REASON_NOTE = "Describe the other reason for the absence"
_MSG_FINAL = "These minutes are final and cannot be edited; add an addendum instead"
_MSG_TOO_MANY_EXCELLENT = (
    "At most one third of those reviewed may be rated excellent: at most {max} of {total}, "
    "not {count}"
)
_MSG_RATING = "Choose a rating: excellent, qualified, basically qualified or unqualified"
_MSG_END_BEFORE_START = "The meeting cannot end before it starts"
_MSG_DUPLICATE = "This person is listed twice"


def type_label(code: str) -> str:
    return tr(MEETING_TYPE_BY_CODE[code].name)


def check_attendance(rows: Iterable[Mapping[str, Any]]) -> list[Problem]:
    """Problems with attendance rows; the field is "attendance[i].<key>"."""
    problems: list[Problem] = []
    seen: set[Any] = set()
    for i, row in enumerate(rows):
        where = f"attendance[{i}]"
        member = row.get("member_id")
        if member is not None:
            if member in seen:
                problems.append(Problem(f"{where}.member_id", _MSG_DUPLICATE))
            seen.add(member)
        status = row.get("status")
        if status not in ATTENDANCE_STATUSES:
            problems.append(Problem(f"{where}.status", _MSG_STATUS))
        elif status == "absent":
            reason, note = split_reason(row.get("reason"))
            if reason not in ABSENCE_REASONS:
                problems.append(Problem(f"{where}.reason", _MSG_REASON))
            elif reason == "other" and not str(row.get("note") or note).strip():
                problems.append(Problem(f"{where}.note", _MSG_REASON_NOTE))
    return problems


@dataclass(frozen=True)
class Counts:
    expected: int  # the roster (应到)
    present: int  # roster members present (实到)
    absent: int  # roster members absent
    non_voting: int  # 列席, on the roster or not
    unrecorded: tuple[Any, ...]  # roster members with no attendance row yet


def counts(attendance: Iterable[Mapping[str, Any]], roster: Iterable[Any]) -> Counts:
    """应到 / 实到 / 缺席 / 列席 for the minutes, against the expected roster of member ids."""
    expected = list(dict.fromkeys(roster))
    status = {row.get("member_id"): row.get("status") for row in attendance}
    non_voting = sum(1 for s in status.values() if s == "non_voting")
    return Counts(
        expected=len(expected),
        present=sum(1 for m in expected if status.get(m) == "present"),
        absent=sum(1 for m in expected if status.get(m) == "absent"),
        non_voting=non_voting,
        unrecorded=tuple(m for m in expected if m not in status),
    )


@dataclass(frozen=True)
class Quorum:
    met: bool | None  # None: this type has no rule, or nobody can vote
    present_voting: int
    required: int
    total_voting: int


def quorum(meeting_type: str, attendance: Iterable[Mapping[str, Any]]) -> Quorum:
    """Is the meeting valid? "More than half" of those with a vote attend.

    Those with a vote are full members not attending as 列席: probationary
    members never count (they do not vote). For the branch assembly the rows
    are all members of the branch; for the committee, the committee members.
    """
    rule = MEETING_TYPE_BY_CODE[meeting_type].quorum
    voting = [
        r for r in attendance if r.get("member_kind") == "full" and r.get("status") != "non_voting"
    ]
    total = len(voting)
    present = sum(1 for r in voting if r.get("status") == "present")
    if rule is None or total == 0:
        return Quorum(None, present, 0, total)
    required = total // 2 + 1  # strictly more than half
    return Quorum(present >= required, present, required, total)


@dataclass(frozen=True)
class DueMeeting:
    code: str
    period_start: dt.date
    period_end: dt.date  # last day of the month/quarter/year


def _period(rhythm: str, day: dt.date) -> tuple[dt.date, dt.date] | None:
    if rhythm == "monthly":
        start = day.replace(day=1)
        nxt = dt.date(day.year + 1, 1, 1) if day.month == 12 else start.replace(month=day.month + 1)
        return start, nxt - dt.timedelta(days=1)
    if rhythm == "quarterly":
        first = 3 * ((day.month - 1) // 3) + 1
        start = dt.date(day.year, first, 1)
        nxt = dt.date(day.year + 1, 1, 1) if first == 10 else dt.date(day.year, first + 3, 1)
        return start, nxt - dt.timedelta(days=1)
    if rhythm == "yearly":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if rhythm == "as_needed":
        return None
    raise ValueError(f"unknown rhythm {rhythm!r}")


def due_meetings(
    rhythms: Mapping[str, str] | None,
    held: Iterable[tuple[str, dt.date]],
    today: dt.date,
) -> list[DueMeeting]:
    """Meeting types the rhythm expects in the current period and not yet held.

    `rhythms` maps type code -> rhythm (None: the defaults); a reminder, not a
    ranking: as_needed types are never due.
    """
    if rhythms is None:
        rhythms = {t.code: t.rhythm for t in MEETING_TYPES}
    held_list = list(held)
    due: list[DueMeeting] = []
    for code, rhythm in rhythms.items():
        period = _period(rhythm, today)
        if period is None:
            continue
        start, end = period
        if not any(c == code and start <= d <= end for c, d in held_list):
            due.append(DueMeeting(code, start, end))
    return due


def check_editable(status: str) -> None:
    """Finalised minutes are read-only; corrections go into an addendum."""
    if status not in MINUTES_STATUSES:
        raise ValueError(f"unknown minutes status {status!r}")
    if status == "final":
        raise ValidationError([Problem("status", _MSG_FINAL)])


def check_times(start: dt.time | None, end: dt.time | None) -> list[Problem]:
    if start is not None and end is not None and end < start:
        return [Problem("end_time", _MSG_END_BEFORE_START)]
    return []


def max_excellent(reviewed: int) -> int:
    """优秀 is at most one third of those reviewed (rounded down)."""
    return reviewed // 3


def check_review_ratings(ratings: Mapping[Any, str | None]) -> list[Problem]:
    """民主评议: every member reviewed gets a rating; 优秀 at most one third."""
    problems = [
        Problem(f"ratings[{member}]", _MSG_RATING)
        for member, rating in ratings.items()
        if rating not in REVIEW_RATINGS
    ]
    total = len(ratings)
    count = sum(1 for r in ratings.values() if r == "excellent")
    if count > max_excellent(total):
        problems.append(
            Problem(
                "ratings",
                _MSG_TOO_MANY_EXCELLENT,
                {"max": max_excellent(total), "total": total, "count": count},
            )
        )
    return problems
