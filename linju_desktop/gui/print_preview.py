"""Print preview: page through an output, zoom, print it, save it as PDF or Excel.

The output is built and laid out off the UI thread; the first page shows as soon as it is
laid out, whatever the length, and the rest follow. Saving runs in the background with
progress and a cancel button; a cancelled save leaves no file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import load_form
from linju_desktop.gui.print_button import PrintButton  # noqa: F401  (its old home)
from linju_desktop.gui.worker import Operation, Progress, run_in_background
from linju_desktop.reports import catalogue, pdf
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.model import Document
from linju_desktop.reports.period import ReportError

ZOOMS = (50, 67, 80, 100, 125, 150, 200, 300)  # percent of the real size on screen


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


class _FirstPage(QObject):
    """Carries the first laid-out page from the worker thread to the window."""

    ready = Signal(object)


class PrintPreviewDialog(QDialog):
    def __init__(self, ctx: AppContext, order: Order, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.order = ctx, order
        self.setObjectName("print_preview")
        self.form = load_form("print_preview.ui", self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.form)
        f = self.form
        self.page_box: QSpinBox = f.findChild(QSpinBox, "page_box")
        self.pages_label: QLabel = f.findChild(QLabel, "pages_label")
        self.page_view: QLabel = f.findChild(QLabel, "page_view")
        self.scroll: QScrollArea = f.findChild(QScrollArea, "scroll")
        self.status_label: QLabel = f.findChild(QLabel, "status_label")
        self.progress: QProgressBar = f.findChild(QProgressBar, "progress")
        self.buttons = {
            name: f.findChild(QPushButton, f"{name}_button")
            for name in ("prev", "next", "zoom_out", "zoom_in", "fit", "cancel", "print",
                         "pdf", "xlsx", "close")
        }  # fmt: skip
        self.setWindowTitle(tr("Print preview"))
        self.doc: Document | None = None
        self.layout_: pdf.Layout | None = None
        self.zoom = 100
        self.fit_width = True
        self.op: Operation | None = None
        self.error = ""
        b = self.buttons
        b["prev"].clicked.connect(lambda: self.page_box.setValue(self.page_box.value() - 1))
        b["next"].clicked.connect(lambda: self.page_box.setValue(self.page_box.value() + 1))
        b["zoom_in"].clicked.connect(lambda: self.step_zoom(1))
        b["zoom_out"].clicked.connect(lambda: self.step_zoom(-1))
        b["fit"].clicked.connect(self.fit)
        b["cancel"].clicked.connect(self.cancel)
        b["print"].clicked.connect(self.print_pages)
        b["pdf"].clicked.connect(lambda: self.save(".pdf"))
        b["xlsx"].clicked.connect(lambda: self.save(".xlsx"))
        b["close"].clicked.connect(self.reject)
        self.page_box.valueChanged.connect(lambda _v: self.show_page())
        self._set_ready(False)
        self.resize(1100, 760)
        self.start()

    # -- building -------------------------------------------------------------------------------
    def start(self) -> None:
        first = _FirstPage()
        first.ready.connect(self._on_first_page)
        self._first = first  # kept alive while the worker may still emit
        store, order, today = self.ctx.store, self.order, self.ctx.today()

        def work(p: Progress) -> tuple[Document, pdf.Layout]:
            doc = catalogue.build(store, order, today)
            lay = pdf.layout(
                doc,
                progress=lambda d, t: p.update(d, t),
                cancelled=lambda: p.cancelled,
                on_first_page=first.ready.emit,
            )
            return doc, lay

        self.status_label.setText(tr("Preparing the pages…"))
        self.op = run_in_background(work, self._on_built, self._on_failed, self._on_progress)

    def _on_first_page(self, lay: pdf.Layout) -> None:
        if self.layout_ is None:  # the complete layout may have arrived first
            self.layout_ = lay
            self.show_page()

    def _on_built(self, result: tuple[Document, pdf.Layout]) -> None:
        self.doc, self.layout_ = result
        self.op = None
        self.page_box.setMaximum(self.layout_.page_count)
        self.pages_label.setText(f"/ {self.layout_.page_count}")
        note = "；".join(self.doc.warnings)
        self.status_label.setText(note or tr("%n page(s)", "", self.layout_.page_count))
        self._set_ready(True)
        self.show_page()

    def _on_failed(self, exc: BaseException, _trace: str) -> None:
        self.op = None
        if isinstance(exc, pdf.Cancelled):
            self.reject()
            return
        if not isinstance(exc, ReportError):
            raise exc  # a bug: loud, in the log and the tests
        self.error = str(exc)
        self.status_label.setText(self.error)
        self.progress.hide()
        self.buttons["cancel"].hide()
        QMessageBox.warning(self, tr("Cannot print"), self.error)

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _set_ready(self, ready: bool) -> None:
        for name in ("print", "pdf", "xlsx"):
            self.buttons[name].setEnabled(ready)
        self.progress.setVisible(not ready)
        self.buttons["cancel"].setVisible(not ready)

    # -- showing --------------------------------------------------------------------------------
    def step_zoom(self, step: int) -> None:
        now = self.zoom
        bigger = [z for z in ZOOMS if z > now]
        smaller = [z for z in ZOOMS if z < now]
        if step > 0 and bigger:
            self.zoom = bigger[0]
        elif step < 0 and smaller:
            self.zoom = smaller[-1]
        self.fit_width = False
        self.show_page()

    def fit(self) -> None:
        self.fit_width = True
        self.show_page()

    def show_page(self) -> None:
        lay = self.layout_
        if lay is None:
            return
        index = min(self.page_box.value(), lay.page_count) - 1
        self.buttons["prev"].setEnabled(index > 0)
        self.buttons["next"].setEnabled(index + 1 < self.page_box.maximum())
        screen_dpi = self.logicalDpiX() or 96
        if self.fit_width:
            room = max(200, self.scroll.viewport().width() - 24)
            self.zoom = max(25, round(100 * room / (lay.width * screen_dpi / pdf.UNITS_PER_INCH)))
        image = pdf.page_image(lay, index, screen_dpi * self.zoom / 100)
        self.page_view.setPixmap(QPixmap.fromImage(image))
        self.page_view.resize(image.size())
        self.page_view.setAccessibleDescription(
            tr("Page {page} of {pages}").format(page=index + 1, pages=lay.page_count)
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fit_width:
            self.show_page()

    # -- printing and saving ----------------------------------------------------------------------
    def print_pages(self) -> None:
        lay = self.layout_
        if lay is None or self.doc is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(pdf.page_layout(lay))
        printer.setFullPage(True)
        printer.setDocName(self.doc.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.paint_on(printer)

    def paint_on(self, printer: QPrinter) -> bool:
        """Send every page to the printer (the printer's own queue does the waiting)."""
        lay = self.layout_
        assert lay is not None
        steps = QProgressDialog(tr("Printing…"), tr("Cancel"), 0, lay.page_count, self)
        steps.setWindowModality(Qt.WindowModality.WindowModal)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, tr("Cannot print"), tr("The printer cannot be opened."))
            return False
        try:
            scale = printer.resolution() / pdf.UNITS_PER_INCH
            drawer = pdf.Painter(lay)
            for i in range(lay.page_count):
                if steps.wasCanceled():
                    printer.abort()
                    return False
                if i:
                    printer.newPage()
                drawer.page(painter, i, scale)
                steps.setValue(i + 1)
        finally:
            painter.end()
        self.ctx.status.emit(tr("Sent to the printer"))
        return True

    def suggested_name(self, suffix: str) -> str:
        assert self.doc is not None
        name = f"{self.doc.branch}-{self.doc.title}"
        if self.doc.subtitle:
            name += f"-{self.doc.subtitle}"
        return re.sub(r'[\\/:*?"<>|\s]+', "_", name) + suffix

    def ask_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        kinds = {".pdf": tr("PDF file (*.pdf)"), ".xlsx": tr("Excel workbook (*.xlsx)")}
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save as"), str(Path(folder) / self.suggested_name(suffix)), kinds[suffix]
        )
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def save(self, suffix: str) -> None:
        doc = self.doc
        path = self.ask_path(suffix)
        if not path or doc is None:
            return
        self._set_ready(False)
        self.status_label.setText(tr("Saving {name}…").format(name=Path(path).name))

        def work(p: Progress) -> str:
            catalogue.save(doc, path, lambda d, t: p.update(d, t), lambda: p.cancelled)
            return path

        def done(saved: str) -> None:
            self.op = None
            self._set_ready(True)
            self.status_label.setText(tr("Saved: {path}").format(path=saved))
            self.ctx.status.emit(tr("Saved: {path}").format(path=saved))

        def failed(exc: BaseException, _trace: str) -> None:
            self.op = None
            self._set_ready(True)
            if isinstance(exc, pdf.Cancelled):
                self.status_label.setText(tr("Not saved: cancelled"))
                return
            if not isinstance(exc, ReportError):
                raise exc
            self.status_label.setText(str(exc))
            QMessageBox.warning(self, tr("Cannot save"), str(exc))

        self.op = run_in_background(work, done, failed, self._on_progress)

    def reject(self) -> None:
        self.cancel()
        super().reject()


def preview(ctx: AppContext, order: Order, parent: QWidget | None = None) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(ctx, order, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
