"""Branch funds: the year's allocation, append-only expenses, reversing entries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from linju_desktop.domain import funds as rules
from linju_desktop.domain.errors import Problem, ValidationError, raise_if_errors
from linju_desktop.store.database import Store
from linju_desktop.store.reads import funds as reads

_MSG_CATEGORY = "Choose a category"
_MSG_PURPOSE = "Write what the money was spent on"
_MSG_NO_ENTRY = "This expense entry does not exist"


def allocation(store: Store, year: int) -> dict | None:
    return reads.allocation_of(store, year)


def set_allocation(
    store: Store, year: int, amount_fen: int, source: str = "", note: str = ""
) -> str:
    """The district's allocation for a year: one row per year, changed in place."""
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen < 0:
        raise TypeError("allocation must be non-negative integer fen")
    with store.transaction():
        current = allocation(store, year)
        values = {"year": year, "amount_fen": amount_fen, "source": source, "note": note}
        if current:
            store.update("allocations", current["id"], values)
            return current["id"]
        return store.insert("allocations", values)


def spent(store: Store, year: int) -> int:
    return reads.spent_in(store, year)


def summary(store: Store, year: int) -> rules.Balance:
    alloc = allocation(store, year)
    entries = reads.spent_by_category(store, year)
    return rules.balance(alloc["amount_fen"] if alloc else 0, entries)


def add_expense(
    store: Store,
    *,
    date: dt.date,
    amount_fen: int,
    category: str,
    purpose: str,
    payee: str = "",
    approver: str = "",
    overdraw_reason: str = "",
    notes: str = "",
) -> tuple[str, list[Problem]]:
    """Record an expense; returns its id and the warnings to show (e.g. overdrawn)."""
    problems: list[Problem] = []
    if category not in rules.CATEGORY_NAMES:
        problems.append(Problem("category", _MSG_CATEGORY))
    if not purpose.strip():
        problems.append(Problem("purpose", _MSG_PURPOSE))
    with store.transaction():
        alloc = allocation(store, date.year)
        problems += rules.check_expense(
            amount_fen,
            date,
            date.year,
            alloc["amount_fen"] if alloc else 0,
            spent(store, date.year),
            overdraw_reason or None,
        )
        warnings = raise_if_errors(problems)
        eid = store.insert(
            "expenses",
            {
                "year": date.year,
                "date": date.isoformat(),
                "amount_fen": amount_fen,
                "category": category,
                "purpose": purpose.strip(),
                "payee": payee.strip(),
                "approver": approver.strip(),
                "overdraw_reason": overdraw_reason.strip() or None,
                "notes": notes,
            },
        )
    return eid, warnings


def reverse(store: Store, expense_id: str, reason: str = "", on: dt.date | None = None) -> str:
    """Cancel a wrong entry with a linked negative entry; the original stays visible."""
    with store.transaction():
        entry = store.get("expenses", expense_id)
        if entry is None:
            raise ValidationError([Problem("entry", _MSG_NO_ENTRY)])
        already = reads.is_reversed(store, expense_id)
        fields: dict[str, Any] = rules.reversal(
            entry, already_reversed=already, on=on, reason=reason
        )
        when = fields["date"]
        when_text = when.isoformat() if isinstance(when, dt.date) else str(when)
        return store.insert(
            "expenses",
            {
                "year": int(when_text[:4]),
                "date": when_text,
                "amount_fen": fields["amount_fen"],
                "category": fields["category"],
                "reverses_id": expense_id,
                "purpose": entry["purpose"],
                "payee": entry["payee"],
                "approver": entry["approver"],
                "notes": fields["reason"],
            },
        )
