"""i18n_tool: register() dictionaries move into .ts catalogues once; --check catches gaps."""

from __future__ import annotations

import runpy
import textwrap

import pytest

from linju_desktop.domain import i18n
from linju_desktop.gui import i18n_tool

MODULE = textwrap.dedent(
    '''\
    """A module that still registers its words in code."""

    from __future__ import annotations

    from linju_desktop.domain.i18n import register, tr

    _MSG_FULL = "The list holds {count} names already"

    register({_MSG_FULL: "名单已有 {count} 人"})

    LABELS = {"Late": "迟到", "Early": "早退"}


    def late() -> str:
        return tr("Late")


    # Labels are Chinese data; English for them:
    register({"迟到": "Late"}, lang="en")
    register(LABELS)
    '''
)


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: folder)
    i18n.reload()
    yield folder
    i18n.reload()


def test_register_dictionaries_move_into_catalogues_once(tmp_path, catalogues):
    path = tmp_path / "words_demo.py"
    path.write_text(MODULE, encoding="utf-8")
    moved = i18n_tool.move_registered("demo.words", path, runpy.run_path(str(path)))
    assert moved == 4
    code = path.read_text(encoding="utf-8")
    assert (
        "register(" not in code
        and "import register" not in code
        and "LABELS" not in code
        and "Labels are Chinese" not in code
    )
    assert "from linju_desktop.domain.i18n import tr\n" in code
    assert '_MSG_FULL = "The list holds {count} names already"' in code
    assert runpy.run_path(str(path))["late"]() == "迟到"
    assert sorted(p.name for p in catalogues.iterdir()) == [
        "demo.words_en.ts",
        "demo.words_zh_CN.ts",
    ]
    assert i18n.tr("The list holds {count} names already", count=3) == "名单已有 3 人"
    i18n.set_language("en")
    assert i18n.tr("迟到") == "Late"
    i18n.set_language("zh_CN")

    # idempotent: nothing left to move, the catalogues stay as they are
    before = {p.name: p.read_bytes() for p in catalogues.iterdir()}
    assert i18n_tool.move_registered("demo.words", path, runpy.run_path(str(path))) == 0
    assert {p.name: p.read_bytes() for p in catalogues.iterdir()} == before
    assert path.read_text(encoding="utf-8") == code


def test_a_newer_wording_in_code_replaces_the_catalogue_s(catalogues):
    i18n_tool.write_entries("demo.x", "zh_CN", {"Saved": "已存", "Open": None})
    assert i18n_tool.untranslated(catalogues / "demo.x_zh_CN.ts") == [("demo.x", "Open")]
    # a merged branch registered a better wording; a translator's text is never blanked
    i18n_tool.write_entries("demo.x", "zh_CN", {"Saved": "已保存", "Open": None})
    i18n_tool.write_entries("demo.x", "zh_CN", {"Open": "打开"})
    i18n_tool.write_entries("demo.x", "zh_CN", {"Open": None})
    got = {s: f for _, s, _, f in i18n.read_ts(catalogues / "demo.x_zh_CN.ts")}
    assert got == {"Saved": ["已保存"], "Open": ["打开"]}


def test_check_finds_gaps(catalogues, capsys):
    i18n_tool.write_entries("cli", "zh_CN", {"Saved {n}": "已保存", "Open": None})
    assert i18n_tool.check() > 2
    out = capsys.readouterr().out
    assert "cli_zh_CN.ts: no Chinese: [cli] Open" in out
    assert "cli_zh_CN.ts: placeholders differ: [cli] Saved {n}" in out
    assert "cli: tr() source in no catalogue (run --update): No problems found." in out
    # --update puts such a source in its module's catalogue, still to translate
    i18n_tool.write_entries("cli", "zh_CN", {"No problems found.": None})
    i18n_tool.check()
    out = capsys.readouterr().out
    assert "cli_zh_CN.ts: no Chinese: [cli] No problems found." in out
    assert "No problems found." not in out.replace("no Chinese: [cli] No problems found.", "")


def test_the_shipped_catalogues_are_complete(capsys):
    i18n.reload()
    assert i18n_tool.check() == 0, capsys.readouterr().out
