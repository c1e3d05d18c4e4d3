"""Empty pages say what to do next, with the button for it; the status bar speaks of
records waiting for sync, not of internal operations."""

from __future__ import annotations

import pytest
from helpers import peek_scalar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from steps_support import later, modal

from linju_desktop.gui.main_window import MainWindow
from linju_desktop.gui.pages.consultations import ConsultationsPage
from linju_desktop.gui.pages.consultations.dialogs import MatterDialog
from linju_desktop.gui.pages.funds import FundsPage
from linju_desktop.gui.pages.meetings import MeetingDialog, MeetingsPage
from linju_desktop.gui.pages.members import MembersPage
from linju_desktop.gui.pages.requests import IntakeDialog, RequestsPage
from linju_desktop.gui.pages.tasks import PublishDialog, TasksPage
from linju_desktop.gui.worker import busy
from linju_desktop.store.reads import changes


@pytest.mark.parametrize(
    ("page_class", "button", "dialog"),
    [
        (MeetingsPage, "记录第一次会议", MeetingDialog),
        (RequestsPage, "登记第一条诉求", IntakeDialog),
    ],
)
def test_an_empty_page_says_what_to_do_and_its_button_does_it(
    qtbot, ctx, page_class, button, dialog
):
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and not page.view.isVisible()
    assert page.empty_button.text() == button and page.empty_text.text()
    opened: list[object] = []

    def look() -> None:
        opened.append(type(modal()))
        modal().reject()

    later(look)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert opened == [dialog]


def test_the_empty_roster_offers_the_import_and_a_member_shows_the_table(qtbot, ctx):
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and page.empty_button.text() == "导入党员名单…"
    ctx.store.insert("members", {"name": "王秀英", "status": "active", "member_kind": "full"})
    page.refresh()
    assert not page.empty.isVisible() and page.view.isVisible()


def test_empty_funds_offer_the_first_expense(qtbot, ctx):
    page = FundsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and str(ctx.today().year) in page.empty_text.text()
    assert page.empty_button.text() == "记第一笔支出"


def test_the_empty_roster_saves_a_blank_template_that_imports_back(qtbot, ctx, tmp_path):
    from openpyxl import load_workbook

    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.template_button.isVisible()
    target = tmp_path / "模板.xlsx"

    def save() -> None:
        dialog = modal()
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    later(save)
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not busy() and target.exists(), timeout=5000)
    heads = [c.value for c in next(load_workbook(target).active.iter_rows(max_row=1))]
    assert "姓名" in heads and "身份证号" in heads


def test_a_search_finding_nothing_is_not_an_empty_book(qtbot, ctx):
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible()
    page._on_search("没有这样的会")
    assert not page.empty.isVisible() and page.view.isVisible()


def test_status_bar_counts_records_not_operations(qtbot, ctx):
    store = ctx.store
    mid = store.insert("members", {"name": "王秀英", "status": "active", "member_kind": "full"})
    store.update("members", mid, {"mobile": "13800138000"})
    store.update("members", mid, {"building": "3号楼"})
    store.insert("members", {"name": "李建国", "status": "active", "member_kind": "full"})
    assert changes.pending_changes(store) == 4
    assert changes.pending_records(store) == 2
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.update_status()
    qtbot.waitUntil(lambda: not busy(), timeout=5000)
    assert window.sync_label.text() == "尚未同步；尚有 2 条记录未同步"
    store.set_setting("sync_uploaded_seq", changes.last_seq(store))
    store.set_setting("last_sync_at", "2026-11-22T02:00:00Z")
    window.update_status()
    qtbot.waitUntil(lambda: not busy(), timeout=5000)
    assert window.sync_label.text() == "上次同步：11月22日；全部已同步"
    # an old record edited after the sync counts once, however often it changes
    store.update("members", mid, {"mobile": "13900139000"})
    store.update("members", mid, {"mobile": "13700137000"})
    store.insert("members", {"name": "刘淑珍", "status": "active", "member_kind": "full"})
    assert changes.pending_records(store) == 2


def _first_task(store) -> None:
    from linju_desktop.services import volunteering

    volunteering.ensure_library(store)
    item = peek_scalar(store, "SELECT id FROM activity_items LIMIT 1")
    volunteering.publish_task(store, item_id=item, title="3号楼楼道清理", date="2026-11-20")


def _first_matter(store) -> None:
    from linju_desktop.services import consultations

    consultations.save_consultation(store, {"title": "2号楼加装电梯", "matter": "lift"})


@pytest.mark.parametrize(
    ("page_class", "button", "dialog", "tables", "first"),
    [
        (TasksPage, "派第一张单", PublishDialog, ("tasks", "people"), _first_task),
        (
            ConsultationsPage,
            "新建第一个事项",
            MatterDialog,
            ("matters", "households"),
            _first_matter,
        ),
    ],
)
def test_the_tasks_and_consultations_pages_when_empty_say_what_to_do(
    qtbot, ctx, page_class, button, dialog, tables, first
):
    """Pages built from a form rather than a list page: an empty book shows what to do and
    the button for it in place of the empty tables; the first record brings them back."""
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and page.empty.text.text()
    assert not any(getattr(page, t).isVisible() for t in tables)
    assert page.empty.button.text() == button and page.empty.button.accessibleName() == button
    opened: list[object] = []

    def look() -> None:
        opened.append(type(modal()))
        modal().reject()

    later(look)
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert opened == [dialog]
    first(ctx.store)
    page.refresh()
    assert not page.empty.isVisible() and all(getattr(page, t).isVisible() for t in tables)
