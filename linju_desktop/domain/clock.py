"""The program's one clock: today's date and the present moment.

Unset, it is the computer's. LINJU_TODAY=YYYY-MM-DD (read once, at the first question) or
pin() fixes the date, so the tests, the screenshots and a demonstration give the same
results on any day of the year: "this year", "this quarter", a due probation, a date in
the future. A pinned clock keeps running: now() is the real moment moved by whole days,
so times still advance and order the records written one after another.
"""

from __future__ import annotations

import datetime as dt
import os

ENV = "LINJU_TODAY"

_UNREAD = object()
_pinned: object = _UNREAD


def _read_env() -> dt.date | None:
    text = os.environ.get(ENV, "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:  # a developer's typo: say so rather than run on the real date
        raise ValueError(f"{ENV} must be a date like 2026-11-28, not {text!r}") from exc


def pinned() -> dt.date | None:
    """The fixed date, or None when the clock is the computer's."""
    global _pinned
    if _pinned is _UNREAD:
        _pinned = _read_env()
    return _pinned  # type: ignore[return-value]


def pin(day: dt.date | None) -> None:
    """Fix today's date (None: back to the computer's clock, ignoring LINJU_TODAY)."""
    global _pinned
    _pinned = day


def today() -> dt.date:
    """The local date."""
    return pinned() or dt.date.today()


def now() -> dt.datetime:
    """The present moment in UTC (aware); on a pinned clock, on the pinned local date."""
    real = dt.datetime.now(dt.UTC)
    day = pinned()
    if day is None:
        return real
    return real + (day - real.astimezone().date())
