"""Fonts, text size and theme (resources/styles/*.qss), set at start and from Settings."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from linju_desktop.resources import resource_path

CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)
TEXT_SCALES = (100, 125, 150, 200)
DEFAULT_SCALE = 125
BASE_POINTS = 10.5


def apply_appearance(app: QApplication, scale: int, high_contrast: bool) -> None:
    """Font family, text size and theme; called at start and from Settings."""
    families = set(QFontDatabase.families())
    font = QFont(app.font())
    for family in CJK_FAMILIES:
        if family in families:
            font.setFamily(family)
            break
    base = BASE_POINTS * (scale if scale in TEXT_SCALES else DEFAULT_SCALE) / 100
    font.setPointSizeF(base)
    app.setFont(font)
    name = "high_contrast.qss" if high_contrast else "base.qss"
    qss = resource_path("styles", name).read_text(encoding="utf-8")
    sizes = {
        "{base}": base,
        "{heading}": base * 1.5,
        "{sub}": base * 1.15,
        "{nav}": base * 1.15,
        "{big}": base * 1.3,
    }
    for key, value in sizes.items():
        qss = qss.replace(key, f"{value:.1f}")
    app.setStyleSheet(qss)
