"""The console's words: English source strings, Simplified Chinese by default.

Templates and messages call t() on English text with {named} values; each module of the
registers its Chinese in CATALOGUE. A test checks every t() string has its entry.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

CATALOGUE: dict[str, dict[str, str]] = {"zh_CN": {}}
language: ContextVar[str] = ContextVar("language", default="zh_CN")


# (source, earlier Chinese, later Chinese): one English string given two Chinese texts by
# two modules; the later would silently win on every page (a test keeps this empty).
CLASHES: list[tuple[str, str, str]] = []


def register(entries: dict[str, str]) -> None:
    known = CATALOGUE["zh_CN"]
    CLASHES.extend((k, known[k], v) for k, v in entries.items() if known.get(k, v) != v)
    known.update(entries)


def t(source: str, /, **params: Any) -> str:
    text = CATALOGUE.get(language.get(), {}).get(source, source)
    return text.format(**params) if params else text
