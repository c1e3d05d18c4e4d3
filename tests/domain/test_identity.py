"""Resident ID numbers (GB 11643-1999), legacy 15-digit numbers and permits."""

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from linju_desktop.domain import i18n
from linju_desktop.domain.identity import (
    IdNumberError,
    check_char,
    id_problems,
    is_valid_id,
    mask_id,
    parse_id,
    upgrade_15_to_18,
)

TODAY = date(2025, 6, 1)


def reference_check(first17: str) -> str:
    """Independent ISO 7064 MOD 11-2: position i from the right (1-based) weighs 2^(i-1) mod 11."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def make_id(region: str, born: date, seq: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + reference_check(first17)


def codes(exc_info) -> str:
    return exc_info.value.message


@pytest.mark.parametrize(
    ("number", "born", "gender"),
    [
        ("11010519491231002X", date(1949, 12, 31), "female"),
        ("440524188001010014", date(1880, 1, 1), "male"),
        ("110101199003076413", date(1990, 3, 7), "male"),  # computed by make_id below
        ("320311195610013873", date(1956, 10, 1), "male"),
        ("652923200102280406", date(2001, 2, 28), "female"),
    ],
)
def test_known_valid_numbers(number, born, gender):
    assert make_id(number[:6], born, int(number[14:17])) == number  # our reference agrees
    parsed = parse_id(number, TODAY)
    assert parsed.number == number
    assert parsed.kind == "18"
    assert parsed.birth_date == born
    assert parsed.gender == gender
    assert parsed.warnings == ()


def test_reference_check_matches_module():
    assert check_char("11010519491231002") == "X" == reference_check("11010519491231002")
    with pytest.raises(ValueError):
        check_char("123")


def test_full_width_lowercase_x_and_spaces_are_normalised():
    parsed = parse_id("１１０１０５ １９４９１２３１ ００２ｘ", TODAY)
    assert parsed.number == "11010519491231002X"
    assert parse_id("11010519491231002x", TODAY).number == "11010519491231002X"


def test_legacy_15_digit():
    parsed = parse_id("110105491231002", TODAY)
    assert parsed.kind == "15"
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.gender == "female"
    assert parsed.as_18() == "11010519491231002X"
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"
    assert parse_id("440524800101001", TODAY).as_18() == "440524198001010013"
    assert parse_id("440524800101001", TODAY).gender == "male"


def test_legacy_15_digit_read_from_excel_number_survives():
    assert parse_id(110105491231002.0, TODAY).number == "110105491231002"
    assert parse_id("110105491231002.0", TODAY).number == "110105491231002"
    assert parse_id(110105491231002, TODAY).number == "110105491231002"


def test_legacy_15_digit_with_impossible_date():
    with pytest.raises(IdNumberError) as info:
        parse_id("110105490231002", TODAY)
    assert "{digits}" in codes(info)
    assert info.value.params == {"digits": "19490231"}


@pytest.mark.parametrize(
    ("region", "name"), [("810000", "香港"), ("820000", "澳门"), ("830000", "台湾")]
)
def test_residence_permits(region, name):
    number = make_id(region, date(1988, 8, 8), 123)
    parsed = parse_id(number, TODAY)
    assert parsed.kind == "permit"
    assert parsed.province == name
    assert parsed.gender == "male"
    assert parsed.birth_date == date(1988, 8, 8)
    assert parsed.warnings == ()
    with pytest.raises(IdNumberError):
        parse_id(number[:-1] + ("0" if number[-1] != "0" else "1"), TODAY)


def test_bad_check_character():
    with pytest.raises(IdNumberError) as info:
        parse_id("110105194912310021", TODAY)
    assert isinstance(info.value, ValueError)
    problem = info.value.problem("id_number")
    assert problem.field == "id_number" and not problem.warning
    assert "校验位" in problem.text()
    assert "110105194912310021" not in problem.text()  # never echo the number


def test_impossible_date_feb_30():
    number = "110105" + "19490230" + "002"
    number += reference_check(number)
    with pytest.raises(IdNumberError) as info:
        parse_id(number, TODAY)
    assert "不存在" in info.value.text()


def test_future_birth_date():
    number = make_id("110105", date(2030, 1, 1), 1)
    with pytest.raises(IdNumberError) as info:
        parse_id(number, TODAY)
    assert "2030-01-01" in info.value.text()
    assert is_valid_id(number, date(2030, 1, 1))


@pytest.mark.parametrize(
    "value",
    [
        "1.10105E+17",
        "1.10105e17",
        "１.１０１０５Ｅ＋１７",
        1.10105194912310e17,
        "110105194912310000",
    ],
)
def test_excel_mangled_numbers_are_refused_with_advice(value):
    with pytest.raises(IdNumberError) as info:
        parse_id(value, TODAY)
    text = info.value.text()
    assert "Excel" in text and "文本" in text and "设置单元格格式" in text


def test_float_18_digits_never_accepted_even_if_check_passes():
    number = 110105194912310000.0 + 16  # what a double keeps of 11010519491231001x
    with pytest.raises(IdNumberError):
        parse_id(number, TODAY)


def test_trailing_zeros_that_pass_the_check_only_warn():
    # Sequence 100 exists; find a region whose check character is then 0.
    number = next(
        n for r in range(110101, 110200) if (n := make_id(str(r), date(1970, 1, 1), 100))[-1] == "0"
    )
    parsed, problems = id_problems(number, TODAY)
    assert parsed is not None
    assert [p.warning for p in problems] == [True]
    assert "000" in problems[0].text()


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("11010519491231002", "17"),
        ("1101051949123100200", "19"),
        ("1101051949X231002X", "数字"),
        ("11010519491231002Y", "数字"),
        ("11010549123100X", "数字"),
        ("", "请填写"),
        (None, "请填写"),
    ],
)
def test_shape_errors(value, fragment):
    with pytest.raises(IdNumberError) as info:
        parse_id(value, TODAY)
    assert fragment in info.value.text()


def test_unknown_region_is_a_warning_not_an_error():
    number = make_id("990101", date(1970, 1, 1), 11)
    parsed, problems = id_problems(number, TODAY)
    assert parsed is not None and parsed.gender == "male"
    assert len(problems) == 1 and problems[0].warning
    assert problems[0].params == {"code": "99"}
    assert "99" in problems[0].text()
    assert parse_id(number, TODAY).province is None


def test_id_problems_reports_errors_on_the_given_field():
    parsed, problems = id_problems("123", TODAY, field="spouse_id")
    assert parsed is None
    assert [(p.field, p.warning) for p in problems] == [("spouse_id", False)]


def test_mask_keeps_first_three_and_last_four():
    assert mask_id("11010519491231002X") == "110***********002X"
    assert mask_id("11010519491231002x") == "110***********002X"
    assert mask_id("110105491231002") == "110********1002"
    assert mask_id("12345") == "*****"
    assert parse_id("11010519491231002X", TODAY).masked() == "110***********002X"


def test_english_messages_exist():
    try:
        i18n.set_language("en")
        with pytest.raises(IdNumberError) as info:
            parse_id("110105194912310021", TODAY)
        assert "last character" in info.value.text()
    finally:
        i18n.set_language("zh_CN")


PROVINCE_CODES = [
    "11",
    "12",
    "13",
    "21",
    "23",
    "31",
    "32",
    "37",
    "41",
    "44",
    "46",
    "50",
    "54",
    "65",
]
# Random districts so every weight position sees non-zero digits; plus the permit regions.
regions = st.one_of(
    st.builds(
        lambda p, rest: f"{p}{rest:04d}", st.sampled_from(PROVINCE_CODES), st.integers(0, 9999)
    ),
    st.sampled_from(["810000", "820000", "830000"]),
)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)


@given(regions, births, st.integers(1, 999))
def test_generated_numbers_are_valid_and_decoded(region, born, seq):
    number = make_id(region, born, seq)
    parsed, problems = id_problems(number, TODAY)
    assert parsed is not None
    assert parsed.birth_date == born
    assert parsed.gender == ("male" if seq % 2 else "female")
    assert parsed.kind == ("permit" if region.endswith("0000") and region[0] == "8" else "18")
    assert all(p.warning for p in problems)
    if not number.endswith("000"):
        assert problems == []
    assert parse_id(number.lower(), TODAY).number == number


@given(regions, births, st.integers(1, 999), st.integers(0, 17), st.integers(1, 10))
def test_any_single_character_change_is_refused(region, born, seq, position, shift):
    number = make_id(region, born, seq)
    alphabet = "0123456789X" if position == 17 else "0123456789"
    new = alphabet[(alphabet.index(number[position]) + shift) % len(alphabet)]
    assume(new != number[position])
    mutated = number[:position] + new + number[position + 1 :]
    assert not is_valid_id(mutated, TODAY)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)), st.integers(0, 999))
def test_upgrade_agrees_with_reference(born, seq):
    id15 = f"110105{born:%y%m%d}{seq:03d}"
    upgraded = upgrade_15_to_18(id15)
    assert upgraded == make_id("110105", born, seq)
    assert parse_id(id15, TODAY).birth_date == born
    assert parse_id(upgraded, TODAY).birth_date == born
