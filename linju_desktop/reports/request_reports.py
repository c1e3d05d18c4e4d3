"""群众诉求: the three lists (问题、任务、成果清单) and one request's 办理单."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from linju_desktop.domain import clock
from linju_desktop.domain import requests as rules
from linju_desktop.domain.i18n import tr
from linju_desktop.reports.meeting_reports import branch_name
from linju_desktop.reports.model import (
    Column,
    Document,
    Fields,
    Heading,
    Nothing,
    Signatures,
    Table,
    Text,
)
from linju_desktop.reports.period import Period, ReportError, local, timezone, utc_bounds
from linju_desktop.store import report_queries as q
from linju_desktop.store.database import Store

# The names on the command line (`--list problem|task|result|all`) -> domain list codes.
LIST_CHOICES = {"problem": "problems", "task": "tasks", "result": "results"}


def _category(code: str) -> str:
    c = rules.CATEGORY_BY_CODE.get(code)
    return tr(c.name) if c else code


def _handler(r: dict[str, Any]) -> str:
    if r["handling"] == "department":
        return r["department"] or ""
    if r["handling"] == "member":
        return r["assignee_name"] or ""
    return tr(rules.HANDLING_LABELS.get(r["handling"] or "", "")) if r["handling"] else ""


def request_lists(
    store: Store, period: Period, which: str = "all", now: dt.datetime | None = None
) -> Document:
    if which != "all" and which not in LIST_CHOICES:
        raise ReportError(tr("Unknown list {name}: use problem, task, result or all", name=which))
    tz = timezone(store)
    now = now or clock.now()
    rows = q.requests_registered(store, *utc_bounds(period, tz))
    wanted = list(LIST_CHOICES.values()) if which == "all" else [LIST_CHOICES[which]]
    titles = {code: tr(label) for code, label in rules.LIST_LABELS.items()}
    doc = Document(
        kind="requests",
        title=tr("Three lists of residents' requests")
        if which == "all"
        else titles[LIST_CHOICES[which]],
        subtitle=period.label(),
        branch=branch_name(store),
        landscape=True,
    )
    if not rows:
        doc.blocks.append(Nothing(period.nothing()))
        return doc
    for code in wanted:
        chosen = [r for r in rows if rules.list_of(r["state"]) == code]
        table_rows: list[list[Any]] = []
        for r in chosen:
            due = local(r["due_at"], tz)
            due_utc = dt.datetime.fromisoformat(r["due_at"].replace("Z", "+00:00")) if due else None
            overdue = rules.is_overdue(r["state"], due_utc, now)
            row: list[Any] = [
                r["number"],
                local(r["registered_at"], tz),
                r["resident"] or "",
                f"{r['building'] or ''}{r['unit'] or ''}{r['room'] or ''}",
                _category(r["category"]),
                r["description"] or "",
                tr(rules.STATE_LABELS[r["state"]]) + (tr(" (overdue)") if overdue else ""),
            ]
            if code == "problems":
                row += [tr(rules.SOURCES.get(r["source"] or "", "")), due]
            elif code == "tasks":
                row += [_handler(r), due]
            else:
                row += [r["result"] or "", tr(rules.RATING_LABELS.get(r["rating"] or "", ""))]
            table_rows.append(row)
        if code == "problems":
            extra = [Column(tr("Source"), weight=1.1), Column(tr("Due"), "datetime", 1.5)]
        elif code == "tasks":
            extra = [Column(tr("Handled by"), weight=1.6), Column(tr("Due"), "datetime", 1.5)]
        else:
            extra = [Column(tr("Result"), weight=3.0), Column(tr("Rating"), weight=1.0)]
        doc.blocks.append(
            Table(
                [
                    Column(tr("No."), weight=1.2),
                    Column(tr("Registered"), "datetime", 1.5),
                    Column(tr("Resident"), weight=1.0),
                    Column(tr("Address"), weight=1.6),
                    Column(tr("Category"), weight=1.1),
                    Column(tr("Request"), weight=3.4),
                    Column(tr("State"), weight=1.0),
                    *extra,
                ],
                table_rows,
                title=f"{titles[code]}（{len(table_rows)}）",
                sheet=titles[code],
                empty_text=period.nothing(),
            )
        )
    return doc


def request_sheet(store: Store, ident: str) -> Document:
    found = q.find_requests(store, ident.strip())
    if not found:
        raise ReportError(tr("No request with the number or id {ident}", ident=ident))
    r = found[0]
    tz = timezone(store)
    doc = Document(
        kind="request",
        title=tr("Request handling sheet"),
        subtitle=tr("No. {number}", number=r["number"]),
        branch=branch_name(store),
    )
    address = f"{r['building'] or ''}{r['unit'] or ''}{r['room'] or ''}"
    doc.blocks.append(
        Fields(
            [
                (tr("No."), r["number"]),
                (tr("Registered"), local(r["registered_at"], tz)),
                (tr("Resident"), r["resident"] or ""),
                (tr("Contact"), r["contact"] or ""),
                (tr("Address"), address),
                (tr("Category"), _category(r["category"])),
                (tr("Source"), tr(rules.SOURCES.get(r["source"] or "", ""))),
                (tr("Due"), local(r["due_at"], tz)),
                (tr("Handling"), tr(rules.HANDLING_LABELS.get(r["handling"] or "", ""))),
                (tr("Handled by"), _handler(r)),
                (tr("State"), tr(rules.STATE_LABELS[r["state"]])),
                (tr("Closed"), local(r["closed_at"], tz)),
            ],
            columns=2,
        )
    )
    doc.blocks.append(Text(r["description"] or "", tr("Request"), min_lines=2))
    events = q.request_events(store, r["id"])
    names = q.member_names(store, [_details(e).get("assignee_member_id") for e in events])
    doc.blocks.append(Heading(tr("Steps")))
    doc.blocks.append(
        Table(
            [
                Column(tr("Time"), "datetime", 1.8),
                Column(tr("Step"), weight=1.1),
                Column(tr("From"), weight=0.85),
                Column(tr("To"), weight=0.85),
                Column(tr("By"), weight=1.8),
                Column(tr("Note"), weight=3.0),
            ],
            [
                [
                    local(e["at"], tz),
                    tr(rules.ACTION_LABELS.get(e["action"], e["action"]))
                    if e["action"] in rules.ACTION_LABELS
                    else tr("Intake"),
                    tr(rules.STATE_LABELS.get(e["from_state"] or "", "")),
                    tr(rules.STATE_LABELS.get(e["to_state"] or "", "")),
                    e["actor"] or "",
                    _note(e, names),
                ]
                for e in events
            ],
            empty_text=tr("No steps recorded yet"),
        )
    )
    doc.blocks.append(Text(r["result"] or "", tr("Result"), min_lines=2))
    rating = tr(rules.RATING_LABELS.get(r["rating"] or "", ""))
    note = f"　{r['rating_note']}" if r["rating_note"] else ""
    doc.blocks.append(Text(f"{rating}{note}", tr("Resident's rating"), min_lines=1))
    doc.blocks.append(Signatures([tr("Handled by (signature)"), tr("Resident (signature)")]))
    return doc


def _details(event: dict[str, Any]) -> dict[str, Any]:
    try:
        details = json.loads(event["details"] or "{}")
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def _note(event: dict[str, Any], names: dict[str, str]) -> str:
    """The step's note, and for a dispatch to whom it went (the 派单 of the sheet)."""
    note = event["note"] or ""
    details = _details(event)
    to = details.get("department") or names.get(details.get("assignee_member_id") or "", "")
    if to:
        note = f"{tr('To {name}', name=to)} {note}".strip()
    elif details.get("handling") == "branch":
        note = f"{tr(rules.HANDLING_LABELS['branch'])} {note}".strip()
    return note
