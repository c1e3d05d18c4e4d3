"""The period an output covers, and the station's local time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from linju_desktop.domain.i18n import tr
from linju_desktop.services.clock import DEFAULT_TIMEZONE, local_time, station_timezone
from linju_desktop.store.database import Store


class ReportError(Exception):
    """An output that cannot be made; the message is for the user, already translated."""


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @property
    def whole_year(self) -> int | None:
        s, e = self.start, self.end
        if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year:
            return s.year
        return None

    def label(self) -> str:
        if (y := self.whole_year) is not None:
            return tr("Year {year}", year=y)
        return tr("{start} to {end}", start=self.start.isoformat(), end=self.end.isoformat())

    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)

    def nothing(self) -> str:
        """What an output of this period says when it has no records."""
        if self.whole_year is not None:
            return tr("No records this year")
        return tr("No records in this period")


def timezone(store: Store) -> ZoneInfo:
    zone = station_timezone(store)
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo(DEFAULT_TIMEZONE)


def utc_bounds(period: Period, tz: ZoneInfo) -> tuple[str, str]:
    """[first local midnight, the midnight after the last day) as stored UTC stamps."""

    def stamp(day: dt.date) -> str:
        moment = dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    return stamp(period.start), stamp(period.end + dt.timedelta(days=1))


def local(stamp: str | None, tz: ZoneInfo) -> dt.datetime | None:
    """A stored UTC stamp as a local time without tzinfo (what paper and Excel show)."""
    if not stamp:
        return None
    try:
        return local_time(stamp, tz)
    except ValueError:
        return None


def day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
