"""Mainland Chinese phone numbers: mobiles and landlines with area codes.

Mobiles are stored as 11 bare digits, landlines as "010-12345678" (with
"转123" for an extension), so the same number typed two ways compares equal.
"""

from __future__ import annotations

import re
from typing import Literal

from linju_desktop.domain.errors import Problem
from linju_desktop.domain.text import ParseError, clean_code, is_blank

PhoneKind = Literal["mobile", "landline"]

MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_COUNTRY_PREFIX = re.compile(r"^(?:\+86|0086|\(\+?86\)|\+?86-)")
_EXTENSION = re.compile(r"^(.*?)(?:转|分机|ext\.?|x|#)(\d{1,6})$", re.IGNORECASE)

MSG_EMPTY = "Please enter a phone number."
MSG_MOBILE = (
    "A mobile number has 11 digits and starts with 13 to 19; this one has {count} digits. "
    "Please check it."
)
MSG_MOBILE_PREFIX = "A mobile number starts with 13 to 19. Please check it."
MSG_MOBILE_ONLY = "Please enter a mobile number (11 digits), not a landline."
MSG_AREA_CODE = "Please add the area code to the landline number, e.g. 010-12345678."
MSG_LANDLINE = (
    "This does not look like a phone number. Enter an 11-digit mobile number, "
    "or a landline with its area code, e.g. 010-12345678."
)


class PhoneError(ParseError):
    """A value that is not a usable phone number."""


def _strip_country(text: str) -> tuple[str, bool]:
    m = _COUNTRY_PREFIX.match(text)
    if m:
        return text[m.end() :], True
    # A bare 86 only counts as a prefix when a mobile number follows.
    if len(text) == 13 and text.startswith("86") and MOBILE_RE.fullmatch(text[2:]):
        return text[2:], True
    return text, False


def parse_mobile(value: object) -> str:
    """An 11-digit mobile number from "+86 138-0013-8000", "１３８…" etc."""
    text, _ = _strip_country(clean_code(value))
    digits = re.sub(r"[-()]", "", text)
    if not digits:
        raise PhoneError(MSG_EMPTY)
    if not digits.isdigit():
        raise PhoneError(MSG_LANDLINE)
    if MOBILE_RE.fullmatch(digits):
        return digits
    if len(digits) == 11:
        raise PhoneError(MSG_MOBILE_PREFIX)
    raise PhoneError(MSG_MOBILE, count=len(digits))


def _landline(body: str, ext: str, international: bool) -> str:
    parts = [p for p in re.split(r"[-()]", body) if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise PhoneError(MSG_LANDLINE)
    # "010-12345678-123": a third group after area and number is an extension.
    if not ext and len(parts) == 3 and parts[0].startswith("0") and len(parts[2]) <= 6:
        ext = parts.pop()
    digits = "".join(parts)
    if international and not digits.startswith("0"):
        digits = "0" + digits  # +86 10 12345678 drops the trunk 0
    if not digits.startswith("0"):
        if 7 <= len(digits) <= 8:
            raise PhoneError(MSG_AREA_CODE)
        raise PhoneError(MSG_LANDLINE)
    # Only Beijing (010) and the 02X cities have 3-digit area codes.
    area_len = 3 if digits.startswith(("010", "02")) else 4
    area, local = digits[:area_len], digits[area_len:]
    if (digits[1] == "0" and area != "010") or not re.fullmatch(r"[2-9]\d{6,7}", local):
        raise PhoneError(MSG_LANDLINE)
    return f"{area}-{local}" + (f"转{ext}" if ext else "")


def parse_landline(value: object) -> str:
    """A landline as "0XX-XXXXXXXX" or "0XXX-XXXXXXX", plus "转EXT" for an extension."""
    text = clean_code(value)
    if not text:
        raise PhoneError(MSG_EMPTY)
    m = _EXTENSION.match(text)
    body, ext = (m[1], m[2]) if m else (text, "")
    body, international = _strip_country(body)
    return _landline(body, ext, international)


def parse_phone(value: object, *, allow_landline: bool = True) -> tuple[str, PhoneKind]:
    """A mobile or (if allowed) landline number, normalised, with its kind."""
    text = clean_code(value)
    if not text:
        raise PhoneError(MSG_EMPTY)
    try:
        return parse_mobile(text), "mobile"
    except PhoneError as mobile_error:
        stripped, _ = _strip_country(text)
        looks_mobile = stripped.startswith("1") or not allow_landline
        try:
            number = parse_landline(text)
        except PhoneError:
            if looks_mobile:
                raise mobile_error from None
            raise
        if not allow_landline:
            raise PhoneError(MSG_MOBILE_ONLY) from None
        return number, "landline"


def phone_problems(
    value: object, field: str = "mobile", *, allow_landline: bool = True
) -> tuple[str, list[Problem]]:
    """For optional phone fields: ("", []) when blank, else the number or a Problem."""
    if is_blank(value):
        return "", []
    try:
        number, _ = parse_phone(value, allow_landline=allow_landline)
    except PhoneError as exc:
        return "", [exc.problem(field)]
    return number, []


def mask_phone(number: str) -> str:
    """138****8000: enough to recognise a number without publishing it."""
    return number[:3] + "****" + number[7:] if MOBILE_RE.fullmatch(number) else number
