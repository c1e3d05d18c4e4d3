"""Meetings: record, take attendance from the roster, finalise, add addenda; and what the
meeting form's Save writes (MeetingForm, save_form)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linju_desktop.domain import meetings as rules
from linju_desktop.domain.errors import Problem, ValidationError, raise_if_errors
from linju_desktop.services import attachments
from linju_desktop.services.clock import iso, utc_now
from linju_desktop.store.database import Store
from linju_desktop.store.reads import meetings as reads
from linju_desktop.store.reads import members as member_reads

_MSG_TYPE = "Choose the kind of meeting"
_MSG_NO_MEETING = "This meeting record no longer exists"
_MSG_ADDENDUM = "Write the correction or addition"

EDITABLE = (
    "title",
    "date",
    "start_time",
    "end_time",
    "place",
    "chair_id",
    "recorder_id",
    "agenda",
    "minutes",
    "decisions",
    "resident_count",
)


def expected_roster(
    store: Store, meeting_type: str, party_group_id: str | None = None
) -> list[dict]:
    """Who is expected at a meeting of this type: members, the committee or one group."""
    if meeting_type in ("joint", "neighbour"):
        return []
    return member_reads.expected_at(
        store,
        committee_only=meeting_type == "committee",
        party_group_id=party_group_id if meeting_type == "group" else None,
    )


def create(
    store: Store,
    meeting_type: str,
    date: dt.date,
    *,
    title: str = "",
    party_group_id: str | None = None,
    absent: dict[str, str] | None = None,
    **fields: Any,
) -> str:
    """A new draft meeting with everyone expected marked present unless listed as absent."""
    if meeting_type not in rules.MEETING_TYPE_BY_CODE:
        raise ValidationError([Problem("type", _MSG_TYPE)])
    absent = absent or {}
    roster = expected_roster(store, meeting_type, party_group_id)
    rows = [
        {
            "member_id": m["id"],
            "status": "absent" if m["id"] in absent else "present",
            "reason": absent.get(m["id"]),
        }
        for m in roster
    ]
    raise_if_errors(rules.check_attendance(rows))
    values = {k: v for k, v in fields.items() if k in EDITABLE}
    with store.transaction():
        mid = store.insert(
            "meetings",
            {
                "type": meeting_type,
                "title": title
                or f"{date:%Y年%m月%d日}{rules.MEETING_TYPE_BY_CODE[meeting_type].name}",
                "date": date.isoformat(),
                "status": "draft",
                **values,
            },
        )
        store.insert_many("attendance", [{"meeting_id": mid, **r} for r in rows])
    return mid


def _meeting(store: Store, meeting_id: str) -> dict:
    row = store.get("meetings", meeting_id)
    if row is None:
        raise ValidationError([Problem("meeting", _MSG_NO_MEETING)])
    return row


def update(store: Store, meeting_id: str, **fields: Any) -> None:
    with store.transaction():
        rules.check_editable(_meeting(store, meeting_id)["status"])
        store.update("meetings", meeting_id, {k: v for k, v in fields.items() if k in EDITABLE})


def attendance(store: Store, meeting_id: str) -> list[dict]:
    return reads.attendance(store, meeting_id)


def set_attendance(
    store: Store, meeting_id: str, member_id: str, status: str, reason: str | None = None
) -> None:
    raise_if_errors(
        rules.check_attendance([{"member_id": member_id, "status": status, "reason": reason}])
    )
    with store.transaction():
        rules.check_editable(_meeting(store, meeting_id)["status"])
        existing = reads.attendance_id(store, meeting_id, member_id)
        values = {"status": status, "reason": reason if status == "absent" else None}
        if existing:
            store.update("attendance", existing, values)
        else:
            store.insert("attendance", {"meeting_id": meeting_id, "member_id": member_id, **values})


def quorum(store: Store, meeting_id: str) -> rules.Quorum:
    m = _meeting(store, meeting_id)
    return rules.quorum(m["type"], attendance(store, meeting_id))


def counts(store: Store, meeting_id: str) -> rules.Counts:
    rows = attendance(store, meeting_id)
    roster = [r["member_id"] for r in rows if r["status"] != "non_voting"]
    return rules.counts(rows, roster)


def finalise(store: Store, meeting_id: str) -> None:
    with store.transaction():
        rules.check_editable(_meeting(store, meeting_id)["status"])
        store.update("meetings", meeting_id, {"status": "final", "finalised_at": iso(utc_now())})


def add_addendum(store: Store, meeting_id: str, text: str, author: str = "") -> str:
    if not text.strip():
        raise ValidationError([Problem("text", _MSG_ADDENDUM)])
    with store.transaction():
        _meeting(store, meeting_id)
        return store.insert(
            "addenda",
            {
                "meeting_id": meeting_id,
                "text": text.strip(),
                "author": author,
                "written_at": iso(utc_now()),
            },
        )


def add_followup(store: Store, meeting_id: str, text: str, request_id: str | None = None) -> str:
    with store.transaction():
        _meeting(store, meeting_id)
        return store.insert(
            "followups",
            {"meeting_id": meeting_id, "text": text.strip(), "request_id": request_id, "done": 0},
        )


def held(store: Store, since: dt.date) -> list[tuple[str, dt.date]]:
    rows = reads.held_since(store, since)
    return [(r["type"], dt.date.fromisoformat(r["date"])) for r in rows]


def due(store: Store, today: dt.date) -> list[rules.DueMeeting]:
    rhythms = store.get_setting("meeting_rhythms")
    return rules.due_meetings(rhythms, held(store, dt.date(today.year - 1, 1, 1)), today)


# -- the meeting form's Save -------------------------------------------------------------------


@dataclass
class MeetingForm:
    """What the meeting form hands over on Save or Finalise, as the person filled it in."""

    meeting_id: str | None  # None: a new meeting
    code: str | None  # the kind of meeting (None: not chosen yet)
    day: dt.date
    group_id: str | None
    fields: dict[str, Any]  # EDITABLE columns; times as "HH:MM:SS" or None
    rows: list[dict]  # attendance as the form shows it: member_id, status, reason
    loaded: list[tuple[str, str | None]] = field(default_factory=list)  # each row as loaded
    followups: list[tuple[str, str | None]] = field(default_factory=list)  # text, request id
    photos: list[Path] = field(default_factory=list)
    finalise: bool = False


def check_form(form: MeetingForm) -> list[Problem]:
    """Everything wrong with the form (warnings included), before anything is written; the
    form shows these at once, and save_form refuses on the errors among them."""
    problems: list[Problem] = []
    if not form.code:
        problems.append(Problem("type", _MSG_TYPE))
    problems += rules.check_attendance(form.rows)
    start, end = form.fields.get("start_time"), form.fields.get("end_time")
    problems += rules.check_times(
        dt.time.fromisoformat(start) if start else None,
        dt.time.fromisoformat(end) if end else None,
    )
    return problems


def save_form(store: Store, form: MeetingForm) -> str:
    """Write the meeting form in one transaction: the meeting, the attendance that changed,
    new follow-ups and photos and, for Finalise, the lock. Returns the meeting's id.
    A problem or a file that is no photo stops it before anything is written; the photos
    are copied into the attachments folder before any row is written."""
    raise_if_errors(check_form(form))
    attachments.check_files(form.photos)
    stored = [attachments.store_file(store, p) for p in form.photos]  # copied before the rows
    with store.transaction():
        if form.meeting_id is None:
            absent = {r["member_id"]: r["reason"] for r in form.rows if r["status"] == "absent"}
            rest = {k: v for k, v in form.fields.items() if k != "date"}
            mid = create(
                store,
                form.code or "",
                form.day,
                party_group_id=form.group_id,
                absent=absent,
                **rest,
            )
            for r in form.rows:
                if r["status"] == "non_voting":
                    set_attendance(store, mid, r["member_id"], "non_voting")
        else:
            mid = form.meeting_id
            update(store, mid, **form.fields)
            for row, before in zip(form.rows, form.loaded, strict=True):
                if (row["status"], row["reason"]) != before:
                    set_attendance(store, mid, row["member_id"], row["status"], row["reason"])
        for text, request_id in form.followups:
            add_followup(store, mid, text, request_id)
        for photo in stored:
            attachments.link(store, "meetings", mid, photo)
        if form.finalise:
            finalise(store, mid)
    return mid
