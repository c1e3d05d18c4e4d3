"""Developer tool: keep the .ts catalogues in step with the code.

    python -m linju_desktop.gui.i18n_tool --update         # rescan every source
    python -m linju_desktop.gui.i18n_tool --update members # one GUI module (pages/members.py)
    python -m linju_desktop.gui.i18n_tool --update --core  # the core's only (no lupdate)
    python -m linju_desktop.gui.i18n_tool --check          # exit 1 on anything missing

All translations live in resources/translations/ as Qt Linguist .ts files (open them in
Linguist; fill new <translation> elements, Simplified Chinese is required):
- <module>_zh_CN.ts per GUI module, refreshed by pyside6-lupdate from self.tr() and
  QCoreApplication.translate() (contexts are its classes);
- <dotted.module>_zh_CN.ts per module that calls the core's tr() (domain.members, cli,
  gui.pages.home for its core_tr(), ...), context = that dotted name. --update adds each
  literal tr("...") source missing from every catalogue, and moves any register({...})
  dictionary left in the code into its module's catalogue, deleting the call (run it again
  after merging branches that added some; it changes nothing when all is moved);
- <dotted.module>_en.ts, source language Chinese: English for record-book labels that
  are Chinese data (meeting types, fund categories). English text is the source string.
--check fails on a message without Chinese, a {placeholder} the translation lost, a literal
tr() source missing from the catalogues, or a register() call left in the code.
"""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from linju_desktop.domain import i18n as core_i18n

GUI = Path(__file__).resolve().parent
ROOT = GUI.parent
I18N_MODULE = "linju_desktop.domain.i18n"
HAN = re.compile(r"[\u4e00-\u9fff]")
FIELD = re.compile(r"(?<!\{)\{([A-Za-z_]\w*|\d*)[^{}]*\}")


def translations_dir() -> Path:
    return core_i18n.catalogue_dir()


def modules() -> dict[str, list[Path]]:
    """GUI catalogue name -> the modules that call self.tr() (one lupdate catalogue each).
    A page split into a package (pages/meetings/) keeps one catalogue named after it."""
    out: dict[str, list[Path]] = {}
    for path in sorted(GUI.rglob("*.py")):
        if path.name in ("i18n.py", "i18n_tool.py"):
            continue
        if path.parent.parent == GUI / "pages":
            name = path.parent.name
        elif path.name == "__init__.py" or "tr(" not in path.read_text(encoding="utf-8"):
            continue
        else:
            name = path.stem
        out.setdefault(name, []).append(path)
    return out


def source_modules() -> dict[str, Path]:
    """Every module of the program, by dotted name under linju_desktop."""
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        parts = parts[:-1] if parts[-1] == "__init__" else parts
        if parts and path.name != "i18n_tool.py":
            out[".".join(parts)] = path
    return out


def lupdate(name: str, paths: list[Path]) -> None:
    """Refresh <name>_zh_CN.ts from the modules and their Designer forms (ui/<name>.ui,
    ui/<name>_*.ui)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    forms = ROOT.parent / "ui"
    sources = [str(p) for p in paths]
    sources += [
        str(f) for f in sorted(forms.glob(f"{name}.ui")) + sorted(forms.glob(f"{name}_*.ui"))
    ]
    ts = translations_dir() / f"{name}_zh_CN.ts"
    args = [str(tool), "-silent", "-no-obsolete", "-target-language", "zh_CN"]
    subprocess.run([*args, *sources, "-ts", str(ts)], check=True)
    if ET.parse(ts).getroot().find("context") is None:
        ts.unlink()  # the module's tr() calls were the core's: nothing for Qt


# -- the core's tr() and register() in the sources ---------------------------------------


def _i18n_names(tree: ast.Module) -> tuple[set[str], set[str], set[str]]:
    """Local names of the core's tr and register functions, and of the i18n module."""
    trs, registers, mods = set(), set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == I18N_MODULE:
            for alias in node.names:
                if alias.name == "tr":
                    trs.add(alias.asname or "tr")
                elif alias.name == "register":
                    registers.add(alias.asname or "register")
        elif isinstance(node, ast.ImportFrom) and node.module == "linju_desktop.domain":
            mods |= {a.asname or a.name for a in node.names if a.name == "i18n"}
    return trs, registers, mods


def _called(node: ast.AST, names: set[str], mods: set[str], attr: str) -> bool:
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    if isinstance(f, ast.Name):
        return f.id in names
    return isinstance(f, ast.Attribute) and f.attr == attr and getattr(f.value, "id", "") in mods


MSG_NAME = re.compile(r"^_?MSG_")


def tr_sources(path: Path) -> list[str]:
    """The literal sources of the core tr() calls in a module, and its module-level
    MSG_... / _MSG_... message constants (shown through tr() elsewhere)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    trs, _, mods = _i18n_names(tree)
    found = []
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant):
            names = [getattr(t, "id", "") for t in stmt.targets]
            if any(MSG_NAME.match(n) for n in names) and isinstance(stmt.value.value, str):
                found.append(stmt.value.value)
    for node in ast.walk(tree):
        if _called(node, trs, mods, "tr") and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append(arg.value)
    return found


def register_calls(path: Path, tree: ast.Module | None = None) -> list[ast.Call]:
    tree = tree or ast.parse(path.read_text(encoding="utf-8"))
    _, registers, mods = _i18n_names(tree)
    return [n for n in ast.walk(tree) if _called(n, registers, mods, "register")]


def message_tables() -> dict[str, list[str]]:
    """Sources defined outside the program that its modules translate, by module."""
    from linju_sync.client.errors import MESSAGES

    return {"services.sync": list(MESSAGES.values())}


# -- .ts files ---------------------------------------------------------------------------


def _catalogue_path(module: str, lang: str) -> Path:
    return translations_dir() / f"{module}_{lang}.ts"


def _open_ts(path: Path, lang: str) -> ET.ElementTree:
    if path.exists():
        return ET.parse(path)
    source_lang = "zh_CN" if lang == "en" else "en"
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage=source_lang)
    return ET.ElementTree(root)


def write_entries(module: str, lang: str, entries: dict[str, str | None]) -> int:
    """Put entries (source -> translation, None = still to translate) into the module's
    catalogue; a given translation replaces the file's (the code's wording is newer).
    Returns how many messages changed."""
    path = _catalogue_path(module, lang)
    tree = _open_ts(path, lang)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == module), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = module
    messages = {m.findtext("source"): m for m in context.iter("message")}
    changed = 0
    for source, text in entries.items():
        msg = messages.get(source)
        if msg is None:
            msg = ET.SubElement(context, "message")
            ET.SubElement(msg, "source").text = source
            messages[source] = msg
        t = msg.find("translation")
        if t is None:
            t = ET.SubElement(msg, "translation")
        elif text is None or (t.text == text and t.get("type") is None):
            continue  # keep what a translator wrote
        if text is None:
            t.set("type", "unfinished")
        else:
            t.attrib.pop("type", None)
            t.text = text
        changed += 1
    if changed:
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
        with path.open("a", encoding="utf-8") as f:
            f.write("\n")
    return changed


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


def lost_fields(ts: Path) -> list[tuple[str, str]]:
    """Finished messages whose translation lacks (or invents) a {placeholder}."""
    bad = []
    for context, source, _, forms in core_i18n.read_ts(ts):
        want = set(FIELD.findall(source))
        if any(set(FIELD.findall(form)) != want for form in forms):
            bad.append((context, source))
    return bad


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


# -- moving register() dictionaries into catalogues --------------------------------------


def _remove_lines(lines: list[str], start: int, end: int) -> None:
    """Delete lines[start:end] with the comment lines right above; keep at most two
    blank lines where they were (ruff format settles the rest)."""
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    del lines[start:end]
    while 0 < start < len(lines) and not lines[start].strip() and not lines[start - 1].strip():
        if start >= 2 and not lines[start - 2].strip():
            del lines[start]
        else:
            break


def _drop_import(text: str) -> str:
    """Remove `register` from the module's import of the i18n module."""
    pattern = re.compile(r"^from linju_desktop\.domain\.i18n import (.+)\n", re.M)

    def fix(m: re.Match[str]) -> str:
        names = [n.strip() for n in m.group(1).split(",") if n.strip() != "register"]
        return f"from linju_desktop.domain.i18n import {', '.join(names)}\n" if names else ""

    return pattern.sub(fix, text)


def move_registered(module: str, path: Path, namespace: dict[str, Any] | None = None) -> int:
    """Move the module's register() dictionaries into its catalogues; returns entries moved.
    The dictionaries are evaluated in the module's namespace (imported unless given)."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    calls = register_calls(path, tree)
    if not calls:
        return 0
    if namespace is None:
        namespace = vars(importlib.import_module(f"linju_desktop.{module}"))
    top = {id(s.value): s for s in tree.body if isinstance(s, ast.Expr)}
    moved = 0
    spans = []
    for call in calls:
        stmt = top.get(id(call))
        if stmt is None:
            raise SystemExit(f"{path}: register() not at module level; move it by hand")

        def value(node: ast.expr) -> object:
            return eval(compile(ast.Expression(node), str(path), "eval"), namespace)

        lang = "zh_CN"
        for kw in call.keywords:
            if kw.arg == "lang":
                lang = str(value(kw.value))
        entries = value(call.args[0])
        moved += len(entries)
        write_entries(module, lang if lang.startswith("zh") else "en", dict(entries))
        spans.append((stmt.lineno - 1, stmt.end_lineno))
        # register(NAME) of a module-level dictionary nobody else reads: the dictionary goes too
        arg = call.args[0]
        if isinstance(arg, ast.Name) and text.count(arg.id) == 2:
            for s in tree.body:
                targets = [getattr(s, "target", None), *getattr(s, "targets", [])]
                if any(getattr(t, "id", None) == arg.id for t in targets):
                    spans.append((s.lineno - 1, s.end_lineno))
    lines = text.splitlines(keepends=True)
    for start, end in sorted(spans, reverse=True):
        _remove_lines(lines, start, end)
    path.write_text(_drop_import("".join(lines)), encoding="utf-8")
    return moved


def _format(paths: list[Path]) -> None:
    """Tidy the edited modules: imports the dictionaries used may now be unused."""
    if paths:
        files = list(map(str, paths))
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", "-q", "--fix", "--select", "F401,I001", *files])
        subprocess.run([*ruff, "format", "-q", *files])


# -- the command --------------------------------------------------------------------------


def missing_core_sources() -> dict[str, list[str]]:
    """Literal tr() sources with no entry in any Chinese catalogue, by module."""
    known = {
        msg.findtext("source")
        for ts in translations_dir().glob("*_zh_CN.ts")
        for msg in ET.parse(ts).getroot().iter("message")
    }
    out: dict[str, list[str]] = {}
    for module, path in source_modules().items():
        for source in tr_sources(path) + message_tables().get(module, []):
            # Chinese sources are record-book labels: Chinese already
            if source not in known and not HAN.search(source):
                out.setdefault(module, [])
                if source not in out[module]:
                    out[module].append(source)
    return out


def update(names: list[str], core_only: bool = False) -> None:
    if not names:
        touched = []
        for module, path in source_modules().items():
            if move_registered(module, path):
                touched.append(path)
                print(f"moved register() of {module} into its catalogue")
        _format(touched)
        for module, sources in missing_core_sources().items():
            write_entries(module, "zh_CN", dict.fromkeys(sources))
    found = {} if core_only else modules()
    for name in names or list(found):
        lupdate(name, found[name])
    core_i18n.reload()


def check() -> int:
    bad = 0
    for ts in sorted(translations_dir().glob("*_zh_CN.ts")):
        for ctx, source in untranslated(ts):
            print(f"{ts.name}: no Chinese: [{ctx}] {source}")
            bad += 1
    for ts in sorted(translations_dir().glob("*.ts")):
        for ctx, source in lost_fields(ts):
            print(f"{ts.name}: placeholders differ: [{ctx}] {source}")
            bad += 1
        root = ET.parse(ts).getroot()
        if ts.stem.endswith("_en") and root.get("sourcelanguage") != "zh_CN":
            print(f"{ts.name}: English comes from the source strings; only Chinese labels here")
            bad += 1
    for module, sources in missing_core_sources().items():
        for source in sources:
            print(f"{module}: tr() source in no catalogue (run --update): {source}")
            bad += 1
    for path in source_modules().values():
        for call in register_calls(path):
            print(f"{path.relative_to(ROOT.parent)}:{call.lineno}: register() left (run --update)")
            bad += 1
    return bad


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("--")]
    if "--update" in argv:
        update(names, core_only="--core" in argv)
    bad = check()
    return 1 if ("--check" in argv and bad) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
