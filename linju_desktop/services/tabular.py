"""Read and write the spreadsheets that rosters travel in (CSV and .xlsx).

Everything read comes back as text: the validators, not this module, decide
what a cell means, so a number that Excel has already damaged (an ID number
shown as 1.10105E+17) is passed on as Excel showed it, for the validator to
refuse with advice. Problems the user can fix raise TableError.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import decimal
import io
import os
import re
import tempfile
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers import expat

from linju_desktop.domain.i18n import tr

__all__ = [
    "DATETIME_FORMAT",
    "DATE_FORMAT",
    "MONEY_FORMAT",
    "TIME_FORMAT",
    "Formatted",
    "Row",
    "Table",
    "TableError",
    "date_cell",
    "datetime_cell",
    "money_cell",
    "read_table",
    "time_cell",
    "write_table",
]

# How many leading non-blank rows may hold the header (title rows sit above it).
HEADER_SEARCH_ROWS = 10
# A run this long of empty rows ends an xlsx sheet: sheets formatted down to row
# 1,048,576 would otherwise take minutes to read for nothing.
MAX_BLANK_RUN = 1000
# Cells beyond this column are ignored (styled-to-the-edge sheets reach XFD).
MAX_COLUMNS = 512

_TEXT_SUFFIXES = {".csv", ".txt"}
_XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE container: old .xls or encrypted .xlsx
_SHEET_NAME_HINTS = ("党员", "花名册")

_MSG_MISSING = "File not found: {name}"
_MSG_UNREADABLE = "The file {name} cannot be opened: {reason}"
_MSG_NOT_TABLE = "The file is not recognised as a CSV or Excel (.xlsx) table"
_MSG_EMPTY = "The file {name} is empty"
_MSG_SUFFIX = "Unsupported file type {suffix}: use .xlsx or .csv"
_MSG_XLS = (
    "Old Excel .xls files cannot be read: open the file in Excel or WPS and "
    "save it as .xlsx or CSV (UTF-8), then import again"
)
_MSG_ENCRYPTED = (
    "The workbook is password protected: open it in Excel or WPS, remove the "
    "password, save it and import again"
)
_MSG_CORRUPT = "The Excel file is damaged or not a real .xlsx file: {reason}"
_MSG_NO_SHEET = "The workbook has no worksheet"
_MSG_WRITE = "Cannot save {name}: {reason}"
_MSG_WRITE_LOCKED = (
    "Cannot save {name}: the file is open in another program; close it and try again"
)


class TableError(Exception):
    """A spreadsheet problem the user can fix; str() is in the current language."""

    def __init__(self, message: str, **params: Any):
        self.message = message
        self.params = params
        super().__init__(tr(message, **params))

    def text(self) -> str:
        return tr(self.message, **self.params)


@dataclass(frozen=True, slots=True)
class Row:
    number: int  # the row number the user sees in Excel (header is usually 1)
    cells: list[str]


@dataclass(slots=True)
class Table:
    header: list[str]
    rows: list[Row] = field(default_factory=list)
    header_row: int = 1
    sheet: str | None = None  # the worksheet read, for messages ("工作表 党员 第 5 行")


# --------------------------------------------------------------------------- reading


def read_table(
    path: str | os.PathLike[str],
    known_headers: set[str] | None = None,
    *,
    sheet: str | None = None,
) -> Table:
    """Read a .csv/.txt/.xlsx file into text cells.

    The header is the first of the first HEADER_SEARCH_ROWS non-blank rows with
    at least two cells among `known_headers` (compared without spaces), else
    the first non-blank row. Blank rows are skipped; Row.number stays the real
    row number. Data cells are padded to the header's width.
    """
    p = Path(path)
    name = p.name
    suffix = p.suffix.lower()
    if suffix not in _TEXT_SUFFIXES | _XLSX_SUFFIXES | {".xls"}:
        raise TableError(_MSG_SUFFIX, suffix=suffix or name)
    try:
        with open(p, "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise TableError(_MSG_MISSING, name=str(p)) from None
    except IsADirectoryError:
        raise TableError(_MSG_NOT_TABLE) from None
    except OSError as exc:
        raise TableError(_MSG_UNREADABLE, name=name, reason=exc.strerror or exc) from exc
    if not head:
        raise TableError(_MSG_EMPTY, name=name)

    # Trust the bytes over the suffix: systems export xlsx named .xls, and
    # users rename files.
    if head.startswith(_ZIP_MAGIC):
        sheet_name, raw = _read_xlsx(p, sheet)
    elif head.startswith(_CFB_MAGIC):
        raise TableError(_MSG_ENCRYPTED if _is_encrypted_ooxml(p) else _MSG_XLS)
    elif suffix in _XLSX_SUFFIXES:
        raise TableError(_MSG_CORRUPT, reason=tr(_MSG_NOT_TABLE))
    elif suffix == ".xls":
        raise TableError(_MSG_XLS)
    else:
        sheet_name, raw = None, _read_text(p)

    table = _assemble(raw, known_headers)
    if table is None:
        raise TableError(_MSG_EMPTY, name=name)
    table.sheet = sheet_name
    return table


def _assemble(raw: Iterable[tuple[int, list[str]]], known_headers: set[str] | None) -> Table | None:
    """Find the header among the first rows, then collect the non-blank rows."""
    wanted = {_header_key(h) for h in known_headers or ()}
    it = iter(raw)
    lookahead: list[tuple[int, list[str]]] = []
    for number, cells in it:
        if any(cells):
            lookahead.append((number, cells))
            if len(lookahead) >= HEADER_SEARCH_ROWS:
                break
    if not lookahead:
        return None
    at = 0
    if wanted:
        for i, (_, cells) in enumerate(lookahead):
            if sum(_header_key(c) in wanted for c in cells if c) >= 2:
                at = i
                break
    header_number, header_cells = lookahead[at]
    header = [_clean_header(c) for c in header_cells]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    table = Table(header=header, header_row=header_number)
    rows = table.rows
    for number, cells in _chain(lookahead[at + 1 :], it):
        if not any(cells):
            continue
        # Pad to the header; keep non-empty cells beyond it (data without a heading).
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        elif len(cells) > width:
            end = len(cells)
            while end > width and not cells[end - 1]:
                end -= 1
            cells = cells[:end]
        rows.append(Row(number, cells))
    return table


def _chain(
    first: list[tuple[int, list[str]]], rest: Iterator[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    yield from first
    yield from rest


_SPACE_RE = re.compile(r"\s+")
_CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _clean_header(text: str) -> str:
    # Forms pad two-character headings ("姓  名") and wrap long ones with
    # Alt+Enter ("出生\n日期"); drop such spaces in Chinese headings, collapse
    # them in others ("ID  number" -> "ID number").
    if _CJK_RE.search(text):
        return _SPACE_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


def _header_key(text: str) -> str:
    return _SPACE_RE.sub("", unicodedata.normalize("NFKC", text)).casefold()


# ------------------------------------------------------------------------- text files


def _read_text(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableError(_MSG_UNREADABLE, name=path.name, reason=exc.strerror or exc) from exc
    text, utf16 = _decode(data)
    if not text.strip():
        raise TableError(_MSG_EMPTY, name=path.name)
    delimiter = _sniff_delimiter(text, prefer_tab=utf16)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # One CSV record is one spreadsheet row, even with line breaks inside quotes.
        rows = [(n, [_clean_text_cell(c) for c in rec]) for n, rec in enumerate(reader, 1)]
    except csv.Error as exc:
        raise TableError(_MSG_NOT_TABLE) from exc
    return iter(rows)


def _decode(data: bytes) -> tuple[str, bool]:
    """Decode a text table; returns (text, came_as_utf16)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export: UTF-16 with BOM, tab-delimited.
        try:
            return data.decode("utf-16"), True
        except UnicodeDecodeError:
            raise TableError(_MSG_NOT_TABLE) from None
    if data.startswith(codecs.BOM_UTF8):
        candidates: tuple[str, ...] = ("utf-8-sig",)
    elif len(data) >= 4 and data.count(0) * 3 > len(data):
        # UTF-16 without BOM: every other byte is zero for ASCII-heavy text.
        candidates = ("utf-16-le",) if data[1] == 0 else ("utf-16-be",)
    else:
        # GB18030 is a superset of GBK/GB2312 (WPS/Excel "CSV" on Chinese Windows).
        candidates = ("utf-8", "gb18030")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text, encoding.startswith("utf-16")
    raise TableError(_MSG_NOT_TABLE)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    return "\x00" in sample or controls > max(2, len(sample) // 100)


def _sniff_delimiter(text: str, prefer_tab: bool) -> str:
    # csv.Sniffer guesses badly on Chinese text (it picks letters); instead
    # choose the delimiter that splits the most sample rows the same way.
    lines = [ln for ln in text[:65536].splitlines()[:50] if ln.strip()]
    order = ("\t", ",", ";") if prefer_tab else (",", "\t", ";")
    best, best_score = order[0], (0, 0)
    for delim in order:
        counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _clean_text_cell(cell: str) -> str:
    cell = cell.strip()
    # ="0012" is the CSV idiom exporting systems use to keep digits as text.
    if len(cell) >= 3 and cell.startswith('="') and cell.endswith('"'):
        cell = cell[2:-1].replace('""', '"')
    return cell


# ------------------------------------------------------------------------------- xlsx


def _is_encrypted_ooxml(path: Path) -> bool:
    # An encrypted .xlsx is an OLE container holding an "EncryptionInfo" stream;
    # a plain old .xls is an OLE container without it.
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return "EncryptionInfo".encode("utf-16-le") in data


def _read_xlsx(path: Path, sheet: str | None) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    # deferred: a CSV import should not pay for openpyxl
    from linju_desktop.services.xlsx_workbook import load_read_only

    with warnings.catch_warnings(), open(path, "rb") as fh:
        _ignore_openpyxl_noise()
        try:
            wb = load_read_only(fh)
        except Exception as exc:  # openpyxl raises many types for a bad package
            raise TableError(_MSG_CORRUPT, reason=_reason(exc)) from exc
        try:
            ws = _pick_sheet(wb.worksheets, sheet)
            try:
                rows = list(_fast_sheet_rows(wb, ws))
            except _Unsupported:
                rows = list(_openpyxl_sheet_rows(ws))
            except (expat.ExpatError, IndexError, KeyError, ValueError, zipfile.BadZipFile) as exc:
                raise TableError(_MSG_CORRUPT, reason=_reason(exc)) from exc
            return ws.title, iter(rows)
        finally:
            wb.close()


def _ignore_openpyxl_noise() -> None:
    # Harmless warnings openpyxl gives for files from Excel/WPS; everything
    # else still surfaces. Call inside warnings.catch_warnings().
    for message in (
        r"Workbook contains no default style",
        r".*extension is not supported and will be removed",
        r"Cell .* is marked as a date but the serial value",  # read as #VALUE!
    ):
        warnings.filterwarnings("ignore", message=message, category=UserWarning)


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _pick_sheet(sheets: Sequence[Any], wanted: str | None) -> Any:
    if not sheets:
        raise TableError(_MSG_NO_SHEET)
    if wanted is not None:
        for ws in sheets:
            if ws.title == wanted:
                return ws
    visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
    visible = visible or list(sheets)
    for ws in visible:
        if any(hint in ws.title for hint in _SHEET_NAME_HINTS):
            return ws
    return visible[0]


def _blank_run_limited(
    rows: Iterable[tuple[int, list[str]]],
) -> Iterator[tuple[int, list[str]]]:
    # Stops inside a long run of styled-but-empty rows; rows simply missing
    # from the file (a sparse sheet) cost nothing and never stop it.
    last = 0
    for number, cells in rows:
        if any(cells):
            last = number
            yield number, cells
        elif number - last > MAX_BLANK_RUN:
            return


def _openpyxl_sheet_rows(ws: Any) -> Iterator[tuple[int, list[str]]]:
    """Fallback reader through openpyxl's public API (about 4x slower)."""
    ws.reset_dimensions()  # some writers put a wrong <dimension>, truncating rows

    def numbered() -> Iterator[tuple[int, list[str]]]:
        for number, values in enumerate(ws.iter_rows(values_only=True), 1):
            yield number, [cell_text(v) for v in values[:MAX_COLUMNS]]

    return _blank_run_limited(numbered())


class _Unsupported(Exception):
    """The fast reader lacks what it needs; use openpyxl's own iteration."""


# zh-CN Excel's built-in date formats (yyyy"年"m"月"d"日" etc.) that openpyxl
# does not list, so it would hand out serial numbers for them.
_CJK_DATE_FORMAT_IDS = frozenset({27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58})


def _fast_sheet_rows(wb: Any, ws: Any) -> Iterator[tuple[int, list[str]]]:
    """Parse the sheet XML with expat, using the workbook openpyxl loaded.

    openpyxl's read-only iteration costs about 0.8 s for 5,000 x 19 cells;
    expat does the same in about 0.2 s. It needs a few openpyxl internals;
    when they are missing it raises _Unsupported and openpyxl's public
    iteration is used instead.
    """
    from openpyxl.utils.datetime import from_excel

    try:
        archive = wb._archive
        sheet_path = ws._worksheet_path
        shared = ws._shared_strings
        date_styles = set(wb._date_formats)
        timedelta_styles = set(wb._timedelta_formats)
        for idx, style in enumerate(wb._cell_styles):
            if getattr(style, "numFmtId", 0) in _CJK_DATE_FORMAT_IDS:
                date_styles.add(idx)
        epoch = wb.epoch
    except AttributeError as exc:
        raise _Unsupported from exc

    def number(text: str, style: int) -> object:
        value: float | int = (
            float(text) if ("." in text or "e" in text or "E" in text) else int(text)
        )
        if style in date_styles:
            try:
                return from_excel(value, epoch, timedelta=style in timedelta_styles)
            except (OverflowError, ValueError):
                return "#VALUE!"
        return value

    done: list[tuple[int, list[str]]] = []
    row: list[str] = []
    buf: list[str] = []
    row_no = col = style = rph = 0
    kind: str | None = None
    keep = False
    columns: dict[str, int] = {}  # "AB12" letters -> column number, cached
    parser = expat.ParserCreate()
    parser.buffer_text = True

    def handlers(prefix: str) -> tuple[Callable[..., None], Callable[[str], None]]:
        # Names compared with the document's own prefix ("x:c" from some .NET
        # writers) so the hot handlers do no string surgery.
        c_, v_, t_, row_, rph_ = (prefix + n for n in ("c", "v", "t", "row", "rPh"))
        text_tags = frozenset((v_, t_))

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal row_no, col, style, kind, keep, rph
            if name == c_:
                ref = attrs.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")
                    col = columns.get(letters) or columns.setdefault(
                        letters, _column_index(letters)
                    )
                else:
                    col += 1
                kind = attrs.get("t")
                s = attrs.get("s")
                style = int(s) if s else 0
                buf.clear()
            elif name in text_tags:
                keep = not rph
            elif name == row_:
                r = attrs.get("r")
                row_no = int(r) if r else row_no + 1
                col = 0
                row.clear()
            elif name == rph_:
                rph += 1  # phonetic guide text, not cell content

        def end(name: str) -> None:
            nonlocal keep, rph
            if name in text_tags:
                keep = False
            elif name == c_:
                if col > MAX_COLUMNS or not buf:
                    return
                text = "".join(buf)
                if kind == "s":
                    value: object = shared[int(text)]
                elif kind in ("str", "inlineStr", "e"):
                    value = text
                elif kind == "b":
                    value = text.strip() in ("1", "true")
                elif kind == "d":
                    value = _iso_datetime(text)
                else:
                    value = number(text.strip(), style)
                if len(row) < col:
                    row.extend([""] * (col - len(row)))
                row[col - 1] = cell_text(value)
            elif name == row_:
                done.append((row_no, row.copy()))
            elif name == rph_:
                rph -= 1

        return start, end

    def chars(data: str) -> None:
        if keep:
            buf.append(data)

    def root(name: str, attrs: dict[str, str]) -> None:
        start, end = handlers(name[: name.find(":") + 1])
        parser.StartElementHandler = start
        parser.EndElementHandler = end

    parser.StartElementHandler = root
    parser.CharacterDataHandler = chars

    def numbered() -> Iterator[tuple[int, list[str]]]:
        with archive.open(sheet_path) as src:
            while chunk := src.read(1 << 16):
                parser.Parse(chunk, False)
                yield from done
                done.clear()
            parser.Parse(b"", True)
            yield from done

    return _blank_run_limited(numbered())


def _column_index(ref: str) -> int:
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        else:
            break
    return n


def _iso_datetime(text: str) -> object:
    try:
        return dt.datetime.fromisoformat(text.strip().rstrip("Z"))
    except ValueError:
        return text


def cell_text(value: object) -> str:
    """One spreadsheet value as the text the validators see."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):  # before int: bool is an int
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        if abs(value) >= 1e15:
            # Digits past the 15th are already lost: show it as Excel does
            # (1.10105E+17) so the validator can refuse it with advice.
            mantissa, exponent = f"{value:.5E}".split("E")
            mantissa = mantissa.rstrip("0").rstrip(".")
            return f"{mantissa}E{exponent}"
        return f"{value:.15g}"  # Excel's 15 significant digits: 0.1+0.2 -> 0.3
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M" if not value.second else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M" if not value.second else "%H:%M:%S")
    return str(value).strip()


# --------------------------------------------------------------------------- writing

# Excel number formats for the typed cells below.
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"


@dataclass(frozen=True, slots=True)
class Formatted:
    """A cell value with the Excel number format it is shown in.

    xlsx stores the value as a number/date with that format, so Excel can sum
    and sort it; CSV writes the value as the format shows it (a date-time to
    the minute unless the format has seconds, an amount as "1234.50").
    """

    value: object
    number_format: str


def money_cell(fen: int | None) -> Formatted | None:
    """Integer fen as yuan: an exact Decimal with two places (no float rounding)."""
    if fen is None:
        return None
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError("money is integer fen")
    return Formatted(decimal.Decimal(fen).scaleb(-2), MONEY_FORMAT)


def date_cell(value: dt.date | None) -> Formatted | None:
    return None if value is None else Formatted(value, DATE_FORMAT)


def datetime_cell(value: dt.datetime | None) -> Formatted | None:
    """A naive local date-time (Excel has no time zones: convert before)."""
    return None if value is None else Formatted(value, DATETIME_FORMAT)


def time_cell(value: dt.time | None) -> Formatted | None:
    return None if value is None else Formatted(value, TIME_FORMAT)


def write_table(
    path: str | os.PathLike[str],
    header: list[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet: str = "Sheet1",
) -> None:
    """Write a .csv (UTF-8 with BOM, CRLF) or .xlsx file atomically, owner-only.

    Rows are streamed. Values: None -> empty, bool -> 是/否, dates as dates
    (YYYY-MM-DD in CSV), Formatted -> the value with its number format;
    strings are never turned into numbers or formulas.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".csv":
        writer: Callable[[str, list[str], Iterable[Sequence[object]]], None] = _write_csv
    elif suffix == ".xlsx":

        def writer(tmp: str, h: list[str], r: Iterable[Sequence[object]]) -> None:
            _write_xlsx(tmp, h, r, sheet)

    else:
        raise TableError(_MSG_SUFFIX, suffix=suffix or p.name)

    folder = p.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.stem}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise TableError(_MSG_WRITE, name=p.name, reason=exc.strerror or exc) from exc
    try:
        os.close(fd)  # mkstemp made it 0o600 on POSIX; the writers reopen it
        writer(tmp, header, rows)
        _fsync(tmp)
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, p)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, PermissionError) and os.name == "nt":
            raise TableError(_MSG_WRITE_LOCKED, name=p.name) from exc
        if isinstance(exc, OSError):
            raise TableError(_MSG_WRITE, name=p.name, reason=exc.strerror or exc) from exc
        raise
    if os.name == "posix":
        _fsync_dir(folder)


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; best effort (some filesystems refuse).
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Formatted):
        return _csv_formatted(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, decimal.Decimal):
        return format(value, "f")  # never "1E+2"; no thousands separators
    if isinstance(value, (dt.date, dt.datetime, dt.time, float)):
        return cell_text(value)
    return str(value)


def _csv_formatted(cell: Formatted) -> str:
    # Show what the format shows: a date-time formatted without seconds has none.
    value, fmt = cell.value, cell.number_format.lower()
    seconds = ":%S" if "ss" in fmt else ""
    if isinstance(value, dt.datetime):
        return value.strftime(f"%Y-%m-%d %H:%M{seconds}" if "h" in fmt else "%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime(f"%H:%M{seconds}")
    return _csv_text(value)


def _write_csv(tmp: str, header: list[str], rows: Iterable[Sequence[object]]) -> None:
    # utf-8-sig: Excel on Chinese Windows reads BOM-less CSV as GBK and garbles it.
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow([_csv_text(h) for h in header])
        for row in rows:
            out.writerow([_csv_text(v) for v in row])


# Strings Excel would turn into numbers when edited (ID numbers, phones, "0012").
_DIGITS_RE = re.compile(r"\+?\d+[Xx]?")
_WIDTH_SAMPLE_ROWS = 200


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shown_text(value: object) -> str:
    # For column widths: Excel shows thousands separators that CSV leaves out.
    if (
        isinstance(value, Formatted)
        and "," in value.number_format
        and isinstance(value.value, (int, float, decimal.Decimal))
    ):
        return f"{value.value:,.2f}"
    return _csv_text(value)


def _write_xlsx(tmp: str, header: list[str], rows: Iterable[Sequence[object]], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as illegal
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=title[:31] or "Sheet1")
    ws.freeze_panes = "A2"

    # Write-only sheets need column widths before the first row: size them from
    # the header and a sample of rows, then stream the rest.
    it = iter(rows)
    sample: list[Sequence[object]] = []
    for row in it:
        sample.append(row)
        if len(sample) >= _WIDTH_SAMPLE_ROWS:
            break
    ncols = max([len(header), *(len(r) for r in sample)])
    for col in range(ncols):
        texts = [header[col]] if col < len(header) else []
        texts += [_shown_text(r[col]) for r in sample if col < len(r)]
        longest = max((_display_width(t) for t in texts), default=0)
        ws.column_dimensions[get_column_letter(col + 1)].width = min(max(longest + 2, 8), 50)

    bold = Font(bold=True)
    header_cells = []
    for h in header:
        c = WriteOnlyCell(ws, value=illegal.sub("", h))
        c.data_type = "s"  # a heading starting with "=" is text, not a formula
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)

    def convert(value: object) -> object:
        if value is None:
            return None
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, str):
            # Control characters pasted from other programs make openpyxl refuse.
            value = illegal.sub("", value)
            if _DIGITS_RE.fullmatch(value) or value.startswith("="):
                c = WriteOnlyCell(ws, value=value)
                c.data_type = "s"  # openpyxl would make "=..." a formula
                c.number_format = "@"  # text format: Excel keeps digits if edited
                return c
            return value
        if isinstance(value, Formatted):
            inner = convert(value.value)
            if inner is None or isinstance(value.value, str):
                return inner  # empty, or text that keeps its text handling
            c = WriteOnlyCell(ws, value=inner)
            c.number_format = value.number_format
            return c
        if isinstance(value, (int, float, decimal.Decimal, dt.date, dt.datetime, dt.time)):
            return value
        return str(value)

    for row in _chain_rows(sample, it):
        ws.append([convert(v) for v in row])
    wb.save(tmp)


def _chain_rows(
    first: list[Sequence[object]], rest: Iterator[Sequence[object]]
) -> Iterator[Sequence[object]]:
    yield from first
    yield from rest
