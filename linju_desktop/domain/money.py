"""Money as integer fen (分): parsing what people type, printing, and 大写 numerals.

Floats never touch an amount: parsing works on the digit string and
arithmetic stays in int. 1 yuan = 100 fen.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from linju_desktop.domain.errors import Problem
from linju_desktop.domain.i18n import tr

# Bigger than any branch will ever see, and the limit of capital(): 亿 is the
# largest group unit it writes (up to 9999亿9999万9999元9角9分).
MAX_FEN = 10**14 - 1

_MSG_EMPTY = "Enter an amount"
_MSG_NOT_NUMBER = "“{text}” is not an amount of money"
_MSG_DECIMALS = "An amount has at most two decimals (fen)"
_MSG_NEGATIVE = "The amount cannot be negative"
_MSG_TOO_LARGE = "The amount is too large"
_MSG_GROUPING = "The thousands separators in “{text}” are misplaced"


class MoneyError(ValueError):
    """An amount the user typed that cannot be read; str() is the translated text."""

    def __init__(self, message: str, **params: Any):
        self.message = message
        self.params = params
        super().__init__(tr(message, **params))

    def problem(self, field: str) -> Problem:
        """The same error as a Problem, for a form's field."""
        return Problem(field, self.message, dict(self.params))


# Symbols and words people put around a number; they carry no value.
_NOISE = ("¥", "￥", "RMB", "CNY", "人民币", "元整", "元", "圆")
_MINUS = ("-", "−", "负")  # NFKC has already folded the full-width minus
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?")


def parse_yuan(text: str, *, allow_negative: bool = False) -> int:
    """Read an amount in yuan as typed by a person; return integer fen.

    Accepts "14500", "14,500.00", "¥1,234.5", full-width digits and
    punctuation (NFKC), a trailing 元, and a 万 suffix ("1.2万" = 12,000 yuan).
    Raises MoneyError for anything else, including more than two decimals.
    """
    raw = text
    # NFKC turns full-width digits, commas, dots and ￥ into ASCII ones.
    s = unicodedata.normalize("NFKC", text).strip().replace(" ", "").replace("\u3000", "")
    s = s.replace("。", ".")  # a Chinese full stop typed as the decimal point
    if not s:
        raise MoneyError(_MSG_EMPTY)
    negative = False
    for word in _NOISE:  # "¥-5" as well as "-¥5"
        if s.startswith(word):
            s = s[len(word) :]
            break
    for sign in (*_MINUS, "+"):
        if s.startswith(sign):
            negative = sign != "+"
            s = s[len(sign) :]
            break
    for word in _NOISE:
        if s.startswith(word):
            s = s[len(word) :]
        if s.endswith(word):
            s = s[: -len(word)]
    scale_digits = 2  # decimals that still count whole fen
    if s.endswith("万"):
        s = s[:-1]
        scale_digits = 6
    if not s or not any(c.isdigit() for c in s):
        raise MoneyError(_MSG_NOT_NUMBER, text=raw.strip())
    m = _NUMBER.fullmatch(s)
    if m is None:
        if re.fullmatch(r"[\d,]+(\.\d*)?", s):
            raise MoneyError(_MSG_GROUPING, text=raw.strip())
        raise MoneyError(_MSG_NOT_NUMBER, text=raw.strip())
    whole = (m.group(1) or "0").replace(",", "")
    frac = m.group(2) or ""
    # Refused even when the extra digits are zeros: "1.500" may mean 1,500.
    if len(frac) > scale_digits:
        raise MoneyError(_MSG_DECIMALS)
    # 1 yuan = 10^2 fen and 1万 yuan = 10^6 fen, so padding the decimals to
    # scale_digits turns the digit string straight into fen.
    fen = int(whole + frac.ljust(scale_digits, "0"))
    if fen > MAX_FEN:
        raise MoneyError(_MSG_TOO_LARGE)
    if negative and fen:
        if not allow_negative:
            raise MoneyError(_MSG_NEGATIVE)
        fen = -fen
    return fen


def format_yuan(fen: int, *, symbol: bool = False) -> str:
    """14500_00 -> "14,500.00"; negatives get a leading minus sign."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError("money is integer fen")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{cents:02d}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿")


def _integer_capital(n: int) -> str:
    """Capital numerals for whole yuan, n > 0, with the bank rules for 零.

    A run of zeros between two non-zero digits is written as one 零, except
    where the run ends exactly at the 万 or 亿 place and the next digit (千) is
    non-zero: there the rules allow either and we leave it out, as in the
    published example ¥107,000.53 -> 壹拾万柒仟元… . 拾 always gets its 壹.
    """
    digits = [int(c) for c in str(n)]
    width = len(digits)
    out: list[str] = []
    pending_zero = False
    group_has_digit = False
    for i, d in enumerate(digits):
        pos = width - 1 - i  # power of ten
        group, unit = divmod(pos, 4)
        if d == 0:
            if out:
                pending_zero = True
                # The run ends at a group boundary if the group's last digit is 0
                # and the next group's 千 is non-zero: that 零 is optional.
                if unit == 0 and i + 1 < width and digits[i + 1] != 0:
                    pending_zero = False
        else:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[d] + _UNITS[unit])
            group_has_digit = True
        if unit == 0 and group > 0 and group_has_digit:
            out.append(_GROUPS[group])
        if unit == 0:
            group_has_digit = False
    return "".join(out)


def capital(fen: int) -> str:
    """Amount in 大写 as on Chinese financial forms (without the 人民币 prefix).

    Rules (中国人民银行《正确填写票据和结算凭证的基本规定》):
    - 整 follows 元 when there are no 角 and 分; after 角 it is optional and
      left out (壹佰元伍角); never after 分.
    - zeros inside the number are one 零 (陆仟零柒元); when 角 is 0 but 分 is
      not, 零 follows 元 (叁佰贰拾伍元零肆分); the optional 零 after a 0 元
      place or a 0 万 place before a non-zero digit is left out (壹仟陆佰捌拾元叁角贰分).
    - under one yuan the 元 is dropped (伍分); zero is 零元整; negatives get 负.
    """
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError("money is integer fen")
    if abs(fen) > MAX_FEN:
        raise ValueError("amount too large for capital numerals")
    if fen == 0:
        return "零元整"
    prefix = "负" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    jiao, fen_digit = divmod(cents, 10)
    parts: list[str] = []
    if yuan:
        parts.append(_integer_capital(yuan) + "元")
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif fen_digit and yuan:
        parts.append("零")
    if fen_digit:
        parts.append(_DIGITS[fen_digit] + "分")
    elif not jiao:
        parts.append("整")
    return prefix + "".join(parts)
