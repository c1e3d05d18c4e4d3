"""Which outputs exist, how each is asked for, and writing one to a file.

The window and `linju print` both go through build() and save(): one definition of
what each output says and one way of writing it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from linju_desktop.domain import clock
from linju_desktop.domain.i18n import tr
from linju_desktop.reports.period import Period, ReportError
from linju_desktop.store.paths import make_private

if TYPE_CHECKING:
    from linju_desktop.reports.model import Document
    from linju_desktop.store.database import Store

# kind -> (English name, needs a record id, takes a period)
KINDS: dict[str, tuple[str, bool, bool]] = {
    "meeting": ("Meeting record", True, False),
    "meetings": ("Register of meetings (三会一课)", False, True),
    "funds": ("Public notice of party branch funds", False, True),
    "ledger": ("Funds ledger", False, True),
    "requests": ("Three lists of residents' requests", False, True),
    "request": ("Request handling sheet", True, False),
    "roster": ("Roster of party members", False, False),
    "annual": ("Yearly summary of the branch's records", False, True),
    "tasks": ("List of tasks and errands", False, True),
    "service": ("Record of volunteer service", True, False),
    "points": ("Points and goods ledger", False, True),
    "consultation": ("Public notice of a consultation", True, False),
}
SUFFIXES = (".pdf", ".xlsx")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Order:
    """What the user asked for."""

    kind: str
    ident: str = ""
    period: Period | None = None
    list_name: str = "all"
    full_ids: bool = False


def build(store: Store, order: Order, today: dt.date | None = None) -> Document:
    today = today or clock.today()
    if order.kind not in KINDS:
        raise ReportError(tr("Unknown output {kind}", kind=order.kind))
    _, needs_id, _ = KINDS[order.kind]
    if needs_id and not order.ident:
        raise ReportError(tr("Say which record to print (its id or number)"))
    period = order.period or Period.year(today.year)
    # The builders are imported when an output is asked for: every page imports Order
    # (its print menu), and the window should not load every report to start.
    from linju_desktop.reports.annual_report import annual_summary
    from linju_desktop.reports.funds_reports import funds_ledger, funds_notice
    from linju_desktop.reports.meeting_reports import meeting_record, meeting_register
    from linju_desktop.reports.neighbourhood_reports import (
        consultation_notice,
        points_ledger,
        service_record,
        task_list,
    )
    from linju_desktop.reports.request_reports import request_lists, request_sheet
    from linju_desktop.reports.roster_report import roster

    if order.kind == "meeting":
        return meeting_record(store, order.ident)
    if order.kind == "request":
        return request_sheet(store, order.ident)
    if order.kind == "meetings":
        return meeting_register(store, period, today)
    if order.kind == "funds":
        return funds_notice(store, period)
    if order.kind == "ledger":
        return funds_ledger(store, period)
    if order.kind == "requests":
        return request_lists(store, period, order.list_name)
    if order.kind == "tasks":
        return task_list(store, period)
    if order.kind == "service":
        return service_record(store, order.ident)
    if order.kind == "points":
        return points_ledger(store, period)
    if order.kind == "consultation":
        return consultation_notice(store, order.ident)
    if order.kind == "roster":
        return roster(store, full_ids=order.full_ids)
    return annual_summary(store, period, today)


def save(
    doc: Document,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write a .pdf or .xlsx atomically: a failed or cancelled write leaves no file."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportError(
            tr("Cannot write {name}: the file must end in .pdf or .xlsx", name=target.name)
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(tr("The folder {folder} does not exist", folder=str(folder)))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=suffix, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ReportError(
            tr("Cannot write {name}: {reason}", name=target.name, reason=_reason(exc))
        ) from exc
    try:
        if suffix == ".pdf":
            from linju_desktop.reports import pdf

            lay = pdf.layout(doc, progress, cancelled)
            pdf.write_pdf(lay, tmp, None, cancelled)
            if os.path.getsize(tmp) == 0:
                raise ReportError(
                    tr("Cannot write {name}: the PDF came out empty", name=target.name)
                )
        else:
            from linju_desktop.reports.xlsx import write_xlsx

            write_xlsx(doc, tmp, progress)
        make_private(Path(tmp))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ReportError(
                tr("Cannot write {name}: {reason}", name=target.name, reason=_reason(exc))
            ) from exc
        raise


def _reason(exc: OSError) -> str:
    """The usual reasons in the user's language (the system's own text is English)."""
    no_permission = tr("there is no permission to write there")
    reasons = {
        errno.EACCES: no_permission,
        errno.EPERM: no_permission,
        errno.ENOENT: tr("the folder does not exist"),
        errno.ENOSPC: tr("the disk is full"),
        errno.EROFS: tr("the disk is read-only"),
        errno.EISDIR: tr("a folder has that name"),
    }
    return reasons.get(exc.errno or 0) or str(exc.strerror or exc)
