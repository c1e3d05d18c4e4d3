"""The meetings list and the meeting form, driven through the widgets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import TODAY, peek_rows, peek_scalar
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog

from linju_desktop.gui import widgets as widgets_module
from linju_desktop.gui.pages.meetings import MeetingDialog, MeetingsPage
from linju_desktop.gui.pages.meetings import dialog as page_module
from linju_desktop.gui.worker import busy
from linju_desktop.services import attachments
from linju_desktop.services import meetings as service


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    # A real question box would block the test run (e.g. closing a changed form
    # at teardown); tests that care replace this with their own answers.
    monkeypatch.setattr(page_module, "confirm", lambda *a: True)
    monkeypatch.setattr(widgets_module, "confirm", lambda *a: True)


def add_members(store, specs: list[tuple[str, str, dict]]) -> dict[str, str]:
    """(name, member_kind, extra fields) -> {name: id}."""
    ids = {}
    with store.transaction():
        for i, (name, kind, extra) in enumerate(specs):
            ids[name] = store.insert(
                "members",
                {
                    "name": name,
                    "name_initials": f"m{i:02d}",
                    "member_kind": kind,
                    "status": "active",
                    "building": "1",
                    **extra,
                },
            )
    return ids


@pytest.fixture
def branch_ctx(ctx):
    """Five full members (two on the committee) and one probationary member."""
    names = ["赵一", "钱二", "孙三", "李四", "周五"]
    specs = [
        (n, "full", {"committee_role": "secretary" if i == 0 else None})
        for i, n in enumerate(names)
    ]
    specs[1][2]["committee_role"] = "organiser"
    specs.append(("吴六", "probationary", {}))
    ctx.ids = add_members(ctx.store, specs)
    return ctx


def png(path: Path, colour: str = "red") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def new_dialog(qtbot, ctx, code: str) -> MeetingDialog:
    dlg = MeetingDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.type_box.setCurrentIndex(dlg.type_box.findData(code))
    dlg.date_box.setDate(QDate(TODAY))
    return dlg


def row_of(dlg: MeetingDialog, name: str):
    return next(r for r in dlg.roster.rows if r.name == name)


def set_reason(dlg: MeetingDialog, name: str, reason: str) -> None:
    box = row_of(dlg, name).reason_box
    box.setCurrentIndex(box.findData(reason))


def colour(label) -> str:
    """The text colour the style sheet gave the label."""
    return label.palette().color(label.foregroundRole()).name()


def written(qtbot) -> None:
    """Saves run on the writer thread: wait until they reported back."""
    qtbot.waitUntil(lambda: not busy(), timeout=10_000)


# -- the list ----------------------------------------------------------------------------------


def test_list_is_newest_first_filtered_searchable_and_decorated(qtbot, demo_ctx):
    page = MeetingsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    store = demo_ctx.store
    total = page.model.total()
    assert total == peek_scalar(store, "SELECT count(*) FROM meetings WHERE deleted = 0") > 0
    dates = [page.model.row(i)["date"] for i in range(page.model.rowCount())]
    assert dates == sorted(dates, reverse=True)

    # present / expected and photo counts come from the grouped query, per row
    with_roll = peek_scalar(
        store,
        "SELECT meeting_id FROM attendance GROUP BY meeting_id "
        "ORDER BY max((SELECT date FROM meetings WHERE id = meeting_id)) DESC LIMIT 1",
    )
    assert page.select_id(with_roll)
    i = page.model.row_of(with_roll)
    present = peek_scalar(
        store,
        "SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = 'present'",
        (with_roll,),
    )
    expected = peek_scalar(
        store,
        "SELECT count(*) FROM attendance WHERE meeting_id = ? AND status != 'non_voting'",
        (with_roll,),
    )
    assert page.model.index(i, 4).data() == f"{present} / {expected}"
    assert page.model.index(i, 6).data() in ("草稿", "已定稿")

    page.filters["type"].setCurrentIndex(page.filters["type"].findData("committee"))
    assert 0 < page.model.total() < total
    assert all(page.model.row(i)["type"] == "committee" for i in range(page.model.rowCount()))
    # every committee meeting with a roll call has a quorum answer
    answers = {page.model.index(i, 5).data() for i in range(page.model.rowCount())}
    assert answers <= {"是", "否", "—"} and "是" in answers
    page.filters["type"].setCurrentIndex(0)
    year = page.filters["year"].itemData(1)
    page.filters["year"].setCurrentIndex(1)
    assert all(page.model.row(i)["date"].startswith(year) for i in range(page.model.rowCount()))
    page.filters["year"].setCurrentIndex(0)
    page.filters["status"].setCurrentIndex(page.filters["status"].findData("draft"))
    assert all(page.model.row(i)["status"] == "draft" for i in range(page.model.rowCount()))
    page.filters["status"].setCurrentIndex(0)
    assert page.model.total() == total

    page.search.insert("邻里会")  # trigram search over titles and minutes
    qtbot.waitUntil(lambda: page.model.total() < total, timeout=2000)
    assert page.model.total() > 0
    assert all(page.model.row(i)["type"] == "neighbour" for i in range(page.model.rowCount()))


def test_enter_and_open_record_open_the_meeting(qtbot, demo_ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(MeetingDialog, "exec", lambda self: opened.append(self.meeting_id))
    page = MeetingsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.view.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [page.model.row(1)["id"]]
    # an old meeting, beyond the first fetched page of 100
    old = peek_scalar(demo_ctx.store, "SELECT id FROM meetings ORDER BY date LIMIT 1")
    page.open_record("meetings", old)
    assert opened[-1] == old
    assert page.selected_row()["id"] == old


def test_self_test_opens_and_closes_without_asking(qtbot, demo_ctx, monkeypatch):
    monkeypatch.setattr(page_module, "confirm", lambda *a: pytest.fail("must not ask"))
    monkeypatch.setattr(widgets_module, "confirm", lambda *a: pytest.fail("must not ask"))
    page = MeetingsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    before = peek_scalar(demo_ctx.store, "SELECT count(*) FROM meetings")
    page.self_test()
    assert peek_scalar(demo_ctx.store, "SELECT count(*) FROM meetings") == before


# -- the form: attendance, quorum, saving, finalising ----------------------------------------------


def test_branch_assembly_from_roster_to_addendum(qtbot, branch_ctx, monkeypatch):
    ctx = branch_ctx
    dlg = new_dialog(qtbot, ctx, "branch_assembly")
    assert dlg.title_edit.text() == "2026年11月28日支部党员大会"  # filled in for the user
    assert sorted(r.name for r in dlg.roster.rows) == sorted(
        ["赵一", "钱二", "孙三", "李四", "周五", "吴六"]
    )
    assert all(r.present.isChecked() for r in dlg.roster.rows)
    q = dlg.quorum_label
    assert q.isVisible() and "达到法定人数：实到 5 / 应到 5（需 3）" in q.text()

    # 5 full members vote: 3 present is still more than half, 2 is not
    row_of(dlg, "李四").present.setChecked(False)
    row_of(dlg, "周五").present.setChecked(False)
    assert dlg.quorum_met is True and "实到 3 / 应到 5" in q.text()
    assert "未达到" not in q.text()
    row_of(dlg, "吴六").present.setChecked(False)  # probationary: does not count
    assert dlg.quorum_met is True
    row_of(dlg, "孙三").present.setChecked(False)
    assert dlg.quorum_met is False
    assert "未达到法定人数：实到 2 / 应到 5（需 3）" in q.text()
    assert q.property("quorum") == "not_met" and colour(q) == "#b00020"  # from base.qss
    row_of(dlg, "孙三").present.setChecked(True)
    assert dlg.quorum_met is True and colour(q) == "#1b6e20"
    assert "应到 6 人，实到 3 人，缺席 3 人" in dlg.counts_label.text()

    # an absence without a reason is refused beside its row; nothing is written
    assert row_of(dlg, "李四").reason_box.isVisible()
    assert not row_of(dlg, "赵一").reason_box.isVisible()
    set_reason(dlg, "李四", "sick")
    set_reason(dlg, "吴六", "away")
    dlg.details.editors["place"].insert("社区活动室")
    dlg.details.editors["minutes"].setPlainText("讨论了楼道清理。")
    dlg.chair_box.setCurrentIndex(dlg.chair_box.findData(ctx.ids["赵一"]))
    dlg.save()
    written(qtbot)
    message = row_of(dlg, "周五").message
    assert message.isVisible() and "缺席原因" in message.text()
    assert not row_of(dlg, "李四").message.isVisible()
    assert peek_scalar(ctx.store, "SELECT count(*) FROM meetings") == 0
    assert dlg.isVisible()

    set_reason(dlg, "周五", "personal")
    assert not message.isVisible()
    dlg.save()
    written(qtbot)
    assert dlg.result() == dlg.DialogCode.Accepted
    meeting = peek_rows(ctx.store, "SELECT * FROM meetings")[0]
    assert (meeting["type"], meeting["status"], meeting["place"]) == (
        "branch_assembly",
        "draft",
        "社区活动室",
    )
    assert meeting["chair_id"] == ctx.ids["赵一"]
    absent = {
        r["name"]: r["reason"]
        for r in service.attendance(ctx.store, meeting["id"])
        if r["status"] == "absent"
    }
    assert absent == {"李四": "sick", "周五": "personal", "吴六": "away"}
    assert service.quorum(ctx.store, meeting["id"]).met is True

    # reopen the draft: the ticks are as saved; mark one as 列席 and finalise
    dlg = MeetingDialog(ctx, meeting["id"])
    qtbot.addWidget(dlg)
    dlg.show()
    assert not row_of(dlg, "李四").present.isChecked()
    assert row_of(dlg, "李四").reason_box.currentData() == "sick"
    assert not dlg.type_box.isEnabled()  # the kind fixes the roster
    row_of(dlg, "吴六").non_voting.setChecked(True)
    assert row_of(dlg, "吴六").present.isChecked()
    asked = []
    monkeypatch.setattr(page_module, "confirm", lambda *a: asked.append(a[2]) or False)
    dlg.finalise()
    written(qtbot)
    assert ctx.store.get("meetings", meeting["id"])["status"] == "draft"  # said no
    monkeypatch.setattr(page_module, "confirm", lambda *a: asked.append(a[2]) or True)
    dlg.finalise()
    written(qtbot)
    assert "不能再修改" in asked[-1]
    stored = ctx.store.get("meetings", meeting["id"])
    assert stored["status"] == "final" and stored["finalised_at"]
    statuses = {r["name"]: r["status"] for r in service.attendance(ctx.store, meeting["id"])}
    assert statuses["吴六"] == "non_voting"

    # the same dialog now shows the record read-only, with addenda
    assert dlg.is_final() and dlg.banner.isVisible()
    assert not dlg.save_button.isVisible() and not dlg.finalise_button.isVisible()
    assert dlg.title_edit.isReadOnly() and dlg.details.editors["minutes"].isReadOnly()
    assert not row_of(dlg, "赵一").present.isEnabled()
    assert not dlg.add_photo_button.isEnabled() and not dlg.chair_box.isEnabled()
    assert dlg.addenda_group.isVisible()
    dlg.add_addendum()  # empty: refused with a message
    written(qtbot)
    assert dlg.addendum_message.isVisible()
    assert peek_scalar(ctx.store, "SELECT count(*) FROM addenda") == 0
    dlg.addendum_text.setPlainText("更正：李四为事假。")
    dlg.add_addendum()
    written(qtbot)
    assert not dlg.addendum_message.isVisible()
    assert peek_scalar(ctx.store, "SELECT text FROM addenda") == "更正：李四为事假。"
    assert "更正：李四为事假。" in dlg.addenda_label.text()
    dlg.close_button.click()  # nothing to lose: closes without asking
    assert dlg.result() == dlg.DialogCode.Rejected

    again = MeetingDialog(ctx, meeting["id"])
    qtbot.addWidget(again)
    again.show()
    assert again.is_final() and again.title_edit.isReadOnly()
    assert "更正：李四为事假。" in again.addenda_label.text()


def test_committee_and_group_rosters(qtbot, branch_ctx):
    ctx = branch_ctx
    dlg = new_dialog(qtbot, ctx, "committee")
    assert sorted(r.name for r in dlg.roster.rows) == ["赵一", "钱二"]
    assert "实到 2 / 应到 2（需 2）" in dlg.quorum_label.text()
    row_of(dlg, "钱二").present.setChecked(False)
    assert dlg.quorum_met is False
    # the chair is picked from the roster
    assert sorted(dlg.chair_box.itemText(i) for i in range(1, dlg.chair_box.count())) == [
        "赵一",
        "钱二",
    ]

    with ctx.store.transaction():
        g1 = ctx.store.insert("party_groups", {"name": "第一党小组"})
        g2 = ctx.store.insert("party_groups", {"name": "第二党小组"})
        ctx.store.update("members", ctx.ids["孙三"], {"party_group_id": g2})
        ctx.store.update("members", ctx.ids["李四"], {"party_group_id": g1})
    grp = new_dialog(qtbot, ctx, "group")
    assert grp.form.labels["party_group"].isVisible()
    assert not grp.quorum_label.isVisible()  # no quorum rule for group meetings
    grp.group_box.setCurrentIndex(grp.group_box.findData(g2))
    assert [r.name for r in grp.roster.rows] == ["孙三"]
    assert "第二党小组" in grp.title_edit.text()
    grp.save()
    written(qtbot)
    mid = peek_scalar(ctx.store, "SELECT id FROM meetings WHERE type = 'group'")
    assert [r["name"] for r in service.attendance(ctx.store, mid)] == ["孙三"]


def test_neighbour_meeting_counts_residents_and_links_a_request(qtbot, demo_ctx):
    dlg = new_dialog(qtbot, demo_ctx, "neighbour")
    assert not dlg.roster_scroll.isVisible() and not dlg.quorum_label.isVisible()
    assert dlg.resident_count.isVisible() and dlg.others.isVisible()
    dlg.resident_count.setValue(23)
    dlg.others.setPlainText("物业公司 王经理\n业委会 刘主任")
    dlg.details.editors["minutes"].setPlainText("居民反映停车难。")
    dlg.add_followup()  # nothing written yet: refused with a message
    assert dlg.followup_message.isVisible() and dlg.followup_list.count() == 0
    dlg.followup_text.insert("联系物业划车位")
    assert dlg.request_box.count() > 1  # open requests to link to
    dlg.request_box.setCurrentIndex(1)
    request_id = dlg.request_box.currentData()
    dlg.add_followup()
    assert dlg.followup_list.count() == 1 and dlg.request_box.currentIndex() == 0
    dlg.save()
    written(qtbot)
    assert dlg.result() == dlg.DialogCode.Accepted
    mid = dlg.meeting_id
    row = demo_ctx.store.get("meetings", mid)
    assert row["resident_count"] == 23
    follow = peek_rows(demo_ctx.store, "SELECT * FROM followups WHERE meeting_id = ?", (mid,))
    assert [(f["text"], f["request_id"]) for f in follow] == [("联系物业划车位", request_id)]

    again = MeetingDialog(demo_ctx, mid)
    qtbot.addWidget(again)
    assert again.others.toPlainText() == "物业公司 王经理\n业委会 刘主任"
    assert again.details.editors["minutes"].toPlainText() == "居民反映停车难。"
    assert again.followup_list.count() == 1
    assert again.resident_count.value() == 23


def test_photos_by_drop_and_by_file_dialog(qtbot, ctx, tmp_path, monkeypatch):
    first, second = png(tmp_path / "合影.png"), png(tmp_path / "会场.png", "blue")
    note = tmp_path / "note.txt"
    note.write_text("not a photo")
    dlg = new_dialog(qtbot, ctx, "party_class")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(note))])
    assert dlg.drop_mime(mime) == 1  # the text file is not a photo
    assert dlg.photo_list.count() == 1
    assert not dlg.photo_list.item(0).icon().isNull()  # a thumbnail
    # a real drop event onto the dialog goes the same way; the same file twice is kept once
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dlg.dropEvent(event)
    assert dlg.photo_list.count() == 1
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(second)], ""))
    dlg.add_photo_button.click()
    assert dlg.photo_list.count() == 2
    assert peek_scalar(ctx.store, "SELECT count(*) FROM attachments") == 0  # only on Save
    dlg.save()
    written(qtbot)
    saved = attachments.list_for(ctx.store, "meetings", dlg.meeting_id)
    assert sorted(a["filename"] for a in saved) == ["会场.png", "合影.png"]
    assert all(attachments.blob_path(ctx.store, a["sha256"]).exists() for a in saved)

    again = MeetingDialog(ctx, dlg.meeting_id)
    qtbot.addWidget(again)
    assert again.photo_list.count() == 2
    assert all(not again.photo_list.item(i).icon().isNull() for i in range(2))
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.index(0, 7).data() == "2"


def test_large_meeting_photos_are_made_smaller_unless_the_originals_are_kept(qtbot, ctx, tmp_path):
    """As receipts are (gui/photos.py): a phone photo is stored at 2400 px at most."""
    big = tmp_path / "会场全景.jpg"
    noise = os.urandom(3200 * 2000 * 3)  # compresses badly: a JPEG of several MB
    assert QImage(noise, 3200, 2000, 3200 * 3, QImage.Format.Format_RGB888).save(
        str(big), "JPG", 100
    )
    sizes = []
    for keep in (False, True):
        dlg = new_dialog(qtbot, ctx, "party_class")
        assert dlg.keep_originals.isVisible() and not dlg.keep_originals.isChecked()
        assert dlg.add_photos([big]) == 1
        dlg.keep_originals.setChecked(keep)
        dlg.save()
        written(qtbot)
        (row,) = attachments.list_for(ctx.store, "meetings", dlg.meeting_id)
        assert row["filename"].startswith("会场全景")
        stored = attachments.blob_path(ctx.store, row["sha256"])
        sizes.append(stored.stat().st_size)
        if not keep:
            image = QImage(str(stored))
            assert max(image.width(), image.height()) == 2400
    assert sizes[0] < big.stat().st_size // 2 and sizes[1] == big.stat().st_size


def test_one_scroll_for_the_form_and_whole_roster_rows_at_large_text(qtbot, branch_ctx):
    """Issue 9: at 200 % text the form scrolls as one (no scrolled column inside it), and
    the roster's rows are never cut at the right (the details go below when too narrow)."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from linju_desktop.gui.appearance import apply_appearance

    app = QApplication.instance()
    try:
        for scale in (100, 200):
            apply_appearance(app, scale, False)
            dlg = MeetingDialog(branch_ctx, None, kind="branch_assembly")
            qtbot.addWidget(dlg)
            dlg.show()
            qtbot.waitUntil(lambda d=dlg: bool(d.property("fitted")), timeout=2000)
            scrolls = {a.objectName() for a in dlg.findChildren(QScrollArea) if a.isVisibleTo(dlg)}
            assert scrolls == {"dialog_scroll", "roster_scroll"}, scale
            assert dlg.roster.width() <= dlg.roster_scroll.viewport().width(), scale
            # nothing squeezed: the checklist and the details do not overlap, and the
            # details end inside the visible width of the form
            view = dlg.findChild(QScrollArea, "dialog_scroll").viewport()

            def box(w, view=view):
                return w.rect().translated(w.mapTo(view, w.rect().topLeft()))

            assert not box(dlg.roster_scroll).intersects(box(dlg.details)), scale
            assert box(dlg.details).right() <= view.width(), scale
            dlg.mark_clean()
            dlg.done(0)
    finally:
        apply_appearance(app, 125, False)


def test_cancel_with_changes_asks_first(qtbot, ctx, monkeypatch):
    dlg = new_dialog(qtbot, ctx, "theme_day")
    answers = [False, True]
    monkeypatch.setattr(widgets_module, "confirm", lambda *a: answers.pop(0))
    dlg.details.editors["place"].insert("党群服务站")
    dlg.reject()
    assert dlg.isVisible()  # kept open: said "no"
    dlg.reject()
    assert not dlg.isVisible() and answers == []
    assert peek_scalar(ctx.store, "SELECT count(*) FROM meetings") == 0


def test_end_before_start_is_refused_beside_the_field(qtbot, ctx):
    from PySide6.QtCore import QTime

    dlg = new_dialog(qtbot, ctx, "party_class")
    dlg.start_time.setTime(QTime(15, 0))
    dlg.end_time.setTime(QTime(14, 0))
    dlg.save()
    written(qtbot)
    assert dlg.details.messages["end_time"].isVisible()
    assert peek_scalar(ctx.store, "SELECT count(*) FROM meetings") == 0
    dlg.end_time.setTime(QTime(16, 30))
    dlg.save()
    written(qtbot)
    row = peek_rows(ctx.store, "SELECT start_time, end_time FROM meetings")[0]
    assert (row["start_time"], row["end_time"]) == ("15:00:00", "16:30:00")


def test_the_form_opens_on_the_kind_and_tabs_in_reading_order(qtbot, ctx):
    dlg = MeetingDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.type_box, timeout=2000)
    order, w = [], dlg.type_box
    wanted = [dlg.date_box, dlg.title_edit, dlg.details.editors["place"], dlg.save_button]
    while len(order) < 400 and not all(x in order for x in wanted):
        order.append(w)
        w = w.nextInFocusChain()
    positions = [order.index(x) for x in [dlg.type_box, *wanted]]
    assert positions == sorted(positions)  # kind, date, title, then place ... Save


def test_save_waits_for_a_sync_commit_without_freezing_and_announces_its_rows(qtbot, branch_ctx):
    ctx = branch_ctx
    announced = []
    ctx.ops_changed.connect(announced.append)
    dlg = new_dialog(qtbot, ctx, "committee")
    sync_commit = ctx.store.transaction()  # another writer holds the lock, as a sync does
    sync_commit.__enter__()
    try:
        dlg.save()
        qtbot.wait(200)  # the event loop runs: the form is still there, waiting
        assert dlg.isVisible() and not dlg.save_button.isEnabled()
        dlg.reject()  # Esc while saving does not drop the save
        assert dlg.isVisible() and announced == []
    finally:
        sync_commit.__exit__(None, None, None)
    written(qtbot)
    assert dlg.result() == dlg.DialogCode.Accepted
    [changes] = announced
    assert changes.ids_in("meetings") == {dlg.meeting_id}
    assert len(changes.ids_in("attendance")) == 2  # the two committee members


def test_a_photo_that_is_no_picture_is_refused_when_chosen(qtbot, ctx, tmp_path):
    """Issue 9, point 6, as for receipts: random bytes named .jpg are refused as they are
    chosen, named under the photos, with the size limit said beforehand; a real photo is
    then taken and the message goes."""
    fake = tmp_path / "会场.jpg"
    fake.write_bytes(os.urandom(4096))
    dlg = new_dialog(qtbot, ctx, "party_class")
    assert "50 MB" in dlg.photo_hint.text()
    assert dlg.add_photos([fake]) == 0 and dlg.pending_photos == []
    assert dlg.photo_list.count() == 0
    assert dlg.photo_message.isVisible() and "会场.jpg" in dlg.photo_message.text()
    assert dlg.add_photos([png(tmp_path / "合影.png")]) == 1
    assert not dlg.photo_message.isVisible() and dlg.photo_list.count() == 1
    dlg.mark_clean()
    dlg.done(0)
