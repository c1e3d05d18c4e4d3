"""Membership transfers in and out (组织关系转接)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from linju_desktop.domain import transfers as rules
from linju_desktop.domain.errors import Problem, raise_if_errors
from linju_desktop.store.database import Store
from linju_desktop.store.reads import transfers as reads


def _date(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if isinstance(v, str) and v else v or None


def record(
    store: Store,
    *,
    direction: str,
    member_name: str,
    other_org: str,
    issued_date: dt.date,
    today: dt.date,
    member_id: str | None = None,
    cross_province: bool = False,
    valid_days: int | None = None,
    letter_no: str = "",
    dues_paid_to: str = "",
    notes: str = "",
) -> tuple[str, list[Problem]]:
    days = valid_days or rules.default_valid_days(issued_date, cross_province)
    warnings = raise_if_errors(
        rules.check_transfer(
            direction=direction,
            counterpart=other_org,
            issued_date=issued_date,
            valid_days=days,
            today=today,
            cross_province=cross_province,
            dues_paid_to=dues_paid_to or None,
        )
    )
    with store.transaction():
        tid = store.insert(
            "transfers",
            {
                "member_id": member_id,
                "member_name": member_name.strip(),
                "direction": direction,
                "other_org": other_org.strip(),
                "letter_no": letter_no,
                "issued_date": issued_date,
                "valid_days": days,
                "valid_until": rules.valid_until(issued_date, days),
                "cross_province": cross_province,
                "dues_paid_to": dues_paid_to or None,
                "notes": notes,
            },
        )
    return tid, warnings


def update_dates(
    store: Store, transfer_id: str, today: dt.date, **dates: dt.date | None
) -> list[Problem]:
    """Set sent_date, received_date or receipt_date (the receipt stub back)."""
    with store.transaction():
        t = store.get("transfers", transfer_id)
        if t is None:
            raise KeyError(transfer_id)
        merged = {k: _date(t[k]) for k in ("sent_date", "received_date", "receipt_date")}
        merged.update({k: v for k, v in dates.items() if k in merged})
        warnings = raise_if_errors(
            rules.check_transfer(
                direction=t["direction"],
                counterpart=t["other_org"],
                issued_date=_date(t["issued_date"]),
                valid_days=t["valid_days"],
                today=today,
                cross_province=bool(t["cross_province"]),
                **merged,
            )
        )
        store.update("transfers", transfer_id, merged)
    return warnings


def state(t: dict, today: dt.date) -> str:
    return rules.derive_state(
        _date(t["issued_date"]),
        t["valid_days"],
        today,
        sent_date=_date(t["sent_date"]),
        received_date=_date(t["received_date"]),
    )


def awaiting_receipt(store: Store, today: dt.date) -> list[dict]:
    """Transfers whose receipt stub has not come back yet (the home page lists them)."""
    return [dict(r, state=state(r, today)) for r in reads.awaiting_receipt(store)]
