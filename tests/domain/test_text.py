"""Text cleaning for user input and Excel cells."""

from datetime import date, datetime

import pytest

from linju_desktop.domain import i18n
from linju_desktop.domain.text import (
    YesNoError,
    cell_text,
    clean_code,
    clean_text,
    is_blank,
    parse_yes_no,
    to_half_width,
)


def test_full_width_digits_and_letters_become_ascii():
    assert to_half_width("１２３ＡＢｃ") == "123ABc"
    assert clean_code("１１０１０５　１９４９ １２３１ ００２ｘ") == "11010519491231002x"


def test_free_text_keeps_chinese_punctuation_but_folds_digits():
    assert clean_text("３号楼，（东）单元：好！") == "3号楼，（东）单元：好！"
    assert to_half_width("（）", punctuation=True) == "()"


def test_whitespace_ideographic_space_and_zero_width_are_removed():
    assert clean_text("\u3000 张\u200b三\ufeff \u00a0") == "张三"
    assert clean_text("a  \t b") == "a b"


def test_multiline_keeps_single_blank_lines():
    assert clean_text("\n一\r\n\n\n二  三\n\n", multiline=True) == "一\n\n二 三"


def test_code_dashes_and_ideographic_full_stop():
    assert clean_code("010—6234５678") == "010-62345678"
    assert clean_code("1965。3。12") == "1965.3.12"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (101.0, "101"),
        (3, "3"),
        (2.5, "2.5"),
        (datetime(1965, 3, 12), "1965-03-12"),
        (date(1965, 3, 12), "1965-03-12"),
    ],
)
def test_cell_text(value, expected):
    assert cell_text(value) == expected


@pytest.mark.parametrize("value", [None, "", "  ", "\u3000", "无", "/", "—", "N/A"])
def test_blank_and_placeholders(value):
    assert is_blank(value)


def test_not_blank():
    assert not is_blank("张三")
    assert not is_blank(0)


@pytest.mark.parametrize("value", ["是", "Y", "y", "1", 1, 1.0, True, "√", "ＴＲＵＥ", " yes "])
def test_yes(value):
    assert parse_yes_no(value) is True


@pytest.mark.parametrize("value", ["否", "N", "0", 0, False, "×", "false", "", None, "  "])
def test_no(value):
    assert parse_yes_no(value) is False


def test_yes_no_rejects_other_text_with_translated_message():
    with pytest.raises(YesNoError) as info:
        parse_yes_no("也许")
    assert isinstance(info.value, ValueError)
    problem = info.value.problem("is_reporting")
    assert problem.field == "is_reporting" and not problem.warning
    assert i18n.language() == "zh_CN"
    assert "是" in problem.text() and "也许" in problem.text()
    assert problem.text() != problem.message.format(**problem.params)
