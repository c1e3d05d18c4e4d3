"""Resident requests: intake, the closed loop of transitions, overdue and the three lists."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from linju_desktop.domain import requests as rules
from linju_desktop.domain.errors import Problem, ValidationError, raise_if_errors
from linju_desktop.domain.phone import phone_problems
from linju_desktop.domain.text import clean_text as normalize_text
from linju_desktop.services.clock import iso, parse_iso, utc_now
from linju_desktop.store.database import Store
from linju_desktop.store.reads import requests as reads

_MSG_DESCRIPTION = "Describe the resident's request"
_MSG_RESIDENT = "Enter the resident's name (or 匿名 if they prefer)"
_MSG_NO_REQUEST = "This request does not exist"
_MSG_SOURCE = "Choose where the request came from"


def limits(store: Store) -> dict[str, int]:
    """Time limit in hours per category: the defaults, overridden in settings."""
    out = {c.code: c.limit_hours for c in rules.DEFAULT_CATEGORIES}
    out.update(store.get_setting("request_limits", {}) or {})
    return out


def _next_number(store: Store, year: int) -> str:
    last = reads.last_number(store, year)
    seq = int(last.split("-")[1]) + 1 if last else 1
    return f"{year}-{seq:05d}"


def register_request(
    store: Store,
    *,
    resident: str,
    description: str,
    category: str = "other",
    source: str = "visit",
    contact: str = "",
    building: str = "",
    unit: str = "",
    room: str = "",
    meeting_id: str | None = None,
    actor: str = "",
    at: dt.datetime | None = None,
) -> str:
    problems: list[Problem] = []
    resident, description = normalize_text(resident), description.strip()
    if not resident:
        problems.append(Problem("resident", _MSG_RESIDENT))
    if not description:
        problems.append(Problem("description", _MSG_DESCRIPTION))
    if source not in rules.SOURCES:
        problems.append(Problem("source", _MSG_SOURCE))
    problems += rules.check_category(category, limits(store))
    # A number written down wrong cannot be called back: checked as on the member form.
    contact, phone_issues = phone_problems(contact, "contact")
    problems += phone_issues
    raise_if_errors(problems)
    at = at or utc_now()
    with store.transaction():
        rid = store.insert(
            "requests",
            {
                "number": _next_number(store, at.year),
                "resident": resident,
                "contact": contact,
                "building": normalize_text(building),
                "unit": normalize_text(unit),
                "room": normalize_text(room),
                "category": category,
                "description": description,
                "source": source,
                "meeting_id": meeting_id,
                "state": "registered",
                "registered_at": iso(at),
                "due_at": iso(rules.due_at(at, limits(store)[category])),
            },
        )
        store.insert(
            "request_events",
            {
                "request_id": rid,
                "action": "register",
                "from_state": None,
                "to_state": "registered",
                "actor": actor,
                "at": iso(at),
                "note": None,
            },
        )
    return rid


def get(store: Store, request_id: str) -> dict:
    row = store.get("requests", request_id)
    if row is None:
        raise ValidationError([Problem("request", _MSG_NO_REQUEST)])
    return row


def act(
    store: Store,
    request_id: str,
    action: str,
    fields: dict[str, Any] | None = None,
    *,
    actor: str = "",
    at: dt.datetime | None = None,
) -> str:
    """Apply one step of the loop; refused steps name the current state. Returns the new state."""
    at = at or utc_now()
    with store.transaction():
        req = get(store, request_id)
        step = rules.transition(req["state"], action, fields or {}, rating=req["rating"])
        ev = step.event
        changes: dict[str, Any] = {"state": step.state}
        if action == "assess" and ev.get("category"):
            changes["category"] = ev["category"]
            hours = ev.get("limit_hours") or limits(store).get(ev["category"], rules.ORDINARY_HOURS)
            changes["due_at"] = iso(rules.due_at(parse_iso(req["registered_at"]), hours))
        elif action == "assess" and ev.get("limit_hours"):
            changes["due_at"] = iso(
                rules.due_at(parse_iso(req["registered_at"]), ev["limit_hours"])
            )
        if action == "dispatch":
            changes.update(
                handling=ev["handling"],
                assignee_id=ev.get("assignee_member_id"),
                department=ev.get("department"),
            )
        if action == "complete":
            changes.update(result=ev["result"], closed_at=iso(at))
        if action == "rate":
            changes.update(rating=ev["rating"], rating_note=ev.get("note"))
        if action == "reopen":
            changes.update(closed_at=None)
        store.update("requests", request_id, changes)
        details = {
            k: v for k, v in ev.items() if k not in ("action", "from_state", "to_state", "note")
        }
        store.insert(
            "request_events",
            {
                "request_id": request_id,
                "action": action,
                "from_state": ev["from_state"],
                "to_state": ev["to_state"],
                "actor": actor,
                "at": iso(at),
                "note": ev.get("note"),
                "details": json.dumps(details, ensure_ascii=False) if details else None,
            },
        )
    return step.state


def events(store: Store, request_id: str) -> list[dict]:
    return reads.events(store, request_id)


def overdue(store: Store, now: dt.datetime | None = None, within_hours: int = 0) -> list[dict]:
    """Open requests past (or within `within_hours` of) their time limit, oldest first."""
    now = now or utc_now()
    limit = iso(now + dt.timedelta(hours=within_hours))
    return reads.due_before(store, rules.OPEN_STATES, limit)


def three_lists(store: Store) -> dict[str, int]:
    rows = reads.count_by_state(store)
    out = dict.fromkeys(rules.LIST_LABELS, 0)
    for r in rows:
        out[rules.list_of(r["state"])] += r["n"]
    return out


def rates(store: Store, year: int | None = None) -> rules.Rates:
    return rules.rates(reads.states_and_ratings(store, year))
