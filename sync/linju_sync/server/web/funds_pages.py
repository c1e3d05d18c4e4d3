"""经费: the district's operating funds for each station, for the district only.

- GET /funds?year=Y: every station's allocation, spending (also by category) and what is
  left, from the cached per-station figures (district_figures), with a form per station
  to set its allocation (Server.allocate: it reaches the station through the feed).
- POST /funds/upload: allocations from an .xlsx or .csv file. Every row is checked first
  and nothing is applied unless every row is good, so a file is never half applied by
  mistake; the person corrects the named rows and uploads the same file again.
- GET /funds/notice.xlsx?year=Y: the workbook the district posts (公示): money and station
  names only, no personal data.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException

from linju_sync.server import district_figures as dfig
from linju_sync.server.web import accounts, labels
from linju_sync.server.web.base import SECURITY_HEADERS, Console, Problem, see_other
from linju_sync.server.web.i18n import register, t
from linju_sync.server.web.scope import Scope

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000
# Unpacked size of an .xlsx: a small zip can hold a huge sheet (a zip bomb).
MAX_UNZIPPED_BYTES = 40 * 1024 * 1024
# A body over this is not even read to its end (the form fields besides the file are tiny).
HARD_BODY_LIMIT = 16 * 1024 * 1024
MAX_YUAN = 100_000_000  # far above any station's yearly funds: a typo, not a budget
MAX_SHOWN_PROBLEMS = 200
HEADER_SEARCH_ROWS = 10  # a title above the column names is common in workbooks
MAX_COLUMNS = 50
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

STATION_HEADERS = ("站点", "站点名称", "站点编号", "station", "stationid", "stationname")
AMOUNT_HEADERS = ("金额(元)", "金额", "amount", "amount(yuan)", "下拨(元)", "下拨金额(元)")
# '14500', '14,500.00', '14500.5'; commas only as thousands separators
_AMOUNT = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?")

register(
    {
        "Year {year}": "{year} 年度",
        "Funds of the stations in {year}": "{year} 年度各站点经费",
        "Share used": "使用率",
        "Total": "合计",
        "Set the allocation": "设置下拨",
        "Set": "设置",
        "New allocation of {station} for {year}, in yuan": "{station} {year} 年度下拨金额（元）",
        "Export the notice (Excel)": "导出公示表（Excel）",
        "Amounts in yuan. Spent is what the stations have recorded and synced.": "金额单位：元。已支出为各站点已记录并同步的支出。",
        "The allocation of {station} for {year} is now {amount} yuan; the station receives it at its next sync.": "已将{station} {year} 年度下拨经费设为 {amount} 元，站点下次同步时收到。",
        "{n} allocations for {year} applied from the file.": "已从文件导入 {year} 年度 {n} 个站点的下拨经费。",
        "Upload allocations from a file": "从文件导入下拨经费",
        "An .xlsx workbook or a .csv file (UTF-8 or GB18030) with the columns 站点 (the station's name or id) and 金额（元）, one station a row. Every row is checked first: if any row is wrong, nothing is applied.": "Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GB18030 编码），含“站点”（站点名称或编号）和“金额（元）”两列，每行一个站点。导入前逐行检查：只要有一行有误，整个文件都不导入。",
        "At most {mb} MB and {rows} rows.": "文件不超过 {mb} MB、{rows} 行。",
        "File (.xlsx or .csv)": "文件（.xlsx 或 .csv）",
        "Upload and apply": "上传并导入",
        "Nothing was applied: correct these rows and upload the file again.": "未导入任何数据：请改正以下各行后重新上传。",
        "and {n} more problems": "另有 {n} 处问题未列出",
        "Row": "行号",
        "Problem": "问题",
        "Row {row}": "第 {row} 行",
        # amounts
        "Type an amount in yuan": "请填写金额（元）",
        "Not an amount of yuan: {value}": "不是有效的金额：{value}",
        "An amount cannot be negative": "金额不能为负数",
        "At most two decimals (fen)": "金额最多两位小数（精确到分）",
        "At most {max} yuan": "金额不能超过 {max} 元",
        "The year must be between 2000 and 2999": "年度须在 2000 至 2999 之间",
        # uploads
        "Choose a file to upload": "请选择要上传的文件",
        "The file is empty": "文件是空的",
        "The file is larger than {mb} MB: split it and upload the parts": "文件超过 {mb} MB，请拆分后分批上传",
        "The file has more than {rows} rows: split it and upload the parts": "文件超过 {rows} 行，请拆分后分批上传",
        "The upload could not be read; please try again": "上传的内容无法读取，请重新上传",
        "The file is not a readable .xlsx workbook: open it in Excel or WPS and save it as .xlsx": "文件不是有效的 .xlsx 工作簿，请用 Excel 或 WPS 打开后另存为 .xlsx",
        "Old .xls workbooks cannot be read: save it as .xlsx": "不支持旧版 .xls 文件，请另存为 .xlsx 后上传",
        "Only .xlsx and .csv files can be uploaded": "只能上传 .xlsx 或 .csv 文件",
        "The CSV file is not UTF-8 or GB18030 text": "CSV 文件不是 UTF-8 或 GB18030 编码的文本",
        "The CSV file cannot be read at row {row}": "CSV 文件第 {row} 行无法读取",
        "No row names the columns {station} and {amount}": "文件中找不到列名“{station}”和“{amount}”",
        "The file has no allocations under its column names": "文件的列名下没有下拨数据",
        "The station is missing": "未填写站点",
        "No station is named or numbered {value}": "没有名称或编号为“{value}”的站点",
        "Several stations are named {value}: use the station's id": "有多个站点名为“{value}”，请改填站点编号",
        "{station} is already in row {row}": "“{station}”已在第 {row} 行出现",
        # the notice
        "Operating funds of the party branches in {year}: allocated and spent": "{year} 年度小区综合党支部工作经费下拨及使用情况公示",
        "As of {date}; amounts in yuan.": "数据截至 {date}，金额单位：元。",
        "Funds notice": "经费公示",
        "Page &P of &N": "第 &P 页，共 &N 页",
    }
)


class AmountError(ValueError):
    """An amount the person must correct; the message says how, in their language."""


class UploadError(ValueError):
    """A file that cannot be taken as a whole (too big, not a table, no column names)."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


# -- amounts --------------------------------------------------------------------------------
def parse_amount(value: object) -> int:
    """Yuan as typed or as a spreadsheet cell -> integer fen, exactly.

    service.parse_yuan is not strict enough for a form: Decimal() also takes '1e3',
    '1_000', 'sNaN' (which raises outside ValueError) and commas anywhere, and its
    messages are English."""
    if value is None:
        raise AmountError(t("Type an amount in yuan"))
    if isinstance(value, bool):
        text = "?"
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, float | Decimal):
        # a cell's float reads back as its shortest decimal (14500.01, not 14500.0099...);
        # format "f" spells out an exponent (1e+16)
        number = Decimal(repr(value)) if isinstance(value, float) else value
        text = format(number, "f") if number.is_finite() else "?"
    else:
        text = str(value)
    # NFKC: full-width digits, comma and point from a Chinese input method
    text = unicodedata.normalize("NFKC", text).strip()
    text = text.removeprefix("¥").removesuffix("元").strip()
    if not text:
        raise AmountError(t("Type an amount in yuan"))
    found = _AMOUNT.fullmatch(text.removeprefix("-").strip())
    if found is None:
        raise AmountError(t("Not an amount of yuan: {value}", value=str(value).strip()[:40]))
    if text.startswith("-"):
        raise AmountError(t("An amount cannot be negative"))
    whole, decimals = found.group(1).replace(",", ""), found.group(2) or ""
    if len(decimals) > 2:
        raise AmountError(t("At most two decimals (fen)"))
    too_much = AmountError(t("At most {max} yuan", max=labels.yuan(MAX_YUAN * 100)))
    if len(whole.lstrip("0")) > len(str(MAX_YUAN)):  # before int(): it refuses 4,301 digits
        raise too_much
    fen = int(whole) * 100 + int(decimals.ljust(2, "0"))
    if fen > MAX_YUAN * 100:
        raise too_much
    return fen


def parse_year(text: object) -> int:
    try:
        year = int(str(text).strip())
    except ValueError:
        year = 0
    if not 2000 <= year <= 2999:
        raise AmountError(t("The year must be between 2000 and 2999"))
    return year


# -- reading a file -------------------------------------------------------------------------
Cells = tuple[object, ...]


def read_table(filename: str, data: bytes) -> list[tuple[int, Cells]]:
    """(row number, cells) of the first sheet or of the CSV; by content, not by name."""
    if not data:
        raise UploadError(t("The file is empty"))
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UploadError(t("Old .xls workbooks cannot be read: save it as .xlsx"))
    name = filename.lower()
    if name.endswith((".xlsx", ".xlsm")):
        raise UploadError(
            t(
                "The file is not a readable .xlsx workbook: open it in Excel or WPS "
                "and save it as .xlsx"
            )
        )
    if name.endswith((".csv", ".txt")):
        return _read_csv(data)
    raise UploadError(t("Only .xlsx and .csv files can be uploaded"))


def _read_xlsx(data: bytes) -> list[tuple[int, Cells]]:
    from openpyxl import load_workbook

    unreadable = t(
        "The file is not a readable .xlsx workbook: open it in Excel or WPS and save it as .xlsx"
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UploadError(unreadable) from exc
    if unpacked > MAX_UNZIPPED_BYTES:
        raise UploadError(
            t(
                "The file is larger than {mb} MB: split it and upload the parts",
                mb=MAX_UPLOAD_BYTES // (1024 * 1024),
            ),
            413,
        )
    out: list[tuple[int, Cells]] = []
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file: all "not xlsx"
        raise UploadError(unreadable) from exc
    try:
        if not wb.worksheets:
            raise UploadError(unreadable)
        filled = 0
        rows = wb.worksheets[0].iter_rows(max_col=MAX_COLUMNS, values_only=True)
        for n, cells in enumerate(rows, start=1):
            if all(_blank(c) for c in cells):
                continue
            filled += 1
            if filled > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise UploadError(_too_many_rows())
            out.append((n, tuple(cells)))
    except UploadError:
        raise
    except Exception as exc:  # a sheet broken past its first rows is just as unreadable
        raise UploadError(unreadable) from exc
    finally:
        wb.close()
    return out


def _read_csv(data: bytes) -> list[tuple[int, Cells]]:
    not_text = t("The CSV file is not UTF-8 or GB18030 text")
    if b"\x00" in data:  # UTF-16 or a binary file
        raise UploadError(not_text)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")  # what Excel and WPS on Chinese Windows save
        except UnicodeDecodeError as exc:
            raise UploadError(not_text) from exc
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    out: list[tuple[int, Cells]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    n = 0
    try:
        for n, cells in enumerate(reader, start=1):
            if all(_blank(c) for c in cells):
                continue
            if len(out) >= MAX_ROWS + HEADER_SEARCH_ROWS:
                raise UploadError(_too_many_rows())
            out.append((n, tuple(cells)))
    except csv.Error as exc:
        raise UploadError(t("The CSV file cannot be read at row {row}", row=n + 1)) from exc
    return out


def _too_many_rows() -> str:
    return t("The file has more than {rows} rows: split it and upload the parts", rows=MAX_ROWS)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _key(value: object) -> str:
    """Column names and station names compared the way people see them."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip().lower()
    return re.sub(r"\s+", "", text)


# -- checking rows --------------------------------------------------------------------------
@dataclass(frozen=True)
class Planned:
    row: int
    station_id: str
    name: str
    fen: int


def check_rows(
    table: list[tuple[int, Cells]], stations: list[Any]
) -> tuple[list[Planned], list[tuple[int, str]]]:
    """Every row checked against the stations one may allocate to: (plan, problems)."""
    where = None
    for n, cells in table[:HEADER_SEARCH_ROWS]:
        names = [_key(c) for c in cells]
        si = next((i for i, c in enumerate(names) if c in STATION_HEADERS), None)
        ai = next((i for i, c in enumerate(names) if c in AMOUNT_HEADERS), None)
        if si is not None and ai is not None:
            where = (n, si, ai)
            break
    if where is None:
        raise UploadError(
            t(
                "No row names the columns {station} and {amount}",
                station="站点",
                amount="金额（元）",
            )
        )
    header_row, si, ai = where
    by_id = {s.id: s for s in stations}
    by_name: dict[str, list[Any]] = {}
    for s in stations:
        by_name.setdefault(_key(s.name), []).append(s)
    plan: list[Planned] = []
    problems: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    count = 0
    for n, cells in table:
        if n <= header_row:
            continue
        name_cell = cells[si] if si < len(cells) else None
        amount_cell = cells[ai] if ai < len(cells) else None
        if _blank(name_cell) and _blank(amount_cell):
            continue  # other columns only: a note or a subtotal under the table
        count += 1
        if count > MAX_ROWS:
            raise UploadError(_too_many_rows())
        station = None
        text = str(name_cell).strip() if not _blank(name_cell) else ""
        matches = by_name.get(_key(text), [])
        if not text:
            problems.append((n, t("The station is missing")))
        elif text in by_id:
            station = by_id[text]
        elif len(matches) == 1:
            station = matches[0]
        elif matches:
            problems.append((n, t("Several stations are named {value}: use the station's id",
                                  value=text[:60])))  # fmt: skip
        else:
            problems.append((n, t("No station is named or numbered {value}", value=text[:60])))
        if station is not None:
            if station.id in seen:
                problems.append(
                    (n, t("{station} is already in row {row}", station=station.name,
                          row=seen[station.id]))
                )  # fmt: skip
                station = None
            else:
                seen[station.id] = n
        try:
            fen = parse_amount(amount_cell)
        except AmountError as exc:
            problems.append((n, str(exc)))
            continue
        if station is not None:
            plan.append(Planned(n, station.id, station.name, fen))
    if not plan and not problems:
        raise UploadError(t("The file has no allocations under its column names"))
    return plan, problems


# -- reading a size-limited form ------------------------------------------------------------
async def limited_form(request: Request, limit: int) -> FormData:
    """The multipart form, refusing a body over `limit` before parsing it: Starlette
    spools uploaded files to disk with no limit of its own."""
    too_big = UploadError(
        t(
            "The file is larger than {mb} MB: split it and upload the parts",
            mb=MAX_UPLOAD_BYTES // (1024 * 1024),
        ),
        413,
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > HARD_BODY_LIMIT:
        raise too_big
    body = bytearray()
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > HARD_BODY_LIMIT:
            break
        if seen <= limit:
            body += chunk
    # the rest of a moderately large body is read and dropped, so the browser gets the
    # page with the reason instead of a reset connection
    if seen > limit:
        raise too_big
    replayed = False

    async def replay() -> dict[str, Any]:
        nonlocal replayed
        if replayed:
            return {"type": "http.disconnect"}
        replayed = True
        return {"type": "http.request", "body": bytes(body), "more_body": False}

    try:
        return await Request(request.scope, replay).form(
            max_files=1, max_fields=10, max_part_size=64 * 1024
        )
    except HTTPException as exc:  # Starlette's answer to a malformed multipart body
        raise UploadError(t("The upload could not be read; please try again")) from exc


# -- the notice workbook --------------------------------------------------------------------
def notice_workbook(view: dict[str, Any], today: dt.date) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    year = view["year"]
    cats = list(labels.CATEGORIES.items())
    head = [t("Street"), t("Community"), t("Station"), t("Allocated"), t("Spent"), t("Left")]
    head += [t(label) for _, label in cats]
    width = len(head)
    last_col = get_column_letter(width)
    wb = Workbook()
    ws = wb.active
    ws.title = t("Funds notice")
    ws.append(
        [t("Operating funds of the party branches in {year}: allocated and spent", year=year)]
    )
    ws.merge_cells(f"A1:{last_col}1")
    ws["A1"].font = Font(bold=True, size=15)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([t("As of {date}; amounts in yuan.", date=today.isoformat())])
    ws.merge_cells(f"A2:{last_col}2")
    ws["A2"].alignment = Alignment(horizontal="right")
    ws.append(head)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    first = 4
    for s in view["items"]:
        fens = [s["allocated"], s["spent"], s["left"], *(s["by_category"][k] for k, _ in cats)]
        # exact yuan from integer fen: never a float sum of floats
        ws.append([s["street"], s["community"], s["name"], *(Decimal(f) / 100 for f in fens)])
    last = ws.max_row if view["items"] else first - 1
    total_row = [t("Total"), "", ""]
    for col in range(4, width + 1):
        letter = get_column_letter(col)
        total_row.append(f"=SUM({letter}{first}:{letter}{last})" if last >= first else 0)
    ws.append(total_row)
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row, max_col=width):
        for cell in row:
            cell.border = box
            if cell.column >= 4 and cell.row > 3:
                cell.number_format = "#,##0.00"
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for col, w in zip(range(1, width + 1), [14, 14, 26] + [13] * (width - 3), strict=True):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = "D4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes, one page wide
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = t("Page &P of &N")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# -- routes ---------------------------------------------------------------------------------
def register_routes(app: FastAPI, console: Console) -> None:
    db = console.db
    server = console.server

    def funds_view(scope: Scope, year: int) -> dict[str, Any]:
        with db.read() as conn:
            chosen = scope.stations(conn)
        start, end = dfig.parse_period(year)
        got = dfig.per_station(db, [s.id for s in chosen], [(start, end)])
        parts = got[dfig.period_key(start, end)]
        items = []
        for s in chosen:
            f = parts[s.id]["funds"]
            items.append(
                {
                    "id": s.id,
                    "name": s.name,
                    "street": s.street,
                    "community": s.community,
                    "allocated": f["allocated_fen"],
                    "spent": f["spent_fen"],
                    "left": f["left_fen"],
                    "used": f["spent_fen"] / f["allocated_fen"] if f["allocated_fen"] else None,
                    "by_category": {
                        k: f["spent_by_category_fen"].get(k, 0) for k in labels.CATEGORIES
                    },
                }
            )
        totals = {k: sum(i[k] for i in items) for k in ("allocated", "spent", "left")} | {
            "by_category": {k: sum(i["by_category"][k] for i in items) for k in labels.CATEGORIES}
        }
        totals["used"] = totals["spent"] / totals["allocated"] if totals["allocated"] else None
        return {"year": year, "items": items, "totals": totals}

    async def render(
        request: Request,
        s: accounts.Session,
        year: int,
        status: int = 200,
        view: dict[str, Any] | None = None,
        **extra: Any,
    ) -> Response:
        if view is None:
            view = await console.work(funds_view, console.scope(s), year)
        extra.setdefault("errors", {})
        extra.setdefault("values", {})
        return console.page(
            request, "funds.html", s, status, labels=labels, categories=labels.CATEGORIES,
            max_mb=MAX_UPLOAD_BYTES // (1024 * 1024), max_rows=MAX_ROWS, **view, **extra,
        )  # fmt: skip

    def year_of(text: str) -> int:
        if not text:
            return dt.date.today().year
        try:
            return parse_year(text)
        except AmountError as exc:
            raise Problem(400, str(exc)) from exc

    @app.get("/funds", include_in_schema=False)
    async def funds_page(
        request: Request, year: str = "", saved: str = "", uploaded: str = ""
    ) -> Response:
        s = await console.session(request, ("district",))
        chosen = year_of(year)
        view = await console.work(funds_view, console.scope(s), chosen)
        message = ""
        done = next((i for i in view["items"] if i["id"] == saved), None)
        if done is not None:  # said from the figures themselves, not from the link
            message = t(
                "The allocation of {station} for {year} is now {amount} yuan; the station "
                "receives it at its next sync.",
                station=done["name"], year=chosen, amount=labels.yuan(done["allocated"]),
            )  # fmt: skip
        elif uploaded.isdigit() and len(uploaded) <= 6:  # a count of rows, at most MAX_ROWS
            message = t("{n} allocations for {year} applied from the file.", n=int(uploaded),
                        year=chosen)  # fmt: skip
        return await render(request, s, chosen, view=view, message=message)

    @app.post("/funds/allocate", include_in_schema=False)
    async def allocate(request: Request) -> Response:
        s = await console.session(request, ("district",))
        form = await request.form()
        console.check_csrf(s, form)
        station_id = str(form.get("station", ""))
        year = year_of(str(form.get("year", "")))
        typed = str(form.get("amount", ""))[:100]

        def check() -> str:
            with db.read() as conn:
                return str(console.scope(s).station(conn, station_id).id)  # NotFound: 404

        await console.work(check)
        try:
            fen = parse_amount(typed)
        except AmountError as exc:
            return await render(
                request, s, year, 400, errors={station_id: str(exc)}, values={station_id: typed}
            )

        def run() -> None:
            server.allocate(station_id, year, fen)
            with db.write() as conn:
                accounts.audit(conn, s.user.username, "allocate", station_id, f"{year} {fen}")

        await console.work(run)
        return see_other(f"/funds?year={year}&saved={station_id}#station-{station_id}")

    @app.post("/funds/upload", include_in_schema=False)
    async def upload(request: Request) -> Response:
        s = await console.session(request, ("district",))
        fallback = dt.date.today().year
        try:
            form = await limited_form(request, MAX_UPLOAD_BYTES + 64 * 1024)
        except UploadError as exc:
            return await render(request, s, fallback, exc.status, upload_error=exc.reason)
        try:
            console.check_csrf(s, form)
            file = form.get("file")
            data = await file.read(MAX_UPLOAD_BYTES + 1) if isinstance(file, UploadFile) else b""
            filename = (file.filename or "") if isinstance(file, UploadFile) else ""
        finally:
            await form.close()  # the file's spooled copy, now read
        try:
            year = parse_year(form.get("year", ""))
        except AmountError as exc:
            return await render(request, s, fallback, 400, upload_error=str(exc))
        if not isinstance(file, UploadFile) or (not data and not filename):
            return await render(request, s, year, 400, upload_error=t("Choose a file to upload"))
        if len(data) > MAX_UPLOAD_BYTES:
            reason = t(
                "The file is larger than {mb} MB: split it and upload the parts",
                mb=MAX_UPLOAD_BYTES // (1024 * 1024),
            )
            return await render(request, s, year, 413, upload_error=reason)

        def plan() -> tuple[list[Planned], list[tuple[int, str]]]:
            table = read_table(filename, data)
            with db.read() as conn:
                allowed = console.scope(s).stations(conn)
            return check_rows(table, allowed)

        try:
            planned, problems = await console.work(plan)
        except UploadError as exc:
            return await render(request, s, year, exc.status, upload_error=exc.reason)
        if problems:
            return await render(
                request, s, year, 400,
                upload_problems=problems[:MAX_SHOWN_PROBLEMS],
                more_problems=max(0, len(problems) - MAX_SHOWN_PROBLEMS),
            )  # fmt: skip

        def apply() -> int:
            done: list[Planned] = []
            try:
                for p in planned:  # each its own transaction, as Server.allocate is
                    server.allocate(p.station_id, year, p.fen)
                    done.append(p)
            finally:  # whatever was applied is in the audit log, even after a failure
                with db.write() as conn:
                    for p in done:
                        detail = f"{year} {p.fen}"
                        accounts.audit(conn, s.user.username, "allocate", p.station_id, detail)
                    accounts.audit(conn, s.user.username, "upload_allocations", filename[:120],
                                   f"{year} {len(done)}/{len(planned)}")  # fmt: skip
            return len(done)

        n = await console.work(apply)
        return see_other(f"/funds?year={year}&uploaded={n}")

    @app.get("/funds/notice.xlsx", include_in_schema=False)
    async def notice(request: Request, year: str = "") -> Response:
        s = await console.session(request, ("district",))
        chosen = year_of(year)
        view = await console.work(funds_view, console.scope(s), chosen)

        def run() -> bytes:
            with db.write() as conn:
                accounts.audit(conn, s.user.username, "export", "funds_notice", str(chosen))
            return notice_workbook(view, dt.date.today())

        data = await console.work(run)
        name = f"funds-notice-{chosen}.xlsx"
        return Response(
            data,
            media_type=XLSX,
            headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
        )
