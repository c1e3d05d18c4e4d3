"""The consultation's forms through the window: a matter, its households typed or imported
from a sheet, the cost sharing computed as it is typed, the outcome and closing, an
addendum; bad input refused at its field with nothing half-saved."""

from __future__ import annotations

import json

import openpyxl
import pytest
from helpers import peek_rows, peek_scalar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from linju_desktop.domain.errors import ValidationError
from linju_desktop.gui.pages import consultations as pages
from linju_desktop.gui.pages.consultations import dialogs
from linju_desktop.gui.pages.consultations import page as page_module
from linju_desktop.gui.worker import wait_all
from linju_desktop.services import consultations as service


def save(qtbot, dlg) -> None:
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_all()
    qtbot.wait(10)  # the operation's callbacks run on the UI thread


def message(dlg, key: str) -> str:
    label = dlg.fields.messages[key]
    return "" if label.isHidden() else label.text()


def test_a_matter_and_its_households_typed_in(ctx, qtbot, monkeypatch):
    dlg = pages.MatterDialog(ctx)
    qtbot.addWidget(dlg)
    assert "四分之三" in dlg.rule.text()  # a lift: the special rule, shown before any vote
    dlg.e["matter"].setCurrentIndex(dlg.e["matter"].findData("other"))
    assert "过半数" in dlg.rule.text()
    save(qtbot, dlg)  # no title
    assert "加装电梯" in message(dlg, "title") and dlg.result() == 0
    assert peek_scalar(ctx.store, "SELECT count(*) FROM consultations") == 0
    dlg.e["matter"].setCurrentIndex(dlg.e["matter"].findData("lift"))
    dlg.e["title"].setText("3号楼2单元加装电梯")
    dlg.e["building"].setText("3号楼")
    dlg.e["unit"].setText("2单元")
    save(qtbot, dlg)
    cid = dlg.saved_id
    assert cid and service.get(ctx.store, cid)["unit"] == "2单元"

    homes = pages.HouseholdDialog(ctx, cid)
    qtbot.addWidget(homes)
    for room, floor, area in (("101", 1, "80"), ("201", 2, "80.5"), ("301", 3, "92")):
        homes.e["room"].setText(room)
        homes.e["floor"].setValue(floor)
        homes.e["area"].setText(area)
        save(qtbot, homes)
        assert homes.e["room"].text() == "" and room in homes.added_label.text()
    homes.e["room"].setText("201")  # twice
    homes.e["area"].setText("-5")  # and a negative area
    save(qtbot, homes)
    assert "重复" in message(homes, "room") and "大于 0" in message(homes, "area")
    assert len(homes.added) == 3
    assert peek_scalar(ctx.store, "SELECT count(*) FROM households") == 3

    page = pages.ConsultationsPage(ctx)
    qtbot.addWidget(page)
    assert page.households.rowCount() == 3 and page.edit_button.isEnabled()
    assert not page.addendum_button.isEnabled()
    change = pages.MatterDialog(ctx, cid, page)
    qtbot.addWidget(change)
    assert change.e["title"].text() == "3号楼2单元加装电梯"

    # a household typed wrongly is corrected; one listed by mistake leaves with its vote
    by_room = {h["room"]: h for h in page.homes}
    fix = pages.HouseholdDialog(ctx, cid, page, household=by_room["201"])
    qtbot.addWidget(fix)
    assert fix.e["area"].text() == "80.50" and fix.e["floor"].value() == 2
    fix.e["area"].setText("81")
    save(qtbot, fix)  # its own room is no duplicate
    assert fix.result() == 1 and service.tally(ctx.store, cid).area == 8000 + 8100 + 9200
    service.record_vote(ctx.store, cid, by_room["301"]["id"], "agree")
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    gone = pages.HouseholdDialog(ctx, cid, page, household=by_room["301"])
    qtbot.addWidget(gone)
    gone.remove_button.click()
    wait_all()
    qtbot.waitUntil(lambda: page.households.rowCount() == 2)
    t = service.tally(ctx.store, cid)
    assert (t.households, t.agree, t.area) == (2, 0, 8000 + 8100)
    service.close(ctx.store, cid)
    with pytest.raises(ValidationError, match="已结束"):
        service.remove_household(ctx.store, cid, by_room["101"]["id"])


def _lift(store, floors=3):
    cid = service.save_consultation(store, {"title": "2号楼1单元加装电梯", "matter": "lift"})
    for f in range(1, floors + 1):
        service.add_household(store, cid, f"{f}01", f, "80", f"业主{f}")
    return cid


def test_cost_sharing_is_computed_as_typed_and_adds_up(ctx, qtbot):
    cid = _lift(ctx.store)
    dlg = pages.SharingDialog(ctx, cid)
    qtbot.addWidget(dlg)
    table = dlg.e["coefficients"]
    assert [table.item(i, 1).text() for i in range(3)] == ["0", "1", "1"]  # ground floor 0
    dlg.e["total"].setText("1000")
    assert [dlg.shares.item(i, 3).text() for i in range(3)] == ["0.00", "500.00", "500.00"]
    # a total that does not divide: the largest remainder takes the fen left over
    table.item(0, 1).setText("1")
    dlg.e["total"].setText("100")
    shown = [dlg.shares.item(i, 3).text() for i in range(3)]
    assert shown == ["33.34", "33.33", "33.33"] and "100.00" in dlg.summary.text()
    # a negative coefficient: refused at the table, nothing kept
    table.item(2, 1).setText("-1")
    assert "3层" in message(dlg, "coefficients") and dlg.shares.item(2, 3).text() == ""
    save(qtbot, dlg)
    assert dlg.result() == 0 and not service.get(ctx.store, cid)["total_fen"]
    dlg.e["total"].setText("三百")
    assert message(dlg, "total")
    table.item(2, 1).setText("2")
    dlg.e["total"].setText("300000")
    save(qtbot, dlg)
    assert dlg.result() == 1
    sharing = service.cost_sharing(ctx.store, cid)
    assert sum(sharing.shares.values()) == 300000_00 and sharing.coefficients[3] == "2"
    again = pages.SharingDialog(ctx, cid)  # opens on what was kept
    qtbot.addWidget(again)
    assert (
        again.e["total"].text() == "300000.00" and again.e["coefficients"].item(2, 1).text() == "2"
    )


def test_outcome_closes_and_only_addenda_follow(ctx, qtbot):
    cid = _lift(ctx.store)
    for hid in [h["id"] for h in service.reads.households(ctx.store, cid)]:
        service.record_vote(ctx.store, cid, hid, "agree")
    page = pages.ConsultationsPage(ctx)
    qtbot.addWidget(page)
    dlg = pages.OutcomeDialog(ctx, cid, page)
    qtbot.addWidget(dlg)
    assert dlg.e["outcome"].currentData() == "approved"  # the tally passes
    assert "通过" in dlg.findChild(type(page.tally_text), "tally").text()
    dlg.e["close"].setChecked(True)
    save(qtbot, dlg)
    c = service.get(ctx.store, cid)
    assert (c["outcome"], c["status"]) == ("approved", "final")
    qtbot.waitUntil(lambda: not page.agree_button.isEnabled())
    assert not page.household_button.isEnabled() and page.addendum_button.isEnabled()
    assert "已结束" in page.matters.item(0, 1).text()
    note = pages.AddendumDialog(ctx, cid, page)
    qtbot.addWidget(note)
    save(qtbot, note)
    assert message(note, "text") and note.result() == 0
    note.e["text"].setPlainText("电梯已于6月投入使用。")
    save(qtbot, note)
    rows = peek_rows(ctx.store, "SELECT text FROM consultation_addenda")
    assert [r["text"] for r in rows] == ["电梯已于6月投入使用。"]


def test_households_imported_from_sheets_all_or_none(ctx, qtbot, tmp_path, monkeypatch):
    cid = service.save_consultation(ctx.store, {"title": "5号楼管线改造", "matter": "renovation"})
    page = pages.ConsultationsPage(ctx)
    qtbot.addWidget(page)
    shown: list[str] = []
    monkeypatch.setattr(page_module, "inform", lambda _p, _t, text, error=False: shown.append(text))
    bad = tmp_path / "bad.csv"
    bad.write_bytes("房号,楼层,建筑面积\n101,1,70\n201,二,70\n301,3,-5\n".encode("gb18030"))
    monkeypatch.setattr(page_module, "choose_sheet", lambda _p: bad)
    page.import_button.click()
    wait_all()
    qtbot.waitUntil(lambda: bool(shown))
    assert "第 3 行" in shown[0] and "第 4 行" in shown[0] and "楼层" in shown[0]
    assert peek_scalar(ctx.store, "SELECT count(*) FROM households") == 0
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["房号", "业主", "楼层", "建筑面积"])
    for f in range(1, 7):
        wb.active.append([f"{f}01", f"业主{f}", f, 75.5])
    wb.save(good)
    monkeypatch.setattr(page_module, "choose_sheet", lambda _p: good)
    page.import_button.click()
    wait_all()
    qtbot.waitUntil(lambda: page.households.rowCount() == 6)
    assert service.tally(ctx.store, cid).area == 6 * 7550
    assert len(shown) == 1


def test_a_matter_names_the_meetings_where_it_was_discussed(ctx, qtbot, tmp_path):
    import datetime as dt

    from linju_desktop.reports.catalogue import Order, build
    from linju_desktop.services import meetings

    today = ctx.today()
    old = meetings.create(ctx.store, "neighbour", today - dt.timedelta(days=900), title="旧")
    talk = meetings.create(ctx.store, "neighbour", today - dt.timedelta(days=20), title="议电梯")
    meetings.create(ctx.store, "committee", today - dt.timedelta(days=10), title="支委会")
    dlg = pages.MatterDialog(ctx)
    qtbot.addWidget(dlg)
    listed = [dlg.meetings.item(i) for i in range(dlg.meetings.count())]
    # only neighbour and joint meetings of the last two years are offered
    assert [i.text() for i in listed] == [f"{today - dt.timedelta(days=20)}  邻里会  议电梯"]
    listed[0].setCheckState(Qt.CheckState.Checked)
    dlg.e["title"].setText("3号楼2单元加装电梯")
    save(qtbot, dlg)
    cid = dlg.saved_id
    assert json.loads(service.get(ctx.store, cid)["meeting_ids"]) == [talk]

    # an older link stays listed and ticked when the matter is opened again
    service.save_consultation(ctx.store, {"title": "3号楼2单元加装电梯", "matter": "lift",
                                          "meeting_ids": [old, talk]}, cid)  # fmt: skip
    again = pages.MatterDialog(ctx, cid)
    qtbot.addWidget(again)
    assert again.linked_meetings() == [talk, old]
    doc = build(ctx.store, Order("consultation", ident=cid))
    text = " ".join(str(v) for b in doc.blocks for v in getattr(b, "pairs", []))
    assert "邻里会" in text and str(today - dt.timedelta(days=20)) in text
