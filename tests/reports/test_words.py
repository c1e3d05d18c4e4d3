"""Every string the printed outputs show has its Simplified Chinese."""

from __future__ import annotations

import ast
from pathlib import Path

import linju_desktop
from linju_desktop.reports.words import ZH_CN

ROOT = Path(linju_desktop.__file__).parent
FILES = [*sorted((ROOT / "reports").glob("*.py")), ROOT / "cli_reports.py"]


def _sources() -> set[str]:
    found: set[str] = set()
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
                arg = node.args[0] if node.args else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def test_every_report_string_is_translated():
    sources = _sources()
    assert len(sources) > 150
    # Chinese literals are record-book data labels (their English lives in the domain).
    english = {s for s in sources if not any("\u4e00" <= ch <= "\u9fff" for ch in s)}
    missing = sorted(english - set(ZH_CN))
    assert missing == []
