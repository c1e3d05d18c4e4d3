"""The first start of the day: the window paints before the daily check and backup, which
run on a worker thread; damage they find is still explained and closes Linju."""

from __future__ import annotations

import random
import sqlite3
import threading
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from linju_desktop.gui import app as startup
from linju_desktop.store import backup
from linju_desktop.store.database import Store


def wait_for(qapp, cond, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not cond() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    assert cond()


def test_the_daily_check_runs_after_the_first_paint_off_the_ui_thread(
    gui_app, tmp_path, monkeypatch
):
    store = Store(tmp_path / "data")
    store.insert("members", {"name": "张三"})
    events: list[tuple[str, str]] = []
    real = startup.daily_check

    def spy(s):  # the real check, noting when and on which thread it ran
        events.append(("check", threading.current_thread().name))
        return real(s)

    monkeypatch.setattr(startup, "daily_check", spy)
    statuses: list[str] = []
    check = startup.DailyCheck(store, statuses.append)
    window = QMainWindow()

    class Paints(QObject):
        def eventFilter(self, _o, e):
            if e.type() == QEvent.Type.Paint and not events:
                events.append(("paint", threading.current_thread().name))
            return False

    watcher = Paints()
    window.installEventFilter(watcher)
    startup.start_after_first_paint(window, check.start)
    window.show()
    assert backup.list_backups(store) == []  # nothing before the window
    wait_for(gui_app, lambda: check.done)
    assert [e[0] for e in events] == ["paint", "check"]
    assert events[1][1] != threading.main_thread().name
    assert check.error is None
    assert len(backup.list_backups(store)) == 1
    assert statuses[-1] == "数据库检查完毕，今天的备份已保存。"
    window.close()
    store.close()


def test_damage_found_in_the_background_is_explained(gui_app, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    store = Store(folder)
    store.insert_many("members", [{"name": f"成员{i}", "notes": "x" * 400} for i in range(400)])
    good = backup.make_backup(store, "manual")
    store.close()
    conn = sqlite3.connect(folder / "linju.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    rnd = random.Random(5)
    with open(folder / "linju.sqlite3", "r+b") as fh:
        for offset in (8192, 40960):
            fh.seek(offset)
            fh.write(rnd.randbytes(4096))
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: boxes.append(text))
    exits: list[int] = []
    monkeypatch.setattr(type(gui_app), "exit", staticmethod(lambda code=0: exits.append(code)))
    store = startup.open_store_or_explain(str(folder), interactive=True)
    assert store is not None  # opening reads only the header: the window can show
    check = startup.DailyCheck(store, lambda _text: None)
    check.start()
    wait_for(gui_app, lambda: check.done)
    assert boxes and "损坏" in boxes[0] and good.name in boxes[0]
    assert exits == [2]
    assert backup.list_backups(store) == [good]  # no copy of the damaged file joined them
    store.close()
