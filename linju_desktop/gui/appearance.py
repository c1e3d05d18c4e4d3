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
    # url() in a style sheet wants an absolute path with forward slashes (also on Windows)
    qss = qss.replace("{styles}", resource_path("styles").as_posix())
    px = base * 96 / 72  # the text's pixel height
    qss = qss.replace("{button}", str(round(px * 1.4))).replace("{arrow}", str(round(px * 0.7)))
    qss += indicator_rules(base, high_contrast)
    app.setStyleSheet(qss)


def text_ratio(app: QApplication) -> float:
    """How much larger the text is than at the default size (1.0 at 125 %); column widths
    and fixed sizes designed at the default grow by it."""
    return max(1.0, app.font().pointSizeF() / (BASE_POINTS * DEFAULT_SCALE / 100))


def indicator_rules(base: float, high_contrast: bool) -> str:
    """Tick boxes and radio buttons as large as the text (Qt draws them ~13 px at any size),
    so they are easy to see and to hit; in high contrast with a white frame and a yellow
    mark, since the Fusion indicator is drawn in the palette's dark colours."""
    px = round(base * 96 / 72 * 1.1)  # a little taller than a capital letter
    rules = (
        f"QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator,"
        f" QTableView::indicator, QListView::indicator {{ width: {px}px; height: {px}px; }}\n"
        f"QCheckBox, QRadioButton {{ spacing: {max(6, px // 3)}px; min-height: {px + 8}px; }}\n"
    )
    if high_contrast:
        radius = px // 2 + 1
        rules += (
            "QCheckBox::indicator, QTableView::indicator, QListView::indicator,"
            " QGroupBox::indicator { border: 2px solid white; background: black; }\n"
            "QCheckBox::indicator:checked, QTableView::indicator:checked,"
            " QListView::indicator:checked, QGroupBox::indicator:checked"
            " { background: yellow; border: 2px solid yellow; }\n"
            f"QRadioButton::indicator {{ border: 2px solid white; border-radius: {radius}px;"
            " background: black; }\n"
            "QRadioButton::indicator:checked { background: yellow; border: 2px solid yellow; }\n"
            "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled"
            " { border: 2px dashed white; }\n"
            "QCheckBox:focus, QRadioButton:focus { border: 2px solid yellow; }\n"
            # Fusion's scroll bars are dark grey on black: a white handle in a framed track
            f"QScrollBar:vertical {{ background: black; border: 1px solid white; width: {px}px; }}\n"
            f"QScrollBar:horizontal {{ background: black; border: 1px solid white; height: {px}px; }}\n"
            "QScrollBar::handle { background: white; border: 1px solid black; }\n"
            f"QScrollBar::handle:vertical {{ min-height: {2 * px}px; }}\n"
            f"QScrollBar::handle:horizontal {{ min-width: {2 * px}px; }}\n"
            "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }\n"
            "QScrollBar::add-page, QScrollBar::sub-page { background: none; }\n"
        )
    return rules
