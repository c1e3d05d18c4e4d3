"""The 同步 page: waiting changes, enrolling and syncing against a real server process."""

from __future__ import annotations

from helpers import peek_scalar
from sync_support import district  # noqa: F401  (fixture: a real linju-server on loopback)

from linju_desktop.gui.pages.sync import SyncPage
from linju_desktop.gui.worker import wait_all


def test_counts_waiting_changes_by_table(qtbot, demo_ctx):
    page = SyncPage(demo_ctx)
    qtbot.addWidget(page)
    members = peek_scalar(demo_ctx.store, "SELECT count(*) FROM change_log WHERE tbl = 'members'")
    names = {
        page.table.item(i, 0).text(): page.table.item(i, 1).text()
        for i in range(page.table.rowCount())
    }
    assert names["党员"] == str(members)
    assert page.enroll_box.isVisibleTo(page) and not page.sync_button.isEnabled()
    assert "尚未" in page.summary.text() or "未连接" in page.summary.text()


def test_every_waiting_table_is_named_in_chinese(qtbot, demo_ctx):
    """The waiting list names each record book, never its table (task_takers, votes): the
    demo station has changes waiting in every book, the neighbourhood's included."""
    from linju_desktop.services.sync import TABLE_NAMES

    page = SyncPage(demo_ctx)
    qtbot.addWidget(page)
    assert set(TABLE_NAMES) <= set(page.table_names())
    shown = [page.table.item(i, 0).text() for i in range(page.table.rowCount())]
    assert {"接单志愿者", "服务时长", "住户表决"} <= set(shown)
    assert [name for name in shown if name.isascii()] == []


def test_enroll_and_sync_through_the_page(qtbot, demo_ctx, district):  # noqa: F811
    page = SyncPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    station = district.add_station()
    page.server_edit.setText(district.url)
    page.code_edit.setText("wrong-code")
    page.enroll()
    qtbot.waitUntil(lambda: page.enroll_button.isEnabled(), timeout=10_000)
    assert page.enroll_msg.text()  # the refusal is explained beside the form
    page.code_edit.setText(district.enrollment_code(station))
    page.enroll()
    qtbot.waitUntil(lambda: not page.enroll_box.isVisibleTo(page), timeout=10_000)
    assert page.sync_button.isEnabled()
    page.sync_now()
    qtbot.waitUntil(lambda: not page._running, timeout=60_000)
    wait_all()
    assert page.table.rowCount() == 0  # nothing waits any more
    assert page.log.count() >= 1
    exported = district.export(station, demo_ctx.store.data_dir / "district.json")
    assert len(exported["tables"]["members"]) == peek_scalar(
        demo_ctx.store, "SELECT count(*) FROM members WHERE deleted = 0"
    )
