"""What a printed output says, independent of how it is drawn.

A Document is a list of blocks (headings, label/value grids, free text, tables,
signature lines). Builders (one module per record book) make Documents from the
record book; the PDF/print renderer and the workbook writer turn the same Document
into paper and Excel, so both always say the same thing.

Cell values keep their type: str, int, Money (integer fen), datetime.date, a local
datetime.datetime, Percent, or None. Renderers format them; the workbook writes them
as real numbers and dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from linju_desktop.domain.money import format_yuan

ColumnKind = Literal["text", "int", "decimal", "money", "date", "datetime", "percent"]


@dataclass(frozen=True)
class Money:
    fen: int


@dataclass(frozen=True)
class Percent:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = "text"
    weight: float = 1.0  # share of the page width
    total: bool = False  # summed in the table's totals row


@dataclass
class Table:
    columns: Sequence[Column]
    rows: list[list[Any]]
    title: str = ""
    totals_label: str | None = None  # a totals row under the table when set
    empty_text: str = ""  # printed instead of an empty table
    sheet: str = ""  # in a workbook: starts a sheet of this name (a table of another kind)

    def totals(self) -> list[Any]:
        """The totals row (label in the first column, sums in the `total` columns)."""
        out: list[Any] = [None] * len(self.columns)
        for i, col in enumerate(self.columns):
            if col.total:
                values = [r[i] for r in self.rows if r[i] is not None]
                if col.kind == "money":
                    out[i] = Money(sum(v.fen for v in values))
                else:
                    out[i] = sum(values)
        out[0] = self.totals_label
        return out


@dataclass
class Heading:
    text: str


@dataclass
class Fields:
    """Label/value pairs in a grid, like the boxes at the top of a printed form."""

    pairs: list[tuple[str, Any]]
    columns: int = 2


@dataclass
class Text:
    text: str
    label: str = ""
    min_lines: int = 0  # blank ruled room to write in by hand when the text is short


@dataclass
class Signatures:
    labels: list[str]


@dataclass
class PageBreak:
    pass


@dataclass
class Nothing:
    """Printed alone, large, when the period holds no records at all ("本年度无记录"):
    a page that says so, not a page of empty tables."""

    text: str


Block = Heading | Fields | Text | Table | Signatures | PageBreak | Nothing


@dataclass
class Document:
    kind: str
    title: str
    branch: str
    blocks: list[Block] = field(default_factory=list)
    subtitle: str = ""
    landscape: bool = False
    draft: bool = False  # printed with a clear 草稿 mark
    masked: bool | None = None  # None: no ID numbers in this output
    warnings: list[str] = field(default_factory=list)
    printed_on: dt.date = field(default_factory=dt.date.today)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]


def cell_text(value: Any, kind: ColumnKind = "text") -> str:
    """How a value reads on paper."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return format_yuan(value.fen)
    if isinstance(value, Percent):
        v = value.value
        return "—" if v is None else f"{v * 100:.1f}%"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return f"{value:f}"  # 40, not 4E+1
    return str(value)
