"""Funds: balances by year and category, expense checks, reversing entries."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linju_desktop.domain import i18n
from linju_desktop.domain.errors import ValidationError, raise_if_errors
from linju_desktop.domain.funds import (
    CATEGORY_NAMES,
    DEFAULT_CATEGORIES,
    balance,
    balances_by_year,
    category_label,
    check_expense,
    reversal,
)

ALLOCATION = 1_450_000  # 14,500 yuan, the source district's figure


@pytest.fixture(autouse=True)
def _chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


def entry(amount, category="activities", day=dt.date(2024, 5, 1), **extra):
    return {"amount_fen": amount, "category": category, "date": day, **extra}


def test_default_categories():
    assert [c.code for c in DEFAULT_CATEGORIES] == [
        "activities",
        "hardship_visits",
        "training",
        "station_upkeep",
        "materials",
        "other",
    ]
    assert CATEGORY_NAMES["hardship_visits"] == "困难党员慰问"
    assert CATEGORY_NAMES["station_upkeep"] == "阵地维护"
    assert category_label("training") == "教育培训"
    i18n.set_language("en")
    assert category_label("training") == "Training"


def test_balance_per_category_with_reversal():
    b = balance(
        ALLOCATION,
        [
            entry(300_000),
            entry(50_000, "materials"),
            entry(20_000, "materials"),
            entry(-20_000, "materials", reverses_id="x"),
        ],
    )
    assert b.spent_fen == 350_000
    assert b.balance_fen == 1_100_000
    assert b.by_category == {"activities": 300_000, "materials": 50_000}
    assert not b.overdrawn


def test_balance_overdrawn():
    b = balance(100, [entry(150)])
    assert b.balance_fen == -50
    assert b.overdrawn


def test_balance_refuses_float_money():
    with pytest.raises(TypeError):
        balance(ALLOCATION, [entry(12.5)])
    with pytest.raises(TypeError):
        balance(14500.0, [])  # type: ignore[arg-type]


def test_balances_by_year_splits_by_entry_date():
    result = balances_by_year(
        {2023: 1_000_000, 2024: ALLOCATION},
        [
            entry(100, day=dt.date(2023, 12, 31)),
            entry(200, day=dt.date(2024, 1, 1)),
            entry(300, day=dt.date(2025, 1, 2)),
        ],
    )
    assert list(result) == [2023, 2024, 2025]
    assert result[2023].balance_fen == 1_000_000 - 100
    assert result[2024].balance_fen == ALLOCATION - 200
    assert result[2025].allocation_fen == 0
    assert result[2025].balance_fen == -300


def test_ordinary_expense_is_fine():
    assert check_expense(50_000, dt.date(2024, 3, 1), 2024, ALLOCATION, 0) == []


def test_exactly_spending_the_balance_is_fine():
    assert check_expense(50_000, dt.date(2024, 3, 1), 2024, 100_000, 50_000) == []


@pytest.mark.parametrize("amount", [0, -100])
def test_amount_must_be_positive(amount):
    problems = check_expense(amount, dt.date(2024, 3, 1), 2024, ALLOCATION, 0)
    assert [p.field for p in problems] == ["amount"]
    assert "冲销" in problems[0].text()


def test_date_outside_year():
    problems = check_expense(100, dt.date(2023, 12, 31), 2024, ALLOCATION, 0)
    assert [p.field for p in problems] == ["date"]
    assert problems[0].text() == "日期 2023-12-31 不在 2024 年度内"


def test_overdraw_refused_without_reason_names_balance_and_shortfall():
    problems = check_expense(200_000, dt.date(2024, 11, 1), 2024, ALLOCATION, 1_400_000)
    assert len(problems) == 1
    p = problems[0]
    assert p.field == "overdraw_reason" and not p.warning
    assert p.text() == (
        "这笔支出将超出 2024 年度经费：当前余额 500.00 元，还差 1,500.00 元。"
        "如确需支出，请填写超支原因"
    )
    with pytest.raises(ValidationError):
        raise_if_errors(problems)


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_blank_reason_does_not_count(reason):
    problems = check_expense(200_000, dt.date(2024, 11, 1), 2024, 100_000, 0, reason)
    assert [p.field for p in problems] == ["overdraw_reason"]


def test_overdraw_with_reason_is_a_warning():
    problems = check_expense(
        200_000, dt.date(2024, 11, 1), 2024, ALLOCATION, 1_400_000, "冬季慰问，支委会同意"
    )
    warnings = raise_if_errors(problems)
    assert len(warnings) == 1
    assert warnings[0].text() == "这笔支出超出 2024 年度经费 1,500.00 元"


def test_overdraw_english():
    i18n.set_language("en")
    (p,) = check_expense(200, dt.date(2024, 1, 1), 2024, 100, 0)
    assert p.text().startswith("This expense overdraws the 2024 allocation: the balance is 1.00")
    assert "1.00 yuan short" in p.text()


@given(
    amount=st.integers(min_value=1, max_value=10**9),
    allocation=st.integers(min_value=0, max_value=10**9),
    spent=st.integers(min_value=0, max_value=10**9),
)
def test_refused_exactly_when_it_would_overdraw(amount, allocation, spent):
    problems = check_expense(amount, dt.date(2024, 6, 1), 2024, allocation, spent)
    assert bool(problems) == (spent + amount > allocation)


def test_reversal_fields():
    original = entry(12_345, "materials", id="e1", description="打印横幅")
    r = reversal(original, already_reversed=False, reason="金额录错")
    assert r == {
        "amount_fen": -12_345,
        "category": "materials",
        "date": dt.date(2024, 5, 1),
        "reverses_id": "e1",
        "description": "打印横幅",
        "reason": "金额录错",
    }
    # reversing puts the balance back exactly
    assert balance(ALLOCATION, [original, r]).balance_fen == ALLOCATION


def test_reversal_on_a_later_date():
    r = reversal(entry(100, id="e1"), already_reversed=False, on=dt.date(2024, 6, 2))
    assert r["date"] == dt.date(2024, 6, 2)


def test_cannot_reverse_a_reversal():
    with pytest.raises(ValidationError) as info:
        reversal(entry(-100, id="r1", reverses_id="e1"), already_reversed=False)
    assert info.value.by_field() == {"entry": ["冲销记录不能再被冲销；如有需要请重新登记一笔支出"]}


def test_cannot_reverse_twice():
    with pytest.raises(ValidationError, match="已经冲销过了"):
        reversal(entry(100, id="e1"), already_reversed=True)


def test_cannot_reverse_zero():
    with pytest.raises(ValidationError):
        reversal(entry(0, id="e1"), already_reversed=False)
