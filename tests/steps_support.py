"""Three everyday tasks driven through the real widgets with QTest, counting the actions a
secretary makes: clicks and key presses. Typing free text (a name, an amount, the minutes)
is not counted; moving between fields is. tests/gui/test_steps.py asserts the targets,
tests/benchmarks/bench_steps.py prints them.

Modal dialogs run their own event loop: each task schedules its driver with a timer, then
makes the click that opens the dialog; the driver runs inside that loop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.worker import busy
from linju_desktop.services import funds

MEETING_TARGET, REQUEST_TARGET, EXPENSE_TARGET = 8, 5, 6


@dataclass
class Actions:
    """Counts what the user does; free text is typed but not counted."""

    count: int = 0
    log: list[str] = field(default_factory=list)

    def click(self, w: QWidget, pos: QPoint | None = None, what: str = "") -> None:
        self.count += 1
        self.log.append(f"click {what or w.objectName() or type(w).__name__}")
        QTest.mouseClick(
            w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint()
        )

    def key(self, w: QWidget, key: Qt.Key, what: str = "") -> None:
        self.count += 1
        self.log.append(f"key {what or key.name}")
        QTest.keyClick(w, key)

    def pick(self, box: QComboBox, data: object) -> None:
        """One click on an item of an open choice list."""
        view = box.view()
        index = view.model().index(box.findData(data), 0)
        self.click(view.viewport(), view.visualRect(index).center(), f"choice {data}")

    def choose_file(self, dialog: QFileDialog, path: Path) -> None:
        """A double-click on the file in the file dialog (counted once)."""
        self.count += 1
        self.log.append(f"double-click {path.name}")
        dialog.selectFile(str(path))
        dialog.accept()

    @staticmethod
    def type(w: QWidget, text: str) -> None:
        """Free text, committed as an input method commits Chinese (QTest cannot type it)."""
        if isinstance(w, QPlainTextEdit):
            w.insertPlainText(text)
        else:
            assert isinstance(w, QLineEdit), w
            w.insert(text)


FAILURES: list[BaseException] = []


def later(driver: Callable[[], None]) -> None:
    """Run the driver inside the next dialog's event loop; a failure closes the dialog (a
    test must fail, not hang) and is raised again by check()."""

    def run() -> None:
        try:
            driver()
        except BaseException as exc:
            FAILURES.append(exc)
            w = QApplication.activeModalWidget()
            if w is not None:
                w.close()

    QTimer.singleShot(0, run)


def check() -> None:
    if FAILURES:
        exc = FAILURES.pop()
        FAILURES.clear()
        raise exc


def settle(timeout_s: float = 10) -> None:
    end = dt.datetime.now() + dt.timedelta(seconds=timeout_s)
    while busy() and dt.datetime.now() < end:
        QApplication.processEvents()
        QTest.qWait(10)


def modal() -> QWidget:
    w = QApplication.activeModalWidget()
    assert w is not None, "no dialog open"
    return w


# -- the branch with its roster ----------------------------------------------------------------
def add_branch(ctx: AppContext) -> dict[str, str]:
    """Twenty members over five buildings, two of them named 张建华, and last quarter's
    members' meeting with its chair and recorder."""
    names = [
        "张建华", "王秀英", "李建国", "刘淑珍", "陈志强", "杨桂兰", "赵德明", "黄丽华",
        "周国庆", "吴玉兰", "徐长林", "孙凤英", "马建军", "朱秀梅", "胡振华", "郭玉珍",
        "何立新", "林桂芳", "罗永福", "张建华",
    ]  # fmt: skip
    store = ctx.store
    ids: dict[str, str] = {}
    with store.transaction():
        for i, name in enumerate(names):
            key = f"{name}@{i % 5 + 1}号楼"
            ids[key] = store.insert(
                "members",
                {
                    "name": name,
                    "name_initials": f"m{i:02d}",
                    "member_kind": "full",
                    "status": "active",
                    "building": f"{i % 5 + 1}号楼",
                },
            )
        last = ctx.today() - dt.timedelta(days=120)
        store.insert(
            "meetings",
            {
                "type": "branch_assembly",
                "title": "上季度支部党员大会",
                "date": last.isoformat(),
                "status": "final",
                "chair_id": ids["王秀英@2号楼"],
                "recorder_id": ids["李建国@3号楼"],
            },
        )
    return ids


# -- the three tasks ---------------------------------------------------------------------------
def members_meeting(ctx: AppContext, home: QWidget) -> Actions:
    """From the home page's reminder to a saved 支部党员大会 with two absentees: 张建华 of
    5号楼 (sick) and 黄丽华 (其他, with a note)."""
    from linju_desktop.gui.pages.meetings.dialog import MeetingDialog

    a = Actions()
    card = home.cards["meetings"]  # type: ignore[attr-defined]
    item = next(b for b in card.items if "支部党员大会" in b.text())

    def drive() -> None:
        dlg = modal()
        assert isinstance(dlg, MeetingDialog)
        search = dlg.roster.search
        assert dlg.focusWidget() is search
        a.type(search, "张建华 5号楼")
        a.key(search, Qt.Key.Key_Return)
        row = next(r for r in dlg.roster.rows if not r.present.isChecked())
        a.pick(row.reason_box, "sick")
        a.type(dlg.focusWidget(), "黄丽")  # focus is back in the search box
        a.key(search, Qt.Key.Key_Return)
        row = next(r for r in dlg.roster.rows if r.name == "黄丽华")
        a.pick(row.reason_box, "other")
        a.type(row.note, "在外地照看孙子")
        a.key(row.note, Qt.Key.Key_Return)
        minutes = dlg.details.editors["minutes"]
        a.click(minutes, what="minutes")
        a.type(minutes, "传达学习了街道党工委会议精神。")
        a.click(dlg.save_button, what="save")

    later(drive)
    a.click(item, what="reminder")
    settle()
    check()
    return a


def resident_request(ctx: AppContext, page: QWidget) -> Actions:
    """A request from the requests page's button to saved, with the category guessed."""
    from linju_desktop.gui.pages.requests.intake import IntakeDialog

    a = Actions()
    button = next(b for b in page.findChildren(QWidget) if b.objectName() == "primary")

    def drive() -> None:
        dlg = modal()
        assert isinstance(dlg, IntakeDialog)
        a.type(dlg.focusWidget(), "李大爷")
        a.key(dlg.focusWidget(), Qt.Key.Key_Tab)
        a.type(dlg.focusWidget(), "13812345678")
        a.key(dlg.focusWidget(), Qt.Key.Key_Tab)
        a.type(dlg.focusWidget(), "3-2-501")
        a.key(dlg.focusWidget(), Qt.Key.Key_Tab)
        a.type(dlg.focusWidget(), "楼下路灯不亮一周了")
        box = dlg.findChild(QDialogButtonBox)
        a.click(box.button(QDialogButtonBox.StandardButton.Save), what="save")

    later(drive)
    a.click(button, what="register")
    settle()
    check()
    return a


def receipt_image(folder: Path) -> Path:
    path = folder / "发票.png"
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(path))
    return path


def expense_with_receipt(ctx: AppContext, page: QWidget, receipt: Path) -> Actions:
    """An expense with one receipt, from the funds page's button to saved."""
    from linju_desktop.gui.pages.funds.dialogs import ExpenseDialog

    a = Actions()
    funds.set_allocation(ctx.store, ctx.today().year, 1_000_000, "district")
    button = next(b for b in page.findChildren(QWidget) if b.objectName() == "primary")

    def pick_file() -> None:
        dialog = modal()
        assert isinstance(dialog, QFileDialog)
        a.choose_file(dialog, receipt)

    def drive() -> None:
        dlg = modal()
        assert isinstance(dlg, ExpenseDialog)
        assert dlg.focusWidget() is dlg.amount.edit
        a.type(dlg.amount.edit, "128.50")
        a.key(dlg.amount.edit, Qt.Key.Key_Tab)
        a.type(dlg.focusWidget(), "七一活动茶水")
        later(pick_file)
        a.click(dlg.findChild(QWidget, "add_receipts"), what="add receipt")
        a.click(dlg.buttons.button(QDialogButtonBox.StandardButton.Save), what="save")

    later(drive)
    a.click(button, what="add expense")
    settle()
    check()
    return a
