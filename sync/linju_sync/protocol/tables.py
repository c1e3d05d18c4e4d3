"""What a station syncs: tables, their fields and their types, and who wins a conflict.

This is the one definition of the synced columns: the desktop's store reads its column
lists from FIELDS (store/schema.py: integers are INTEGER columns, everything else TEXT),
and its frozen migrations must have built the same (tests/store/test_upgrades.py).

The server rejects an operation on any other table or field, or with a value that does not
fit its field's type (check_changes), as that operation's result ("rejected" with the
reason); the station applies nothing from the district that does not fit either (a
needs-attention item). Types are deliberately plain: text with a maximum length, whole
numbers within a range (money in fen, flags 0/1, years, counts), and dates, times and
moments as ISO 8601 text, so that every value survives JSON, SQLite and PostgreSQL
unchanged and an export is standard JSON.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from linju_sync.protocol.reasons import render

Policy = Literal["lww", "append_only", "requests", "minutes", "district"]
Kind = Literal["text", "integer", "date", "datetime", "time"]

MAX_FEN = 10**14 - 1  # as the desktop's money rules: 9999亿9999万9999元9角9分
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?")
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.+\-Z]{2,32})?")


@dataclass(frozen=True)
class FieldType:
    kind: Kind
    max_len: int = 0  # text: the most characters
    low: int = 0  # integer: the smallest value
    high: int = 0  # integer: the largest value

    def fault(self, value: Any) -> tuple[str, dict[str, Any]] | None:
        """Why `value` does not fit, as a reason code of protocol.reasons and its
        parameters (besides table and field), or None. Null fits every field: the station
        leaves fields empty."""
        if value is None:
            return None
        if self.kind == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                return "value_not_integer", {}
            if not self.low <= value <= self.high:
                if (self.low, self.high) == (0, 1):
                    return "value_not_flag", {}
                return "value_range", {"low": self.low, "high": self.high}
            return None
        if not isinstance(value, str):
            return "value_not_text", {}
        if self.kind == "text":
            if len(value) > self.max_len:
                return "value_too_long", {"max_len": self.max_len}
            if "\x00" in value or not _utf8(value):
                return "value_bad_char", {}
            return None
        if self.kind == "date":
            return None if _parses(_DATE, value, dt.date.fromisoformat) else ("value_not_date", {})
        if self.kind == "time":
            return None if _parses(_TIME, value, dt.time.fromisoformat) else ("value_not_time", {})
        return None if _parses(_MOMENT, value, _moment) else ("value_not_moment", {})


def _utf8(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")  # a lone surrogate from a "\ud800" escape cannot be stored
    except UnicodeEncodeError:
        return False
    return True


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _parses(shape: re.Pattern[str], text: str, read: Any) -> bool:
    # the pattern first: fromisoformat alone takes forms (20250301, 2025-W10-1) that
    # would not sort or compare as the station's text does
    if not shape.fullmatch(text):
        return False
    try:
        read(text)
    except ValueError:
        return False
    return True


def text(max_len: int) -> FieldType:
    return FieldType("text", max_len=max_len)


def integer(low: int, high: int) -> FieldType:
    return FieldType("integer", low=low, high=high)


REF = text(64)  # another row's id, a hash, a table name
LINE = text(1_000)  # a name, a place, a code: one line
LONG = text(100_000)  # minutes, notes, descriptions
FLAG = integer(0, 1)
MONEY = integer(-MAX_FEN, MAX_FEN)  # fen; reversing entries are negative
YEAR = integer(1900, 2999)
DATE = FieldType("date")
TIME = FieldType("time")
MOMENT = FieldType("datetime")  # UTC, "2025-03-01T08:00:00Z"

FIELDS: dict[str, dict[str, FieldType]] = {
    "branch": {
        "name": LINE,
        "compounds": LONG,
        "community": LINE,
        "street": LINE,
        "district": LINE,
    },
    "party_groups": {
        "name": LINE,
        "leader_id": REF,
        "buildings": LONG,
        "notes": LONG,
    },
    "members": {
        "name": LINE,
        "name_initials": LINE,
        "gender": LINE,
        "ethnicity": LINE,
        "birth_date": DATE,
        "id_number": LINE,
        "mobile": LINE,
        "education": LINE,
        "joined_date": DATE,
        "full_date": DATE,
        "member_kind": LINE,
        "committee_role": LINE,
        "probation_extended_months": integer(0, 120),
        "person_kind": LINE,
        "party_group_id": REF,
        "building": LINE,
        "unit": LINE,
        "room": LINE,
        "is_centre_household": FLAG,
        "is_reporting": FLAG,
        "reporting_employer": LINE,
        "mobility": LINE,
        "mobile_destination": LINE,
        "status": LINE,
        "left_date": DATE,
        "left_reason": LONG,
        "notes": LONG,
    },
    "contact_households": {
        "member_id": REF,
        "building": LINE,
        "unit": LINE,
        "room": LINE,
        "resident": LINE,
        "phone": LINE,
        "notes": LONG,
    },
    "transfers": {
        "member_id": REF,
        "member_name": LINE,
        "direction": LINE,
        "other_org": LINE,
        "letter_no": LINE,
        "issued_date": DATE,
        "valid_days": integer(0, 3660),
        "valid_until": DATE,
        "sent_date": DATE,
        "receipt_date": DATE,
        "cross_province": FLAG,
        "dues_paid_to": LINE,
        "received_date": DATE,
        "notes": LONG,
    },
    "meetings": {
        "type": LINE,
        "title": LINE,
        "date": DATE,
        "start_time": TIME,
        "end_time": TIME,
        "place": LINE,
        "chair_id": REF,
        "recorder_id": REF,
        "agenda": LONG,
        "minutes": LONG,
        "decisions": LONG,
        "resident_count": integer(0, 1_000_000),
        "status": LINE,
        "finalised_at": MOMENT,
    },
    "attendance": {
        "meeting_id": REF,
        "member_id": REF,
        "status": LINE,
        "reason": LONG,
    },
    "followups": {
        "meeting_id": REF,
        "text": LONG,
        "request_id": REF,
        "done": FLAG,
    },
    "addenda": {
        "meeting_id": REF,
        "text": LONG,
        "author": LINE,
        "written_at": MOMENT,
    },
    "attachments": {
        "owner_table": REF,
        "owner_id": REF,
        "sha256": REF,
        "filename": LINE,
        "mime": LINE,
        "size": integer(0, 10**12),
        "caption": LONG,
    },
    "allocations": {
        "year": YEAR,
        "amount_fen": MONEY,
        "source": LINE,
        "note": LONG,
    },
    "expenses": {
        "year": YEAR,
        "date": DATE,
        "amount_fen": MONEY,
        "payee": LINE,
        "purpose": LONG,
        "category": LINE,
        "approver": LINE,
        "overdraw_reason": LONG,
        "reverses_id": REF,
        "notes": LONG,
    },
    "requests": {
        "number": LINE,
        "resident": LINE,
        "contact": LINE,
        "building": LINE,
        "unit": LINE,
        "room": LINE,
        "category": LINE,
        "description": LONG,
        "source": LINE,
        "meeting_id": REF,
        "state": LINE,
        "handling": LINE,
        "assignee_id": REF,
        "department": LINE,
        "registered_at": MOMENT,
        "due_at": MOMENT,
        "result": LONG,
        "rating": LINE,
        "rating_note": LONG,
        "closed_at": MOMENT,
    },
    "request_events": {
        "request_id": REF,
        "action": LINE,
        "from_state": LINE,
        "to_state": LINE,
        "actor": LINE,
        "at": MOMENT,
        "note": LONG,
        "details": LONG,
    },
    # -- the neighbourhood's own work (station migration 0005) --------------------------
    "volunteers": {
        "name": LINE,
        "kind": LINE,
        "member_id": REF,
        "phone": LINE,
        "building": LINE,
        "unit": LINE,
        "room": LINE,
        "employer": LINE,
        "consent_date": DATE,
        "notes": LONG,
    },
    "activity_items": {
        "category": LINE,
        "name": LINE,
        "rule": LINE,
        "points": integer(0, 10_000),
        "active": FLAG,
        "sort": integer(0, 100_000),
    },
    "goods": {
        "name": LINE,
        "points": integer(1, 10_000),
        "stock": integer(0, 10**9),
        "active": FLAG,
        "notes": LONG,
    },
    "tasks": {
        "number": LINE,
        "kind": LINE,
        "item_id": REF,
        "category": LINE,
        "title": LINE,
        "date": DATE,
        "place": LINE,
        "places": integer(1, 500),
        "source": LINE,
        "request_id": REF,
        "meeting_id": REF,
        "resident": LINE,
        "resident_address": LINE,
        "rule": LINE,
        "points": integer(0, 10_000),
        "state": LINE,
        "result": LONG,
        "rating": LINE,
        "rating_note": LONG,
        "published_at": MOMENT,
        "done_at": MOMENT,
        "rated_at": MOMENT,
        "cancel_note": LONG,
    },
    "task_takers": {
        "task_id": REF,
        "volunteer_id": REF,
        "taken_at": MOMENT,
    },
    "service_hours": {
        "task_id": REF,
        "volunteer_id": REF,
        "day": DATE,
        "minutes": integer(1, 1440),
        "recorded_by": LINE,
    },
    "points_ledger": {
        "volunteer_id": REF,
        "kind": LINE,
        "goods_id": REF,
        "quantity": integer(-(10**6), 10**6),
        "points": integer(-(10**9), 10**9),
        "reverses_id": REF,
        "date": DATE,
        "recorded_by": LINE,
        "note": LONG,
    },
    "consultations": {
        "title": LINE,
        "matter": LINE,
        "building": LINE,
        "unit": LINE,
        "meeting_ids": LONG,
        "opened_date": DATE,
        "status": LINE,
        "outcome": LINE,
        "outcome_date": DATE,
        "carried_out_date": DATE,
        "total_fen": MONEY,
        "coefficients": LONG,
        "by_area": FLAG,
        "closed_at": MOMENT,
        "notes": LONG,
    },
    "households": {
        "consultation_id": REF,
        "room": LINE,
        "owner": LINE,
        "floor": integer(-5, 200),
        "area": integer(1, 10**7),
    },
    "votes": {
        "consultation_id": REF,
        "household_id": REF,
        "choice": LINE,
        "recorded_by": LINE,
        "recorded_at": MOMENT,
    },
    "consultation_addenda": {
        "consultation_id": REF,
        "text": LONG,
        "author": LINE,
        "written_at": MOMENT,
    },
}

TABLES: dict[str, tuple[str, ...]] = {t: tuple(f) for t, f in FIELDS.items()}


# value_fault's quick pass: per table, field -> (kind, max_len or low, high). A value it
# passes is one FieldType.fault passes; anything else goes the long way, which names the
# first fault (the server checks every field of every operation it is sent).
# Dates, times and moments: (shape, reader) and the texts already found to fit, per kind:
# a station's rows repeat their dates (birthdays, meeting days), and the pattern and
# fromisoformat cost more than a set lookup. Only fitting texts go in, and a fit depends on
# nothing but the text, so a race between threads can lose an entry, never add a wrong one.
_TEXT, _INTEGER = 0, 1
_SHAPES = {"date": (_DATE, dt.date.fromisoformat), "time": (_TIME, dt.time.fromisoformat)}
_FITTING: dict[str, set[str]] = {"date": set(), "time": set(), "datetime": set()}
_FITTING_MAX = 4096  # texts kept per kind; then the set starts again


def _quick(ftype: FieldType) -> tuple[int, Any, Any]:
    if ftype.kind == "text":
        return _TEXT, ftype.max_len, None
    if ftype.kind == "integer":
        return _INTEGER, ftype.low, ftype.high
    return 2, _SHAPES.get(ftype.kind, (_MOMENT, _moment)), _FITTING[ftype.kind]


def _fits(shape_read: tuple[re.Pattern[str], Any], text: str, fitting: set[str]) -> bool:
    """_parses(shape, text, read), remembering a text that fits."""
    if not _parses(shape_read[0], text, shape_read[1]):
        return False
    if len(fitting) >= _FITTING_MAX:
        fitting.clear()
    fitting.add(text)
    return True


_QUICK: dict[str, dict[str, tuple[int, Any, Any]]] = {
    table: {**{f: _quick(t) for f, t in fields.items()}, "deleted": _quick(FLAG)}
    for table, fields in FIELDS.items()
}


def value_fault(table: str, changes: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The first value of `changes` that does not fit its field, as a reason code of
    protocol.reasons with its parameters; None when all fit. Fields the table does not
    have are the caller's to refuse; "deleted" is the tombstone flag every table has."""
    quick = _QUICK.get(table)
    if quick is not None:
        wide = []  # text that is not ASCII: one encode of all of it finds a lone surrogate
        for name, value in changes.items():
            spec = quick.get(name)
            if value is None or spec is None:
                continue
            kind, a, b = spec
            if kind == _TEXT:
                if type(value) is str and len(value) <= a and "\x00" not in value:
                    if not value.isascii():
                        wide.append(value)
                    continue
            elif kind == _INTEGER:
                if type(value) is int and a <= value <= b:
                    continue
            elif type(value) is str and (value in b or _fits(a, value, b)):
                continue
            break  # the long way below names the fault
        else:
            if not wide or _utf8("".join(wide)):
                return None
    return _first_fault(table, changes)


def _first_fault(table: str, changes: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """value_fault the long way: field by field."""
    fields = FIELDS.get(table, {})
    for name, value in changes.items():
        ftype = FLAG if name == "deleted" else fields.get(name)
        fault = ftype.fault(value) if ftype is not None else None
        if fault:
            return fault[0], {"field": name, "table": table, **fault[1]}
    return None


def check_changes(table: str, changes: Mapping[str, Any]) -> str | None:
    """value_fault() as English text (user-facing source text), or None."""
    fault = value_fault(table, changes)
    return render(*fault) if fault else None


# How the server settles the same data changed on both sides (never silently):
# lww          per field, the later clock stamp wins; a field changed on both sides since
#              the client's base version is reported as a conflict with both values kept
# append_only  inserts only (money: corrections are reversing entries)
# requests     state changes are checked against the request state machine on the
#              server's current state; an impossible step is a visible conflict
# minutes      a finalised meeting is immutable; a draft changed on both sides keeps both
# district     the district owns these (allocations, transfers): a row the district has
#              written is its own and a station's change of it is rejected; a station's
#              own allocation counts only while the district has set none for that year
#              (server/ingest.py); on a station's own row a district value still wins
POLICY: dict[str, Policy] = {
    "branch": "lww",
    "party_groups": "lww",
    "members": "lww",
    "contact_households": "lww",
    "transfers": "district",
    "meetings": "minutes",
    "attendance": "lww",
    "followups": "lww",
    "addenda": "append_only",
    "attachments": "lww",
    "allocations": "district",
    "expenses": "append_only",
    "requests": "requests",
    "request_events": "append_only",
    # The neighbourhood's books. Tasks' steps are checked by the station's state machine
    # (domain/tasks.py); on the server a task changed on both sides is a per-field conflict.
    # task_takers and votes have ids derived from (task, volunteer) and (household): one
    # row per person per task and one vote per household on every device, so a vote
    # changed on two sides meets as the same row and is a conflict with both values kept.
    # The points ledger is append-only (an exchange is undone by a reversing entry). A
    # closed consultation has status "final" and is immutable like finalised minutes;
    # corrections are addenda (append-only).
    "volunteers": "lww",
    "activity_items": "lww",
    "goods": "lww",
    "tasks": "lww",
    "task_takers": "lww",
    "service_hours": "lww",
    "points_ledger": "append_only",
    "consultations": "minutes",
    "households": "lww",
    "votes": "lww",
    "consultation_addenda": "append_only",
}

# Fields of a request the district sets when it dispatches one down (吹哨派单).
DISTRICT_REQUEST_FIELDS = ("number", "source", "department", "due_at")
