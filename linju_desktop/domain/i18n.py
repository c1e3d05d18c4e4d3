"""Translation of user-facing text: one catalogue for the core, the command line and the window.

Catalogues are Qt Linguist .ts files in resources/translations/ (translators keep using
Linguist): <name>_<lang>.ts, one per GUI module (contexts are its classes) and one per core
module (context = its dotted name under linju_desktop, e.g. domain.members). They are read
here with xml.etree, with no Qt and no compile step, so every install, editable or not,
frozen or not, has Chinese. The window's translator (gui/i18n.py) answers Qt from the same
loaded catalogue.

Source strings are English; Simplified Chinese is the default language. Data labels that
are Chinese in the records (meeting types, fund categories) have an English catalogue whose
source language is Chinese (<name>_en.ts).
"""

from __future__ import annotations

import sys
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linju_desktop.resources import resource_path

DEFAULT_LANGUAGE = "zh_CN"
_language = DEFAULT_LANGUAGE
_lock = threading.Lock()
_loaded: dict[str, Catalogue] = {}
# Entries still registered in code (see register()); i18n_tool --update moves them to .ts files.
_registered: dict[str, dict[str, str]] = {}


@dataclass
class Catalogue:
    """Every translation of one language: by (context, source, disambiguation), and by source
    alone for the core's tr(), which has no context (a message is often defined in one module
    and shown by another)."""

    entries: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    by_source: dict[str, list[str]] = field(default_factory=dict)
    # sources that core catalogues translate differently (tr() then asks the caller's module)
    ambiguous: set[str] = field(default_factory=set)

    def add(self, context: str, source: str, comment: str, forms: list[str], core: bool) -> None:
        self.entries.setdefault((context, source, comment), forms)
        known = self.by_source.setdefault(source, forms)
        if core and known != forms:
            self.ambiguous.add(source)


def catalogue_dir() -> Path:
    return resource_path("translations")


def read_ts(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """The finished messages of a .ts file: (context, source, disambiguation, forms)."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            t = msg.find("translation")
            if t is None or t.get("type") in ("vanished", "obsolete"):
                continue
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in t.iter("numerusform")]
                if not forms or not all(forms):
                    continue
            elif t.text:
                forms = [t.text]
            else:
                continue
            out.append((name, msg.findtext("source") or "", msg.findtext("comment") or "", forms))
    return out


def _catalogue(lang: str) -> Catalogue:
    cat = _loaded.get(lang)
    if cat is not None:
        return cat
    with _lock:
        cat = _loaded.get(lang)
        if cat is None:
            cat = Catalogue()
            # core catalogues (dotted names) first: their wording wins for the context-free tr()
            files = sorted(
                catalogue_dir().glob(f"*_{lang}.ts"), key=lambda p: ("." not in p.stem, p.name)
            )
            for path in files:
                core = "." in path.stem
                for context, source, comment, forms in read_ts(path):
                    cat.add(context, source, comment, forms, core)
            _loaded[lang] = cat
    return cat


def reload() -> None:
    """Forget the loaded catalogues (after a .ts file changed)."""
    with _lock:
        _loaded.clear()


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang.lower().startswith("en") else "zh_CN"


def language() -> str:
    return _language


def register(entries: dict[str, str], lang: str = "zh_CN") -> None:
    """Deprecated: translations belong in .ts catalogues. Kept so a module that still
    registers a dictionary works until `python -m linju_desktop.gui.i18n_tool --update`
    moves it (and `--check` fails while any is left)."""
    _registered.setdefault(lang, {}).update(entries)


def lookup(
    context: str | None, source: str, disambiguation: str = "", n: int = -1, lang: str | None = None
) -> str | None:
    """The translation of `source`, or None if there is none. With a context, an entry of
    that context is preferred (as Qt's translators do); any context's entry is the fallback,
    because PySide names the context after the running subclass, not the defining class."""
    lang = lang or _language
    extra = _registered.get(lang)
    if extra and source in extra:
        return extra[source]
    cat = _catalogue(lang)
    forms = None
    if context is not None:
        forms = cat.entries.get((context, source, disambiguation)) or cat.entries.get(
            (context, source, "")
        )
    if forms is None:
        forms = cat.by_source.get(source)
    if not forms:
        return None
    # Chinese has one plural form; a language with more would pick by its rule here
    return forms[0] if n < 0 or len(forms) == 1 else forms[0 if n == 1 else 1]


def tr(source: str, /, **params: Any) -> str:
    """Translate an English source string and fill its {named} parameters."""
    context = None
    if source in _catalogue(_language).ambiguous:
        # "error" is 错误 in a row problem but 失败 as a sync status: the calling module decides
        context = sys._getframe(1).f_globals.get("__name__", "").removeprefix("linju_desktop.")
    text = lookup(context, source)
    if text is None:
        text = source
    return text.format(**params) if params else text
