"""Qt translations: our .ts sources compiled to .qm, plus Qt's own (dialog buttons).

.ts files live in resources/translations/, one per GUI module and language
(members_zh_CN.ts, ...), so work on different pages never touches the same
file. The build (PyInstaller spec) compiles them; a source install compiles
them on first start into the user's cache folder with pyside6-lrelease.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from linju_desktop.domain import i18n as core_i18n
from linju_desktop.resources import resource_path

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current() -> str:
    return _current


def translations_dir() -> Path:
    return resource_path("translations")


def _lrelease() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    for candidate in (exe, exe.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def compiled_dir() -> Path:
    """Where the .qm files are: shipped beside the .ts (frozen build) or compiled to a cache."""
    src = translations_dir()
    if getattr(sys, "frozen", False) or (any(src.glob("*.qm")) and not _stale(src, src)):
        return src  # the installer ships compiled translations beside the sources
    cache = Path(platformdirs.user_cache_dir("Linju", appauthor=False)) / "translations"
    if _stale(src, cache):
        compile_all(src, cache)
    return cache


def _stale(src: Path, out: Path) -> bool:
    for ts in src.glob("*.ts"):
        qm = out / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def compile_all(src: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    if tool is None:
        return []
    made = []
    for ts in sorted(src.glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def install(language: str) -> None:
    """Switch every translator (ours, Qt's and the core's catalogue) to `language`."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    global _current
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _current = language
    core_i18n.set_language(language)
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_GB"))
    if language == "en":
        return  # English is the source language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [Path(qt_dir) / f"qtbase_{language}.qm"]
    files += sorted(compiled_dir().glob(f"*_{language}.qm"))
    for f in files:
        t = QTranslator(app)
        if f.exists() and t.load(str(f)):
            app.installTranslator(t)
            _installed.append(t)
