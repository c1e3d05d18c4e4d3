"""The roster page and the member form, driven through the widgets."""

from __future__ import annotations

from helpers import peek_rows, peek_scalar
from PySide6.QtCore import Qt

from linju_desktop.gui.pages.members import MemberDialog, MembersPage
from linju_desktop.gui.worker import busy


def _settled(qtbot) -> None:
    """Saves run as operations on the writer thread: wait until they reported back."""
    qtbot.waitUntil(lambda: not busy(), timeout=5000)


def test_list_is_paged_sorted_filtered_and_searchable(qtbot, demo_ctx):
    page = MembersPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    total = page.model.total()
    assert total > 60 and page.model.rowCount() == min(total, 100)
    assert "*" in page.model.index(0, 3).data()  # ID numbers masked by default
    page.reveal.setChecked(True)
    assert "*" not in page.model.index(0, 3).data()
    name = page.model.row(0)["name"]
    page.search.insert(name)  # QTest.keyClicks only types ASCII
    qtbot.waitUntil(lambda: page.model.total() < total, timeout=2000)
    assert all(name in page.model.row(i)["name"] for i in range(page.model.rowCount()))
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total() == total, timeout=2000)
    page._on_header(0)  # sort by name
    names = [page.model.row(i)["name_initials"] for i in range(page.model.rowCount())]
    assert names == sorted(names)
    page.filters["status"].setCurrentIndex(page.filters["status"].findData("left"))
    assert all(page.model.row(i)["status"] == "left" for i in range(page.model.rowCount()))


def test_form_shows_messages_beside_fields_and_saves(qtbot, ctx):
    dlg = MemberDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    ids = dlg.form.editors["id_number"]
    dlg.form.editors["name"].insert("王秀英")
    qtbot.keyClicks(ids, "110105194912310021")  # wrong check character
    dlg.save()
    _settled(qtbot)
    msg = dlg.form.messages["id_number"]
    assert msg.isVisible() and "校验" in msg.text()
    assert peek_scalar(ctx.store, "SELECT count(*) FROM members") == 0
    ids.clear()
    qtbot.keyClicks(ids, "11010519491231002x")
    qtbot.waitUntil(lambda: "1949-12-31" in dlg.derived.text(), timeout=2000)
    assert "女" in dlg.derived.text()
    dlg.form.editors["joined_date"].insert("1975年7月1日")
    qtbot.keyClicks(dlg.form.editors["full_date"], "1976.7.1")
    dlg.save()
    _settled(qtbot)
    row = peek_rows(ctx.store, "SELECT * FROM members")[0]
    assert (row["id_number"], row["gender"], row["member_kind"]) == (
        "11010519491231002X",
        "female",
        "full",
    )
    assert dlg.result() == dlg.DialogCode.Accepted


def test_duplicate_id_names_the_holder(qtbot, demo_ctx):
    existing = peek_rows(demo_ctx.store, "SELECT name, id_number FROM members LIMIT 1")[0]
    dlg = MemberDialog(demo_ctx, None)
    qtbot.addWidget(dlg)
    dlg.form.editors["name"].insert("重复人")
    qtbot.keyClicks(dlg.form.editors["id_number"], existing["id_number"])
    dlg.save()
    _settled(qtbot)
    assert existing["name"] in dlg.form.messages["id_number"].text()


def test_double_click_opens_the_member(qtbot, demo_ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(MemberDialog, "exec", lambda self: opened.append(self.member_id))
    page = MembersPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    index = page.model.index(2, 0)
    page.view.setCurrentIndex(index)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [page.model.row(2)["id"]]


def test_a_short_search_says_it_read_the_newest_records_only(qtbot, ctx, monkeypatch):
    from linju_desktop.store import queries

    monkeypatch.setattr(queries, "SHORT_SCAN_ROWS", 3)
    for name in ("王一明", "李二", "张三", "王四"):
        ctx.store.insert("members", {"name": name, "status": "active"})
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.search.insert("王")
    qtbot.waitUntil(lambda: page.model.total() == 1, timeout=2000)  # 王一明 is older
    assert "3" in page.count_label.text() and "全部" in page.count_label.text()
    page.search.insert("四")  # two characters: still bounded
    qtbot.waitUntil(lambda: "全部" in page.count_label.text(), timeout=2000)
    page.search.clear()
    page.search.insert("王一明")  # three characters: the index, every record, no note
    qtbot.waitUntil(lambda: "全部" not in page.count_label.text(), timeout=2000)
    assert [page.model.row(0)["name"]] == ["王一明"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total() == 4, timeout=2000)
    assert "全部" not in page.count_label.text()
