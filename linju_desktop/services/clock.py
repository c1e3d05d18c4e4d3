"""Wall time for services: stored as UTC ISO-8601, shown in local time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from linju_desktop.domain import clock

if TYPE_CHECKING:
    from linju_desktop.store.database import Store

# The branches this program serves keep Beijing time; the "timezone" setting is for
# the odd station elsewhere. Named zones need the tzdata package on Windows.
DEFAULT_TIMEZONE = "Asia/Shanghai"


def utc_now() -> dt.datetime:
    """Now, from the program's one clock (domain/clock.py: tests and demonstrations pin it)."""
    return clock.now().replace(microsecond=0)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def today() -> dt.date:
    return clock.today()


def station_timezone(store: Store) -> dt.tzinfo:
    """The station's time zone: the "timezone" setting (an IANA name), else Asia/Shanghai.

    Not the computer's zone: a laptop set to UTC must not shift the record book's times.
    An unknown name falls back to the default rather than stopping an export.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # with its first use: not at start

    name = store.get_setting("timezone", DEFAULT_TIMEZONE) or DEFAULT_TIMEZONE
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)


def local_time(moment: dt.datetime | str, zone: dt.tzinfo) -> dt.datetime:
    """A stored UTC moment (datetime or ISO text) as naive wall time in `zone`,
    which is what spreadsheets hold (Excel has no time zones)."""
    if isinstance(moment, str):
        moment = parse_iso(moment)
    if moment.tzinfo is None:  # stored times are UTC even when the "Z" went missing
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone).replace(tzinfo=None)
