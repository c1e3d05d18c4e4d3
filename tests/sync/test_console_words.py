"""Every string the console shows has its Simplified Chinese (pages and messages)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import linju_sync.server.web as web
from linju_sync.server.web import app as _pages  # noqa: F401  (registers every page's words)
from linju_sync.server.web.i18n import CATALOGUE, CLASHES

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


def test_no_word_has_two_chinese_texts():
    """Modules share one catalogue: the same English given two Chinese texts would show
    one module's text on the other's page."""
    from linju_sync.server.web import (  # noqa: F401
        enrollment_pages,
        funds_pages,
        overview_pdf,
        stations_pages,
        whistles_pages,
    )

    assert CLASHES == []


def test_every_label_table_has_its_chinese():
    """Names looked up from tables (t(label)) are translated, not only literal t("...")."""
    from linju_sync.server.web import labels, stations_pages, whistles_pages

    tables = [labels.MEMBER_KINDS, labels.NEIGHBOURHOOD, labels.MEETING_TYPES, labels.LISTS,
              labels.RATES, labels.CATEGORIES, labels.REQUEST_STATES,
              whistles_pages.CATEGORY_NAMES, whistles_pages.ACTION_NAMES, whistles_pages.BUTTONS,
              stations_pages.AUDIT_ACTIONS, stations_pages.AUDIT_WORDS, stations_pages.VIA_NAMES,
              dict(labels.FIGURE_ROWS)]  # fmt: skip
    missing = sorted(v for table in tables for v in table.values() if v not in CATALOGUE["zh_CN"])
    assert missing == []
