"""Reading and computing calendar dates (birth, joining, full membership).

Dates arrive as 1965-03-12, 1965/3/12, 1965.3.12, 1965年3月12日, 19650312,
with full-width digits, as Python dates from openpyxl, or as Excel serial
numbers when a date column was formatted as a number.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from linju_desktop.domain.text import ParseError, clean_text, is_blank, to_half_width

# Excel's day 0 in the 1900 date system. Using 1899-12-30 (not 1900-01-01)
# absorbs Excel's fictitious 1900-02-29, so every serial from 61 on is right.
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIAL_MAX = 80000  # 2119-01-11: anything bigger is not a date someone typed
MIN_YEAR, MAX_YEAR = 1800, 2200

_SEPARATED = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_CHINESE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})[日号]?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"\d{1,5}")
_YEAR_MONTH = re.compile(r"\d{4}(?:[-/.年]\d{1,2}月?)")
_YEAR_ONLY = re.compile(r"\d{4}年?")
_TIME_SUFFIX = re.compile(r"(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")

MSG_EMPTY = "Please enter a date."
MSG_UNREADABLE = "Cannot read \u201c{value}\u201d as a date. Please write it like 1965-03-12."
MSG_NO_SUCH_DAY = "There is no such date: {value}."
MSG_YEAR_RANGE = "The year {year} cannot be right. Please check the date."
MSG_NEEDS_DAY = "Please give the day as well, for example 1985-07-01."
MSG_YEAR_ONLY = (
    "\u201c{value}\u201d looks like a year only. Please give the full date, e.g. 1965-03-12."
)
MSG_FRACTION = (
    "\u201c{value}\u201d is a number with decimals, not a date. Please write it like 1965-03-12."
)


class DateError(ParseError):
    """A value that cannot be read as a date."""


def _make(year: int, month: int, day: int, shown: str) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(MSG_YEAR_RANGE, year=year)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(MSG_NO_SUCH_DAY, value=shown) from None


def _from_serial(serial: int, shown: str) -> date:
    # A bare 19xx/20xx is far more likely a year typed alone than a day in 1905.
    if 1900 <= serial <= 2100:
        raise DateError(MSG_YEAR_ONLY, value=shown)
    if not 1 <= serial <= EXCEL_SERIAL_MAX:
        raise DateError(MSG_UNREADABLE, value=shown)
    return EXCEL_EPOCH + timedelta(days=serial)


def _from_int(number: int) -> date:
    shown = str(number)
    if len(shown) == 8:
        return _make(int(shown[:4]), int(shown[4:6]), int(shown[6:]), shown)
    return _from_serial(number, shown)


def parse_date(value: object) -> date:
    """Read a date from a cell or typed text; raise DateError (a ValueError) if impossible."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise DateError(MSG_UNREADABLE, value=str(value))
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise DateError(MSG_FRACTION, value=repr(value))
        return _from_int(int(value))
    if value is None:
        raise DateError(MSG_EMPTY)
    text = to_half_width(clean_text(value))
    text = _TIME_SUFFIX.sub("", text)  # "1965-03-12 00:00:00" from str(datetime)
    text = "".join(text.split()).replace("。", ".")
    if not text:
        raise DateError(MSG_EMPTY)
    shown = text[:30]
    for pattern in (_SEPARATED, _CHINESE, _COMPACT):
        m = pattern.fullmatch(text)
        if m:
            return _make(int(m[1]), int(m[2]), int(m[3]), shown)
    if _YEAR_ONLY.fullmatch(text) and not text.isdigit():
        raise DateError(MSG_YEAR_ONLY, value=shown)
    if _SERIAL.fullmatch(text):
        return _from_serial(int(text), shown)
    if _YEAR_MONTH.fullmatch(text):
        raise DateError(MSG_NEEDS_DAY)
    raise DateError(MSG_UNREADABLE, value=shown)


def parse_optional_date(value: object) -> date | None:
    """Like parse_date, but a blank cell (or "无", "/") is None."""
    if isinstance(value, date):
        return parse_date(value)
    return None if is_blank(value) else parse_date(value)


def anniversary(start: date, years: int) -> date:
    """The day `years` full years after `start`; 29 Feb falls on 1 Mar in common years.

    1 March matches years_between(): someone born on 29 Feb is not a year older
    on 28 Feb of a common year.
    """
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, 3, 1)


def years_between(start: date, end: date) -> int:
    """Full years from start to end (negative when end is earlier)."""
    if end < start:
        return -years_between(end, start)
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def age_on(birth: date, day: date) -> int:
    """Age in full years (周岁) on `day`; the birthday itself counts."""
    return years_between(birth, day)


def add_months(day: date, months: int) -> date:
    """Same day `months` later (or earlier); 31 Jan + 1 month is the last day of Feb."""
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def format_date_cn(day: date) -> str:
    """1965年3月12日, the way printed forms show a date."""
    return f"{day.year}年{day.month}月{day.day}日"
