"""Make the PDF's text say what was printed, so it can be searched and copied.

Qt writes each embedded font's ToUnicode map by giving every glyph the LOWEST code point
that the font maps to it. CJK fonts share one glyph between an ideograph and its radical
or compatibility forms, so 里 comes out as the Kangxi radical ⾥ (U+2F65), 角 as ⻆ and 户
as ⼾: a search for 户 in the PDF viewer finds nothing. We know what was drawn; this pass
rewrites those map entries to the characters actually drawn.

Only the ToUnicode streams change, written as an incremental update (appended to the
file), so a 300-page ledger is not rewritten.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable

from PySide6.QtGui import QFont, QRawFont

# Where CJK fonts keep radicals, compatibility ideographs and full-width forms: the
# code points that can shadow an ideograph in Qt's reverse map.
_SCAN = "".join(chr(c) for c in (*range(0x2E80, 0xA000), *range(0xF900, 0x10000)))
_HEX = re.compile(rb"<([0-9A-Fa-f]{4,8})>")


def _lowest_sharers(font: QFont) -> dict[int, str]:
    """glyph -> the lowest code point the font draws with it."""
    raw = QRawFont.fromFont(font)
    out: dict[int, str] = {}
    for ch, glyph in zip(_SCAN, raw.glyphIndexesForString(_SCAN), strict=True):
        if glyph and glyph not in out:
            out[glyph] = ch
    return out


def _is_form(ch: str) -> bool:
    """Radicals (U+2E80-2FDF) and compatibility ideographs (U+F900-FAFF)."""
    return 0x2E80 <= ord(ch) <= 0x2FDF or 0xF900 <= ord(ch) <= 0xFAFF


def corrections(fonts: Iterable[QFont], drawn: set[str]) -> dict[str, str]:
    """The code points Qt will write -> the characters we drew with the same glyph."""
    fixes: dict[str, str] = {}
    wanted = "".join(sorted(ch for ch in drawn if ord(ch) >= 0x2E80 and ord(ch) < 0x10000))
    if not wanted:
        return fixes
    for font in fonts:
        lowest = _lowest_sharers(font)
        raw = QRawFont.fromFont(font)
        for ch, glyph in zip(wanted, raw.glyphIndexesForString(wanted), strict=True):
            shown = lowest.get(glyph)
            # Two drawn characters sharing one glyph cannot both be right: the ideograph
            # wins over a radical or compatibility form, else the map is left alone.
            if shown and shown != ch and (shown not in drawn or _is_form(shown)):
                fixes[shown] = ch
    return fixes


def _rewrite_cmap(data: bytes, fixes: dict[int, int]) -> bytes:
    """Replace destination code points in bfchar/bfrange entries (never the glyph codes)."""
    out: list[bytes] = []
    for line in data.split(b"\n"):
        if b"[" in line:  # <lo> <hi> [<dst> <dst> ...]
            head, _, tail = line.partition(b"[")
            line = head + b"[" + _HEX.sub(lambda m: _fix(m, fixes), tail)
        else:
            codes = _HEX.findall(line)
            if len(codes) in (2, 3) and (len(codes) == 2 or codes[0] == codes[1]):
                pos = line.rfind(b"<")  # the destination is the last code on the line
                line = line[:pos] + _HEX.sub(lambda m: _fix(m, fixes), line[pos:], count=1)
        out.append(line)
    return b"\n".join(out)


def _fix(match: re.Match[bytes], fixes: dict[int, int]) -> bytes:
    code = int(match.group(1), 16)
    new = fixes.get(code)
    return match.group(0) if new is None else f"<{new:04X}>".encode()


def fix_text_map(path: str, fixes: dict[str, str]) -> None:
    """Rewrite the ToUnicode maps of the PDF at `path` in place (an incremental update)."""
    if not fixes:
        return
    from pypdf import PdfWriter

    table = {ord(a): ord(b) for a, b in fixes.items()}
    writer = PdfWriter(path, incremental=True)
    done: set[int] = set()
    for page in writer.pages:
        for ref in page.get("/Resources", {}).get("/Font", {}).values():
            cmap_ref = ref.get_object().get("/ToUnicode")
            if cmap_ref is None or cmap_ref.idnum in done:
                continue
            done.add(cmap_ref.idnum)
            stream = cmap_ref.get_object()
            data = stream.get_data()
            new = _rewrite_cmap(data, table)
            if new != data:
                stream.set_data(new)
    buffer = io.BytesIO()
    writer.write(buffer)
    writer.close()
    with open(path, "wb") as fh:
        fh.write(buffer.getbuffer())
