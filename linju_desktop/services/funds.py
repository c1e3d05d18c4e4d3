"""Branch funds: the year's allocation, append-only expenses, reversing entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linju_desktop.domain import funds as rules
from linju_desktop.domain.errors import Problem, ValidationError, raise_if_errors
from linju_desktop.services import attachments
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


@dataclass(frozen=True)
class ExpenseResult:
    """What record_expense did. When the expense overdraws the year and no reason was given,
    nothing is saved and `needs_reason` says why a reason is asked for."""

    expense_id: str | None = None
    warnings: tuple[Problem, ...] = ()
    receipt_ids: tuple[str, ...] = ()
    needs_reason: Problem | None = None
    allocation_missing: bool = False  # the year has no allocation entered yet

    @property
    def saved(self) -> bool:
        return self.expense_id is not None


def record_expense(
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
    receipts: Sequence[Path] = (),
) -> ExpenseResult:
    """An expense with its receipts: one call, one transaction.

    The receipt files are copied first (content-addressed, so a retry copies nothing
    twice); the expense and its attachment rows are then written together, so a file that
    cannot be read leaves nothing behind. Raises ValidationError for what the user must
    correct; an overdraw without a reason is a result, not an error.
    """
    # Receipts are checked before anything else: a wrong file is heard of first, not after
    # the overdraw question, and never after the expense is written.
    attachments.check_files(receipts)
    problems: list[Problem] = []
    if category not in rules.CATEGORY_NAMES:
        problems.append(Problem("category", _MSG_CATEGORY))
    if not purpose.strip():
        problems.append(Problem("purpose", _MSG_PURPOSE))
    # Ask for a reason before any file is copied; the transaction checks again.
    checked = _check(store, date, amount_fen, overdraw_reason, problems)
    if isinstance(checked, ExpenseResult):
        return checked
    stored = [attachments.store_file(store, Path(p)) for p in receipts]
    with store.transaction():
        checked = _check(store, date, amount_fen, overdraw_reason, problems)
        if isinstance(checked, ExpenseResult):
            return checked
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
        ids = tuple(attachments.link(store, "expenses", eid, f) for f in stored)
    return ExpenseResult(eid, tuple(checked), ids)


def _check(
    store: Store, date: dt.date, amount_fen: int, reason: str, problems: list[Problem]
) -> list[Problem] | ExpenseResult:
    """The warnings to show, or the result asking for an overdraw reason; raises for the rest."""
    alloc = allocation(store, date.year)
    found = problems + rules.check_expense(
        amount_fen,
        date,
        date.year,
        alloc["amount_fen"] if alloc else 0,
        spent(store, date.year),
        reason or None,
    )
    over = [p for p in found if p.field == "overdraw_reason"]
    others = [p for p in found if p.field != "overdraw_reason"]
    warnings = raise_if_errors(others)
    if over:
        return ExpenseResult(needs_reason=over[0], allocation_missing=alloc is None)
    return warnings


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
    """Record an expense without receipts; returns its id and the warnings to show.
    An overdraw without a reason raises (for the command line and the demo)."""
    result = record_expense(
        store,
        date=date,
        amount_fen=amount_fen,
        category=category,
        purpose=purpose,
        payee=payee,
        approver=approver,
        overdraw_reason=overdraw_reason,
        notes=notes,
    )
    if result.needs_reason is not None:
        raise ValidationError([result.needs_reason])
    assert result.expense_id is not None
    return result.expense_id, list(result.warnings)


def add_receipts(store: Store, expense_id: str, receipts: Sequence[Path]) -> tuple[str, ...]:
    """Receipts found after the expense was recorded: linked to it, its amount and purpose
    untouched (the entry itself stays append-only). Returns the attachment ids."""
    attachments.check_files(receipts)
    if store.get("expenses", expense_id) is None:
        raise ValidationError([Problem("entry", _MSG_NO_ENTRY)])
    stored = [attachments.store_file(store, Path(p)) for p in receipts]
    with store.transaction():
        return tuple(attachments.link(store, "expenses", expense_id, f) for f in stored)


def reversal_refusal(store: Store, expense_id: str) -> list[Problem]:
    """Why the entry cannot be reversed (empty when it can): asked before the dialog opens."""
    entry = store.get("expenses", expense_id)
    if entry is None:
        return [Problem("entry", _MSG_NO_ENTRY)]
    try:
        rules.reversal(entry, already_reversed=reads.is_reversed(store, expense_id))
    except ValidationError as exc:
        return exc.problems
    return []


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
