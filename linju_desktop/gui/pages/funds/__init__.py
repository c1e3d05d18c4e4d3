"""经费: the funds page and its dialogs (page, dialogs for recording, entries)."""

from linju_desktop.gui.pages.funds.dialogs import AllocationDialog, ExpenseDialog, OverdrawPrompt
from linju_desktop.gui.pages.funds.entries import EntryDialog, ReverseDialog
from linju_desktop.gui.pages.funds.page import FundsPage

__all__ = [
    "AllocationDialog",
    "EntryDialog",
    "ExpenseDialog",
    "FundsPage",
    "OverdrawPrompt",
    "ReverseDialog",
]
