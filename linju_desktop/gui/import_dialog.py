"""Importing a roster from the window: choose a file, import in the background with
progress and cancel, then show the row-by-row report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import fit_to_screen
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.widgets import inform, progress_dialog
from linju_desktop.gui.worker import Progress
from linju_desktop.services.roster_import import ImportReport, import_members


def tr(text: str) -> str:
    # Context "" is what lupdate records for a module-level tr() helper.
    return QCoreApplication.translate("", text)


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Roster import report"))
        self.resize(900, 520)
        fit_to_screen(self)  # scrolls inside, buttons on screen
        layout = QVBoxLayout(self)
        summary = QLabel(report.summary())
        summary.setObjectName("good" if report.ok else "bad")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if report.ignored_columns:
            layout.addWidget(
                QLabel(
                    tr("Columns not used: {names}").format(names="、".join(report.ignored_columns))
                )
            )
        table = QTableWidget(len(report.problems), 4)
        table.setObjectName("import_problems")
        table.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Kind"), tr("What to do")])
        for i, p in enumerate(report.problems):
            kind = tr("Warning") if p.warning else tr("Error")
            for j, text in enumerate((str(p.row), p.column, kind, p.message)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(i, j, item)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setVisible(bool(report.problems))
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def choose_roster_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Choose the roster file"),
        str(Path.home()),
        tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
    )
    return Path(name) if name else None


def import_roster(ctx: AppContext, parent: QWidget, path: Path, on_done=None) -> None:
    """Import in the background; the window keeps responding and can cancel."""
    op_holder: list = []
    dlg = progress_dialog(
        parent, tr("Importing the roster…"), lambda: op_holder and op_holder[0].cancel()
    )

    def work(progress: Progress) -> ImportReport:
        return import_members(
            ctx.store, path, ctx.today(), progress=lambda done, total: progress.update(done, total)
        )

    def progressed(done: int, total: int, _text: str) -> None:
        dlg.setMaximum(total)
        dlg.setValue(done)

    def succeeded(report: ImportReport) -> None:
        dlg.close()  # the members written are announced by run_op, from the change log
        ImportReportDialog(report, parent).exec()
        if on_done:
            on_done(report)

    def failed(exc: BaseException) -> None:
        dlg.close()
        inform(parent, tr("The roster could not be imported"), str(exc), error=True)

    # On the writer thread: the import is one transaction, queued behind other saves.
    op_holder.append(run_op(ctx, work, succeeded, failed, progressed))
