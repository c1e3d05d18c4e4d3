"""The main window: navigation on the left, one page at a time, status bar below."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from linju_desktop import __version__
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.first_paint import after_first_paint
from linju_desktop.gui.pages.page import Page
from linju_desktop.gui.worker import run_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

# What the first page does not need (the status line's count, the about box) is imported
# where it is used: every module loaded before the first paint delays it. The same goes
# for the Qt namespace (Qt.AlignmentFlag, Qt.Key, ...): the first use of any of its names
# makes PySide build all its ~100 enums, a sixth of the start, so the window and the home
# page do without it until painted (setShortcuts, not setShortcut, which resolves Qt.Key
# for its overloads; a blank icon filled with QColor, not Qt.GlobalColor).


# Each page's module is imported on its first visit, so the window opens fast; the imports
# are plain statements, which PyInstaller follows (no hidden imports in the spec).
def _home() -> type[Page]:
    from linju_desktop.gui.pages.home import HomePage

    return HomePage


def _members() -> type[Page]:
    from linju_desktop.gui.pages.members import MembersPage

    return MembersPage


def _meetings() -> type[Page]:
    from linju_desktop.gui.pages.meetings import MeetingsPage

    return MeetingsPage


def _funds() -> type[Page]:
    from linju_desktop.gui.pages.funds import FundsPage

    return FundsPage


def _requests() -> type[Page]:
    from linju_desktop.gui.pages.requests import RequestsPage

    return RequestsPage


def _tasks() -> type[Page]:
    from linju_desktop.gui.pages.tasks import TasksPage

    return TasksPage


def _consultations() -> type[Page]:
    from linju_desktop.gui.pages.consultations import ConsultationsPage

    return ConsultationsPage


def _sync() -> type[Page]:
    from linju_desktop.gui.pages.sync import SyncPage

    return SyncPage


def _settings() -> type[Page]:
    from linju_desktop.gui.pages.settings import SettingsPage

    return SettingsPage


# (key, the page's class on first use), in the navigation's order.
PAGES: list[tuple[str, Callable[[], type[Page]]]] = [
    ("home", _home),
    ("members", _members),
    ("meetings", _meetings),
    ("funds", _funds),
    ("requests", _requests),
    ("tasks", _tasks),
    ("consultations", _consultations),
    ("sync", _sync),
    ("settings", _settings),
]

# Qt's standard icons, by QStyle.StandardPixmap name. They are set once the first page is
# painted: QStyle is the largest class PySide builds for Python (its enums: a twentieth
# of the start), and until then each item keeps a blank icon of the same size.
ICONS = {
    "home": "SP_DirHomeIcon",
    "members": "SP_FileDialogContentsView",
    "meetings": "SP_FileDialogDetailedView",
    "funds": "SP_DriveHDIcon",
    "requests": "SP_MessageBoxQuestion",
    "tasks": "SP_DialogApplyButton",
    "consultations": "SP_DialogYesButton",
    "sync": "SP_BrowserReload",
    "settings": "SP_FileDialogListView",
}


class MainWindow(QMainWindow):
    # The first page, filled (after the window's first paint): work that can wait starts then.
    first_page_ready = Signal(QWidget)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.pages: dict[str, Page] = {}
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setFixedWidth(190)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._placeholders: dict[str, QWidget] = {}
        blank = QPixmap(self.nav.iconSize())
        blank.fill(QColor(0, 0, 0, 0))
        for key, _page in PAGES:
            item = QListWidgetItem(QIcon(blank), self.page_title(key))  # row i is PAGES[i]
            item.setSizeHint(QSize(170, 52))
            self.nav.addItem(item)
            holder = QWidget()
            self._placeholders[key] = holder
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._on_nav)
        self._build_menu()
        self.sync_label = QLabel()  # "上次同步：11月22日；尚有 37 条记录未同步"
        self.statusBar().addPermanentWidget(self.sync_label)
        ctx.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.data_changed.connect(lambda _t: self.update_status())
        ctx.open_record.connect(self.open_record)
        self.setWindowTitle(self.tr("Linju — party branch record book"))
        self.setMinimumSize(1000, 680)
        self._restore_geometry()
        # Paint the frame first and fill the home page right after (its queries and
        # imports take ~0.1 s on a ten-year station): the window appears at once.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self._painted = False
        self._first_filled = False
        QTimer.singleShot(250, self._first_page)  # in case no paint event comes (hidden)

    # -- pages --------------------------------------------------------------------------------
    def page_title(self, key: str) -> str:
        titles = {
            "home": self.tr("Home"),
            "members": self.tr("Members"),
            "meetings": self.tr("Meetings"),
            "funds": self.tr("Funds"),
            "requests": self.tr("Requests"),
            "tasks": self.tr("Tasks"),
            "consultations": self.tr("Consultations"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
        }
        return titles[key]

    def page(self, key: str) -> Page:
        """The page for `key`, created on first use."""
        if key not in self.pages:
            page_class = dict(PAGES)[key]()
            # Made inside the stack: moving a finished page into the shown window would
            # restyle every widget on it once more (a fifth of the start on the home page).
            page = page_class(self.ctx, self.stack)
            index = self.stack.indexOf(self._placeholders[key])
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(self._placeholders[key])
            self._placeholders[key].deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        row = next(i for i, p in enumerate(PAGES) if p[0] == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        elif key not in self.pages:  # the first page is filled after the first paint
            self._on_nav(row)
        return self.pages[key]

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Paint and not getattr(self, "_painted", True):
            self._painted = True
            QTimer.singleShot(0, self._first_page)
        return super().event(e)

    def _first_page(self) -> None:
        if self._first_filled:
            return  # once: from the window's first paint, or from the timer
        self._first_filled = True
        row = self.nav.currentRow()
        key = PAGES[row][0]
        if key not in self.pages:
            self._on_nav(row)
        page = self.pages[key]
        # What can wait starts once this page is painted: the status line's count (a scan
        # of the change log, seconds on a large station, on a worker that would take the
        # second core from the page), the drafts' question, and the daily check (gui/app.py).
        after_first_paint(page, self._after_first_page)
        page.update()  # a page made before this (show_page) may have painted already
        self.first_page_ready.emit(page)

    def _after_first_page(self) -> None:
        self._set_icons()
        self.update_status()
        self._offer_drafts()

    def _set_icons(self) -> None:
        from PySide6.QtWidgets import QStyle

        style = self.style()
        for i, (key, _page) in enumerate(PAGES):
            icon = style.standardIcon(getattr(QStyle.StandardPixmap, ICONS[key]))
            self.nav.item(i).setIcon(icon)

    def _offer_drafts(self) -> None:
        """Meeting minutes left unsaved by a crash or power cut are offered at start."""
        # Almost always there is none: look for the files (pages/meetings/drafts.py names
        # them) before loading the meetings page and its form, which the start need not pay.
        if not any((self.ctx.store.data_dir / "drafts").glob("meeting-*.json")):
            return
        from linju_desktop.gui.pages.meetings.page import offer_drafts

        offer_drafts(self.ctx, self, lambda: self.show_page("meetings"))

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        fresh = key not in self.pages  # a new page has just read its data
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if not fresh:
            page.refresh()
        self.statusBar().showMessage(page.title(), 3000)

    def retranslate(self) -> None:
        """After a language switch: new texts everywhere. Pages are rebuilt (cheap: they
        load lazily), so no widget keeps a string from the old language."""
        current = self.nav.currentRow()
        for key, page in list(self.pages.items()):
            holder = QWidget()
            self._placeholders[key] = holder
            self.stack.insertWidget(self.stack.indexOf(page), holder)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        for i, (key, _page) in enumerate(PAGES):
            self.nav.item(i).setText(self.page_title(key))
        self.menuBar().clear()
        for act in self.actions():
            self.removeAction(act)
        self._build_menu()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.setWindowTitle(self.tr("Linju — party branch record book"))
        self.update_status()
        self._on_nav(current)

    def open_record(self, table: str, row_id: str) -> None:
        target = {
            "members": "members",
            "meetings": "meetings",
            "expenses": "funds",
            "requests": "requests",
            "transfers": "members",
            "consultations": "consultations",
        }.get(table)
        if target:
            self.show_page(target).open_record(table, row_id)

    # -- menus and status ------------------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = QAction(self.tr("Make a &backup now"), self)
        backup.triggered.connect(lambda: self.show_page("settings").make_backup())  # type: ignore[attr-defined]
        file_menu.addAction(backup)
        self.print_menu = file_menu.addMenu(self.tr("&Print / export this page"))
        self.print_menu.aboutToShow.connect(self._fill_print_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, (key, _page) in enumerate(PAGES):
            act = QAction(self.page_title(key), self)
            act.setShortcuts([QKeySequence(f"Ctrl+{i + 1}")])
            act.triggered.connect(lambda _=False, k=key: self.show_page(k))
            go_menu.addAction(act)
            self.addAction(act)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Linju"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _fill_print_menu(self) -> None:
        """The current page's outputs (the same as its 打印 button)."""
        from linju_desktop.gui.print_preview import preview

        self.print_menu.clear()
        page = self.stack.currentWidget()
        choices = page.print_choices() if isinstance(page, Page) else []
        if not choices:
            self.print_menu.addAction(self.tr("Nothing to print on this page")).setEnabled(False)
        for label, order in choices:
            act = self.print_menu.addAction(label)
            act.setEnabled(order is not None)
            if order is not None:
                act.triggered.connect(lambda _=False, o=order: preview(self.ctx, o, self))

    def about_text(self) -> str:
        return self.tr(
            "<h3>Linju (邻居) {version}</h3>"
            "<p>The offline record book of a compound party branch.</p>"
            "<p>Data folder:<br>{folder}</p>"
        ).format(version=__version__, folder=self.ctx.store.data_dir)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Linju"), self.about_text())

    def update_status(self) -> None:
        """Counted off the UI thread: records, unlike operations, need a DISTINCT."""
        from linju_desktop.services.overview import pending_records

        store = self.ctx.store
        run_in_background(lambda _p: pending_records(store), self._show_sync_status)

    def _show_sync_status(self, records: int) -> None:
        from linju_desktop.services.clock import parse_iso, station_timezone

        last = self.ctx.setting("last_sync_at")
        if not last:
            when = self.tr("Not synced yet")
        else:
            day = parse_iso(last).astimezone(station_timezone(self.ctx.store)).date()
            when = self.tr("Last sync: {month}/{day}").format(month=day.month, day=day.day)
        waiting = (
            self.tr("%n record(s) not yet synced", "", records)
            if records
            else self.tr("everything is synced")
        )
        self.sync_label.setText(self.tr("{when}; {waiting}").format(when=when, waiting=waiting))

    # -- window state -------------------------------------------------------------------------------
    def _gui_settings(self) -> QSettings:
        return QSettings(str(self.ctx.store.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._gui_settings().value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self._gui_settings()
        s.setValue("geometry", self.saveGeometry())
        s.sync()
        super().closeEvent(event)
