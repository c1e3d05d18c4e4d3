"""Qt translations: the window reads the same .ts catalogues as the core, plus Qt's own.

Our translator answers Qt from the catalogue loaded by linju_desktop.domain.i18n (the .ts
files in resources/translations/), so nothing is compiled and nothing is written anywhere.
Qt's own widgets (file dialog, dialog buttons) use qtbase_<lang>.qm, shipped with PySide6
(and copied into the frozen build's resources/translations/qt by build_installer.spec).
"""

from __future__ import annotations

from pathlib import Path

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


class CatalogueTranslator(QTranslator):
    """A QTranslator that looks messages up in our loaded .ts catalogue."""

    def __init__(self, language: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def translate(
        self,
        context: str | bytes | None,
        source: str | bytes | None,
        disambiguation: str | bytes | None = None,
        n: int = -1,
    ) -> str | None:
        if not source:
            return None
        # None tells Qt "not found", so the next translator (or the source) is used
        return core_i18n.lookup(
            _text(context), _text(source), _text(disambiguation) or "", n, self._language
        )

    def isEmpty(self) -> bool:
        return False  # an empty translator gets no LanguageChange event sent

    def language(self) -> str:
        return self._language


def _text(value: str | bytes | None) -> str | None:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def qt_translation_files(language: str) -> list[Path]:
    """Qt's own catalogues for `language`: from our build's copy, else PySide6's folder."""
    name = f"qtbase_{language}.qm"
    folders = [
        translations_dir() / "qt",
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    return [f / name for f in folders if (f / name).exists()][:1]


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
    ours = CatalogueTranslator(language, app)
    app.installTranslator(ours)
    _installed.append(ours)
    if language == "en":
        return  # English is the source language of Qt's widgets too
    for f in qt_translation_files(language):
        t = QTranslator(app)
        if t.load(str(f)):
            app.installTranslator(t)
            _installed.append(t)


def self_check() -> list[str]:
    """What is missing from the installed translations (for the frozen build's self-test)."""
    if _current == "en":
        return []
    tr = QCoreApplication.translate
    problems = []
    if tr("MainWindow", "Home") == "Home" or core_i18n.tr("No problems found.").isascii():
        problems.append("Linju's Chinese catalogues (resources/translations/*.ts) were not found")
    if tr("QFileDialog", "Look in:") == "Look in:":
        problems.append("Qt's own Chinese (qtbase_zh_CN.qm) was not found")
    return problems
