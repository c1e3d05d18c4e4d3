"""What the requests page and its dialogs share: times, addresses, labels, departments."""

from __future__ import annotations

import datetime as dt

from linju_desktop.domain import requests as rules
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.services.clock import parse_iso

# Used until the user keeps their own list in settings ("departments").
DEFAULT_DEPARTMENTS = [
    "社区居委会",
    "物业服务中心",
    "街道城管执法队",
    "区供电公司",
    "区自来水公司",
    "燃气公司",
    "派出所社区警务室",
]
# Actions done by whoever handles the request; the others are the branch's (secretary's).
HANDLER_ACTIONS = frozenset({"accept", "return", "start", "complete"})


def local_time(text: str | None) -> str:
    """A stored UTC time as local wall time, to the minute."""
    if not text:
        return ""
    return parse_iso(text).astimezone().strftime("%Y-%m-%d %H:%M")


def is_overdue(row: dict, now: dt.datetime) -> bool:
    due = parse_iso(row["due_at"]) if row.get("due_at") else None
    return rules.is_overdue(row["state"], due, now)


def category_label(code: str | None) -> str:
    c = rules.CATEGORY_BY_CODE.get(code or "")
    return core_tr(c.name) if c else (code or "")


def address(row: dict) -> str:
    return "-".join(str(x) for x in (row.get("building"), row.get("unit"), row.get("room")) if x)


def departments(ctx: AppContext) -> list[str]:
    return list(ctx.setting("departments", None) or DEFAULT_DEPARTMENTS)
