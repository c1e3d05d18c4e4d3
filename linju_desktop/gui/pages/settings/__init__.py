"""设置: one module per tab (branch, party groups, requests, meetings, display, data)."""

from linju_desktop.gui.pages.settings.branch_tab import compounds_of
from linju_desktop.gui.pages.settings.groups_tab import GroupDialog
from linju_desktop.gui.pages.settings.page import SettingsPage

__all__ = ["GroupDialog", "SettingsPage", "compounds_of"]
