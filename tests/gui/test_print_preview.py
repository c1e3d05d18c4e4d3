"""The print preview in a real window: pages, zoom, saving PDF and Excel, printing to a
PDF printer, cancelling; and the 打印 buttons on the pages."""

from __future__ import annotations

import openpyxl
import pypdf
from helpers import TODAY
from PySide6.QtPrintSupport import QPrinter

from linju_desktop.gui.print_preview import PrintButton, PrintPreviewDialog
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.period import Period


def _open(qtbot, ctx, order):
    dlg = PrintPreviewDialog(ctx, order)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.doc is not None or bool(dlg.error), timeout=30_000)
    return dlg


def test_preview_pages_zoom_and_save(qtbot, demo_ctx, tmp_path):
    year = demo_ctx.today().year
    dlg = _open(qtbot, demo_ctx, Order("ledger", period=Period.year(year)))
    lay = dlg.layout_
    assert lay.complete and lay.page_count > 1
    assert dlg.page_box.maximum() == lay.page_count
    assert dlg.buttons["pdf"].isEnabled() and not dlg.progress.isVisible()
    first = dlg.page_view.pixmap().toImage()
    dlg.buttons["next"].click()
    assert dlg.page_box.value() == 2
    assert dlg.page_view.pixmap().toImage() != first
    width = dlg.page_view.pixmap().width()
    dlg.buttons["zoom_in"].click()
    assert dlg.page_view.pixmap().width() > width
    dlg.buttons["fit"].click()
    assert dlg.fit_width

    pdf_path, xlsx_path = tmp_path / "ledger.pdf", tmp_path / "ledger.xlsx"
    for path in (pdf_path, xlsx_path):
        dlg.ask_path = lambda _s, p=path: str(p)
        dlg.buttons["pdf" if path.suffix == ".pdf" else "xlsx"].click()
        qtbot.waitUntil(lambda p=path: p.exists() and dlg.op is None, timeout=30_000)
    assert len(pypdf.PdfReader(str(pdf_path)).pages) == lay.page_count
    assert openpyxl.load_workbook(xlsx_path).active.title == dlg.doc.title
    assert "已保存" in dlg.status_label.text()


def test_print_to_a_pdf_printer(qtbot, demo_ctx, tmp_path):
    dlg = _open(qtbot, demo_ctx, Order("roster"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageLayout(
        __import__("linju_desktop.reports.pdf").reports.pdf.page_layout(dlg.layout_)
    )
    printer.setFullPage(True)
    assert dlg.paint_on(printer)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == dlg.layout_.page_count
    assert "党员花名册" in reader.pages[0].extract_text()


def test_unknown_record_says_why(qtbot, demo_ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dlg = _open(qtbot, demo_ctx, Order("meeting", ident="nosuchmeeting"))
    assert "nosuchmeeting" in dlg.error and shown == [dlg.error]
    assert not dlg.buttons["pdf"].isEnabled()


def test_cancel_while_saving_leaves_no_file(qtbot, demo_ctx, tmp_path):
    dlg = _open(qtbot, demo_ctx, Order("meetings", period=Period.year(demo_ctx.today().year)))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    dlg.ask_path = lambda _s: str(out)
    dlg.buttons["pdf"].click()
    dlg.cancel()
    qtbot.waitUntil(lambda: dlg.op is None, timeout=30_000)
    if not out.exists():  # the save may finish before the cancel lands
        assert "取消" in dlg.status_label.text()
    assert [p.name for p in folder.iterdir() if p.name != "x.pdf"] == []  # no partial file


def test_pages_offer_their_outputs(qtbot, demo_ctx):
    from linju_desktop.gui.main_window import MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    offered = {}
    for key in ("home", "members", "meetings", "funds", "requests"):
        page = win.show_page(key)
        button = page.findChild(PrintButton)
        assert button is not None, key
        button.fill()
        offered[key] = [a.text() for a in button.menu_.actions()]
    year = TODAY.year
    assert offered["home"][0] == f"{year}年度工作台账汇总"
    assert any("花名册" in t for t in offered["members"])
    assert any("登记簿" in t for t in offered["meetings"])
    assert any("公示" in t for t in offered["funds"]) and any(
        "流水账" in t for t in offered["funds"]
    )
    assert any("三张清单" in t for t in offered["requests"])
    # a record output needs a selected record first
    meetings = win.show_page("meetings")
    meetings.print_button.fill()
    assert not meetings.print_button.menu_.actions()[0].isEnabled()
    meetings.view.selectRow(0)
    meetings.print_button.fill()
    record = meetings.print_button.menu_.actions()[0]
    assert record.isEnabled()
    record.trigger()
    dialogs = [w for w in win.findChildren(PrintPreviewDialog)]
    assert dialogs
    qtbot.waitUntil(lambda: dialogs[0].doc is not None, timeout=30_000)
    assert dialogs[0].doc.kind == "meeting"
    dialogs[0].reject()


def test_a_long_output_shows_page_one_first_with_progress_and_can_be_cancelled(qtbot, demo_ctx):
    """The two-year ledger (about 2,000 entries): page 1 is on screen before the rest is
    laid out, the progress bar moves, and cancelling closes the preview."""
    year = demo_ctx.today().year
    whole = Period(Period.year(year - 1).start, Period.year(year).end)
    dlg = PrintPreviewDialog(demo_ctx, Order("ledger", period=whole))
    qtbot.addWidget(dlg)
    seen, steps = [], []
    dlg._first.ready.connect(
        lambda lay: seen.append((lay.complete, dlg.doc, dlg.page_view.pixmap().isNull()))
    )
    dlg.progress.valueChanged.connect(steps.append)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.doc is not None, timeout=60_000)
    # page 1 came while the layout went on: no document yet, an incomplete layout, a picture
    assert seen == [(False, None, False)]
    assert any(0 < v < dlg.progress.maximum() for v in steps)
    assert dlg.layout_.complete and dlg.layout_.page_count > 20

    again = PrintPreviewDialog(demo_ctx, Order("ledger", period=whole))
    qtbot.addWidget(again)
    again.show()
    assert again.buttons["cancel"].isVisible()
    again.buttons["cancel"].click()  # long before the layout's 200th row
    qtbot.waitUntil(lambda: again.op is None, timeout=60_000)
    assert again.result() == again.DialogCode.Rejected and not again.isVisible()
    assert again.doc is None


def test_every_page_with_outputs_offers_them_and_records_need_a_selection(qtbot, demo_ctx):
    from linju_desktop.gui.main_window import PAGES, MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    kinds = {}
    for key, _ in PAGES:
        page = win.show_page(key)
        button = page.findChild(PrintButton)
        if key in ("sync", "settings"):  # nothing of these pages is printed
            assert button is None, key
            continue
        assert button is not None and button.isVisible(), key
        kinds[key] = [o.kind for _, o in page.print_choices() if o is not None]
    assert set(kinds["home"]) == {"annual"} and set(kinds["members"]) == {"roster"}
    assert set(kinds["tasks"]) == {"tasks", "points"}
    assert {"meetings", "funds", "ledger", "requests"} <= {
        k for key in ("meetings", "funds", "requests") for k in kinds[key]
    }
    requests = win.show_page("requests")
    requests.view.selectRow(0)
    number = requests.selected_row()["number"]
    sheet = [o for _, o in requests.print_choices() if o is not None and o.kind == "request"]
    assert [o.ident for o in sheet] == [number]
