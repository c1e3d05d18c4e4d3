"""The program's one clock (domain/clock.py): the suite runs on TODAY (tests/conftest.py pins
it), LINJU_TODAY is read once, and unset it is the computer's clock."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import TODAY, make_id

from linju_desktop.domain import clock
from linju_desktop.domain.identity import IdNumberError, parse_id
from linju_desktop.services import resident_requests
from linju_desktop.services.clock import parse_iso, utc_now


@pytest.fixture
def unread(monkeypatch):
    """As at a fresh start: LINJU_TODAY not read yet."""
    monkeypatch.setattr(clock, "_pinned", clock._UNREAD)


def test_the_suite_runs_on_the_pinned_day():
    assert clock.today() == TODAY
    assert clock.now().astimezone().date() == TODAY
    assert utc_now().astimezone().date() == TODAY
    first = clock.now()
    assert clock.now() >= first  # a pinned clock keeps running


def test_the_environment_is_read_once(monkeypatch, unread):
    monkeypatch.setenv(clock.ENV, "2031-02-03")
    assert clock.today() == dt.date(2031, 2, 3)
    monkeypatch.setenv(clock.ENV, "2032-01-01")
    assert clock.today() == dt.date(2031, 2, 3)


def test_unset_it_is_the_computers_clock(monkeypatch, unread):
    monkeypatch.delenv(clock.ENV)
    assert clock.pinned() is None
    real = dt.datetime.now(dt.UTC)
    assert clock.today() == dt.date.today()
    assert abs((clock.now() - real).total_seconds()) < 5


def test_a_typo_in_the_environment_is_named(monkeypatch, unread):
    monkeypatch.setenv(clock.ENV, "28.11.2026")
    with pytest.raises(ValueError, match="LINJU_TODAY"):
        clock.today()


def test_the_products_dates_follow_the_pinned_clock(store):
    clock.pin(dt.date(2030, 6, 1))  # conftest pins TODAY again for the next test
    rid = resident_requests.register_request(store, resident="张", description="路灯")
    registered = parse_iso(store.get("requests", rid)["registered_at"])
    assert registered.astimezone().date() == dt.date(2030, 6, 1)
    # a birth date "in the future" is judged against the pinned day when none is given
    born_2029 = make_id(dt.date(2029, 1, 1), True)
    assert parse_id(born_2029).birth_date == dt.date(2029, 1, 1)
    clock.pin(TODAY)
    with pytest.raises(IdNumberError):
        parse_id(born_2029)
