"""Money: parsing typed amounts, printing, and 大写 capital numerals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linju_desktop.domain import i18n
from linju_desktop.domain.money import MAX_FEN, MoneyError, capital, format_yuan, parse_yuan


@pytest.fixture(autouse=True)
def _chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


# --- parse_yuan -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("14500", 1_450_000),
        ("14,500.00", 1_450_000),
        ("¥1,234.5", 123_450),
        ("￥1,234.56", 123_456),
        ("１４５００", 1_450_000),  # full-width digits from an input method
        ("１，２３４．５６", 123_456),  # full-width comma and dot
        ("  88.8 ", 8_880),
        ("100元", 10_000),
        ("人民币100.00元", 10_000),
        ("0.05", 5),
        (".5", 50),
        ("5.", 500),
        ("0", 0),
        ("1.2万", 1_200_000),
        ("1.5万元", 1_500_000),
        ("0.000001万", 1),
        ("+3", 300),
        ("1,000,000", 100_000_000),
        ("12。5", 1_250),  # a Chinese full stop typed for the decimal point
    ],
)
def test_parse_accepts(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请输入金额"),
        ("   ", "请输入金额"),
        ("1.234", "金额最多保留两位小数（到分）"),
        ("1.500", "金额最多保留两位小数（到分）"),  # maybe meant 1,500: refuse, don't guess
        ("1.0000001万", "金额最多保留两位小数（到分）"),
        ("abc", "“abc”不是有效的金额"),
        ("12a", "“12a”不是有效的金额"),
        ("1e5", "“1e5”不是有效的金额"),
        ("¥", "“¥”不是有效的金额"),
        ("1.2.3", "“1.2.3”不是有效的金额"),
        ("1,23", "“1,23”中的千位分隔符位置不对"),
        ("1,2345", "“1,2345”中的千位分隔符位置不对"),
        ("-5", "金额不能为负数"),
        ("－5", "金额不能为负数"),
        ("负5", "金额不能为负数"),
        ("1" + "0" * 13, "金额过大"),
    ],
)
def test_parse_refuses_with_a_chinese_message(text, message):
    with pytest.raises(MoneyError) as info:
        parse_yuan(text)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


def test_parse_error_becomes_a_problem_for_a_field():
    with pytest.raises(MoneyError) as info:
        parse_yuan("abc")
    problem = info.value.problem("amount")
    assert problem.field == "amount"
    assert problem.text() == "“abc”不是有效的金额"
    assert not problem.warning


def test_parse_error_in_english():
    i18n.set_language("en")
    with pytest.raises(MoneyError, match="at most two decimals"):
        parse_yuan("1.234")


def test_negative_only_when_allowed():
    assert parse_yuan("-12.5", allow_negative=True) == -1_250
    assert parse_yuan("－¥1,000", allow_negative=True) == -100_000
    assert parse_yuan("-0", allow_negative=False) == 0
    assert parse_yuan("¥-5", allow_negative=True) == -500


# --- format_yuan ------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (1_450_000, "14,500.00"),
        (0, "0.00"),
        (5, "0.05"),
        (123_450, "1,234.50"),
        (-123_456, "-1,234.56"),
        (100_000_000_00, "100,000,000.00"),
    ],
)
def test_format(fen, text):
    assert format_yuan(fen) == text


def test_format_with_symbol():
    assert format_yuan(1_450_000, symbol=True) == "¥14,500.00"


@pytest.mark.parametrize("bad", [1.5, True, "100", None])
def test_format_refuses_non_integers(bad):
    with pytest.raises(TypeError):
        format_yuan(bad)


@given(st.integers(min_value=-MAX_FEN, max_value=MAX_FEN))
def test_parse_format_round_trip(fen):
    assert parse_yuan(format_yuan(fen), allow_negative=True) == fen
    assert parse_yuan(format_yuan(fen, symbol=True), allow_negative=True) == fen


@given(st.integers(min_value=0, max_value=MAX_FEN // 100), st.integers(min_value=0, max_value=99))
def test_parse_plain_digits(yuan, cents):
    assert parse_yuan(f"{yuan}.{cents:02d}") == yuan * 100 + cents


# --- capital ----------------------------------------------------------------

# Published examples: the brief, and 中国人民银行《正确填写票据和结算凭证的基本规定》
# (where it allows two forms, we write the one without the optional 零).
PUBLISHED = [
    (1_450_000, "壹万肆仟伍佰元整"),
    (123_456, "壹仟贰佰叁拾肆元伍角陆分"),
    (5, "伍分"),
    (10_050, "壹佰元伍角"),
    (140_950, "壹仟肆佰零玖元伍角"),  # ¥1,409.50
    (600_714, "陆仟零柒元壹角肆分"),  # ¥6,007.14
    (168_032, "壹仟陆佰捌拾元叁角贰分"),  # ¥1,680.32 (零 after 元 optional)
    (10_700_053, "壹拾万柒仟元伍角叁分"),  # ¥107,000.53
    (1_640_902, "壹万陆仟肆佰零玖元零贰分"),  # ¥16,409.02: 角 0, 分 not -> 零
    (32_504, "叁佰贰拾伍元零肆分"),  # ¥325.04
    (0, "零元整"),
    (1, "壹分"),
    (10, "壹角"),
    (11, "壹角壹分"),
    (100, "壹元整"),
    (1_000, "壹拾元整"),  # 壹 before 拾 is never dropped on forms
    (1_600, "壹拾陆元整"),
    (10_005, "壹佰元零伍分"),
    (10_100, "壹佰零壹元整"),
    (100_100, "壹仟零壹元整"),
    (1_000_000, "壹万元整"),
    (1_001_000, "壹万零壹拾元整"),
    (10_001_000, "壹拾万零壹拾元整"),
    (100_000_000, "壹佰万元整"),
    (1_000_000_000, "壹仟万元整"),
    (10_000_000_000, "壹亿元整"),
    (10_000_000_100, "壹亿零壹元整"),
    (10_001_000_000, "壹亿零壹万元整"),
    (12_345_678_900, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整"),
    (MAX_FEN, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    (-1_450_000, "负壹万肆仟伍佰元整"),
    (-5, "负伍分"),
]


@pytest.mark.parametrize(("fen", "text"), PUBLISHED)
def test_capital_published_examples(fen, text):
    assert capital(fen) == text


def test_capital_refuses_floats_and_huge_amounts():
    with pytest.raises(TypeError):
        capital(1234.56)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        capital(MAX_FEN + 1)


_VALUES = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}
_BIG = {"万": 10**4, "亿": 10**8}


def _decode(text: str) -> int:
    """Read capital numerals back into fen: an independent check of capital()."""
    sign = -1 if text.startswith("负") else 1
    text = text.removeprefix("负").removesuffix("整")
    fen = 0
    if "元" in text:
        whole, text = text.split("元")
        total = section = digit = 0
        for ch in whole:
            if ch in _VALUES:
                digit = _VALUES[ch]
            elif ch in _SMALL:
                section += digit * _SMALL[ch]
                digit = 0
            else:
                section += digit
                digit = 0
                total += section * _BIG[ch]
                section = 0
        fen = (total + section + digit) * 100
    text = text.removeprefix("零")
    if "角" in text:
        jiao, text = text.split("角")
        fen += _VALUES[jiao] * 10
    if "分" in text:
        fen += _VALUES[text.removesuffix("分")]
    return sign * fen


@given(st.integers(min_value=-MAX_FEN, max_value=MAX_FEN))
def test_capital_properties(fen):
    text = capital(fen)
    assert "零零" not in text
    assert not text.endswith("零")
    assert set(text) <= set("负零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
    assert _decode(text) == fen
    body = text.removeprefix("负")
    if fen:
        assert not body.startswith("零")
    # 整 exactly when there is no 角 and no 分
    assert text.endswith("整") == (abs(fen) % 100 == 0)
    assert text.startswith("负") == (fen < 0)
    # one 元 unless the amount is under a yuan
    assert text.count("元") == (1 if abs(fen) >= 100 or fen == 0 else 0)


@given(st.integers(min_value=0, max_value=MAX_FEN // 10**4))
def test_capital_wan_group_never_dangles(fen):
    # Scaling by 万 appends a 万 group: never "万元" with a stray 零 before it.
    text = capital(fen * 10**4)
    assert "零万" not in text and "零亿" not in text and "亿万" not in text
