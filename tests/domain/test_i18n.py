"""The one translation catalogue: Linguist .ts files read without Qt, for the core's tr()."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from linju_desktop.domain import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>{context}</name>
    <message>
        <source>Saved {{n}} rows</source>
        <translation>已保存 {{n}} 行</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">已删</translation>
    </message>
    <message>
        <source>error</source>
        <translation>{error}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a door</comment>
        <translation>开门</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: folder)
    i18n.reload()
    yield folder
    i18n.reload()


def test_the_shipped_catalogue_translates_core_messages():
    i18n.reload()
    assert i18n.tr("Data folder: {path}", path="D:/x") == "数据文件夹：D:/x"
    assert i18n.tr("Page {page} of {pages}", page=1, pages=3) == "第 1 页 共 3 页"
    i18n.set_language("en")
    try:
        assert i18n.tr("Data folder: {path}", path="D:/x") == "Data folder: D:/x"
        # record-book labels are Chinese data; English has its own catalogue for them
        assert i18n.tr("支部党员大会") == "Branch general meeting"
    finally:
        i18n.set_language("zh_CN")
    assert i18n.tr("支部党员大会") == "支部党员大会"


def test_read_ts_keeps_finished_messages_only(catalogues):
    path = catalogues / "demo.mod_zh_CN.ts"
    path.write_text(TS.format(context="demo.mod", error="错误"), encoding="utf-8")
    got = {(s, c): f for _, s, c, f in i18n.read_ts(path)}
    assert got == {
        ("Saved {n} rows", ""): ["已保存 {n} 行"],
        ("error", ""): ["错误"],
        ("%n day(s)", ""): ["%n 天"],
        ("Open", "a door"): ["开门"],
    }
    assert i18n.tr("Saved {n} rows", n=3) == "已保存 3 行"
    assert i18n.tr("Not yet") == "Not yet"
    assert i18n.tr("Gone") == "Gone"
    assert i18n.lookup("demo.mod", "Open", "a door") == "开门"
    assert i18n.lookup("demo.mod", "%n day(s)", n=5) == "%n 天"
    assert i18n.lookup("other", "Saved {n} rows") == "已保存 {n} 行"  # any context is the fallback
    assert i18n.lookup(None, "Unknown") is None


def test_a_source_two_modules_translate_differently_follows_the_caller(catalogues):
    (catalogues / "demo.rows_zh_CN.ts").write_text(
        TS.format(context="demo.rows", error="错误"), encoding="utf-8"
    )
    (catalogues / "demo.sync_zh_CN.ts").write_text(
        TS.format(context="demo.sync", error="失败"), encoding="utf-8"
    )
    calls = "from linju_desktop.domain.i18n import tr\ndef show():\n    return tr('error')\n"
    rows = {"__name__": "linju_desktop.demo.rows"}
    sync = {"__name__": "linju_desktop.demo.sync"}
    exec(calls, rows)
    exec(calls, sync)
    assert (rows["show"](), sync["show"]()) == ("错误", "失败")


def test_registered_dictionaries_still_work_until_moved():
    i18n.register({"A string only in code": "只在代码里的字符串"})
    try:
        assert i18n.tr("A string only in code") == "只在代码里的字符串"
    finally:
        i18n._registered["zh_CN"].pop("A string only in code")


def test_the_core_reads_catalogues_without_qt(tmp_path):
    script = (
        "import sys\n"
        "from linju_desktop.domain.i18n import tr\n"
        "from linju_desktop.services.roster_import import RowProblem\n"
        "print(tr('No problems found.'), RowProblem(2, 'x', 'm'))\n"
        "print(any(name.startswith('PySide6') for name in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.split("\n")
    assert out[:2] == ["未发现问题。 第 2 行“x”列（错误）：m", "False"]


def test_no_compiled_translations_are_needed():
    folder = Path(i18n.catalogue_dir())
    assert sorted(folder.glob("*.qm")) == []
    assert not list(folder.glob("*_en.ts")) or all(
        'sourcelanguage="zh_CN"' in p.read_text(encoding="utf-8") for p in folder.glob("*_en.ts")
    )
