"""The roster: add, change, leave, and the checks that need the whole roster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from linju_desktop.domain import members as rules
from linju_desktop.domain.errors import Problem, ValidationError, raise_if_errors
from linju_desktop.services import branch
from linju_desktop.store.database import Store
from linju_desktop.store.reads import members as reads

_MSG_DUPLICATE_ID = "This ID number is already on the roster: {name}"
_MSG_NO_MEMBER = "This member is not on the roster"
_MSG_LEAVE_REASON = "Write why the member leaves (transfer, death, ...)"

# Domain keys that the store keeps in other shapes.
_NOT_STORED = {"party_group"}


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """Pinyin initials ("张三丰" -> "zsf") so the search box finds names typed in Latin letters."""
    from pypinyin import Style, lazy_pinyin  # loaded on first use: it is slow to import

    return "".join(p[:1] for p in lazy_pinyin(name, style=Style.FIRST_LETTER)).lower()


def holder_of(store: Store, id_number: str, exclude_id: str | None = None) -> dict | None:
    return reads.member_with_id_number(store, id_number, exclude_id or "")


def holders_of(store: Store, id_numbers: list[str]) -> dict[str, dict]:
    """id number -> {id, name} of its holder on the roster, for those held."""
    return reads.holders_of_id_numbers(store, id_numbers)


def to_row(
    store: Store, clean: Mapping[str, Any], groups: dict[str, str | None] | None = None
) -> dict[str, Any]:
    """The stored shape of a member; `groups` (party group name -> id) may be passed to
    look each group up once across many rows (an import)."""
    row = {k: v for k, v in clean.items() if k not in _NOT_STORED}
    row["name_initials"] = initials(clean["name"]) if clean.get("name") else ""
    if "party_group" in clean:
        name = clean["party_group"] or ""
        if groups is None:
            row["party_group_id"] = branch.group_by_name(store, name)
        else:
            if name not in groups:
                groups[name] = branch.group_by_name(store, name)
            row["party_group_id"] = groups[name]
    return row


def add(store: Store, raw: Mapping[str, object], today: dt.date) -> tuple[str, list[Problem]]:
    """Add a member from form or file values; returns the id and warnings to show."""
    clean, problems = rules.normalise_member(raw, today)
    with store.transaction():
        if clean["id_number"] and not any(p.field == "id_number" for p in problems):
            holder = holder_of(store, clean["id_number"])
            if holder:
                problems.append(Problem("id_number", _MSG_DUPLICATE_ID, {"name": holder["name"]}))
        warnings = raise_if_errors(problems)
        return store.insert("members", {**to_row(store, clean), "status": "active"}), warnings


def as_form(store: Store, member: Mapping[str, Any]) -> dict[str, Any]:
    """A stored member in the shape normalise_member reads (for editing)."""
    out = {k: member.get(k) for k in rules.FIELDS if k in member}
    group = (
        store.get("party_groups", member["party_group_id"])
        if member.get("party_group_id")
        else None
    )
    out["party_group"] = group["name"] if group else ""
    return out


def update(
    store: Store, member_id: str, changes: Mapping[str, object], today: dt.date
) -> tuple[bool, list[Problem]]:
    """Change some fields; the whole record is checked again. Returns (changed?, warnings)."""
    with store.transaction():
        current = store.get("members", member_id)
        if current is None:
            raise ValidationError([Problem("member", _MSG_NO_MEMBER)])
        merged = {**as_form(store, current), **changes}
        clean, problems = rules.normalise_member(merged, today)
        if clean["id_number"] and not any(p.field == "id_number" for p in problems):
            holder = holder_of(store, clean["id_number"], exclude_id=member_id)
            if holder:
                problems.append(Problem("id_number", _MSG_DUPLICATE_ID, {"name": holder["name"]}))
        warnings = raise_if_errors(problems)
        changed = store.update("members", member_id, to_row(store, clean))
    return changed, warnings


def leave(store: Store, member_id: str, day: dt.date, reason: str) -> None:
    """A member who leaves stays in history with the date and reason."""
    if not reason.strip():
        raise ValidationError([Problem("left_reason", _MSG_LEAVE_REASON)])
    with store.transaction():
        if store.get("members", member_id) is None:
            raise ValidationError([Problem("member", _MSG_NO_MEMBER)])
        store.update(
            "members",
            member_id,
            {"status": "left", "left_date": day.isoformat(), "left_reason": reason.strip()},
        )


def set_committee_role(store: Store, member_id: str, role: str | None) -> None:
    with store.transaction():
        store.update("members", member_id, {"committee_role": role or None})


def probation_ending(store: Store, today: dt.date, days: int = 60) -> list[dict]:
    rows = reads.active_probationary(store)
    return [r for r in rows if rules.probation_due_within(r, today, days)]


def active_roster(store: Store) -> list[dict]:
    return reads.active_members(store)


def active_count(store: Store) -> int:
    return reads.active_count(store)


def buildings(store: Store) -> list[str]:
    """The buildings members live in, in house-number order."""
    return reads.buildings(store)
