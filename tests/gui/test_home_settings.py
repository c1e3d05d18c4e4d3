"""The home page, the settings page and the first-run wizard, driven through their widgets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import peek_rows
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from linju_desktop.gui import first_run
from linju_desktop.gui.appearance import BASE_POINTS, apply_appearance
from linju_desktop.gui.first_run import FirstRunWizard
from linju_desktop.gui.import_dialog import ImportReportDialog
from linju_desktop.gui.pages import settings as settings_module
from linju_desktop.gui.pages.home import HomePage
from linju_desktop.gui.pages.settings import GroupDialog, SettingsPage, data_tab
from linju_desktop.gui.pages.settings.data_tab import DataTab
from linju_desktop.gui.worker import busy
from linju_desktop.services import branch, funds, resident_requests
from linju_desktop.store import backup


def _settled(qtbot) -> None:
    """Saves run as operations on the writer thread: wait until they reported back."""
    qtbot.waitUntil(lambda: not busy(), timeout=5000)


WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


# -- home ----------------------------------------------------------------------------------------
def test_home_lists_overdue_requests_and_a_click_opens_the_request(qtbot, demo_ctx):
    overdue = resident_requests.overdue(demo_ctx.store, within_hours=48)
    assert overdue, "the demo station should have requests past their time limit"
    page = HomePage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    card = page.cards["requests"]
    assert "已逾期" in card.body.text()
    assert len(card.items) == min(len(overdue), 8)
    assert overdue[0]["number"] in card.items[0].text()
    assert not page.all_well.isVisible()
    with qtbot.waitSignal(demo_ctx.open_record, timeout=1000) as blocker:
        qtbot.mouseClick(card.items[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["requests", overdue[0]["id"]]


def test_home_on_an_empty_store_gives_the_next_step_not_all_is_well(qtbot, ctx):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert list(page.cards) == ["start"]
    assert not page.all_well.isVisible()
    card = page.cards["start"]
    assert "名单" in card.body.text() and "设置" in card.body.text()
    buttons = [b.text() for b in card.findChildren(QPushButton)]
    assert "导入党员名单…" in buttons and "设置支部信息" in buttons
    with qtbot.waitSignal(ctx.open_record, timeout=1000) as blocker:
        button = next(b for b in card.findChildren(QPushButton) if b.text() == "导入党员名单…")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["members", ""]


def test_home_with_branch_and_roster_and_nothing_due_says_all_is_well(qtbot, ctx):
    branch.save_profile(ctx.store, name="幸福里小区综合党支部")
    ctx.store.insert("members", {"name": "王秀英", "status": "active", "member_kind": "full"})
    for code in ("branch_assembly", "committee", "group", "party_class", "theme_day"):
        ctx.store.insert("meetings", {"type": code, "date": ctx.today().isoformat()})
    ctx.store.insert("meetings", {"type": "life_meeting", "date": ctx.today().isoformat()})
    ctx.store.insert("meetings", {"type": "joint", "date": ctx.today().isoformat()})
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert "start" not in page.cards and "meetings" not in page.cards
    assert page.all_well.isVisible() and "一切正常" in page.all_well.text()


def test_home_search_finds_a_member_and_opens_it(qtbot, demo_ctx):
    member = peek_rows(demo_ctx.store, "SELECT id, name FROM members ORDER BY name LIMIT 1")[0]
    page = HomePage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.search.insert(member["name"])  # keyClicks cannot type Chinese
    qtbot.waitUntil(lambda: page.hits.isVisible() and page.hits.count() > 0, timeout=2000)
    row = next(
        i
        for i in range(page.hits.count())
        if page.hits.item(i).data(Qt.ItemDataRole.UserRole) == ("members", member["id"])
    )
    item = page.hits.item(row)
    assert "[党员]" in item.text() and member["name"] in item.text()
    with qtbot.waitSignal(demo_ctx.open_record, timeout=1000) as blocker:
        rect = page.hits.visualItemRect(item)
        qtbot.mouseClick(page.hits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["members", member["id"]]


# -- settings -----------------------------------------------------------------------------------
def test_branch_profile_saves_and_a_blank_name_is_refused_beside_the_field(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    e = page.branch.form.editors
    e["name"].setText("幸福里小区综合党支部")
    e["compounds"].setPlainText("幸福里小区\n幸福里北区\n")
    e["community"].setText("幸福里社区")
    page.branch.save()
    _settled(qtbot)
    assert "已保存" in page.branch.note.text()
    saved = branch.profile(ctx.store)
    assert saved["name"] == "幸福里小区综合党支部" and saved["community"] == "幸福里社区"
    assert settings_module.compounds_of(saved) == ["幸福里小区", "幸福里北区"]
    e["name"].clear()
    page.branch.save()
    _settled(qtbot)
    assert not page.branch.note.text()
    msg = page.branch.form.messages["name"]
    assert msg.isVisible() and "支部名称" in msg.text()
    assert branch.profile(ctx.store)["name"] == "幸福里小区综合党支部"


def test_request_time_limit_reaches_the_service(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert resident_requests.limits(ctx.store)["parking"] == 168
    page.limits.form.editors["parking"].setValue(48)
    page.limits.departments.setPlainText("城管科\n供电所\n城管科\n")
    page.limits.save()
    _settled(qtbot)
    assert resident_requests.limits(ctx.store)["parking"] == 48
    assert ctx.setting("departments") == ["城管科", "供电所"]
    assert "已保存" in page.limits.note.text()


def test_meeting_rhythm_is_stored_for_every_type(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    box = page.rhythms.form.editors["committee"]
    box.setCurrentIndex(box.findData("as_needed"))
    page.rhythms.save()
    _settled(qtbot)
    rhythms = ctx.setting("meeting_rhythms")
    assert rhythms["committee"] == "as_needed" and rhythms["branch_assembly"] == "quarterly"


def test_party_group_dialog_saves_as_an_operation(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    dlg = GroupDialog(ctx, None, page)  # closed with the page
    assert dlg.windowTitle() == "新增党小组"
    dlg.save()  # no name: refused beside the field
    _settled(qtbot)
    assert not dlg.form.messages["name"].isHidden()
    announced = []
    ctx.ops_changed.connect(announced.append)
    dlg.form.editors["name"].setText("9号楼党小组")
    dlg.form.editors["buildings"].setText("9号楼")
    dlg.save()
    _settled(qtbot)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert [g["name"] for g in branch.party_groups(ctx.store)] == ["9号楼党小组"]
    assert announced[0].ids_in("party_groups") == {dlg.group_id}
    page.refresh()
    assert page.groups.table.item(0, 0).text() == "9号楼党小组"


def test_text_size_and_high_contrast_apply_at_once(qtbot, ctx, gui_app):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    try:
        qtbot.mouseClick(page.display.scale_buttons[200], Qt.MouseButton.LeftButton)
        assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINTS * 2)
        assert ctx.setting("text_scale") == 200
        page.display.high_contrast.setChecked(True)
        assert "background: black" in gui_app.styleSheet()
        assert ctx.setting("high_contrast") is True
        page.display.high_contrast.setChecked(False)
        assert "background: black" not in gui_app.styleSheet()
    finally:
        apply_appearance(gui_app, 125, False)


def test_a_display_setting_waits_for_a_busy_file_off_the_ui_thread(qtbot, ctx, gui_app):
    """While another writer holds the file (the background VACUUM of an older station), a
    changed text size applies at once and is written when the file is free."""
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    blocker = sqlite3.connect(ctx.store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(page.display.scale_buttons[150], Qt.MouseButton.LeftButton)
        assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINTS * 1.5)
        assert ctx.setting("text_scale") == 150  # read back from the window at once
        assert busy()  # the write waits on the writer thread, not here
        assert ctx.store.get_setting("text_scale") is None
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        apply_appearance(gui_app, 125, False)
    _settled(qtbot)
    assert ctx.store.get_setting("text_scale") == 150


def test_language_switch_changes_texts_and_back(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.tabs.tabText(0) == "支部信息"
    page.display.language.setCurrentIndex(page.display.language.findData("en"))
    assert page.tabs.tabText(0) == "Branch" and page.heading.text() == "Settings"
    assert ctx.setting("language") == "en"
    page.display.language.setCurrentIndex(page.display.language.findData("zh_CN"))
    assert page.tabs.tabText(0) == "支部信息" and page.heading.text() == "设置"


def test_language_switch_inside_the_main_window_rebuilds_it(qtbot, ctx):
    from linju_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert window.nav.item(0).text() == "工作台"
    page.display.language.setCurrentIndex(page.display.language.findData("en"))
    assert window.nav.item(0).text() == "Home"
    new_page = window.pages["settings"]
    assert new_page is not page and new_page.tabs.tabText(0) == "Branch"
    new_page.display.language.setCurrentIndex(new_page.display.language.findData("zh_CN"))
    assert window.nav.item(0).text() == "工作台"
    assert window.pages["settings"].tabs.tabText(0) == "支部信息"


def test_backup_now_makes_a_file_in_the_background(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    before = len(backup.list_backups(ctx.store))
    op = page.make_backup()
    assert op is not None
    qtbot.waitUntil(lambda: "备份完成" in page.data.backup_note.text(), timeout=5000)
    files = backup.list_backups(ctx.store)
    assert len(files) == before + 1 and files[0].stat().st_size > 0
    assert page.data.backups.item(0).data(Qt.ItemDataRole.UserRole) == str(files[0])
    assert "手动备份" in page.data.backups.item(0).text()


def test_restore_puts_the_backup_back_and_quits(qtbot, ctx, monkeypatch):
    branch.save_profile(ctx.store, name="旧名称")
    saved = backup.make_backup(ctx.store)
    branch.save_profile(ctx.store, name="新名称")
    told: list[str] = []
    quits: list[bool] = []
    monkeypatch.setattr(DataTab, "confirm_restore", lambda self, label: True)
    monkeypatch.setattr(data_tab, "inform", lambda _p, _t, text, error=False: told.append(text))
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    backups = page.data.backups
    row = next(
        i
        for i in range(backups.count())
        if backups.item(i).data(Qt.ItemDataRole.UserRole) == str(saved)
    )
    backups.setCurrentRow(row)
    page.data.restore()
    assert quits == [True] and "重新打开" in told[-1]
    assert (
        branch.profile(ctx.store)["name"] == "旧名称"
    )  # the store reconnects to the restored file
    assert any(p.stem.endswith("before-restore") for p in backup.list_backups(ctx.store))


def test_restore_refuses_a_database_that_is_not_linjus(qtbot, ctx, monkeypatch):
    branch.save_profile(ctx.store, name="现在的名称")
    stranger = ctx.store.backups_dir / "linju-20300101-000000-000000-manual.sqlite3"
    stranger.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(stranger)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    told: list[str] = []
    monkeypatch.setattr(DataTab, "confirm_restore", lambda self, label: True)
    monkeypatch.setattr(data_tab, "inform", lambda _p, _t, text, error=False: told.append(text))
    monkeypatch.setattr(QApplication, "quit", lambda: pytest.fail("must not quit"))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.data.backups.setCurrentRow(0)  # the newest name: the stranger
    assert page.data.selected_backup() == stranger
    page.data.restore()
    assert told and "不是邻居软件的备份" in told[-1]
    assert branch.profile(ctx.store)["name"] == "现在的名称"


# -- first run -----------------------------------------------------------------------------------
def test_wizard_fill_and_finish_creates_profile_and_allocation(qtbot, ctx, gui_app):
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    # The text size comes first, applied the moment it is chosen.
    assert wizard.stack.currentWidget() is wizard.text_step
    try:
        button = wizard.text_step.buttons[150]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        assert gui_app.font().pointSizeF() == pytest.approx(BASE_POINTS * 1.5)
        assert ctx.setting("text_scale") == 150
    finally:
        apply_appearance(gui_app, 125, False)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == first_run.BRANCH_STEP
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # no name yet
    _settled(qtbot)
    assert wizard.stack.currentIndex() == first_run.BRANCH_STEP
    assert "支部名称" in wizard.branch_form.messages["name"].text()
    wizard.branch_form.editors["name"].setText("幸福里小区综合党支部")
    wizard.branch_form.editors["community"].setText("幸福里社区")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert wizard.stack.currentIndex() == first_run.FUNDS_STEP
    amount = wizard.funds_form.editors["amount"]
    assert amount.text() == "" and wizard.capital_label.text() == ""  # nothing invented
    amount.setText("abc")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == first_run.FUNDS_STEP
    assert wizard.funds_form.messages["amount"].isVisible()
    amount.setText("12,000")
    assert "壹万贰仟元整" in wizard.capital_label.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert wizard.stack.currentIndex() == 3 and wizard.next_button.text() == "完成"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == wizard.DialogCode.Accepted
    assert branch.profile(ctx.store)["community"] == "幸福里社区"
    assert funds.allocation(ctx.store, ctx.today().year)["amount_fen"] == 1_200_000
    assert not ctx.setting("setup_skipped", False)


def test_wizard_leaves_the_allocation_empty_unless_typed(qtbot, ctx):
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard._show_step(first_run.FUNDS_STEP)
    assert wizard.funds_form.editors["amount"].text() == ""
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert wizard.stack.currentIndex() == 3  # moved on without a figure
    assert funds.allocation(ctx.store, ctx.today().year) is None


def test_wizard_skip_remembers_the_choice(qtbot, ctx):
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.skip_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == wizard.DialogCode.Rejected
    assert ctx.setting("setup_skipped") is True
    assert branch.profile(ctx.store) is None


def test_wizard_imports_a_roster_and_shows_the_report(qtbot, ctx, tmp_path, monkeypatch):
    roster: Path = tmp_path / "名单.csv"
    rows = [
        "姓名,身份证号,手机号,入党日期,转正日期,楼栋,单元,房号",
        f"王秀英,{id_number('11010519491231002')},13800138000,1975-07-01,1976-07-01,1号楼,1单元,101",
        f"李建国,{id_number('11010519550312001')},13900139000,1980-05-04,1981-05-04,2号楼,2单元,202",
    ]
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")
    reports: list[object] = []
    monkeypatch.setattr(first_run, "choose_roster_file", lambda _parent: roster)
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: reports.append(self) or 0)
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard._show_step(3)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.import_note.text()), timeout=5000)
    assert len(reports) == 1
    names = [r["name"] for r in peek_rows(ctx.store, "SELECT name FROM members ORDER BY name")]
    assert sorted(names) == sorted(["王秀英", "李建国"])
    assert "2" in wizard.import_note.text()
