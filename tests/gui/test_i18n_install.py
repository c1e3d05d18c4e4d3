"""Installed as a user installs it (a wheel, not editable), Linju speaks Chinese: from the
core's tr() and from the window's translator, with no compile step and no cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import linju_desktop

PROJECT = Path(linju_desktop.__file__).resolve().parent.parent

SCRIPT = """
import linju_desktop, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from linju_desktop.domain.i18n import tr
from linju_desktop.resources import resource_root
print(linju_desktop.__file__)
print(resource_root())
print(tr("Data folder: {path}", path="X"))
app = QApplication([])
from linju_desktop.gui import i18n
i18n.install("zh_CN")
print(QCoreApplication.translate("MemberDialog", "Add a member"))
dialog = QFileDialog(None, options=QFileDialog.Option.DontUseNativeDialog)
print(dialog.findChild(QLabel, "lookInLabel").text())
"""


@pytest.mark.slow
def test_a_wheel_install_speaks_chinese(tmp_path):
    # build from a copy, so the build's own folders land in tmp_path, not in the checkout
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    for name in ("linju_desktop", "resources", "ui"):
        shutil.copytree(PROJECT / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PROJECT / name, src / name)
    pip = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    subprocess.run([*pip, "--no-index", "-w", str(tmp_path / "dist"), str(src)], check=True)
    (wheel,) = (tmp_path / "dist").glob("linju_desktop-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "linju_desktop/_resources/translations/cli_zh_CN.ts" in names
    assert not [n for n in names if n.endswith(".qm")]  # nothing compiled, nothing needed
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
    env.update(PYTHONPATH=str(site), HOME=str(home), QT_QPA_PLATFORM="offscreen")
    # -P: the current folder is not put on sys.path; the wheel's copy comes before the
    # editable install of the checkout
    out = subprocess.run(
        [sys.executable, "-P", "-c", SCRIPT],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert Path(out[0]).is_relative_to(site)
    assert Path(out[1]) == site / "linju_desktop" / "_resources"
    assert out[2:] == ["数据文件夹：X", "新增党员", "查找范围(&L)："]
    assert not (home / ".cache" / "Linju").exists()
