"""打印… on a page: the button and its menu of outputs. Kept apart from print_preview.py
(Qt's print support, the PDF renderer, every report), which loads on the first click, so
that opening a page does not load them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QMenu, QPushButton

if TYPE_CHECKING:
    from linju_desktop.reports.catalogue import Order


def tr(text: str) -> str:
    # Context "" is what lupdate records for a module-level tr() helper.
    return QCoreApplication.translate("", text)


class PrintButton(QPushButton):
    """A menu of the outputs the page offers (page.print_choices())."""

    def __init__(self, page: Any) -> None:
        super().__init__(tr("Print / export…"))
        self.setObjectName("print_button")
        self.page = page
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self.fill)
        self.setMenu(self.menu_)

    def fill(self) -> None:
        self.menu_.clear()
        for label, order in self.page.print_choices():
            if order is None:  # needs a selected record
                act = self.menu_.addAction(label)
                act.setEnabled(False)
                continue
            act = self.menu_.addAction(label)
            act.triggered.connect(lambda _=False, o=order: self.open_preview(o))

    def open_preview(self, order: Order) -> None:
        from linju_desktop.gui.print_preview import preview

        preview(self.page.ctx, order, self.page.window())


def add_print_button(page: Any, row: str) -> PrintButton:
    """The 打印 button at the end of the named row of a page built from a .ui form (list
    pages get theirs from ListPage)."""
    layout = page.form.findChild(QBoxLayout, row)
    if layout is None:
        raise LookupError(f"{type(page).__name__}: no layout {row!r} for the print button")
    button = PrintButton(page)
    layout.addWidget(button)
    return button
