"""The window's translator answers from the same .ts catalogue as the core; Qt's own
widgets speak Chinese too; nothing is compiled or written outside the test's folder."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QWidget

from linju_desktop.domain import i18n as core_i18n
from linju_desktop.gui import i18n


def _file_dialog_labels() -> dict[str, str]:
    dialog = QFileDialog(None, options=QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    dialog.deleteLater()
    return labels


def test_window_strings_come_from_the_ts_catalogue(gui_app):
    assert QCoreApplication.translate("MemberDialog", "Add a member") == "新增党员"

    class MemberDialogSubclass(QObject):
        def title(self) -> str:
            return self.tr("Add a member")

    # PySide names the context after the running class: any context's entry is the fallback
    assert MemberDialogSubclass().title() == "新增党员"
    assert QCoreApplication.translate("Nobody", "A sentence in no catalogue") == (
        "A sentence in no catalogue"
    )
    assert QCoreApplication.translate("HomePage", "%n overdue", None, 3) == "3 件已逾期"
    i18n.install("en")
    assert QCoreApplication.translate("MemberDialog", "Add a member") == "Add a member"
    assert core_i18n.tr("No problems found.") == "No problems found."
    i18n.install("zh_CN")
    assert core_i18n.tr("No problems found.") == "未发现问题。"


def test_switching_language_tells_the_widgets(gui_app):
    seen = []

    class Watcher(QWidget):
        def changeEvent(self, event: QEvent) -> None:
            if event.type() == QEvent.Type.LanguageChange:
                seen.append(i18n.current())
            super().changeEvent(event)

    watcher = Watcher()
    i18n.install("en")
    QCoreApplication.sendPostedEvents()
    assert seen and seen[-1] == "en"
    i18n.install("zh_CN")
    QCoreApplication.sendPostedEvents()
    assert seen[-1] == "zh_CN"
    watcher.deleteLater()


def test_qt_own_dialogs_speak_chinese(gui_app):
    labels = _file_dialog_labels()
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileNameLabel"] == "文件名称(&N)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert [b.text() for b in buttons.buttons()] == ["确定", "取消"]
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in menu.actions()][:2] == ["撤消(&U)", "重做(&R)"]
    field.deleteLater()
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    page_set = next(lb for lb in dialog.findChildren(QLabel) if lb.objectName() == "pageSetLabel")
    assert page_set.text() == "奇偶页(&S)："
    dialog.deleteLater()
    i18n.install("en")
    assert _file_dialog_labels()["lookInLabel"] == "&Look in:"
    i18n.install("zh_CN")


def test_nothing_is_written_to_the_home_folder(tmp_path):
    """The translations are read where they are: no cache, no compiling (the old code
    compiled .qm files into ~/.cache/Linju on every source install). Qt may keep its own
    font cache there, so only Linju's files are looked for."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LINJU_DATA_DIR=str(tmp_path / "d"))
    script = (
        "from PySide6.QtWidgets import QApplication, QFileDialog\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QApplication([])\n"
        "from linju_desktop.gui import i18n\n"
        "from linju_desktop.domain.i18n import tr\n"
        "i18n.install('zh_CN')\n"
        "QFileDialog(None, options=QFileDialog.Option.DontUseNativeDialog)\n"
        "print(QCoreApplication.translate('MemberDialog', 'Add a member'), tr('ok'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["新增党员", "正常"]
    run = [sys.executable, "-m", "linju_desktop.cli"]  # the overview of the book
    overview = subprocess.run(run, env=env, check=True, capture_output=True, text=True)
    assert "数据文件夹" in overview.stdout
    # the window's self-test visits every page and form in Chinese
    run = [sys.executable, "-m", "linju_desktop", "--self-test"]
    subprocess.run(run, env=env, check=True, capture_output=True)
    written = [p for p in home.rglob("*") if "linju" in str(p.relative_to(home)).lower()]
    assert written == []
    assert not (home / ".cache" / "Linju").exists()


def test_the_self_test_notices_missing_translations(gui_app, tmp_path, monkeypatch):
    assert i18n.self_check() == []
    monkeypatch.setattr(core_i18n, "catalogue_dir", lambda: tmp_path)
    monkeypatch.setattr(i18n, "qt_translation_files", lambda language: [])
    core_i18n.reload()
    try:
        i18n.install("zh_CN")
        assert len(i18n.self_check()) == 2
    finally:
        monkeypatch.undo()
        core_i18n.reload()
        i18n.install("zh_CN")
    assert i18n.self_check() == []
