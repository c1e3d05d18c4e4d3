"""Consultations (协商议事): the matter, its households, votes, the live tally, cost sharing,
the outcome and closing. A closed consultation changes only by addenda."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from linju_desktop.domain import clock
from linju_desktop.domain import consultations as rules
from linju_desktop.domain.errors import Problem, ValidationError, raise_if_errors
from linju_desktop.domain.text import clean_text
from linju_desktop.services import tabular
from linju_desktop.services.clock import iso, utc_now
from linju_desktop.store.database import Store
from linju_desktop.store.reads import neighbourhood as reads

_MSG_NO_CONSULTATION = "This consultation does not exist"
_MSG_SHEET_COLUMNS = "The sheet needs the columns {columns} ({optional} is optional)"
_MSG_SHEET_ROW = "Row {row}: {problem}"
_MSG_NO_SHARES = "Enter the total and the floor coefficients first"

_IDS = uuid.UUID("0b5e0d9a-4f0c-4a8e-8f43-9d1f3c6a2b77")
HEADERS = {
    "room": ("房号", "室号", "户号"),
    "owner": ("业主", "姓名", "户主"),
    "floor": ("楼层", "层"),
    "area": ("建筑面积", "面积", "专有面积"),
}


def vote_id(household_id: str) -> str:
    """One vote row per household on every device: a vote changed on two sides meets as
    the same row and is a conflict with both values kept (protocol.tables)."""
    return str(uuid.uuid5(_IDS, f"vote:{household_id}"))


def get(store: Store, consultation_id: str) -> dict:
    row = store.get("consultations", consultation_id)
    if row is None:
        raise ValidationError([Problem("consultation", _MSG_NO_CONSULTATION)])
    return row


def _open(store: Store, consultation_id: str) -> dict:
    row = get(store, consultation_id)
    rules.check_open(row["status"])
    return row


def save_consultation(
    store: Store, fields: dict[str, Any], consultation_id: str | None = None
) -> str:
    """Add or change the matter: title, kind of matter, building and unit, linked meetings."""
    values: dict[str, Any] = {
        "title": clean_text(fields.get("title") or ""),
        "matter": fields.get("matter"),
        "building": clean_text(fields.get("building") or ""),
        "unit": clean_text(fields.get("unit") or ""),
        "notes": clean_text(fields.get("notes") or "", multiline=True),
    }
    if "meeting_ids" in fields:
        values["meeting_ids"] = json.dumps(list(fields["meeting_ids"] or []))
    raise_if_errors(rules.check_consultation(values))
    with store.transaction():
        if consultation_id:
            _open(store, consultation_id)
            store.update("consultations", consultation_id, values)
            return consultation_id
        opened = fields.get("opened_date") or clock.today()
        values.update(status="open", opened_date=str(opened))
        return store.insert("consultations", values)


def add_household(
    store: Store,
    consultation_id: str,
    room: str,
    floor: int,
    area: Any,
    owner: str = "",
    household_id: str | None = None,
) -> str:
    """Add a household, or correct one (`household_id`) while the consultation is open."""
    with store.transaction():
        _open(store, consultation_id)
        rooms = [
            h["room"] for h in reads.households(store, consultation_id) if h["id"] != household_id
        ]
        problems = rules.check_household(clean_text(room), floor, rooms)
        try:
            centi = rules.area_centi(area)
        except ValidationError as e:
            problems += e.problems
            centi = 0
        raise_if_errors(problems)
        values = {
            "consultation_id": consultation_id,
            "room": clean_text(room),
            "owner": clean_text(owner),
            "floor": floor,
            "area": centi,
        }
        if household_id:
            _household(store, consultation_id, household_id)
            store.update("households", household_id, values)
            return household_id
        return store.insert("households", values)


def _household(store: Store, consultation_id: str, household_id: str) -> dict:
    row = store.get("households", household_id)
    rules.check_belongs(row, consultation_id)
    return row  # type: ignore[return-value]


def remove_household(store: Store, consultation_id: str, household_id: str) -> None:
    """A household listed by mistake leaves the open consultation, with its vote if any
    (tombstones: sync carries the removal)."""
    with store.transaction():
        _open(store, consultation_id)
        _household(store, consultation_id, household_id)
        store.tombstone("households", household_id)
        if store.get("votes", vote_id(household_id)):
            store.tombstone("votes", vote_id(household_id))


def import_households(store: Store, consultation_id: str, path: str | Path) -> int:
    """Households from a sheet (房号, 楼层, 建筑面积, 业主): all rows or none."""
    known = {h for names in HEADERS.values() for h in names}
    table = tabular.read_table(path, known)
    col: dict[str, int] = {}
    for i, head in enumerate(table.header):
        for key, names in HEADERS.items():
            if head.replace(" ", "") in names and key not in col:
                col[key] = i
    if not {"room", "floor", "area"} <= set(col):
        raise ValidationError(
            [
                Problem(
                    "file",
                    _MSG_SHEET_COLUMNS,
                    {"columns": "房号、楼层、建筑面积", "optional": "业主"},
                )
            ]
        )
    added = 0
    problems: list[Problem] = []
    with store.transaction():
        for row in table.rows:
            cell = {k: (row.cells[i] if i < len(row.cells) else "").strip() for k, i in col.items()}
            try:
                floor = int(Fraction(cell["floor"].removesuffix("层")))
            except (ValueError, ZeroDivisionError):
                floor = None
            try:
                add_household(
                    store, consultation_id, cell["room"], floor, cell["area"], cell.get("owner", "")
                )
            except ValidationError as e:
                # a refused row wrote nothing: go on, so every bad row is named at once
                problems += [
                    Problem(p.field, _MSG_SHEET_ROW, {"row": row.number, "problem": p.text()})
                    for p in e.problems
                ]
                continue
            added += 1
        raise_if_errors(problems)  # all rows or none: the transaction rolls back
    return added


def _households(store: Store, consultation_id: str) -> dict[str, dict]:
    return {h["id"]: h for h in reads.tally_households(store, consultation_id)}


def _votes(store: Store, consultation_id: str) -> dict[str, str]:
    return {h: c for h, c in reads.vote_choices(store, consultation_id) if c in rules.CHOICES}


def record_vote(
    store: Store,
    consultation_id: str,
    household_id: str,
    choice: str,
    *,
    recorded_by: str = "",
    correcting: bool = False,
    at: dt.datetime | None = None,
) -> rules.Tally:
    """A household's vote (who recorded it and when); returns the live tally."""
    at = at or utc_now()
    with store.transaction():
        c = _open(store, consultation_id)
        households = _households(store, consultation_id)
        rows = reads.vote_choices(store, consultation_id)
        votes = {h: v for h, v in rows if v in rules.CHOICES}
        rules.check_vote(household_id, choice, households, votes, correcting=correcting)
        values = {
            "consultation_id": consultation_id,
            "household_id": household_id,
            "choice": choice,
            "recorded_by": recorded_by,
            "recorded_at": iso(at),
        }
        vid = vote_id(household_id)
        if any(h == household_id for h, _ in rows):  # a correction, or again after withdrawing
            store.update("votes", vid, values)
        else:
            store.insert("votes", {"id": vid, **values})
        votes[household_id] = choice
        return rules.tally(households, votes, c["matter"])


def withdraw_vote(store: Store, consultation_id: str, household_id: str) -> None:
    """A vote recorded for the wrong household: back to "did not vote"."""
    with store.transaction():
        _open(store, consultation_id)
        if store.get("votes", vote_id(household_id)):
            # no choice rather than a tombstone: the row stays the household's one vote
            store.update("votes", vote_id(household_id), {"choice": None})


def tally(store: Store, consultation_id: str) -> rules.Tally:
    c = get(store, consultation_id)
    return rules.tally(
        _households(store, consultation_id), _votes(store, consultation_id), c["matter"]
    )


def set_cost_sharing(
    store: Store,
    consultation_id: str,
    total_fen: int,
    coefficients: dict[Any, Any],
    *,
    by_area: bool = False,
) -> dict[str, int]:
    """The cost-sharing plan: checked by computing it, then kept with the consultation."""
    with store.transaction():
        _open(store, consultation_id)
        parsed = rules.parse_coefficients(coefficients)
        shares = rules.cost_shares(
            total_fen, _households(store, consultation_id), parsed, by_area=by_area
        )
        store.update(
            "consultations",
            consultation_id,
            {
                "total_fen": total_fen,
                "coefficients": json.dumps({str(k): str(v) for k, v in coefficients.items()}),
                "by_area": int(by_area),
            },
        )
        return shares


@dataclass(frozen=True)
class Sharing:
    total_fen: int
    coefficients: dict[int, str]
    by_area: bool
    shares: dict[str, int]


def cost_sharing(store: Store, consultation_id: str) -> Sharing:
    c = get(store, consultation_id)
    if not c["total_fen"] or not c["coefficients"]:
        raise ValidationError([Problem("total", _MSG_NO_SHARES)])
    raw = {int(k): v for k, v in json.loads(c["coefficients"]).items()}
    shares = rules.cost_shares(
        int(c["total_fen"]),
        _households(store, consultation_id),
        rules.parse_coefficients(raw),
        by_area=bool(c["by_area"]),
    )
    return Sharing(int(c["total_fen"]), raw, bool(c["by_area"]), shares)


def record_outcome(
    store: Store,
    consultation_id: str,
    outcome: str,
    date: dt.date | str,
    *,
    close_now: bool = False,
    at: dt.datetime | None = None,
) -> None:
    """通过 / 未通过 / 已实施 on a date (carried out keeps the date it was approved);
    `close_now` also closes the consultation, in the same transaction."""
    rules.check_outcome(outcome, date)
    with store.transaction():
        _open(store, consultation_id)
        values: dict[str, Any] = {"outcome": outcome}
        if outcome == "carried_out":
            values["carried_out_date"] = str(date)
            if not get(store, consultation_id)["outcome_date"]:
                values["outcome_date"] = str(date)
        else:
            values["outcome_date"] = str(date)
        store.update("consultations", consultation_id, values)
        if close_now:
            close(store, consultation_id, at=at)


def close(store: Store, consultation_id: str, *, at: dt.datetime | None = None) -> None:
    """Close: read-only from now on (status "final", immutable on the server too)."""
    at = at or utc_now()
    with store.transaction():
        _open(store, consultation_id)
        store.update("consultations", consultation_id, {"status": "final", "closed_at": iso(at)})


def add_addendum(
    store: Store,
    consultation_id: str,
    text: str,
    author: str = "",
    *,
    at: dt.datetime | None = None,
) -> str:
    rules.check_addendum(text)
    at = at or utc_now()
    with store.transaction():
        get(store, consultation_id)
        return store.insert(
            "consultation_addenda",
            {
                "consultation_id": consultation_id,
                "text": text.strip(),
                "author": author,
                "written_at": iso(at),
            },
        )
