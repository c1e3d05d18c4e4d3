"""设置: the page that holds the tabs (one module each), and the language switch.

Every tab saves on its own button and says so beside it; display changes apply at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from linju_desktop.gui import i18n
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.pages.base import Page
from linju_desktop.gui.pages.settings.branch_tab import BranchTab
from linju_desktop.gui.pages.settings.data_tab import DataTab
from linju_desktop.gui.pages.settings.display_tab import DisplayTab
from linju_desktop.gui.pages.settings.groups_tab import GroupDialog, GroupsTab
from linju_desktop.gui.pages.settings.meetings_tab import MeetingsTab
from linju_desktop.gui.pages.settings.requests_tab import RequestsTab
from linju_desktop.gui.worker import Operation


def _scroll(inner: QWidget) -> QScrollArea:
    s = QScrollArea()
    s.setWidgetResizable(True)
    s.setWidget(inner)
    return s


class SettingsPage(Page):
    key = "settings"
    last_tab = 0  # kept across rebuilds (a language switch recreates the page)

    def title(self) -> str:
        return self.tr("Settings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._outer = QVBoxLayout(self)
        self.body: QWidget | None = None
        self.build()

    def build(self) -> None:
        """(Re)create every tab; a language switch outside the main window calls it."""
        if self.body is not None:
            self._outer.removeWidget(self.body)
            self.body.deleteLater()
        self.body = QWidget()
        col = QVBoxLayout(self.body)
        col.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.title())
        self.heading.setObjectName("heading")
        col.addWidget(self.heading)
        ctx = self.ctx
        self.branch, self.groups = BranchTab(ctx), GroupsTab(ctx)
        self.limits, self.rhythms = RequestsTab(ctx), MeetingsTab(ctx)
        self.display, self.data = DisplayTab(ctx), DataTab(ctx)
        self.display.language_chosen.connect(self.set_language)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.addTab(_scroll(self.branch), self.tr("Branch"))
        self.tabs.addTab(self.groups, self.tr("Party groups"))
        self.tabs.addTab(_scroll(self.limits), self.tr("Requests"))
        self.tabs.addTab(_scroll(self.rhythms), self.tr("Meetings"))
        self.tabs.addTab(_scroll(self.display), self.tr("Display"))
        self.tabs.addTab(_scroll(self.data), self.tr("Data and backups"))
        self.tabs.setCurrentIndex(min(SettingsPage.last_tab, self.tabs.count() - 1))
        self.tabs.currentChanged.connect(self._remember_tab)
        col.addWidget(self.tabs, 1)
        self._outer.addWidget(self.body)

    @staticmethod
    def _remember_tab(index: int) -> None:
        SettingsPage.last_tab = index

    def set_language(self, language: str) -> None:
        """Switch at once: the main window rebuilds its pages (this one too)."""
        self.ctx.set_setting("language", language)
        i18n.install(language)
        window = self.window()
        retranslate = getattr(window, "retranslate", None)
        if window is not self and callable(retranslate):
            retranslate()  # deletes this page later and makes a new one in the new language
        else:
            self.build()

    def make_backup(self) -> Operation | None:
        """Back up in the background (the File menu calls this too)."""
        return self.data.make_backup()

    # -- page contract -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.groups.load()
        self.data.load_backups()

    def self_test(self) -> None:
        for i in range(self.tabs.count()):
            self.tabs.setCurrentIndex(i)
        dlg = GroupDialog(self.ctx, None, self)
        dlg.show()
        dlg.reject()
