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

# Where CJK fonts keep radicals, compatibility ideographs, full-width forms, punctuation
# and symbols: the code points that can shadow a drawn character in Qt's reverse map
# (the full-width solidus ／ shares its glyph with ∕ U+2215, and reads back as it).
_SCAN = "".join(chr(c) for c in (*range(0xA0, 0xA000), *range(0xF900, 0x10000)))
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
    wanted = "".join(sorted(ch for ch in drawn if 0x2000 <= ord(ch) < 0x10000))
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
    table = {ord(a): ord(b) for a, b in fixes.items()}
    if not _append_update(path, table):
        _rewrite_with_pypdf(path, table)


_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$", re.S)
_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")


def _append_update(path: str, table: dict[int, int]) -> bool:
    """Append the changed maps, a cross-reference section and a trailer to the file.

    Qt writes a classic PDF (an xref table, a plain trailer, each map an uncompressed
    stream with a direct /Length): only those few streams are read and appended, so a
    500-page ledger costs milliseconds and no second copy of the file in memory (pypdf
    parses every object). Anything else returns False and pypdf does the work.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    trailer = _TRAILER.search(data, max(0, len(data) - 4096))
    if trailer is None or b"/Size" not in trailer.group(1) or b"/Encrypt" in trailer.group(1):
        return False
    updates: list[tuple[int, bytes]] = []
    for num in sorted({int(n) for n in _TO_UNICODE.findall(data)}):
        obj = re.search(rb"[\r\n]%d 0 obj\s*<<\s*/Length\s+(\d+)\s*>>\s*stream\r?\n" % num, data)
        if obj is None:
            return False
        start = obj.end()
        end = start + int(obj.group(1))
        if not data[end : end + 12].lstrip().startswith(b"endstream"):
            return False
        stream = data[start:end]
        new = _rewrite_cmap(stream, table)
        if new != stream:
            updates.append((num, new))
    if not updates:
        return True
    out = bytearray(b"\n")
    offsets: list[tuple[int, int]] = []
    for num, stream in updates:
        offsets.append((num, len(data) + len(out)))
        out += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (num, len(stream))
        out += stream + b"\nendstream\nendobj\n"
    xref = len(data) + len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for num, offset in offsets:
        out += b"%d 1\n%010d 00000 n \n" % (num, offset)
    head = re.sub(rb"/Prev\s+\d+", b"", trailer.group(1))
    out += b"trailer\n<<%s/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n" % (head, trailer.group(2), xref)
    with open(path, "ab") as fh:
        fh.write(out)
    return True


def _rewrite_with_pypdf(path: str, table: dict[int, int]) -> None:
    from pypdf import PdfWriter

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
