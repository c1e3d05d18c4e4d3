"""Membership transfers: validity, receipt due dates, derived states, checks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linju_desktop.domain import i18n
from linju_desktop.domain.transfers import (
    add_months,
    check_transfer,
    default_valid_days,
    derive_state,
    max_valid_days,
    parse_month,
    receipt_due,
    state_label,
    valid_until,
)

D = dt.date


@pytest.fixture(autouse=True)
def _chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2024, 1, 15), 1, D(2024, 2, 15)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # no 31 Feb: the month's last day
        (D(2023, 1, 31), 1, D(2023, 2, 28)),
        (D(2024, 11, 30), 3, D(2025, 2, 28)),
        (D(2024, 8, 31), 6, D(2025, 2, 28)),
        (D(2024, 12, 1), 1, D(2025, 1, 1)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_validity_limits():
    assert max_valid_days(D(2024, 1, 1)) == 91  # to 1 April
    assert max_valid_days(D(2024, 7, 1)) == 92  # to 1 October
    assert max_valid_days(D(2024, 1, 1), cross_province=True) == 182
    assert default_valid_days(D(2024, 3, 1)) == max_valid_days(D(2024, 3, 1))
    # the issue day is not counted: 30 days from 1 March runs to 31 March
    assert valid_until(D(2024, 3, 1), 30) == D(2024, 3, 31)


def test_states():
    issued = D(2024, 3, 1)
    assert derive_state(issued, 30, D(2024, 3, 1)) == "issued"
    assert derive_state(issued, 30, D(2024, 3, 5), sent_date=D(2024, 3, 2)) == "in_transit"
    assert derive_state(issued, 30, D(2024, 3, 31), sent_date=D(2024, 3, 2)) == "in_transit"
    assert derive_state(issued, 30, D(2024, 4, 1), sent_date=D(2024, 3, 2)) == "expired"
    assert derive_state(issued, 30, D(2024, 4, 1)) == "expired"
    assert derive_state(issued, 30, D(2024, 4, 1), received_date=D(2024, 3, 20)) == "received"
    # a late reception still counts as received
    assert derive_state(issued, 30, D(2024, 5, 1), received_date=D(2024, 4, 10)) == "received"
    # a reception recorded for a future day has not happened yet
    assert derive_state(issued, 30, D(2024, 3, 10), received_date=D(2024, 3, 20)) == "issued"
    assert state_label("in_transit") == "转接中"


@given(
    issued=st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 1, 1)),
    valid_days=st.integers(min_value=1, max_value=184),
    offset=st.integers(min_value=0, max_value=400),
    sent=st.booleans(),
)
def test_state_properties(issued, valid_days, offset, sent):
    today = issued + dt.timedelta(days=offset)
    s = derive_state(issued, valid_days, today, sent_date=issued if sent else None)
    assert s in ("issued", "in_transit", "expired")
    assert (s == "expired") == (offset > valid_days)
    assert derive_state(issued, valid_days, today, received_date=issued) == "received"


def test_receipt_due():
    # transfer in: we send the receipt within a month of taking the member in
    assert receipt_due("in", D(2024, 1, 5), 90, D(2024, 1, 31)) == D(2024, 2, 29)
    assert receipt_due("in", D(2024, 1, 5), 90, None) is None
    # transfer out: the receipt comes back a month after reception, or at latest
    # a month after the letter runs out
    assert receipt_due("out", D(2024, 1, 5), 30, D(2024, 1, 20)) == D(2024, 2, 20)
    assert receipt_due("out", D(2024, 1, 5), 30, None) == D(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("2024-03", (2024, 3)), ("2024-3", (2024, 3)), (" 2024-12 ", (2024, 12))],
)
def test_parse_month(text, parsed):
    assert parse_month(text) == parsed


@pytest.mark.parametrize("text", ["2024-13", "2024-00", "2024/03", "24-03", "三月", ""])
def test_parse_month_refuses(text):
    assert parse_month(text) is None


TODAY = D(2024, 6, 15)


def good(**changes):
    fields = {
        "direction": "out",
        "counterpart": "某街道某社区党委",
        "issued_date": D(2024, 6, 1),
        "valid_days": 30,
        "today": TODAY,
        "dues_paid_to": "2024-06",
    }
    fields.update(changes)
    return fields


def fields_of(problems, *, warnings=False):
    return [p.field for p in problems if p.warning == warnings]


def test_a_good_transfer_has_no_problems():
    assert check_transfer(**good()) == []


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"direction": "sideways"}, "direction", "请选择转入或转出"),
        ({"counterpart": "  "}, "counterpart", "请填写转出的党组织"),
        ({"direction": "in", "counterpart": None}, "counterpart", "请填写转入的党组织"),
        ({"issued_date": None}, "issued_date", "请填写介绍信开具日期"),
        ({"issued_date": D(2024, 6, 16)}, "issued_date", "介绍信开具日期不能晚于今天"),
        ({"valid_days": 0}, "valid_days", "介绍信有效期至少为 1 天"),
        ({"valid_days": None}, "valid_days", "介绍信有效期至少为 1 天"),
        ({"valid_days": 93}, "valid_days", "介绍信有效期最长 3 个月（自该开具日期起 92 天）"),
        ({"dues_paid_to": "2024.06"}, "dues_paid_to", "党费交至月份请写成“年-月”，例如 2024-03"),
        ({"sent_date": D(2024, 5, 31)}, "sent_date", "介绍信交付日期不能早于开具日期"),
        ({"received_date": D(2024, 5, 31)}, "received_date", "接收日期不能早于介绍信开具日期"),
        ({"received_date": D(2024, 6, 16)}, "received_date", "日期不能晚于今天"),
        (
            {"received_date": D(2024, 6, 10), "receipt_date": D(2024, 6, 9)},
            "receipt_date",
            "回执寄出日期不能早于接收日期",
        ),
        ({"receipt_date": D(2024, 7, 1)}, "receipt_date", "日期不能晚于今天"),
    ],
)
def test_errors(changes, field, text):
    problems = [p for p in check_transfer(**good(**changes)) if not p.warning]
    assert [(p.field, p.text()) for p in problems] == [(field, text)]


def test_cross_province_allows_six_months():
    assert check_transfer(**good(valid_days=180, cross_province=True)) == []
    assert fields_of(check_transfer(**good(valid_days=185, cross_province=True))) == ["valid_days"]


@pytest.mark.parametrize(
    ("dues", "text"),
    [
        ("2024-05", "党费应交至转出当月（2024-06）"),
        ("2025-01", "党费最多预交 6 个月"),
    ],
)
def test_dues_warnings(dues, text):
    problems = check_transfer(**good(dues_paid_to=dues))
    assert [(p.field, p.text(), p.warning) for p in problems] == [("dues_paid_to", text, True)]


def test_dues_six_months_ahead_is_fine():
    assert check_transfer(**good(dues_paid_to="2024-12")) == []


def test_received_after_expiry_is_a_warning():
    problems = check_transfer(
        **good(issued_date=D(2024, 1, 2), valid_days=30, received_date=D(2024, 3, 1))
    )
    assert fields_of(problems) == []
    assert [p.text() for p in problems if p.warning] == ["接收时介绍信已过有效期（2024-02-01）"]
