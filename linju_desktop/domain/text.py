"""Cleaning of text typed by users or read from Excel cells.

Chinese input methods produce full-width digits and letters (１２３, ＡＢ), Excel
and web pages leave zero-width characters and non-breaking or ideographic
spaces (U+3000) behind. Codes (ID numbers, phones, dates) need all of that
folded to plain ASCII; free text keeps its Chinese punctuation (，。：（）) because
that is how Chinese is written, and NFKC would also mangle characters such as ①.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from linju_desktop.domain.errors import Problem
from linju_desktop.domain.i18n import tr


class ParseError(ValueError):
    """A value that cannot be read, carrying an English source message.

    The message is a catalogue key with {named} parameters, so the caller can
    turn it into a Problem on whichever field the value came from.
    """

    def __init__(self, message: str, /, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)

    def problem(self, field: str, *, warning: bool = False) -> Problem:
        return Problem(field, self.message, dict(self.params), warning)

    def text(self) -> str:
        return tr(self.message, **self.params)


class YesNoError(ParseError):
    """A yes/no cell holding something that is neither."""


# Invisible characters that survive copy-and-paste from web pages and Word.
_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"  # zero-width, BOM, soft hyphen
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # direction marks
)
_DROP_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))

# The whole full-width ASCII block U+FF01..U+FF5E maps to U+0021..U+007E.
_FULL_TO_HALF: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FULL_TO_HALF[0x3000] = " "
_FULL_TO_HALF[0x00A0] = " "

# Punctuation that is correct Chinese in free text and therefore kept as typed.
CHINESE_PUNCTUATION_KEPT = "！（），：；？～"

_TEXT_TABLE = {
    c: h for c, h in _FULL_TO_HALF.items() if chr(c) not in CHINESE_PUNCTUATION_KEPT
} | _DROP_INVISIBLE

# For codes every dash look-alike is a hyphen and the ideographic full stop a dot
# (IMEs produce "1965。3。12" and "010—1234567").
_CODE_TABLE = (
    _FULL_TO_HALF
    | _DROP_INVISIBLE
    | dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\ufe58"), "-")
    | {ord("。"): ".", ord("﹒"): "."}
)

# What people type into Excel for "nothing here".
PLACEHOLDERS = frozenset(
    {"-", "--", "—", "——", "/", "\\", "无", "暂无", "n/a", "na", "null", "none", "空"}
)

YES_WORDS = frozenset({"是", "是的", "有", "对", "y", "yes", "1", "√", "✓", "✔", "☑", "true", "t"})
NO_WORDS = frozenset(
    {"否", "不是", "非", "无", "没有", "n", "no", "0", "×", "✗", "✘", "false", "f"}
)


def to_half_width(text: str, *, punctuation: bool = True) -> str:
    """Fold full-width characters to ASCII; with punctuation=False keep Chinese punctuation."""
    return text.translate(_FULL_TO_HALF if punctuation else _TEXT_TABLE)


def cell_text(value: object) -> str:
    """A cell value as text the way the user saw it in Excel.

    openpyxl hands integers typed into Excel back as floats (101.0); a room
    number or building number must come back as "101", not "101.0".
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def clean_text(value: object, *, multiline: bool = False) -> str:
    """Free text: half-width digits/letters, Chinese punctuation kept, whitespace tidied.

    Runs of spaces (incl. U+3000) become one space; multiline keeps line
    breaks (for notes) but drops blank lines at the ends and doubled ones.
    """
    text = cell_text(value).translate(_TEXT_TABLE)
    if not multiline:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def clean_code(value: object) -> str:
    """Codes (ID numbers, phones, dates): everything half-width, no whitespace at all."""
    text = cell_text(value).translate(_CODE_TABLE)
    return "".join(text.split())


def is_blank(value: object) -> bool:
    """True for empty cells and the usual placeholders ("无", "/", "-")."""
    text = clean_text(value)
    return not text or text.lower() in PLACEHOLDERS


def parse_yes_no(value: object) -> bool:
    """Read a yes/no cell: 是/否, Y/N, 1/0, √/×, true/false; blank means no."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = clean_code(value).lower()
    if text in YES_WORDS:
        return True
    if not text or text in NO_WORDS or text in PLACEHOLDERS:
        return False
    raise YesNoError("Please enter 是 (yes) or 否 (no), not \u201c{value}\u201d.", value=text[:20])
