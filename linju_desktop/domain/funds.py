"""Branch operating funds: the year's allocation, expenses by category, reversals.

Amounts are integer fen. An entry is never edited or erased: a wrong one is
cancelled by a reversing entry (negative amount, linked to the original), so
the ledger that was published (公示) stays explainable.

Entries are plain mappings (rows from the store) with at least
"amount_fen" and "category"; "date" (datetime.date) where a year is needed;
"id" and "reverses_id" for reversals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.domain.i18n import tr
from linju_desktop.domain.money import format_yuan


@dataclass(frozen=True)
class Category:
    code: str
    name: str  # Chinese, as printed on the ledger; tr(name) gives the English in "en"


DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category("activities", "活动经费"),
    Category("hardship_visits", "困难党员慰问"),
    Category("training", "教育培训"),
    Category("station_upkeep", "阵地维护"),
    Category("materials", "宣传资料"),
    Category("other", "其他"),
)
CATEGORY_NAMES: dict[str, str] = {c.code: c.name for c in DEFAULT_CATEGORIES}


_MSG_AMOUNT_POSITIVE = "An expense must be more than zero; correct a wrong entry by reversing it"
_MSG_DATE_OUTSIDE = "The date {date} is not in the budget year {year}"
_MSG_OVERDRAW = (
    "This expense overdraws the {year} allocation: the balance is {balance} yuan, "
    "{shortfall} yuan short. Give a reason to record it anyway"
)
_MSG_OVERDRAWN_WARNING = "This expense overdraws the {year} allocation by {shortfall} yuan"
_MSG_REVERSE_REVERSAL = "A reversing entry cannot itself be reversed; record a new expense instead"
_MSG_ALREADY_REVERSED = "This entry has already been reversed"
_MSG_REVERSE_ZERO = "An entry of zero cannot be reversed"


def category_label(code: str) -> str:
    """The category's name in the current language (unknown codes shown as is)."""
    return tr(CATEGORY_NAMES.get(code, code))


@dataclass(frozen=True)
class Balance:
    allocation_fen: int
    spent_fen: int  # net of reversals
    by_category: dict[str, int] = field(default_factory=dict)

    @property
    def balance_fen(self) -> int:
        return self.allocation_fen - self.spent_fen

    @property
    def overdrawn(self) -> bool:
        return self.balance_fen < 0


def balance(allocation_fen: int, expenses: Iterable[Mapping[str, Any]]) -> Balance:
    """Net spending of one year, total and per category (reversals are negative)."""
    by_category: dict[str, int] = {}
    for e in expenses:
        amount = _fen(e["amount_fen"])
        by_category[e["category"]] = by_category.get(e["category"], 0) + amount
    return Balance(_fen(allocation_fen), sum(by_category.values()), by_category)


def balances_by_year(
    allocations: Mapping[int, int], expenses: Iterable[Mapping[str, Any]]
) -> dict[int, Balance]:
    """balance() for every year that has an allocation or an entry (by entry date)."""
    per_year: dict[int, list[Mapping[str, Any]]] = {year: [] for year in allocations}
    for e in expenses:
        per_year.setdefault(e["date"].year, []).append(e)
    return {
        year: balance(allocations.get(year, 0), entries)
        for year, entries in sorted(per_year.items())
    }


def check_expense(
    amount_fen: int,
    date: dt.date,
    year: int,
    allocation_fen: int,
    spent_fen: int,
    overdraw_reason: str | None = None,
) -> list[Problem]:
    """Problems with a new (ordinary, positive) expense against the year's allocation.

    Overdrawing is a decision for people, not a rule of arithmetic: it is
    refused unless a reason is given, then reported as a warning.
    """
    problems: list[Problem] = []
    amount = _fen(amount_fen)
    if amount <= 0:
        problems.append(Problem("amount", _MSG_AMOUNT_POSITIVE))
    if date.year != year:
        params = {"date": date.isoformat(), "year": year}
        problems.append(Problem("date", _MSG_DATE_OUTSIDE, params))
    if amount > 0:
        remaining = _fen(allocation_fen) - _fen(spent_fen)
        shortfall = amount - remaining
        if shortfall > 0:
            params = {
                "year": year,
                "balance": format_yuan(remaining),
                "shortfall": format_yuan(shortfall),
            }
            if overdraw_reason and overdraw_reason.strip():
                problems.append(Problem("amount", _MSG_OVERDRAWN_WARNING, params, warning=True))
            else:
                problems.append(Problem("overdraw_reason", _MSG_OVERDRAW, params))
    return problems


def reversal(
    entry: Mapping[str, Any],
    *,
    already_reversed: bool,
    on: dt.date | None = None,
    reason: str = "",
) -> dict[str, Any]:
    """Fields of the entry that cancels `entry`; raises ValidationError if not allowed.

    The reversal keeps the original's date unless `on` is given, so the year
    the wrong entry was booked in is the year that gets corrected.
    """
    if entry.get("reverses_id"):
        raise ValidationError([Problem("entry", _MSG_REVERSE_REVERSAL)])
    if already_reversed:
        raise ValidationError([Problem("entry", _MSG_ALREADY_REVERSED)])
    amount = _fen(entry["amount_fen"])
    if amount == 0:
        raise ValidationError([Problem("entry", _MSG_REVERSE_ZERO)])
    return {
        "amount_fen": -amount,
        "category": entry["category"],
        "date": on or entry.get("date"),
        "reverses_id": entry["id"],
        "description": entry.get("description", ""),
        "reason": reason.strip(),
    }


def _fen(value: Any) -> int:
    # Guard the one rule that must never bend: no floats (or bools) as money.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"money must be integer fen, got {type(value).__name__}")
    return value
