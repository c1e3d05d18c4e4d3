"""Dates as typed, as Excel stores them, and date arithmetic."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linju_desktop.domain.dates import (
    DateError,
    add_months,
    age_on,
    anniversary,
    format_date_cn,
    parse_date,
    parse_optional_date,
    years_between,
)

D = date(1965, 3, 12)


@pytest.mark.parametrize(
    "value",
    [
        "1965-03-12",
        "1965/3/12",
        "1965.3.12",
        "1965年3月12日",
        "1965年03月12号",
        "19650312",
        19650312,
        "１９６５－０３－１２",
        "１９６５年３月１２日",
        " 1965-03-12 00:00:00 ",
        "1965-03-12T08:30",
        "1965。3。12",
        D,
        datetime(1965, 3, 12, 14, 5),
        "23813",
        23813,
        23813.0,
    ],
)
def test_accepted_forms(value):
    assert parse_date(value) == D


def test_excel_serials():
    assert parse_date("1") == date(1899, 12, 31)
    assert parse_date(61) == date(1900, 3, 1)  # after Excel's fictitious 29 Feb 1900
    assert parse_date(45658) == date(2025, 1, 1)
    assert parse_date("80000") == date(2119, 1, 11)


@pytest.mark.parametrize(
    "value",
    [
        "1965-02-30",
        "19650230",
        "1965-13-01",
        "abc",
        "",
        None,
        "0",
        "80001",
        "1965",  # a year alone, not serial 1965
        "1965年",
        "1985.07",  # no day
        "1985年7月",
        12.5,
        "65-3-12",
        True,
        "0965-03-12",
    ],
)
def test_refused(value):
    with pytest.raises(DateError) as info:
        parse_date(value)
    assert isinstance(info.value, ValueError)
    assert info.value.problem("birth_date").text()  # has a message in the catalogue


def test_messages_are_specific():
    with pytest.raises(DateError) as info:
        parse_date("1965-02-30")
    assert "不存在" in info.value.text()
    with pytest.raises(DateError) as info:
        parse_date("1985.07")
    assert "日子" in info.value.text()


def test_optional_date():
    assert parse_optional_date("") is None
    assert parse_optional_date("无") is None
    assert parse_optional_date("1965-3-12") == D


def test_age_on_counts_the_birthday():
    assert age_on(D, date(2025, 3, 11)) == 59
    assert age_on(D, date(2025, 3, 12)) == 60
    leap = date(2000, 2, 29)
    assert age_on(leap, date(2018, 2, 28)) == 17
    assert age_on(leap, date(2018, 3, 1)) == 18
    assert anniversary(leap, 18) == date(2018, 3, 1)
    assert anniversary(leap, 4) == date(2004, 2, 29)
    assert years_between(date(2025, 1, 1), date(2020, 1, 1)) == -5


def test_add_months_clamps():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 15), 14) == date(2026, 1, 15)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_format_cn():
    assert format_date_cn(D) == "1965年3月12日"


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)))
def test_round_trips(day):
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%Y%m%d")) == day
    assert parse_date(format_date_cn(day)) == day
    assert parse_date(f"{day.year}/{day.month}/{day.day}") == day
    serial = (day - date(1899, 12, 30)).days
    if not 1900 <= serial <= 2100:  # those read as a year typed alone
        assert parse_date(serial) == day


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.integers(-600, 600))
def test_add_months_properties(day, n):
    moved = add_months(day, n)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == n
    assert moved.day <= day.day
    if moved.day < day.day:  # clamped: it is the month's last day
        assert (moved + timedelta(days=1)).day == 1


@given(st.dates(max_value=date(2000, 1, 1)), st.integers(1, 120))
def test_age_matches_anniversary(birth, years):
    birthday = anniversary(birth, years)
    assert age_on(birth, birthday) == years
    assert age_on(birth, birthday - timedelta(days=1)) == years - 1
