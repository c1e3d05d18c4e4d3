"""The start loads what the home page needs and nothing more: the other pages, the list page
and its widgets, the reports and the sync client load when first used. Work that can wait
(the status line's count, the navigation's icons, the daily check) starts after the home
page is painted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

from linju_desktop.gui.main_window import PAGES, MainWindow
from linju_desktop.gui.worker import busy, wait_all
from linju_desktop.services import overview

# The real start (the linju-desktop entry point), stopped when the home page is painted.
START = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow
    from linju_desktop.gui import app as gui_app
    class Painted(QObject):
        def eventFilter(self, page, e):
            if e.type() == QEvent.Type.Paint:
                cards = sorted(page.cards)
                built = [  # PySide builds a class, with its enums, on first use
                    name
                    for name, module in (("Qt", "PySide6.QtCore"), ("QStyle", "PySide6.QtWidgets"))
                    if name in sys.modules[module].__dict__
                ]
                QApplication.instance().setStyleSheet("")  # the style under the sheet's
                style = QApplication.instance().style().name()
                out = {"modules": sorted(sys.modules), "cards": cards, "built": built, "style": style}
                print(json.dumps(out), flush=True)
                import os; os._exit(0)
            return False
    painted = Painted()
    show = QMainWindow.show
    def watched_show(window):
        window.first_page_ready.connect(lambda page: page.installEventFilter(painted))
        show(window)
    QMainWindow.show = watched_show
    sys.exit(gui_app.main(["--data-dir", sys.argv[1]]))
""")

# Loaded on first use only (each page's module, and what only they need).
NOT_AT_START = [
    *(f"linju_desktop.gui.pages.{key}" for key, _page in PAGES if key != "home"),
    "linju_desktop.gui.pages.base",  # the list page
    "linju_desktop.gui.models",
    "linju_desktop.gui.widgets",  # the forms' widgets
    "linju_desktop.gui.print_preview",
    "linju_desktop.gui.first_run",
    "linju_desktop.reports.catalogue",
    "linju_desktop.reports.pdf",
    "linju_desktop.services.sync",
    "linju_desktop.services.roster_import",
    "linju_desktop.store.queries",
    "linju_sync.protocol.messages",  # the sync checksums
    "zoneinfo",  # the station's time zone
    "sqlite_utils",
    "openpyxl",
    "httpx",
    "requests",
]


def test_the_start_paints_the_home_page_without_loading_the_other_pages(demo_folder, tmp_path):
    station = tmp_path / "station"
    shutil.copytree(demo_folder, station)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-c", START, str(station)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    painted = json.loads(r.stdout.strip().splitlines()[-1])
    assert painted["cards"], "the home page was painted before it was filled"
    loaded = set(painted["modules"])
    assert "linju_desktop.gui.pages.home" in loaded
    assert sorted(m for m in NOT_AT_START if m in loaded) == []
    # Qt's namespace (Qt.AlignmentFlag, ...: ~100 enums) and QStyle (Fusion is set as an
    # option of the application, not by app.setStyle(), which returns the style)
    assert painted["built"] == []
    assert painted["style"] == "fusion"


def test_the_home_page_without_the_qt_namespace_still_centres_and_points(qtbot, ctx):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QEnterEvent

    from linju_desktop.gui.pages.home import HomePage

    ctx.store.insert("members", {"name": "王秀英", "status": "active", "member_kind": "full"})
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert page.all_well.alignment() == Qt.AlignmentFlag.AlignCenter
    items = [b for card in page.cards.values() for b in card.items]
    assert items, "the demo member's meetings reminder has lines"
    item = items[0]
    item.enterEvent(QEnterEvent(QPointF(2, 2), QPointF(2, 2), QPointF(2, 2)))
    assert item.cursor().shape() == Qt.CursorShape.PointingHandCursor


def drawn(icon) -> bool:
    """Whether the icon has any visible pixel (the blank stand-in has none)."""
    img = icon.pixmap(28, 28).toImage()
    return any(
        img.pixelColor(x, y).alpha() for x in range(img.width()) for y in range(img.height())
    )


def test_the_status_count_and_the_icons_wait_for_the_home_page_to_be_painted(
    qtbot, ctx, monkeypatch
):
    ctx.store.insert("members", {"name": "王秀英", "status": "active", "member_kind": "full"})
    painted: list[bool] = []
    counted_after_paint: list[bool] = []
    real = overview.pending_records

    def spy(store):
        counted_after_paint.append(bool(painted))
        return real(store)

    monkeypatch.setattr(overview, "pending_records", spy)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        def eventFilter(self, _o, e):
            if e.type() == QEvent.Type.Paint:  # noting whether the icons were drawn yet
                painted.append(any(drawn(window.nav.item(i).icon()) for i in range(len(PAGES))))
            return False

    # watching from the moment the page is ready: its first paint may come before the
    # test gets control back, and a filter installed later is asked first
    watcher = Paints()
    ready: list[object] = []
    window.first_page_ready.connect(lambda page: page.installEventFilter(watcher))
    window.first_page_ready.connect(ready.append)
    window.show()
    assert counted_after_paint == []  # not while the page is being filled
    qtbot.waitUntil(lambda: bool(ready), timeout=5000)
    home = ready[0]
    assert home is window.pages["home"]
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    assert painted[0] is False  # the first paint came before the icons
    qtbot.waitUntil(lambda: bool(counted_after_paint) and not busy(), timeout=10000)
    assert counted_after_paint[0] is True
    qtbot.waitUntil(lambda: window.sync_label.text() != "", timeout=5000)
    assert window.sync_label.text() == "尚未同步；尚有 1 条记录未同步"
    # the navigation's icons too (QStyle is costly to load), in every item
    assert all(drawn(window.nav.item(i).icon()) for i in range(len(PAGES)))
    wait_all()
