"""The same Document as an Excel workbook with real types and a print setup.

Amounts are numbers in yuan with two decimals (fen / 100, exact for every amount Linju
can hold), dates are dates, local times are times; totals are SUM formulas over the
rows above, so a secretary who corrects a cell sees the total follow.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from linju_desktop.domain.i18n import tr
from linju_desktop.reports import model as m
from linju_desktop.reports import xlsx_rows

FORMATS = {
    "money": "#,##0.00",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
    "percent": "0.0%",
    "int": "0",
    "decimal": "0.00",
}
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="E8E8E8")
_WRAP = Alignment(wrap_text=True, vertical="top")
MAX_WIDTH = 60
REPEAT_FROM = 20  # body rows from which a table's header repeats on each printed page


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _value(value: Any) -> Any:
    if isinstance(value, m.Money):
        return Decimal(value.fen) / 100
    if isinstance(value, m.Percent):
        return value.value
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _format(value: Any, kind: str) -> str | None:
    if isinstance(value, m.Money):
        return FORMATS["money"]
    if isinstance(value, m.Percent):
        return FORMATS["percent"]
    if isinstance(value, dt.datetime):
        return FORMATS["datetime"]
    if isinstance(value, dt.date):
        return FORMATS["date"]
    return FORMATS.get(kind) if kind != "text" else None


class _Writer:
    def __init__(self, doc: m.Document, progress: Callable[[int, int], None] | None) -> None:
        self.doc = doc
        self.wb = Workbook()
        self.ws: Worksheet = self.wb.active  # type: ignore[assignment]
        self.ws.title = _sheet_name(doc.title)
        self.row = 1
        self.ncols = max([len(t.columns) for t in doc.tables()] + [4])
        self.widths = [8.0] * self.ncols
        # (header row, body rows, column titles) of each table on the current sheet
        self.tables: list[tuple[int, int, list[str]]] = []
        self.progress = progress
        self.text_widths: dict[str, int] = {}
        self.total_rows = sum(len(t.rows) for t in doc.tables()) or 1
        self.done = 0

    def put(self, col: int, value: Any, kind: str = "text", bold: bool = False) -> None:
        cell = self.ws.cell(self.row, col, _value(value))
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text typed by a person is never a formula
        fmt = _format(value, kind)
        if fmt:
            cell.number_format = fmt
        if bold:
            cell.font = Font(bold=True)
        if isinstance(value, str) and col <= self.ncols:
            longest = self.text_widths.get(value)
            if longest is None:  # a ledger repeats its categories and payees: measured once
                longest = max((_width(line) for line in value.split("\n")), default=0)
                self.text_widths[value] = longest
            self.widths[col - 1] = max(self.widths[col - 1], min(longest + 2, MAX_WIDTH))
        elif value is not None and col <= self.ncols:
            self.widths[col - 1] = max(self.widths[col - 1], 12 if kind != "datetime" else 17)

    def run(self) -> Workbook:
        doc, ws = self.doc, self.ws
        self.put(1, doc.title, bold=True)
        ws.cell(1, 1).font = Font(bold=True, size=16)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=self.ncols)
        self.row += 1
        line = tr("Branch: {branch}", branch=doc.branch)
        if doc.subtitle:
            line = f"{doc.subtitle}　{line}"
        ws.cell(self.row, 1, line)
        self.row += 2
        for block in doc.blocks:
            if isinstance(block, m.Table) and block.sheet:
                self.new_sheet(block.sheet)
            ws = self.ws
            if isinstance(block, m.Heading):
                self.put(1, block.text, bold=True)
                self.row += 1
            elif isinstance(block, m.Fields):
                for label, value in block.pairs:
                    self.put(1, label, bold=True)
                    self.put(2, value)
                    self.row += 1
                self.row += 1
            elif isinstance(block, m.Text):
                if block.label:
                    self.put(1, block.label, bold=True)
                cell = ws.cell(self.row, 2, _value(block.text))
                cell.alignment = _WRAP
                if self.ncols > 2:
                    ws.merge_cells(
                        start_row=self.row, start_column=2, end_row=self.row, end_column=self.ncols
                    )
                lines = sum(1 + len(p) // 60 for p in block.text.split("\n"))
                ws.row_dimensions[self.row].height = min(409, 15 * max(1, lines))
                self.row += 2
            elif isinstance(block, m.Table):
                self.table(block)
            elif isinstance(block, m.Nothing):
                self.put(1, block.text, bold=True)
                ws.cell(self.row, 1).font = Font(bold=True, size=14)
                self.row += 2
            elif isinstance(block, m.Signatures):
                self.row += 1
                for i, label in enumerate(block.labels):
                    self.put(1 + 2 * i, label + "：")
                self.row += 2
        self.finish_sheet()
        return self.wb

    def new_sheet(self, name: str) -> None:
        """A table of another kind starts a sheet: each sheet's repeated header then fits
        every page it prints on."""
        if not self.tables and self.row <= 4:  # only the title so far: name this sheet
            self.ws.title = _sheet_name(name)
            return
        self.finish_sheet()
        self.ws = self.wb.create_sheet(_sheet_name(name))
        self.row = 1
        self.widths = [8.0] * self.ncols
        self.tables = []

    def finish_sheet(self) -> None:
        for i, w in enumerate(self.widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.print_setup()

    def table(self, block: m.Table) -> None:
        ws = self.ws
        if block.title:
            self.put(1, block.title, bold=True)
            self.row += 1
        head = self.row
        for i, col in enumerate(block.columns, 1):
            self.put(i, col.title, bold=True)
            cell = ws.cell(self.row, i)
            cell.fill, cell.border, cell.alignment = _HEAD_FILL, _BORDER, _WRAP
        self.tables.append((head, len(block.rows), [c.title for c in block.columns]))
        self.row += 1
        first = self.row
        if not block.rows:
            self.put(1, block.empty_text or tr("No records"))
            self.row += 2
            return
        for values in block.rows:
            for i, (v, col) in enumerate(zip(values, block.columns, strict=True), 1):
                self.put(i, v, col.kind)
            self.row += 1
            self.done += 1
            if self.progress and self.done % 500 == 0:
                self.progress(self.done, self.total_rows)
        if block.totals_label is not None:
            self.put(1, block.totals_label, bold=True)
            for i, col in enumerate(block.columns, 1):
                if col.total and i > 1:
                    letter = get_column_letter(i)
                    cell = ws.cell(self.row, i, f"=SUM({letter}{first}:{letter}{self.row - 1})")
                    cell.number_format = FORMATS.get(col.kind, "General")
                    cell.font = Font(bold=True)
                ws.cell(self.row, i).border = _BORDER
            self.row += 1
        self.row += 1

    def print_setup(self) -> None:
        ws, doc = self.ws, self.doc
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if doc.landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        # Printed grid lines rule the tables: a border on every body cell would cost
        # more than the rest of a 10,000-row ledger's workbook together.
        ws.print_options.gridLines = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        if (head := self.header_to_repeat()) is not None:
            ws.print_title_rows = f"{head}:{head}"
            if head <= 8:  # the table starts the sheet: keep its header in view too
                ws.freeze_panes = ws.cell(head + 1, 1)
        ws.oddHeader.left.text = doc.branch.replace("&", "&&")
        ws.oddHeader.right.text = doc.title.replace("&", "&&")
        ws.oddFooter.center.text = tr("Page &P of &N")
        ws.oddFooter.right.text = tr("Printed: {date}", date=doc.printed_on.isoformat())
        if doc.masked is not None:
            ws.oddFooter.left.text = (
                tr("ID numbers masked") if doc.masked else tr("FULL ID numbers: keep safe")
            )

    def header_to_repeat(self) -> int | None:
        """The header row printed atop every page: the sheet's longest table's, when it is
        long enough to need it and everything after it on the sheet has the same columns
        (another table's header over these rows would mislead)."""
        if not self.tables:
            return None
        if all(t[2] == self.tables[0][2] for t in self.tables):  # one kind: the roster's groups
            rows = sum(t[1] for t in self.tables)
            return self.tables[0][0] if rows >= REPEAT_FROM else None
        i = max(range(len(self.tables)), key=lambda k: self.tables[k][1])
        head, rows, titles = self.tables[i]
        if rows < REPEAT_FROM or any(t[2] != titles for t in self.tables[i + 1 :]):
            return None
        return head


def _sheet_name(text: str) -> str:
    return re.sub(r"[\\/?*\[\]:]", "_", text)[:31] or "Sheet"


def write_xlsx(
    doc: m.Document, path: str, progress: Callable[[int, int], None] | None = None
) -> None:
    xlsx_rows.save(_Writer(doc, progress).run(), path)
