"""Every string the printed outputs show has its Simplified Chinese in the catalogues."""

from __future__ import annotations

from pathlib import Path

import linju_desktop
from linju_desktop.domain import i18n
from linju_desktop.gui.i18n_tool import tr_sources

ROOT = Path(linju_desktop.__file__).parent
FILES = [*sorted((ROOT / "reports").glob("*.py")), ROOT / "cli_reports.py"]


def test_every_report_string_is_translated():
    sources = {s for path in FILES for s in tr_sources(path)}
    assert len(sources) > 150
    # Chinese literals are record-book data labels (their English lives in the domain).
    english = {s for s in sources if not any("\u4e00" <= ch <= "\u9fff" for ch in s)}
    missing = sorted(s for s in english if i18n.lookup(None, s, lang="zh_CN") is None)
    assert missing == []
