"""Tasks (支部派单、党员接单、群众评单) and errands (红邻铛 帮办代办).

    published --take (volunteers)--> taken --complete (result)--> done --rate (rating)--> rated
    published/taken --cancel (note)--> cancelled

Decisions:
- Sign-up happens in person: the secretary records who took a task. More volunteers may
  take it while it is published or taken, up to its places.
- An errand is a task for one resident: it needs the resident, and its result says what
  was done for them.
- A task is done with each person's hours (recorded as entries); completing needs at
  least one volunteer who took it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.domain.i18n import tr

STATES: tuple[str, ...] = ("published", "taken", "done", "rated", "cancelled")

STATE_LABELS: dict[str, str] = {
    "published": "已派单",
    "taken": "已接单",
    "done": "已完成",
    "rated": "已评单",
    "cancelled": "已取消",
}

ACTION_LABELS: dict[str, str] = {
    "take": "接单",
    "complete": "完成",
    "rate": "评单",
    "cancel": "取消",
}

# action -> (states it may start from, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "take": (frozenset({"published", "taken"}), "taken"),
    "complete": (frozenset({"taken"}), "done"),
    "rate": (frozenset({"done"}), "rated"),
    "cancel": (frozenset({"published", "taken"}), "cancelled"),
}

KINDS: dict[str, str] = {"task": "派单任务", "errand": "帮办代办"}

SOURCES: dict[str, str] = {
    "plan": "支部计划",
    "request": "群众诉求",
    "followup": "会议跟进事项",
    "neighbour_meeting": "邻里会",
}

RATING_LABELS: dict[str, str] = {
    "satisfied": "满意",
    "basically": "基本满意",
    "unsatisfied": "不满意",
}

OPEN_STATES = frozenset({"published", "taken"})
FINISHED_STATES = frozenset({"done", "rated"})

_MSG_REFUSED = "This task is now “{state}”; “{action}” cannot be done"
_MSG_TITLE = "Say what the task is"
_MSG_DATE = "Enter the date of the task"
_MSG_PLACES = "Places must be a whole number from 1 to 500"
_MSG_KIND = "Choose a task or an errand"
_MSG_SOURCE = "Choose where the task came from"
_MSG_RESIDENT = "An errand is for one resident: enter who"
_MSG_TAKERS = "Choose at least one volunteer who takes the task"
_MSG_FULL = "The task has {places} places and {taken} are taken; {asked} more cannot join"
_MSG_TAKEN_TWICE = "{name} has already taken this task"
_MSG_RESULT = "Describe what was done"
_MSG_NO_HOURS = "Record the hours of at least one volunteer before completing the task"
_MSG_RATING = "Choose the resident's rating: satisfied, basically satisfied or unsatisfied"
_MSG_CANCEL_NOTE = "Say why the task is cancelled"
_MSG_NOT_TAKER = "{name} did not take this task"
_MSG_HOURS_CLOSED = "Hours can be recorded only for a task that is taken or done"


def state_label(state: str) -> str:
    return tr(STATE_LABELS[state])


def action_label(action: str) -> str:
    return tr(ACTION_LABELS[action])


def allowed_actions(state: str) -> list[str]:
    _check_state(state)
    return [a for a, (sources, _) in TRANSITIONS.items() if state in sources]


def check_task(fields: Mapping[str, Any]) -> list[Problem]:
    """A task or errand as published: at most five things to type (what, when, where,
    places, and for an errand, whom)."""
    problems: list[Problem] = []
    if not str(fields.get("title") or "").strip():
        problems.append(Problem("title", _MSG_TITLE))
    if not fields.get("date"):
        problems.append(Problem("date", _MSG_DATE))
    places = fields.get("places")
    if isinstance(places, bool) or not isinstance(places, int) or not 1 <= places <= 500:
        problems.append(Problem("places", _MSG_PLACES))
    kind = fields.get("kind")
    if kind not in KINDS:
        problems.append(Problem("kind", _MSG_KIND))
    if fields.get("source") not in SOURCES:
        problems.append(Problem("source", _MSG_SOURCE))
    if kind == "errand" and not str(fields.get("resident") or "").strip():
        problems.append(Problem("resident", _MSG_RESIDENT))
    return problems


@dataclass(frozen=True)
class Transition:
    state: str
    event: dict[str, Any] = field(default_factory=dict)


def transition(state: str, action: str, fields: Mapping[str, Any] | None = None) -> Transition:
    """Apply `action` to a task in `state`, refusing an illegal step by name.

    fields: take -> takers (new volunteer ids), taken (ids already in), places, names
    (id -> name, for messages); complete -> result, hours_recorded (count of entries);
    rate -> rating, note; cancel -> note."""
    _check_state(state)
    if action not in TRANSITIONS:
        raise ValueError(f"unknown task action {action!r}")
    sources, target = TRANSITIONS[action]
    if state not in sources:
        raise ValidationError(
            [
                Problem(
                    "state",
                    _MSG_REFUSED,
                    {"state": state_label(state), "action": action_label(action)},
                )
            ]
        )
    f = dict(fields or {})
    problems: list[Problem] = []
    out: dict[str, Any] = {"action": action, "from_state": state, "to_state": target}
    note = str(f.get("note") or "").strip()
    if note:
        out["note"] = note
    if action == "take":
        problems += _take(f)
        out["takers"] = list(f.get("takers") or [])
    elif action == "complete":
        result = str(f.get("result") or "").strip()
        if not result:
            problems.append(Problem("result", _MSG_RESULT))
        out["result"] = result
        if not f.get("hours_recorded"):
            problems.append(Problem("hours", _MSG_NO_HOURS))
    elif action == "rate":
        if f.get("rating") not in RATING_LABELS:
            problems.append(Problem("rating", _MSG_RATING))
        out["rating"] = f.get("rating")
    elif action == "cancel" and not note:
        problems.append(Problem("note", _MSG_CANCEL_NOTE))
    if problems:
        raise ValidationError(problems)
    return Transition(target, out)


def _take(f: Mapping[str, Any]) -> list[Problem]:
    takers = list(f.get("takers") or [])
    if not takers:
        return [Problem("takers", _MSG_TAKERS)]
    names = f.get("names") or {}
    already = set(f.get("taken") or [])
    problems = [
        Problem("takers", _MSG_TAKEN_TWICE, {"name": names.get(v, v)})
        for v in dict.fromkeys(takers)
        if v in already
    ]
    if len(set(takers)) != len(takers):
        dup = next(v for v in takers if takers.count(v) > 1)
        problems.append(Problem("takers", _MSG_TAKEN_TWICE, {"name": names.get(dup, dup)}))
    places = int(f.get("places") or 0)
    if len(already) + len(set(takers)) > places:
        problems.append(
            Problem(
                "takers", _MSG_FULL, {"places": places, "taken": len(already), "asked": len(takers)}
            )
        )
    return problems


def check_hours_allowed(state: str, volunteer_id: str, takers: set[str], name: str) -> None:
    """Hours go on a task that is under way or done, for someone who took it."""
    problems: list[Problem] = []
    if state not in ("taken", "done"):
        problems.append(Problem("state", _MSG_HOURS_CLOSED))
    if volunteer_id not in takers:
        problems.append(Problem("volunteer", _MSG_NOT_TAKER, {"name": name}))
    if problems:
        raise ValidationError(problems)


def _check_state(state: str) -> None:
    if state not in STATE_LABELS:
        raise ValueError(f"unknown task state {state!r}")
