"""Settings, 显示: text size, high contrast and language, applied the moment they are chosen
(an older user should see the bigger text at once)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.gui import i18n
from linju_desktop.gui.appearance import DEFAULT_SCALE, TEXT_SCALES, apply_appearance
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form


class DisplayTab(QWidget):
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = load_form("settings_display_tab.ui", self)
        QVBoxLayout(self).addWidget(form)
        current = int(ctx.setting("text_scale", DEFAULT_SCALE) or DEFAULT_SCALE)
        self.scale_group = QButtonGroup(self)
        self.scale_buttons: dict[int, QRadioButton] = {}
        for scale in TEXT_SCALES:
            b = child(form, f"scale_{scale}")
            b.setChecked(scale == current)
            self.scale_group.addButton(b, scale)
            self.scale_buttons[scale] = b
        self.scale_group.idToggled.connect(self._scale_toggled)
        self.high_contrast = child(form, "high_contrast")
        self.high_contrast.setChecked(bool(ctx.setting("high_contrast", False)))
        self.high_contrast.toggled.connect(lambda _on: self.apply())
        self.language = child(form, "language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        lang = ctx.setting("language", i18n.DEFAULT_LANGUAGE) or i18n.DEFAULT_LANGUAGE
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )

    def _scale_toggled(self, _scale: int, checked: bool) -> None:
        if checked:
            self.apply()

    def apply(self) -> None:
        scale = self.scale_group.checkedId()
        scale = scale if scale in TEXT_SCALES else DEFAULT_SCALE
        high = self.high_contrast.isChecked()
        self.ctx.set_setting("text_scale", scale)
        self.ctx.set_setting("high_contrast", high)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, scale, high)
