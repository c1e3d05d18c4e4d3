"""Resident requests (群众诉求): the closed loop, the three lists, time limits and rates.

支部派单、党员接单、群众评单: the branch assesses and dispatches, a member (or
the branch itself, or a department the community whistles for) takes it,
the resident rates the result.

The loop, as the transition table below encodes it:

    registered --assess--> assessed --dispatch--> dispatched --accept--> accepted
    dispatched --return (退单, note)--> returned --assess (re-assess)--> assessed
    accepted --start--> in_progress --complete (result)--> done
    accepted --complete--> done            quick jobs need no separate "start"
    done --rate (rating)--> rated --archive--> archived
    rated --reopen (note; only after 不满意)--> in_progress

Decisions:
- Handling is chosen at dispatch, not at assessment, so a returned request
  can be re-assessed and sent elsewhere without undoing anything.
- Only a dispatched request can be returned: once a member has accepted it,
  it is theirs; if it turns out to be the wrong place they complete it with
  that result or the branch re-dispatches after an unsatisfied rating.
- An 不满意 rating may reopen the request (back to in_progress, same
  handler). Archiving it instead needs a note saying why.
- Overdue is derived from the due time, never stored as a state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from linju_sync.protocol import requests_flow as flow

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.domain.i18n import tr

# The state machine itself lives in the wire protocol: the district server checks every
# step a station uploads against the very same table.
STATES: tuple[str, ...] = flow.STATES

STATE_LABELS: dict[str, str] = {
    "registered": "已登记",
    "assessed": "已研判",
    "dispatched": "已派单",
    "accepted": "已接单",
    "in_progress": "办理中",
    "done": "已办结",
    "rated": "已评价",
    "archived": "已归档",
    "returned": "已退单",
}

ACTION_LABELS: dict[str, str] = {
    "assess": "研判",
    "dispatch": "派单",
    "accept": "接单",
    "return": "退单",
    "start": "开始办理",
    "complete": "办结",
    "rate": "回访评价",
    "archive": "归档",
    "reopen": "重新办理",
}

# action -> (states it may start from, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = flow.TRANSITIONS

HANDLING_LABELS: dict[str, str] = {
    "branch": "支部自办",
    "member": "党员接单",
    "department": "吹哨部门",
}

RATING_LABELS: dict[str, str] = {
    "satisfied": "满意",
    "basically": "基本满意",
    "unsatisfied": "不满意",
}

SOURCES: dict[str, str] = {
    "neighbour_meeting": "邻里会",
    "visit": "来访",
    "call": "来电",
    "whistle": "社区吹哨派单",
    "other": "其他",
}

# Default time limits in hours (DOMAIN.md, all "verify": the user may change them).
SIGN_OFF_HOURS = 24
ORDINARY_HOURS = 7 * 24
COMPLEX_HOURS = 15 * 24
UTILITIES_HOURS = 24
EMERGENCY_HOURS = 2


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    limit_hours: int


DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category("flying_lead", "飞线充电", ORDINARY_HOURS),
    Category("parking", "停车", ORDINARY_HOURS),
    Category("rubbish", "垃圾", ORDINARY_HOURS),
    Category("street_lights", "路灯", ORDINARY_HOURS),
    Category("lifts", "电梯", ORDINARY_HOURS),
    # Illegal structures need enforcement by departments: the complex limit.
    Category("illegal_structures", "违建", COMPLEX_HOURS),
    Category("utilities", "水电气管道", UTILITIES_HOURS),
    Category("neighbour_disputes", "邻里纠纷", ORDINARY_HOURS),
    Category("elderly_help", "为老服务", ORDINARY_HOURS),
    Category("emergency", "紧急", EMERGENCY_HOURS),
    Category("other", "其他", ORDINARY_HOURS),
)
CATEGORY_BY_CODE: dict[str, Category] = {c.code: c for c in DEFAULT_CATEGORIES}

# Words residents use for each category, most telling first: the intake form's guess,
# which the secretary can always change.
_CATEGORY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("emergency", ("紧急", "着火", "起火", "煤气味", "燃气味", "漏电", "被困")),
    ("flying_lead", ("飞线", "电动车充电", "充电线", "拉线充电")),
    ("parking", ("停车", "车位", "占道", "堵车", "挪车")),
    ("rubbish", ("垃圾", "异味", "清运", "分类")),
    ("street_lights", ("路灯", "灯不亮", "照明")),
    ("lifts", ("电梯",)),
    ("illegal_structures", ("违建", "违章", "搭建", "加盖")),
    ("utilities", ("水管", "漏水", "停水", "停电", "燃气", "暖气", "下水", "堵塞", "管道")),
    ("neighbour_disputes", ("纠纷", "吵架", "噪音", "扰民", "矛盾", "漏到楼下")),
    ("elderly_help", ("老人", "独居", "助餐", "行动不便", "高龄")),
)


def guess_category(description: str) -> str:
    """The category a description most likely belongs to; "other" when nothing says."""
    for code, words in _CATEGORY_WORDS:
        if any(w in description for w in words):
            return code
    return "other"


# 三张清单: which list a request shows on.
LISTS: dict[str, str] = {
    "registered": "problems",
    "assessed": "problems",
    "returned": "problems",
    "dispatched": "tasks",
    "accepted": "tasks",
    "in_progress": "tasks",
    "done": "results",
    "rated": "results",
    "archived": "results",
}
LIST_LABELS: dict[str, str] = {"problems": "问题清单", "tasks": "任务清单", "results": "成果清单"}

OPEN_STATES = frozenset(s for s, lst in LISTS.items() if lst != "results")
RESOLVED_STATES = frozenset({"done", "rated", "archived"})


_MSG_REFUSED = "This request is now “{state}”; “{action}” cannot be done"
_MSG_HANDLING = "Choose how the request is handled: by the branch, a member or a department"
_MSG_ASSIGNEE = "Choose the member who takes the request"
_MSG_DEPARTMENT = "Enter the department the request is whistled to"
_MSG_RETURN_NOTE = "Say why the request is returned"
_MSG_RESULT = "Describe the result"
_MSG_RATING = "Choose the resident's rating: satisfied, basically satisfied or unsatisfied"
_MSG_REOPEN_ONLY_UNSATISFIED = "Only a request rated “unsatisfied” can be reopened"
_MSG_REOPEN_NOTE = "Say what is still to be done"
_MSG_ARCHIVE_UNSATISFIED = "The resident was unsatisfied: say why the request is archived"
_MSG_LIMIT = "The time limit must be a positive number of hours"
_MSG_CATEGORY = "Unknown category “{category}”"


def state_label(state: str) -> str:
    return tr(STATE_LABELS[state])


def action_label(action: str) -> str:
    return tr(ACTION_LABELS[action])


def allowed_actions(state: str) -> list[str]:
    """Actions a button may offer for a request in `state`, in loop order."""
    _check_state(state)
    return [a for a, (sources, _) in TRANSITIONS.items() if state in sources]


@dataclass(frozen=True)
class Transition:
    state: str  # the new state
    event: dict[str, Any] = field(default_factory=dict)  # what to record in the history


def transition(
    state: str,
    action: str,
    fields: Mapping[str, Any] | None = None,
    *,
    rating: str | None = None,
) -> Transition:
    """Apply `action` to a request in `state`; raise ValidationError if refused.

    `fields` are the action's inputs (see _required below); `rating` is the
    request's current rating, needed for reopen/archive after a rating.
    Unknown states or actions are bugs and raise ValueError.
    """
    _check_state(state)
    if action not in TRANSITIONS:
        raise ValueError(f"unknown request action {action!r}")
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
    given = dict(fields or {})
    problems, cleaned = _required(action, given, rating)
    if problems:
        raise ValidationError(problems)
    event = {"action": action, "from_state": state, "to_state": target, **cleaned}
    return Transition(target, event)


def _text(fields: Mapping[str, Any], key: str) -> str:
    value = fields.get(key)
    return value.strip() if isinstance(value, str) else ""


def _required(
    action: str, f: Mapping[str, Any], rating: str | None
) -> tuple[list[Problem], dict[str, Any]]:
    problems: list[Problem] = []
    out: dict[str, Any] = {}
    note = _text(f, "note")
    if note:
        out["note"] = note
    if action == "assess":
        if f.get("category") is not None:
            out["category"] = f["category"]
        if f.get("limit_hours") is not None:
            hours = f["limit_hours"]
            if isinstance(hours, bool) or not isinstance(hours, int) or hours <= 0:
                problems.append(Problem("limit_hours", _MSG_LIMIT))
            else:
                out["limit_hours"] = hours
    elif action == "dispatch":
        handling = f.get("handling")
        if handling not in HANDLING_LABELS:
            problems.append(Problem("handling", _MSG_HANDLING))
        else:
            out["handling"] = handling
        if handling == "member":
            if not f.get("assignee_member_id"):
                problems.append(Problem("assignee_member_id", _MSG_ASSIGNEE))
            else:
                out["assignee_member_id"] = f["assignee_member_id"]
        elif handling == "department":
            department = _text(f, "department")
            if not department:
                problems.append(Problem("department", _MSG_DEPARTMENT))
            else:
                out["department"] = department
    elif action == "return":
        if not note:
            problems.append(Problem("note", _MSG_RETURN_NOTE))
    elif action == "complete":
        result = _text(f, "result")
        if not result:
            problems.append(Problem("result", _MSG_RESULT))
        else:
            out["result"] = result
    elif action == "rate":
        if f.get("rating") not in RATING_LABELS:
            problems.append(Problem("rating", _MSG_RATING))
        else:
            out["rating"] = f["rating"]
    elif action == "reopen":
        if rating != "unsatisfied":
            problems.append(Problem("state", _MSG_REOPEN_ONLY_UNSATISFIED))
        elif not note:
            problems.append(Problem("note", _MSG_REOPEN_NOTE))
    elif action == "archive" and rating == "unsatisfied" and not note:
        problems.append(Problem("note", _MSG_ARCHIVE_UNSATISFIED))
    return problems, out


def _check_state(state: str) -> None:
    if state not in STATE_LABELS:
        raise ValueError(f"unknown request state {state!r}")


def check_category(code: str, categories: Iterable[str] | None = None) -> list[Problem]:
    """A request's category must be one of the (default or user's) category codes."""
    known = set(categories) if categories is not None else set(CATEGORY_BY_CODE)
    return [] if code in known else [Problem("category", _MSG_CATEGORY, {"category": code})]


def default_limit_hours(category: str) -> int:
    """The category's default time limit; unknown categories get the ordinary 7 days."""
    c = CATEGORY_BY_CODE.get(category)
    return c.limit_hours if c else ORDINARY_HOURS


def due_at(registered_at: dt.datetime, limit_hours: int) -> dt.datetime:
    """When a request registered at `registered_at` must be done."""
    if limit_hours <= 0:
        raise ValueError("limit_hours must be positive")
    return registered_at + dt.timedelta(hours=limit_hours)


def is_overdue(state: str, due: dt.datetime | None, now: dt.datetime) -> bool:
    """Overdue: still open (not done) after its due time. Results are never overdue."""
    _check_state(state)
    return due is not None and state in OPEN_STATES and now > due


def list_of(state: str) -> str:
    """'problems' | 'tasks' | 'results' (三张清单)."""
    _check_state(state)
    return LISTS[state]


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        # A ratio for display only; None when nothing can be counted yet.
        return self.numerator / self.denominator if self.denominator else None

    def percent_text(self) -> str:
        return "—" if self.value is None else f"{self.value * 100:.1f}%"


@dataclass(frozen=True)
class Rates:
    response: Rate
    resolution: Rate
    satisfaction: Rate


def rates(requests: Iterable[Mapping[str, Any]]) -> Rates:
    """三率 over the given requests (mappings with "state" and "rating").

    - response rate (响应率): requests that got past 'registered' (assessed,
      dispatched, returned, ... i.e. someone acted on them) / all requests.
    - resolution rate (解决率): requests done, rated or archived / all requests.
    - satisfaction rate (满意率): ratings 满意 + 基本满意 / requests with a rating.
    The caller chooses the period by choosing the requests.
    """
    total = responded = resolved = rated = pleased = 0
    for r in requests:
        state = r["state"]
        _check_state(state)
        total += 1
        responded += state != "registered"
        resolved += state in RESOLVED_STATES
        rating = r.get("rating")
        if rating in RATING_LABELS:
            rated += 1
            pleased += rating in ("satisfied", "basically")
    return Rates(Rate(responded, total), Rate(resolved, total), Rate(pleased, rated))
