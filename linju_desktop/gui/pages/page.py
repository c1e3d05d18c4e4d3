"""The page contract, apart from the list page (pages/base.py): the home page, which the
window shows first, needs only this, not the table model and the form widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from linju_desktop.gui.context import AppContext
    from linju_desktop.reports.catalogue import Order


class Page(QWidget):
    """A page of the main window. Subclasses set `key` and implement title()."""

    key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Called when the page is shown and when records it lists changed."""

    def open_record(self, table: str, row_id: str) -> None:
        """Show one record (from the home page's attention list)."""

    def self_test(self) -> None:
        """Open and close every form of the page (for --self-test); raise on trouble."""

    def print_choices(self) -> list[tuple[str, Order | None]]:
        """The outputs this page prints: (menu text, order); None when a record must be
        selected first. A page offering any gets a 打印 button."""
        return []
