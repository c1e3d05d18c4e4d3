"""Finding resources/ both in a source checkout and in a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "_resources"):
        if candidate.exists():
            return candidate
    return here.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def ui_path(name: str) -> Path:
    """A Qt Designer form from ui/ (or its installed copy)."""
    frozen = getattr(sys, "_MEIPASS", None)
    here = Path(__file__).resolve().parent
    for folder in ((Path(frozen) / "ui") if frozen else None, here.parent / "ui", here / "_ui"):
        if folder and (folder / name).exists():
            return folder / name
    return here.parent / "ui" / name
