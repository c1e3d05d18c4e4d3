"""Opening an .xlsx read-only without openpyxl's up-front scan of every sheet.

openpyxl's read-only worksheet looks for the sheet's <dimension> when it is made, and a
sheet written without one (openpyxl's own write-only mode, many exporting systems) is
parsed to its last row just to learn that it has none: 5,000 roster rows cost about a
second before the first cell is read. The importer never uses those dimensions (its
openpyxl fallback resets them anyway), so its sheets skip the scan.
"""

from __future__ import annotations

from typing import IO, Any

from openpyxl.reader.excel import ExcelReader
from openpyxl.worksheet._read_only import ReadOnlyWorksheet


class _UnsizedSheet(ReadOnlyWorksheet):
    def _get_size(self) -> None:
        """Leave the dimensions unknown (openpyxl then reads to the sheet's end)."""


class _Reader(ExcelReader):  # type: ignore[misc]
    def read_worksheets(self) -> None:
        # Only worksheets: chartsheets hold no cells, and wb.worksheets leaves them out.
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                continue
            ws = _UnsizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def load_read_only(fh: IO[bytes]) -> Any:
    """Like openpyxl.load_workbook(fh, read_only=True, data_only=True), sheets unsized."""
    reader = _Reader(fh, read_only=True, data_only=True)
    reader.read()
    return reader.wb
