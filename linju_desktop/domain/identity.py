"""Chinese resident ID numbers (居民身份证号码, GB 11643-1999).

18 characters: 6-digit region, 8-digit birth date, 3-digit sequence (odd =
male) and a check character. Also read: the 15-digit pre-1999 form (2-digit
year 19xx, no check character) and the Hong Kong/Macao/Taiwan residence
permits (region 810000/820000/830000, same check).

Messages never repeat the whole number: problems end up in logs and on
screens that others can see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from linju_desktop.domain import clock
from linju_desktop.domain.errors import Problem
from linju_desktop.domain.text import ParseError, clean_code

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"

# First two digits: provinces (GB/T 2260); 91 was used for some pre-2000 numbers.
PROVINCES: dict[str, str] = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古",
    "21": "辽宁", "22": "吉林", "23": "黑龙江",
    "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西",
    "37": "山东",
    "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏",
    "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏", "65": "新疆",
    "71": "台湾", "81": "香港", "82": "澳门", "83": "台湾", "91": "国外",
}  # fmt: skip
PERMIT_REGIONS = {"810000": "香港", "820000": "澳门", "830000": "台湾"}

Kind = Literal["18", "15", "permit"]
Gender = Literal["male", "female"]

FIELD = "id_number"

MSG_EMPTY = "Please enter the ID number."
MSG_LENGTH = (
    "An ID number has 18 characters (15 on very old ID cards), but this one has {count}. "
    "Please check it."
)
MSG_CHARS = "An ID number may only contain digits, and an X as the last character."
MSG_CHECK = (
    "The ID number does not add up: its last character does not match the other digits. "
    "Please compare every digit with the ID card."
)
MSG_NO_SUCH_DATE = "The birth date in the ID number ({digits}) does not exist. Please check it."
MSG_FUTURE = "The birth date in the ID number ({date}) is in the future. Please check it."
MSG_EXCEL = (
    "This ID number was changed by Excel: it was stored as a number and lost its last digits. "
    'In Excel, set the cell format of this column to "Text" and enter the number again.'
)
MSG_UNKNOWN_REGION = (
    "The ID number starts with {code}, which is not a known province code. Please check it."
)
MSG_TRAILING_ZEROS = (
    "The ID number ends in 000. If it came from Excel, its last digits may have been lost; "
    "please compare it with the ID card."
)

_SCIENTIFIC = re.compile(r"\d+(?:\.\d*)?E[+-]?\d+")
_DECIMAL = re.compile(r"(\d+)\.\d*")


class IdNumberError(ParseError):
    """An ID number that is not valid (wrong length, check, date, mangled by Excel)."""


@dataclass(frozen=True)
class IdNumber:
    """A valid ID number and what it says about its holder.

    `number` is the number as normalised (15 digits stay 15; see as_18()).
    Warnings are Problems on field "id_number" that should not stop a save.
    """

    number: str
    kind: Kind
    birth_date: date
    gender: Gender
    warnings: tuple[Problem, ...] = ()

    @property
    def region_code(self) -> str:
        return self.number[:6]

    @property
    def province(self) -> str | None:
        return PROVINCES.get(self.number[:2])

    def as_18(self) -> str:
        return upgrade_15_to_18(self.number) if self.kind == "15" else self.number

    def masked(self) -> str:
        return mask_id(self.number)


def check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError("check_char needs exactly 17 digits")
    return CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def upgrade_15_to_18(id15: str) -> str:
    """The 18-digit number a 15-digit ID became: insert "19" before the year, append the check."""
    digits = clean_code(id15)
    if len(digits) != 15 or not digits.isdigit():
        raise ValueError("upgrade_15_to_18 needs exactly 15 digits")
    first17 = digits[:6] + "19" + digits[6:]
    return first17 + check_char(first17)


def normalise_id_text(value: object) -> str:
    """Half-width, no spaces, upper-case X: the form ID numbers are stored and compared in."""
    return clean_code(value).upper()


def mask_id(value: object) -> str:
    """Hide the middle of an ID number for screens and print-outs: "110***********002X".

    Keeps the first 3 characters (province and city only, not the district)
    and the last 4 (what people read aloud to tell cards apart); birth date
    and district stay hidden. Short or broken input is masked entirely
    except, from 8 characters up, the same 3 + 4.
    """
    text = normalise_id_text(value)
    if len(text) < 8:
        return "*" * len(text)
    return text[:3] + "*" * (len(text) - 7) + text[-4:]


def _birth(digits8: str, today: date) -> date:
    try:
        born = date(int(digits8[:4]), int(digits8[4:6]), int(digits8[6:]))
    except ValueError:
        raise IdNumberError(MSG_NO_SUCH_DATE, digits=digits8) from None
    if born > today:
        raise IdNumberError(MSG_FUTURE, date=born.isoformat())
    return born


def _text_of(value: object) -> str:
    """The ID as text, refusing numbers that Excel has already rounded."""
    if isinstance(value, float):
        # A double holds 15 significant digits: an old 15-digit number survives,
        # an 18-digit one has already lost its tail.
        if value.is_integer() and 0 < value < 1e15:
            return str(int(value))
        raise IdNumberError(MSG_EXCEL)
    if isinstance(value, bool):
        raise IdNumberError(MSG_CHARS)
    text = normalise_id_text(value)
    if _SCIENTIFIC.fullmatch(text):
        raise IdNumberError(MSG_EXCEL)
    m = _DECIMAL.fullmatch(text)
    if m:  # "110105491231002.0": a number that went through a float
        if len(m[1]) == 15 and set(text[len(m[1]) + 1 :]) <= {"0"}:
            return m[1]
        raise IdNumberError(MSG_EXCEL)
    return text


def parse_id(value: object, today: date | None = None) -> IdNumber:
    """Validate and read an ID number; raise IdNumberError (a ValueError) if it is wrong."""
    today = today or clock.today()
    text = _text_of(value)
    if not text:
        raise IdNumberError(MSG_EMPTY)
    if not re.fullmatch(r"\d+X?", text):
        raise IdNumberError(MSG_CHARS)
    warnings: list[Problem] = []
    if len(text) == 18:
        first17 = text[:17]
        good = check_char(first17) == text[17]
        if text.endswith("000"):
            # Excel keeps 15 significant digits and pads with zeros.
            if not good:
                raise IdNumberError(MSG_EXCEL)
            warnings.append(Problem(FIELD, MSG_TRAILING_ZEROS, warning=True))
        born = _birth(text[6:14], today)
        if not good:
            raise IdNumberError(MSG_CHECK)
        kind: Kind = "permit" if text[:6] in PERMIT_REGIONS else "18"
        sequence_last = text[16]
    elif len(text) == 15:
        if not text.isdigit():
            raise IdNumberError(MSG_CHARS)
        born = _birth("19" + text[6:12], today)
        kind = "15"
        sequence_last = text[14]
    else:
        raise IdNumberError(MSG_LENGTH, count=len(text))
    if kind != "permit" and text[:2] not in PROVINCES:
        warnings.insert(0, Problem(FIELD, MSG_UNKNOWN_REGION, {"code": text[:2]}, warning=True))
    gender: Gender = "male" if int(sequence_last) % 2 else "female"
    return IdNumber(text, kind, born, gender, tuple(warnings))


def id_problems(
    value: object, today: date | None = None, field: str = FIELD
) -> tuple[IdNumber | None, list[Problem]]:
    """parse_id without exceptions: (IdNumber or None, errors and warnings on `field`)."""
    try:
        parsed = parse_id(value, today)
    except IdNumberError as exc:
        return None, [exc.problem(field)]
    problems = [Problem(field, p.message, p.params, True) for p in parsed.warnings]
    return parsed, problems


def is_valid_id(value: object, today: date | None = None) -> bool:
    try:
        parse_id(value, today)
    except IdNumberError:
        return False
    return True
