"""Developer tool: refresh the .ts translation sources from the code.

    python -m linju_desktop.gui.i18n_tool            # every GUI module
    python -m linju_desktop.gui.i18n_tool members    # one module (pages/members.py)
    python -m linju_desktop.gui.i18n_tool --check    # list untranslated strings, exit 1 if any

Each GUI module has its own resources/translations/<module>_zh_CN.ts and
<module>_en.ts, so people working on different pages never edit the same file.
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


def modules() -> dict[str, list[Path]]:
    """Translation file name -> its sources. A page split into a package
    (pages/meetings/) keeps one file named after the package."""
    out: dict[str, list[Path]] = {}
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "i18n_tool.py":
            continue
        if path.parent.parent == GUI / "pages":
            name = path.parent.name
        elif path.name == "__init__.py" or "tr(" not in path.read_text(encoding="utf-8"):
            continue
        else:
            name = path.stem
        out.setdefault(name, []).append(path)
    return out


def lupdate(name: str, paths: list[Path]) -> None:
    """Refresh <name>_<lang>.ts from the modules and their Designer forms (ui/<name>.ui,
    ui/<name>_*.ui)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    forms = GUI.parent.parent / "ui"
    sources = [str(p) for p in paths]
    sources += [
        str(f) for f in sorted(forms.glob(f"{name}.ui")) + sorted(forms.glob(f"{name}_*.ui"))
    ]
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
