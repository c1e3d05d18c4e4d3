"""The neighbourhood's printouts: the task list, a person's volunteer-service record (the
civil-affairs form: who, what, where, when, how many hours, the organiser), the points and
goods ledger, and a consultation's 公示 with its cost-sharing table.

No output ranks people: the task list and the ledger go by date, a service record is one
person's own, and the 公示 shows households by room (no names, no phones).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from linju_desktop.domain import consultations as crules
from linju_desktop.domain import tasks as trules
from linju_desktop.domain import volunteering as vrules
from linju_desktop.domain.i18n import tr
from linju_desktop.domain.meetings import type_label
from linju_desktop.domain.money import capital
from linju_desktop.reports.meeting_reports import branch_name
from linju_desktop.reports.model import (
    Column,
    Document,
    Fields,
    Heading,
    Money,
    Nothing,
    Signatures,
    Table,
    Text,
)
from linju_desktop.reports.period import Period, ReportError, day
from linju_desktop.services import consultations as cons
from linju_desktop.services import volunteering as vol
from linju_desktop.store.database import Store
from linju_desktop.store.reads import meetings as meeting_reads
from linju_desktop.store.reads import neighbourhood as reads


def _hours(minutes: int | None) -> Decimal:
    """Hours as a number (a workbook can add them up), printed as 1.5 or 40."""
    return Decimal(vrules.hours_text(int(minutes or 0)))


def task_list(store: Store, period: Period) -> Document:
    rows = reads.tasks(store, between=(period.start.isoformat(), period.end.isoformat()))
    rows.sort(key=lambda t: (t["date"], t["number"]))
    doc = Document(
        kind="tasks",
        title=tr("List of tasks and errands"),
        subtitle=period.label(),
        branch=branch_name(store),
        landscape=True,
    )
    if not rows:
        doc.blocks.append(Nothing(period.nothing()))
        return doc
    doc.blocks.append(
        Table(
            [
                Column(tr("Number"), weight=1.2),
                Column(tr("Date"), "date", 1.1),
                Column(tr("Kind"), weight=0.9),
                Column(tr("Task"), weight=2.6),
                Column(tr("Place or resident"), weight=1.6),
                Column(tr("Volunteers"), "int", 0.8, total=True),
                Column(tr("Hours"), "decimal", 0.8, total=True),
                Column(tr("State"), weight=0.9),
                Column(tr("Rating"), weight=1.0),
            ],
            [
                [
                    t["number"],
                    day(t["date"]),
                    tr(trules.KINDS[t["kind"]]),
                    t["title"],
                    t["resident"] if t["kind"] == "errand" else t["place"],
                    int(t["takers"]),
                    _hours(t["minutes"]),
                    trules.state_label(t["state"]),
                    tr(trules.RATING_LABELS[t["rating"]]) if t["rating"] else "",
                ]
                for t in rows
            ],
            totals_label=tr("Total"),
        )
    )
    minutes = sum(int(t["minutes"]) for t in rows)
    doc.blocks.append(Text(tr("Service hours in all: {hours}", hours=_hours(minutes))))
    return doc


def _volunteer(store: Store, ident: str) -> dict[str, Any]:
    people = reads.volunteers(store)
    found = [v for v in people if v["id"] == ident] or [v for v in people if v["name"] == ident]
    if len(found) != 1:
        raise ReportError(
            tr("No single volunteer is “{ident}”; give the volunteer's id", ident=ident)
        )
    return found[0]


def service_record(store: Store, ident: str) -> Document:
    """One person's volunteer-service record, for the person who asks for proof."""
    person = _volunteer(store, ident)
    rec = vol.record_of(store, person["id"])
    doc = Document(
        kind="service",
        title=tr("Record of volunteer service"),
        branch=branch_name(store),
    )
    doc.blocks.append(
        Fields(
            [
                (tr("Name"), person["name"]),
                (tr("Kind"), vrules.kind_label(person["kind"])),
                (tr("Agreed to be recorded on"), day(person["consent_date"])),
                (tr("Organised and recorded by"), branch_name(store)),
                (tr("Service hours in all"), _hours(rec.minutes)),
                (tr("Points balance"), rec.balance),
            ]
        )
    )
    doc.blocks.append(
        Table(
            [
                Column(tr("Date"), "date", 1.1),
                Column(tr("What"), weight=2.8),
                Column(tr("Where"), weight=1.6),
                Column(tr("Hours"), "decimal", 0.8, total=True),
                Column(tr("Points"), "int", 0.8, total=True),
            ],
            [
                [
                    day(s["first_day"]),
                    s["title"],
                    s["place"] or "",
                    _hours(s["minutes"]),
                    s["earned"],
                ]
                for s in rec.service
            ],
            title=tr("Service"),
            totals_label=tr("Total"),
            empty_text=tr("No service recorded yet."),
        )
    )
    if rec.ledger:
        doc.blocks.append(_ledger_table(rec.ledger, with_names=False))
    doc.blocks.append(
        Text(
            tr(
                "Recorded by the organiser under the rules on volunteer service records; "
                "issued on the volunteer's request."
            )
        )
    )
    doc.blocks.append(Signatures([tr("Organiser (seal)"), tr("Date")]))
    return doc


def _ledger_table(
    entries: list[dict[str, Any]], *, with_names: bool, empty_text: str = ""
) -> Table:
    cols = [Column(tr("Date"), "date", 1.1)]
    if with_names:
        cols.append(Column(tr("Name"), weight=1.2))
    cols += [
        Column(tr("Entry"), weight=1.0),
        Column(tr("Goods"), weight=1.6),
        Column(tr("Quantity"), "int", 0.8, total=True),
        Column(tr("Points"), "int", 0.9, total=True),
        Column(tr("Note"), weight=1.8),
    ]
    rows = []
    for e in entries:
        row: list[Any] = [day(e["date"])]
        if with_names:
            row.append(e.get("volunteer_name") or "")
        kind = tr("Exchange") if e["kind"] == "exchange" else tr("Reversal")
        row += [
            kind,
            e.get("goods_name") or "",
            int(e["quantity"]),
            int(e["points"]),
            e["note"] or "",
        ]
        rows.append(row)
    return Table(
        cols,
        rows,
        title=tr("Points exchanged"),
        totals_label=tr("Total"),
        empty_text=empty_text,
    )


def points_ledger(store: Store, period: Period) -> Document:
    """The goods and their stock, and every exchange and reversal of the period by date."""
    doc = Document(
        kind="points",
        title=tr("Points and goods ledger"),
        subtitle=period.label(),
        branch=branch_name(store),
    )
    doc.blocks.append(Heading(tr("Goods")))
    doc.blocks.append(
        Table(
            [
                Column(tr("Goods"), weight=2),
                Column(tr("Points each"), "int", 1),
                Column(tr("Received"), "int", 1, total=True),
                Column(tr("In stock"), "int", 1, total=True),
            ],
            [
                [g["name"], int(g["points"]), int(g["stock"]), int(g["left"])]
                for g in reads.goods(store)
            ],
            totals_label=tr("Total"),
        )
    )
    entries = reads.ledger(store, between=(period.start.isoformat(), period.end.isoformat()))
    doc.blocks.append(_ledger_table(entries, with_names=True, empty_text=period.nothing()))
    return doc


def _consultation(store: Store, ident: str) -> dict[str, Any]:
    rows = reads.consultations(store)
    found = [c for c in rows if c["id"] == ident] or [c for c in rows if c["title"] == ident]
    if len(found) != 1:
        raise ReportError(
            tr("No single consultation is “{ident}”; give the consultation's id", ident=ident)
        )
    return found[0]


def _share_text(t: crules.Threshold) -> str:
    return f"{t.have} / {t.of} ({tr('needs {need}', need=t.need)})"


def consultation_notice(store: Store, ident: str) -> Document:
    """公示: the matter, the rule and both thresholds, each household's vote (by room; no
    names or phones), the result, the cost-sharing table and the outcome."""
    c = _consultation(store, ident)
    t = cons.tally(store, c["id"])
    households = reads.households(store, c["id"])
    votes = {v["household_id"]: v["choice"] for v in reads.votes(store, c["id"])}
    doc = Document(
        kind="consultation",
        title=tr("Public notice: {title}", title=c["title"]),
        branch=branch_name(store),
    )
    result = tr("Passed") if t.passes else tr("Not passed")
    pairs: list[tuple[str, Any]] = [
        (tr("Matter"), crules.matter_label(c["matter"])),
        (tr("Rule"), t.rule_text),
        (tr("Households"), t.households),
        (tr("Floor area (m²)"), Decimal(crules.area_text(t.area))),
        (
            tr("Agree / disagree / abstain / did not vote"),
            f"{t.agree} / {t.disagree} / {t.abstain} / {t.not_voted}",
        ),
        (
            tr("Taking part, by area (m², at least 2/3)"),
            f"{crules.area_text(t.voting_area)} / {crules.area_text(t.area)}",
        ),
        (tr("Taking part, by number (at least 2/3)"), _share_text(t.participation_number)),
        (
            tr("Agreeing, by area (m²)"),
            f"{crules.area_text(t.agree_area)} / {crules.area_text(t.voting_area)}",
        ),
        (tr("Agreeing, by number"), _share_text(t.agreement_number)),
        (tr("Result of the vote"), result),
    ]
    linked = meeting_reads.by_ids(store, set(json.loads(c["meeting_ids"] or "[]")))
    if linked:
        pairs.append(
            (tr("Discussed at"), "；".join(f"{m['date']} {type_label(m['type'])}" for m in linked))
        )
    if c["outcome"]:
        pairs.append((tr("Outcome"), crules.outcome_label(c["outcome"])))
        pairs.append((tr("Decided on"), day(c["outcome_date"])))
    if c["carried_out_date"]:
        pairs.append((tr("Carried out on"), day(c["carried_out_date"])))
    doc.blocks.append(Fields(pairs))
    doc.blocks.append(
        Table(
            [
                Column(tr("Room"), weight=1),
                Column(tr("Floor"), "int", 0.7),
                Column(tr("Floor area (m²)"), "decimal", 1),
                Column(tr("Vote"), weight=1),
            ],
            [
                [
                    h["room"],
                    int(h["floor"]),
                    Decimal(crules.area_text(int(h["area"]))),
                    crules.choice_label(votes.get(h["id"])),
                ]
                for h in households
            ],
            title=tr("Votes by household"),
            empty_text=tr("No households entered yet."),
        )
    )
    if c["total_fen"] and c["coefficients"]:
        sharing = cons.cost_sharing(store, c["id"])
        doc.blocks.append(Heading(tr("Cost sharing")))
        doc.blocks.append(
            Fields(
                [
                    (tr("Total"), Money(sharing.total_fen)),
                    (tr("In capitals"), capital(sharing.total_fen)),
                ]
            )
        )
        doc.blocks.append(
            Table(
                [
                    Column(tr("Room"), weight=1),
                    Column(tr("Floor"), "int", 0.7),
                    Column(tr("Coefficient"), "decimal", 0.9),
                    Column(tr("Share (yuan)"), "money", 1.2, total=True),
                ],
                [
                    [
                        h["room"],
                        int(h["floor"]),
                        sharing.coefficients.get(int(h["floor"]), ""),
                        Money(sharing.shares[h["id"]]),
                    ]
                    for h in households
                ],
                totals_label=tr("Total"),
            )
        )
    for a in reads.consultation_addenda(store, c["id"]):
        doc.blocks.append(Text(a["text"], label=tr("Addendum")))
    doc.blocks.append(
        Text(tr("Posted for 7 days. Objections to the branch or the residents' committee."))
    )
    doc.blocks.append(Signatures([tr("Party branch (seal)"), tr("Date")]))
    return doc
