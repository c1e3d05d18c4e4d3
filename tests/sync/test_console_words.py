"""Every string the console shows has its Simplified Chinese (pages and messages)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import linju_sync.server.web as web
from linju_sync.server.web import app as _pages  # noqa: F401  (registers every page's words)
from linju_sync.server.web.i18n import CATALOGUE

WEB = Path(web.__file__).parent
CALL = re.compile(r"""\bt\(\s*(["'])(.+?)\1""")


def test_every_console_string_is_translated():
    from linju_sync.server.web import (  # noqa: F401
        enrollment_pages,
        funds_pages,
        overview_pdf,
        stations_pages,
        whistles_pages,
    )

    found: set[str] = set()
    for path in WEB.glob("*.py"):  # ast: t("part one " "part two") is one string
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t":
                arg = node.args[0] if node.args else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    for path in (WEB / "templates").glob("*.html"):
        found |= {m.group(2) for m in CALL.finditer(path.read_text(encoding="utf-8"))}
    assert len(found) > 100
    missing = sorted(s for s in found if s not in CATALOGUE["zh_CN"])
    assert missing == []
