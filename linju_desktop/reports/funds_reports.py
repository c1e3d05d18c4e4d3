"""经费: the 公示 sheet pinned on the notice board, and the ledger (流水账)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from linju_desktop.domain import funds as rules
from linju_desktop.domain.i18n import tr
from linju_desktop.domain.money import capital
from linju_desktop.reports.meeting_reports import branch_name
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
    Text,
)
from linju_desktop.reports.period import Period, day
from linju_desktop.store import report_queries as q
from linju_desktop.store.database import Store


def _category(code: str) -> str:
    return tr(rules.CATEGORY_NAMES.get(code, code))


def _purpose(e: dict[str, Any]) -> str:
    if e["reverses_id"]:
        return tr(
            "Reversal of {date} {purpose}",
            date=e["reversed_date"] or "",
            purpose=e["reversed_purpose"] or "",
        )
    return e["purpose"] or ""


def funds_notice(store: Store, period: Period) -> Document:
    allocations = q.allocations_for_years(store, period.start.year, period.end.year)
    entries = q.expenses_between(store, period.start.isoformat(), period.end.isoformat())
    allocated = sum(int(a["amount_fen"]) for a in allocations)
    spent = sum(int(e["amount_fen"]) for e in entries)
    doc = Document(
        kind="funds",
        title=tr("Public notice of party branch funds"),
        subtitle=period.label(),
        branch=branch_name(store),
    )
    if not allocations and not entries:
        doc.blocks.append(Nothing(period.nothing()))
        return doc
    doc.blocks.append(
        Fields(
            [
                (tr("Allocated"), Money(allocated)),
                (tr("In capitals"), capital(allocated)),
                (tr("Spent"), Money(spent)),
                (tr("In capitals"), capital(spent) if spent >= 0 else ""),
                (tr("Balance"), Money(allocated - spent)),
                (tr("In capitals"), capital(allocated - spent) if allocated >= spent else ""),
            ],
            columns=2,
        )
    )
    by_cat: dict[str, list[int]] = {}
    for e in entries:
        by_cat.setdefault(e["category"] or "other", []).append(int(e["amount_fen"]))
    cat_rows: list[list[Any]] = []
    for c in rules.DEFAULT_CATEGORIES:
        amounts = by_cat.pop(c.code, [])
        cat_rows.append(
            [tr(c.name), Money(sum(amounts)), sum(a > 0 for a in amounts), _share(amounts, spent)]
        )
    for code, amounts in by_cat.items():  # categories from older settings
        cat_rows.append(
            [_category(code), Money(sum(amounts)), len(amounts), _share(amounts, spent)]
        )
    doc.blocks.append(Heading(tr("Spent by category")))
    doc.blocks.append(
        Table(
            [
                Column(tr("Category"), weight=2),
                Column(tr("Amount (yuan)"), "money", 1.5, total=True),
                Column(tr("Entries"), "int", 1, total=True),
                Column(tr("Share"), "percent", 1),
            ],
            cat_rows,
            totals_label=tr("Total"),
        )
    )
    doc.blocks.append(Heading(tr("Each expense")))
    doc.blocks.append(
        Table(
            [
                Column(tr("Date"), "date", 1.2),
                Column(tr("Purpose"), weight=3.4),
                Column(tr("Payee"), weight=2.2),
                Column(tr("Category"), weight=1.3),
                Column(tr("Amount (yuan)"), "money", 1.3, total=True),
            ],
            [
                [
                    day(e["date"]),
                    _purpose(e),
                    e["payee"] or "",
                    _category(e["category"]),
                    Money(int(e["amount_fen"])),
                ]
                for e in entries
            ],
            totals_label=tr("Total"),
            empty_text=period.nothing(),
        )
    )
    doc.blocks.append(
        Text(
            tr(
                "Posted from ____ (month) ____ (day) to ____ (month) ____ (day), 7 days. "
                "Questions and comments to the branch secretary."
            ),
            tr("Publication period"),
        )
    )
    doc.blocks.append(Signatures([tr("Branch secretary (signature)"), tr("Date posted")]))
    return doc


def _share(amounts: list[int], spent: int) -> Percent | None:
    return Percent(sum(amounts), spent) if spent > 0 else None


def funds_ledger(store: Store, period: Period) -> Document:
    allocations = {
        a["year"]: int(a["amount_fen"])
        for a in q.allocations_for_years(store, period.start.year, period.end.year)
    }
    entries = q.expenses_between(store, period.start.isoformat(), period.end.isoformat())
    doc = Document(
        kind="ledger",
        title=tr("Funds ledger"),
        subtitle=period.label(),
        branch=branch_name(store),
        landscape=True,
    )
    balance: dict[int, int] = {}
    rows: list[list[Any]] = []

    def open_year(year: int) -> None:
        allocated = allocations.get(year, 0)
        start = max(period.start, dt.date(year, 1, 1))
        before = q.spent_before(store, year, start.isoformat())
        balance[year] = allocated - before
        if start == dt.date(year, 1, 1):
            label, income = tr("Allocation for {year}", year=year), Money(allocated)
        else:
            label, income = tr("Balance brought forward ({year} budget)", year=year), None
        rows.append([start, year, "", label, "", income, None, Money(balance[year])])

    for e in entries:
        year = int(e["year"] or day(e["date"]).year)  # type: ignore[union-attr]
        if year not in balance:
            open_year(year)
        amount = int(e["amount_fen"])
        balance[year] -= amount
        rows.append(
            [
                day(e["date"]),
                year,
                _category(e["category"]),
                _purpose(e),
                e["payee"] or "",
                None,
                Money(amount),
                Money(balance[year]),
            ]
        )
    for year in period.years():  # a year with an allocation and no spending yet
        if year in allocations and year not in balance:
            open_year(year)
    rows.sort(key=lambda r: (r[0], r[1], r[6] is not None))
    if not rows:
        doc.blocks.append(Nothing(period.nothing()))
        return doc
    doc.blocks.append(
        Table(
            [
                Column(tr("Date"), "date", 1.1),
                Column(tr("Budget year"), "int", 0.8),
                Column(tr("Category"), weight=1.2),
                Column(tr("Purpose"), weight=3.2),
                Column(tr("Payee"), weight=2.2),
                Column(tr("Income (yuan)"), "money", 1.2, total=True),
                Column(tr("Expense (yuan)"), "money", 1.2, total=True),
                Column(tr("Balance (yuan)"), "money", 1.3),
            ],
            rows,
            totals_label=tr("Total"),
        )
    )
    return doc
