"""年度工作台账汇总: the few pages a secretary hands in at the yearly assessment.

Every number comes from reports.figures (the district's definitions) or from the same
reads the register and the 公示 sheet use, so the summary never disagrees with them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from linju_desktop.domain import clock
from linju_desktop.domain import funds as fund_rules
from linju_desktop.domain.i18n import tr
from linju_desktop.domain.money import capital
from linju_desktop.reports.figures import station_figures
from linju_desktop.reports.meeting_reports import against_rhythm, branch_name
from linju_desktop.reports.model import (
    Column,
    Document,
    Fields,
    Heading,
    Money,
    Nothing,
    Percent,
    Signatures,
    Table,
)
from linju_desktop.reports.period import Period, day
from linju_desktop.store import report_queries as q
from linju_desktop.store.database import Store


def _rate(r: dict[str, Any]) -> Percent:
    return Percent(int(r["numerator"]), int(r["denominator"]))


def annual_summary(store: Store, period: Period, today: dt.date | None = None) -> Document:
    today = today or clock.today()
    f = station_figures(store, period)
    doc = Document(
        kind="annual",
        title=tr("Yearly summary of the branch's records"),
        subtitle=period.label(),
        branch=branch_name(store),
    )
    meetings = q.meetings_between(store, period.start.isoformat(), period.end.isoformat())
    funds = f["funds"]
    if not (meetings or f["requests_total"] or funds["allocated_fen"] or funds["spent_fen"]):
        doc.blocks.append(Nothing(period.nothing()))
        return doc
    changes = f["member_changes"]
    doc.blocks.append(Heading(tr("Members")))
    doc.blocks.append(
        Fields(
            [
                (tr("Members on the roll"), f["members"]),
                (
                    tr("Full / probationary"),
                    f"{f['members_by_kind']['full']} / {f['members_by_kind']['probationary']}",
                ),
                (tr("Party groups"), f["party_groups"]),
                (tr("Centre households"), f["centre_households"]),
                (tr("Admitted"), changes["admitted"]),
                (tr("Became full members"), changes["became_full"]),
                (tr("Transferred in"), changes["transferred_in"]),
                (tr("Transferred out"), changes["transferred_out"]),
                (tr("Passed away"), changes["passed_away"]),
            ],
            columns=2,
        )
    )

    rows: list[list[Any]] = []
    for r in against_rhythm(store, meetings, period, today):
        rolled = [m for m in meetings if m["type"] == r.code and m["rolled"]]
        rate = (
            Percent(sum(m["present"] for m in rolled), sum(m["expected"] for m in rolled))
            if rolled
            else None
        )
        rows.append([r.type_name, r.required, r.held, rate])
    doc.blocks.append(Heading(tr("Meetings")))
    doc.blocks.append(
        Table(
            [
                Column(tr("Type"), weight=2.2),
                Column(tr("Required so far"), "int", 1),
                Column(tr("Held"), "int", 1, total=True),
                Column(tr("Attendance rate"), "percent", 1.2),
            ],
            rows,
            totals_label=tr("Total"),
        )
    )
    doc.blocks.append(
        Fields(
            [
                (tr("Neighbour meetings"), f["neighbour_meetings"]),
                (tr("Residents attending them"), f["neighbour_meeting_residents"]),
                (tr("Joint meetings with owners and property"), f["joint_meetings"]),
            ],
            columns=1,
        )
    )

    lists, rates = f["requests_by_list"], f["rates"]
    doc.blocks.append(Heading(tr("Residents' requests")))
    doc.blocks.append(
        Fields(
            [
                (tr("Requests received"), f["requests_total"]),
                (tr("Closed"), f["requests_closed"]),
                (tr("Problem list"), lists["problem"]),
                (tr("Task list"), lists["task"]),
                (tr("Result list"), lists["result"]),
                (tr("Response rate"), _rate(rates["response"])),
                (tr("Resolution rate"), _rate(rates["resolution"])),
                (tr("Satisfaction rate"), _rate(rates["satisfaction"])),
            ],
            columns=2,
        )
    )

    doc.blocks.append(Heading(tr("Funds")))
    doc.blocks.append(
        Fields(
            [
                (tr("Allocated"), Money(funds["allocated_fen"])),
                (tr("Spent"), Money(funds["spent_fen"])),
                (tr("Balance"), Money(funds["left_fen"])),
                (tr("Spent in capitals"), capital(max(funds["spent_fen"], 0))),
            ],
            columns=2,
        )
    )
    cats = funds["spent_by_category_fen"]
    doc.blocks.append(
        Table(
            [
                Column(tr("Category"), weight=2),
                Column(tr("Amount (yuan)"), "money", 1.5, total=True),
                Column(tr("Share"), "percent", 1),
            ],
            [
                [
                    tr(fund_rules.CATEGORY_NAMES.get(code, code)),
                    Money(fen),
                    Percent(fen, funds["spent_fen"]) if funds["spent_fen"] > 0 else None,
                ]
                for code, fen in cats.items()
            ],
            totals_label=tr("Total"),
        )
    )

    n = f.get("neighbourhood") or {}
    if n:
        from linju_desktop.domain.volunteering import hours_text

        doc.blocks.append(Heading(tr("Neighbourhood service")))
        doc.blocks.append(
            Fields(
                [
                    (tr("Activities carried out"), n["activities"]),
                    (tr("Errands"), n["errands"]),
                    (tr("Service hours"), Decimal(hours_text(n["service_minutes"]))),
                    (tr("People who served"), n["participants"]),
                    (tr("Points issued"), n["points_issued"]),
                    (tr("Points exchanged"), n["points_exchanged"]),
                    (tr("Consultations held"), n["consultations_held"]),
                    (tr("Consultations decided"), n["consultations_decided"]),
                ],
                columns=2,
            )
        )

    open_items = q.open_followups(store)
    doc.blocks.append(Heading(tr("Follow-ups still open")))
    doc.blocks.append(
        Table(
            [
                Column(tr("Meeting date"), "date", 1.1),
                Column(tr("Meeting"), weight=2.5),
                Column(tr("Follow-up"), weight=4),
                Column(tr("Request no."), weight=1.3),
            ],
            [
                [day(o["date"]), o["title"], o["text"], o["request_number"] or ""]
                for o in open_items
            ],
            empty_text=tr("None"),
        )
    )
    doc.blocks.append(Signatures([tr("Branch secretary (signature)"), tr("Date")]))
    return doc
