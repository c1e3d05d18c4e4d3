"""Organisation relationship transfers (组织关系转接): the letter, its validity, the receipt.

The letter (介绍信: stub, letter, receipt) states 有效期 in days and 党费交到
year-month. Validity is at most 3 months, 6 when crossing provinces. The
receiving side sends the receipt (回执联) back within 1 month after taking the
member in. Periods follow the Civil Code (民法典 arts. 201-202): the day of
issue is not counted, and "one month" ends on the same day of the next month
(or that month's last day).

States are derived, never stored:
- issued: the letter exists but has not been handed to the member / sent;
- in_transit: handed over or sent, not yet received, still valid;
- received: the receiving organisation has taken the member in;
- expired: not received by the last valid day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from linju_desktop.domain.errors import Problem
from linju_desktop.domain.i18n import tr

DIRECTIONS: dict[str, str] = {"in": "转入", "out": "转出"}
STATE_LABELS: dict[str, str] = {
    "issued": "已开具",
    "in_transit": "转接中",
    "received": "已接收",
    "expired": "已过期",
}

VALID_MONTHS = 3  # (verify) longest validity within a province
VALID_MONTHS_CROSS_PROVINCE = 6
RECEIPT_MONTHS = 1
DUES_PREPAY_MONTHS = 6  # dues may be paid at most 6 months ahead


_MSG_DIRECTION = "Choose whether the member transfers in or out"
_MSG_COUNTERPART = "Enter the organisation the member transfers {direction}"
_MSG_ISSUED_REQUIRED = "Enter the date the letter was issued"
_MSG_ISSUED_FUTURE = "The letter cannot be issued in the future"
_MSG_VALID_DAYS = "The letter must be valid for at least one day"
_MSG_VALID_TOO_LONG = (
    "A letter is valid for at most {months} months ({days} days from this issue date)"
)
_MSG_DUES_FORMAT = "Write the month dues are paid to as YYYY-MM, e.g. 2024-03"
_MSG_DUES_BEHIND = "Dues should be paid up to the month of the transfer ({month})"
_MSG_DUES_AHEAD = "Dues may be paid at most {months} months ahead"
_MSG_SENT_BEFORE_ISSUE = "The letter cannot be handed over before it is issued"
_MSG_RECEIVED_BEFORE_ISSUE = "The member cannot be received before the letter is issued"
_MSG_DATE_FUTURE = "This date is in the future"
_MSG_RECEIVED_EXPIRED = "The letter had expired ({valid_until}) when the member was received"
_MSG_RECEIPT_BEFORE_RECEIVED = "The receipt cannot be sent before the member is received"


def state_label(state: str) -> str:
    return tr(STATE_LABELS[state])


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later, or that month's last day (民法典 art. 202)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def max_valid_days(issued_date: dt.date, cross_province: bool = False) -> int:
    """Days from issue to the end of the 3 (or 6) months the letter may run."""
    months = VALID_MONTHS_CROSS_PROVINCE if cross_province else VALID_MONTHS
    return (add_months(issued_date, months) - issued_date).days


def default_valid_days(issued_date: dt.date, cross_province: bool = False) -> int:
    """The default validity: the full 3 months (6 across provinces)."""
    return max_valid_days(issued_date, cross_province)


def valid_until(issued_date: dt.date, valid_days: int) -> dt.date:
    """Last valid day: the issue day is not counted (民法典 art. 201)."""
    return issued_date + dt.timedelta(days=valid_days)


def receipt_due(
    direction: str, issued_date: dt.date, valid_days: int, received_date: dt.date | None
) -> dt.date | None:
    """When the receipt must be back (out) or sent back (in).

    The receiver has one month after taking the member in. For a transfer out
    not yet received, the latest it can be is one month after the last valid day.
    """
    if received_date is not None:
        return add_months(received_date, RECEIPT_MONTHS)
    if direction == "out":
        return add_months(valid_until(issued_date, valid_days), RECEIPT_MONTHS)
    return None


def derive_state(
    issued_date: dt.date,
    valid_days: int,
    today: dt.date,
    *,
    sent_date: dt.date | None = None,
    received_date: dt.date | None = None,
) -> str:
    """'issued' | 'in_transit' | 'received' | 'expired' on `today`."""
    if received_date is not None and received_date <= today:
        return "received"
    if today > valid_until(issued_date, valid_days):
        return "expired"
    return "in_transit" if sent_date is not None and sent_date <= today else "issued"


_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def parse_month(text: str) -> tuple[int, int] | None:
    """Parse "2024-03" as (2024, 3); None if it is not a year-month."""
    m = _MONTH.fullmatch(text.strip())
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return (year, month) if 1 <= month <= 12 else None


def check_transfer(
    *,
    direction: str | None,
    counterpart: str | None,
    issued_date: dt.date | None,
    valid_days: int | None,
    today: dt.date,
    cross_province: bool = False,
    dues_paid_to: str | None = None,
    sent_date: dt.date | None = None,
    received_date: dt.date | None = None,
    receipt_date: dt.date | None = None,
) -> list[Problem]:
    """Problems with a transfer record; doubtful but possible facts are warnings."""
    problems: list[Problem] = []
    if direction not in DIRECTIONS:
        problems.append(Problem("direction", _MSG_DIRECTION))
    elif not (counterpart or "").strip():
        problems.append(
            Problem("counterpart", _MSG_COUNTERPART, {"direction": tr(DIRECTIONS[direction])})
        )
    if issued_date is None:
        problems.append(Problem("issued_date", _MSG_ISSUED_REQUIRED))
    elif issued_date > today:
        problems.append(Problem("issued_date", _MSG_ISSUED_FUTURE))
    valid_ok = False
    if valid_days is None or valid_days < 1:
        problems.append(Problem("valid_days", _MSG_VALID_DAYS))
    elif issued_date is not None:
        limit = max_valid_days(issued_date, cross_province)
        if valid_days > limit:
            months = VALID_MONTHS_CROSS_PROVINCE if cross_province else VALID_MONTHS
            problems.append(
                Problem("valid_days", _MSG_VALID_TOO_LONG, {"months": months, "days": limit})
            )
        else:
            valid_ok = True
    if dues_paid_to:
        problems.extend(_check_dues(dues_paid_to, issued_date))
    for name, day in (("sent_date", sent_date), ("received_date", received_date)):
        if day is None:
            continue
        if day > today:
            problems.append(Problem(name, _MSG_DATE_FUTURE))
        elif issued_date is not None and day < issued_date:
            msg = _MSG_SENT_BEFORE_ISSUE if name == "sent_date" else _MSG_RECEIVED_BEFORE_ISSUE
            problems.append(Problem(name, msg))
    if received_date is not None and issued_date is not None and valid_ok and valid_days:
        last = valid_until(issued_date, valid_days)
        if received_date > last:
            # It happens (超期 with a certificate from the branch); record it, but say so.
            problems.append(
                Problem(
                    "received_date",
                    _MSG_RECEIVED_EXPIRED,
                    {"valid_until": last.isoformat()},
                    warning=True,
                )
            )
    if receipt_date is not None:
        if receipt_date > today:
            problems.append(Problem("receipt_date", _MSG_DATE_FUTURE))
        elif received_date is not None and receipt_date < received_date:
            problems.append(Problem("receipt_date", _MSG_RECEIPT_BEFORE_RECEIVED))
    return problems


def _check_dues(dues_paid_to: str, issued_date: dt.date | None) -> list[Problem]:
    parsed = parse_month(dues_paid_to)
    if parsed is None:
        return [Problem("dues_paid_to", _MSG_DUES_FORMAT)]
    if issued_date is None:
        return []
    paid = parsed[0] * 12 + parsed[1]
    issue = issued_date.year * 12 + issued_date.month
    if paid < issue:
        month = f"{issued_date.year:04d}-{issued_date.month:02d}"
        return [Problem("dues_paid_to", _MSG_DUES_BEHIND, {"month": month}, warning=True)]
    if paid > issue + DUES_PREPAY_MONTHS:
        return [
            Problem("dues_paid_to", _MSG_DUES_AHEAD, {"months": DUES_PREPAY_MONTHS}, warning=True)
        ]
    return []
