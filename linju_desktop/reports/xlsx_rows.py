"""Saving a workbook with its rows written as text, not through ElementTree.

Without lxml, openpyxl serialises every cell through a pure-Python incremental XML writer:
on the ten-year ledger (80,000 cells) that is two thirds of the save. Here each plain row
becomes one string: the cells' attributes and values still come from openpyxl's own
_set_attributes (the same types, styles and dates), only the markup is joined here. A row
with anything else (comments, hyperlinks, rich text, a row height) and any sheet of an
openpyxl this was not written for go through openpyxl's own code.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell._writer import _set_attributes
from openpyxl.compat import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

_PLAIN = (str, int, float, Decimal, dt.date, dt.datetime, dt.time)


def _escape(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


class _RowWriter(WorksheetWriter):  # type: ignore[misc]
    def write_row(self, xf: Any, row: list[Any], row_idx: int) -> None:
        out = getattr(xf, "_file", None)
        if (
            not callable(out)
            or row_idx in self.ws.row_dimensions
            or any(
                c._comment is not None
                or c.hyperlink is not None
                or not (c._value is None or isinstance(c._value, _PLAIN))
                for c in row
            )
        ):
            super().write_row(xf, row, row_idx)
            return
        parts = [f'<row r="{row_idx}">']
        for cell in row:
            styled = cell.has_style
            if cell._value is None and not styled:
                continue
            value, attrs = _set_attributes(cell, styled)
            # r (A1), s (a number) and t (a type letter) never need escaping
            head = "<c" + "".join(f' {k}="{v}"' for k, v in attrs.items())
            if value is None or value == "":
                parts.append(head + "/>")
            elif cell.data_type == "f":
                parts.append(f"{head}><f>{_escape(value[1:])}</f><v></v></c>")
            elif cell.data_type == "s":
                space = ' xml:space="preserve"' if value != value.strip() else ""
                parts.append(f"{head}><is><t{space}>{_escape(value)}</t></is></c>")
            else:
                parts.append(f"{head}><v>{safe_string(value)}</v></c>")
        parts.append("</row>")
        out("".join(parts))


class _Writer(ExcelWriter):  # type: ignore[misc]
    def write_worksheet(self, ws: Any) -> None:
        # openpyxl 3.1's ExcelWriter.write_worksheet, with the row writer above
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _RowWriter(ws)
        writer.write()
        ws._rels = writer._rels
        self._archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()


def save(wb: Workbook, path: str) -> None:
    if wb.write_only or not hasattr(ExcelWriter, "write_worksheet"):
        wb.save(path)
        return
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    _Writer(wb, archive).save()
