"""Translation of user-facing messages in the Qt-free core.

The core cannot use Qt's translator, so it keeps a small catalogue of its own:
English source strings (as Qt's tr() would see them) mapped to Simplified
Chinese. Simplified Chinese is the default language; the GUI switches the
language together with its Qt translators through set_language().
"""

from __future__ import annotations

from typing import Any

_language = "zh_CN"
_catalogues: dict[str, dict[str, str]] = {"zh_CN": {}, "en": {}}


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang.lower().startswith("en") else "zh_CN"


def language() -> str:
    return _language


def register(entries: dict[str, str], lang: str = "zh_CN") -> None:
    """Add translations: each module registers the strings it owns."""
    _catalogues.setdefault(lang, {}).update(entries)


def tr(source: str, /, **params: Any) -> str:
    """Translate an English source string and fill its {named} parameters."""
    text = _catalogues.get(_language, {}).get(source, source)
    return text.format(**params) if params else text
