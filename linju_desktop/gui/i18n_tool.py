"""Developer tool: refresh the .ts translation sources from the code.

    python -m linju_desktop.gui.i18n_tool            # every GUI module
    python -m linju_desktop.gui.i18n_tool funds      # one unit (pages/funds/ and ui/funds_*.ui)
    python -m linju_desktop.gui.i18n_tool --check    # list untranslated strings, exit 1 if any

Each GUI module (or page package) has its own resources/translations/<unit>_zh_CN.ts
and <unit>_en.ts, with its Designer forms ui/<unit>.ui and ui/<unit>_*.ui, so people
working on different pages never edit the same file.
lupdate keeps existing translations; fill new <translation> elements in the
zh_CN file (the en file needs none: English is the source language).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from linju_desktop.gui.i18n import translations_dir

GUI = Path(__file__).resolve().parent
LANGS = ("zh_CN", "en")


def unit_of(path: Path) -> str:
    """The catalogue a module belongs to: its own name, or its package's under pages/
    (pages/funds/page.py and pages/funds/dialogs.py share funds_<lang>.ts)."""
    rel = path.relative_to(GUI)
    if len(rel.parts) > 2 and rel.parts[0] == "pages":
        return rel.parts[1]
    return path.stem


def modules() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for path in sorted(GUI.rglob("*.py")):
        if path.name in ("__init__.py", "i18n_tool.py"):
            continue
        text = path.read_text(encoding="utf-8")
        if "tr(" in text:
            out.setdefault(unit_of(path), []).append(path)
    return out


def forms(name: str) -> list[Path]:
    """A unit's Designer forms: ui/<name>.ui and ui/<name>_*.ui."""
    folder = GUI.parent.parent / "ui"
    return sorted(
        p for p in folder.glob(f"{name}*.ui") if p.stem == name or p.stem.startswith(f"{name}_")
    )


def lupdate(name: str, paths: list[Path]) -> None:
    """Refresh <name>_<lang>.ts from the unit's modules and its Designer forms."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in [*paths, *forms(name)]]
    for lang in LANGS:
        ts = translations_dir() / f"{name}_{lang}.ts"
        subprocess.run(
            [
                str(tool),
                "-silent",
                "-no-obsolete",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )


def untranslated(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        ctx_name = context.findtext("name") or ""
        for msg in context.iter("message"):
            t = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            text = "".join(t.itertext()).strip() if t is not None else ""
            if (
                t is None
                or t.get("type") in ("unfinished", "vanished", "obsolete")
                or (not text and not numerus)
            ):
                missing.append((ctx_name, msg.findtext("source") or ""))
    return missing


def main(argv: list[str]) -> int:
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")]
    found = modules()
    if not check:
        for name in names or list(found):
            lupdate(name, found[name])
    bad = 0
    for ts in sorted(translations_dir().glob("*_zh_CN.ts")):
        for ctx, source in untranslated(ts):
            print(f"{ts.name}: [{ctx}] {source}")
            bad += 1
    return 1 if (check and bad) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def fill(ts: Path, translations: dict[str, str | list[str]]) -> int:
    """Write translations (source -> text, or a list of numerus forms) into a .ts file;
    returns how many messages were filled."""
    tree = ET.parse(ts)
    filled = 0
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        if source not in translations:
            continue
        value = translations[source]
        t = msg.find("translation")
        if t is None:
            t = ET.SubElement(msg, "translation")
        t.attrib.pop("type", None)
        for child in list(t):
            t.remove(child)
        if msg.get("numerus") == "yes":
            t.text = None
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = value if isinstance(value, str) else value[0]
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled
