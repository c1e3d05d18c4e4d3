"""群众诉求: the requests page and its dialogs (page, intake, actions, detail)."""

from linju_desktop.gui.pages.requests.actions import ActionDialog, MemberPicker
from linju_desktop.gui.pages.requests.detail import RequestDialog
from linju_desktop.gui.pages.requests.intake import IntakeDialog
from linju_desktop.gui.pages.requests.page import RequestsPage

__all__ = ["ActionDialog", "IntakeDialog", "MemberPicker", "RequestDialog", "RequestsPage"]
