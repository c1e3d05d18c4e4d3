"""Mobile and landline numbers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linju_desktop.domain.phone import (
    PhoneError,
    mask_phone,
    parse_landline,
    parse_mobile,
    parse_phone,
    phone_problems,
)


@pytest.mark.parametrize(
    "value",
    [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        "+86 138 0013 8000",
        "+8613800138000",
        "8613800138000",
        "0086 13800138000",
        "(+86)13800138000",
        "１３８００１３８０００",
        "＋８６ １３８－００１３－８０００",
        13800138000,
        13800138000.0,
    ],
)
def test_mobile_forms(value):
    assert parse_mobile(value) == "13800138000"
    assert parse_phone(value) == ("13800138000", "mobile")


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("1380013800", "10位"),
        ("138001380001", "12位"),
        ("12800138000", "13～19开头"),
        ("", "请填写"),
    ],
)
def test_bad_mobiles(value, fragment):
    with pytest.raises(PhoneError) as info:
        parse_mobile(value)
    assert isinstance(info.value, ValueError)
    assert fragment in info.value.text()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("(010)62345678", "010-62345678"),
        ("（０１０）６２３４５６７８", "010-62345678"),
        ("021 5234 5678", "021-52345678"),
        ("0755-2234567", "0755-2234567"),
        ("07552234567", "0755-2234567"),
        ("0755-22345678", "0755-22345678"),
        ("+86 10 62345678", "010-62345678"),
        ("010-62345678-123", "010-62345678转123"),
        ("010-62345678转123", "010-62345678转123"),
        ("010-62345678 ext. 9", "010-62345678转9"),
    ],
)
def test_landlines(value, expected):
    assert parse_landline(value) == expected
    assert parse_phone(value) == (expected, "landline")


@pytest.mark.parametrize("value", ["62345678", "2345678"])
def test_landline_without_area_code_asks_for_it(value):
    with pytest.raises(PhoneError) as info:
        parse_phone(value)
    assert "区号" in info.value.text()


@pytest.mark.parametrize("value", ["010-1234", "0010-62345678", "010-02345678", "abc", "电话"])
def test_not_phone_numbers(value):
    with pytest.raises(PhoneError):
        parse_phone(value)


def test_mobile_only_refuses_landline():
    with pytest.raises(PhoneError) as info:
        parse_phone("010-62345678", allow_landline=False)
    assert "手机" in info.value.text()


def test_phone_problems_on_given_field():
    assert phone_problems("", "mobile") == ("", [])
    assert phone_problems("无") == ("", [])
    assert phone_problems("+86 13800138000") == ("13800138000", [])
    number, problems = phone_problems("1380013", "contact_phone")
    assert number == ""
    assert [(p.field, p.warning) for p in problems] == [("contact_phone", False)]


def test_mask_phone():
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("010-62345678") == "010-62345678"


@given(st.integers(3, 9), st.integers(0, 10**9 - 1))
def test_generated_mobiles(second, rest):
    number = f"1{second}{rest:09d}"
    assert parse_mobile(number) == number
    assert parse_mobile(f"+86 {number[:3]} {number[3:7]} {number[7:]}") == number
    wide = number.translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    assert parse_mobile(wide) == number
