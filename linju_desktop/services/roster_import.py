"""Importing a roster from CSV (UTF-8 or GB18030) or .xlsx.

Each row is checked on its own, then against the roster (whose holders of the file's ID
numbers are read in one query) and the rows before it. Each good row is stored (the new
ones together, logged and indexed by one statement each); each bad row is reported with
its row number (the header is row 1), its column and the reason. Rows are matched to the
roster by ID number, so importing the same file twice adds and changes nothing, and a
corrected file updates the members it names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from linju_desktop.domain import members as rules
from linju_desktop.domain.errors import Problem
from linju_desktop.domain.i18n import tr
from linju_desktop.services import members as member_svc
from linju_desktop.services.tabular import read_table
from linju_desktop.store.database import Store

_MSG_NO_NAME_OR_ID = "The file has no 姓名 or 身份证号 column; use the roster template"
_MSG_SAME_ID_IN_FILE = "The same ID number is already in row {row} of this file"
_MSG_ID_OTHER_NAME = "This ID number belongs to {name} on the roster, not to this name"


@dataclass(frozen=True)
class RowProblem:
    row: int  # spreadsheet row number; the header is row 1
    column: str  # the column header as written in the file (or the field's label)
    message: str  # already translated
    warning: bool = False

    def __str__(self) -> str:
        kind = tr("warning") if self.warning else tr("error")
        return tr(
            "Row {row}, column {column} ({kind}): {message}",
            row=self.row,
            column=self.column,
            kind=kind,
            message=self.message,
        )


@dataclass
class ImportReport:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.refused == 0

    def summary(self) -> str:
        return tr(
            "{rows} rows read: {added} added, {updated} updated, {unchanged} unchanged, "
            "{refused} refused",
            rows=self.rows,
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            refused=self.refused,
        )


KNOWN_HEADERS = set(rules.FIELD_LABELS.values()) | set(rules.HEADER_ALIASES)


def import_members(
    store: Store,
    path: Path,
    today: dt.date,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:
    """Import a roster file. `progress(done, total)` may return False to cancel;
    rows stored before a cancel stay (they were good), nothing half-written does."""
    table = read_table(path, known_headers=KNOWN_HEADERS)
    report = ImportReport()
    columns: dict[int, str] = {}
    for i, header in enumerate(table.header):
        key = rules.header_key(header)
        if key and key not in columns.values():
            columns[i] = key
        elif header.strip():
            report.ignored_columns.append(header)
    label = {key: table.header[i] for i, key in columns.items()}
    if "name" not in label or "id_number" not in label:
        report.problems.append(RowProblem(1, "", tr(_MSG_NO_NAME_OR_ID)))
        report.refused = len(table.rows)
        report.rows = len(table.rows)
        return report

    total = len(table.rows)
    checked = []  # (row number, raw, clean, problems): each row checked on its own first
    for done, row in enumerate(table.rows, 1):
        if progress and done % 200 == 0 and progress(done, total) is False:
            break
        raw = {key: row.cells[i] if i < len(row.cells) else "" for i, key in columns.items()}
        checked.append((row.number, raw, *rules.normalise_member(raw, today)))
    report.rows = len(checked)

    seen: dict[str, int] = {}
    groups: dict[str, str | None] = {}  # party group name -> id, looked up once
    added: list[dict] = []  # new members, written together (one statement logs them all)
    with store.transaction():
        # the roster's holders of the file's ID numbers, in one query
        holders = member_svc.holders_of(store, [c[2]["id_number"] for c in checked])
        for number, raw, clean, problems in checked:
            idn = clean["id_number"]
            holder = None
            if idn and not any(p.field == "id_number" and not p.warning for p in problems):
                if idn in seen:
                    problems.append(Problem("id_number", _MSG_SAME_ID_IN_FILE, {"row": seen[idn]}))
                else:
                    seen[idn] = number
                    holder = holders.get(idn)
                    if holder and holder["name"] != clean["name"]:
                        problems.append(
                            Problem("id_number", _MSG_ID_OTHER_NAME, {"name": holder["name"]})
                        )
            errors = [p for p in problems if not p.warning]
            for p in problems:
                column = label.get(p.field) or rules.FIELD_LABELS.get(p.field, p.field)
                report.problems.append(RowProblem(number, column, p.text(), p.warning))
            if errors:
                report.refused += 1
                continue
            if holder:
                values = member_svc.to_row(store, _only_given(clean, raw), groups)
                changed = store.update("members", holder["id"], values)
                report.updated += changed
                report.unchanged += not changed
            else:
                added.append({**member_svc.to_row(store, clean, groups), "status": "active"})
                report.added += 1
        if added:
            store.insert_many("members", added)
    if progress:
        progress(total, total)
    return report


def _only_given(clean: dict, raw: dict) -> dict:
    """For an update keep only the columns the file has, so a short file erases nothing."""
    keep = set(raw) | {"name", "id_number", "gender", "birth_date"}
    return {k: v for k, v in clean.items() if k in keep}
