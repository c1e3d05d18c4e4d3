"""Colours and sizes live in resources/styles/*.qss, selected by object names and dynamic
properties; widgets carry no style sheets of their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import linju_desktop.gui
from linju_desktop.gui.widgets import FieldForm, line_edit, set_style_state
from linju_desktop.resources import resource_path

GUI = Path(linju_desktop.gui.__file__).parent
# Pages another change is moving to the style sheets; remove each as it lands.


def test_no_widget_sets_its_own_style_sheet():
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            # the application's one style sheet, made from the .qss, is the exception
            if ".setStyleSheet(" in line and "app.setStyleSheet(qss)" not in line:
                offenders.append(f"{path.relative_to(GUI)}:{n}: {line.strip()}")
    assert offenders == []


def test_both_themes_style_the_same_properties():
    def selectors(name: str) -> set[str]:
        text = resource_path("styles", name).read_text(encoding="utf-8")
        return set(re.findall(r"\[[a-z_]+=\"[a-z_]+\"\]", text))

    base = selectors("base.qss")
    assert {'[message="error"]', '[quorum="not_met"]', '[final="true"]'} <= base
    assert base == selectors("high_contrast.qss")


def test_a_field_message_takes_its_colour_from_the_theme(qtbot, gui_app):
    form = FieldForm()
    qtbot.addWidget(form)
    form.add("name", "Name", line_edit())
    form.show()
    from linju_desktop.domain.errors import Problem

    form.show_problems([Problem("name", "bad")])
    message = form.messages["name"]
    assert message.property("message") == "error"
    assert message.palette().color(message.foregroundRole()).name() == "#b00020"
    form.show_problems([Problem("name", "careful", warning=True)])
    assert message.palette().color(message.foregroundRole()).name() == "#8a5300"


def test_set_style_state_restyles_padding_too(qtbot, gui_app):
    label = QLabel("法定人数")
    label.setObjectName("quorum")
    qtbot.addWidget(label)
    label.show()
    before = label.contentsRect()
    set_style_state(label, "quorum", "met")
    assert label.contentsRect() != before  # the border and padding of the rule apply


def test_high_contrast_arrow_pictures_are_found_from_any_folder(gui_app, tmp_path, monkeypatch):
    """The style sheet names its arrow pictures by absolute paths found at run time (in a
    checkout or a PyInstaller build, which ships resources/ whole): no placeholder is left
    and every picture is there, whatever the current folder."""
    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.resources import resource_root

    monkeypatch.chdir(tmp_path)
    try:
        apply_appearance(gui_app, 200, True)
        qss = gui_app.styleSheet()
    finally:
        apply_appearance(gui_app, 125, False)
    assert not re.search(r"\{[a-z]+\}", qss)
    urls = re.findall(r'url\("([^"]+)"\)', qss)  # quoted: a path may hold ( ) or spaces
    assert len(urls) >= 4 and len(urls) == qss.count("url(")
    for url in urls:
        path = Path(url)
        assert path.is_absolute() and path.is_file(), url
        assert path.resolve().is_relative_to(resource_root().resolve()), url
    spec = (resource_root().parent / "build_installer.spec").read_text(encoding="utf-8")
    assert '(str(root / "resources"), "resources")' in spec


def bright_pixels(image, x0: int, y0: int, x1: int, y1: int) -> int:
    """Pixels at least as light as the grey of an arrow at its end (#aaa: 9:1 on black)."""
    from PySide6.QtGui import QColor

    return sum(
        1
        for x in range(x0, x1)
        for y in range(y0, y1)
        if min(QColor(image.pixel(x, y)).getRgb()[:3]) >= 0xA0
    )


@pytest.mark.parametrize("scale", [100, 200])
def test_high_contrast_boxes_show_their_arrows(qtbot, gui_app, scale):
    """Spin, time and date boxes and drop-down lists show light arrows in a framed button on
    black (Fusion's are dark grey there, unseen): read from a picture of each box."""
    from PySide6.QtCore import QDate, QTime
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

    from linju_desktop.gui.appearance import apply_appearance

    apply_appearance(gui_app, scale, True)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        column = QVBoxLayout(holder)
        spin, time = QSpinBox(), QTimeEdit(QTime(19, 30))
        spin.setRange(0, 99)
        spin.setValue(5)
        date = QDateEdit(QDate(2026, 11, 28))
        date.setCalendarPopup(True)
        combo = QComboBox()
        combo.addItems(["党员大会", "支委会"])
        for box in (spin, time, date, combo):
            column.addWidget(box)
        holder.resize(400, 300)
        holder.show()
        qtbot.waitExposed(holder)
        button = round(gui_app.font().pointSizeF() * 96 / 72 * 1.4)
        for box, halves in ((spin, 2), (time, 2), (date, 1), (combo, 1)):
            image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            w, h = image.width(), image.height()
            x0, x1 = w - button + 4, w - 5  # inside the button's frame
            bounds = [(4, h // 2 - 2), (h // 2 + 2, h - 4)] if halves == 2 else [(5, h - 5)]
            for y0, y1 in bounds:
                seen = bright_pixels(image, x0, y0, x1, y1)
                assert seen >= 6 * scale // 100, (type(box).__name__, y0, seen)
    finally:
        apply_appearance(gui_app, 125, False)


def test_high_contrast_lists_are_framed_like_the_fields(qtbot, gui_app):
    """A list on black (the meeting's follow-ups and photos, the sync page's) shows its
    edge in white, as the fields do; the navigation keeps only its line on the right."""
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QListWidget

    from linju_desktop.gui.appearance import apply_appearance

    apply_appearance(gui_app, 125, True)
    try:
        lists = {}
        for name in ("followup_list", "nav"):
            view = QListWidget()
            view.setObjectName(name)
            view.resize(200, 120)
            qtbot.addWidget(view)
            view.show()
            qtbot.waitExposed(view)
            image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            edges = {"left": (0, 60), "top": (100, 0), "right": (image.width() - 1, 60)}
            lists[name] = {k: QColor(image.pixel(x, y)).name() for k, (x, y) in edges.items()}
        assert lists["followup_list"] == dict.fromkeys(("left", "top", "right"), "#ffffff")
        assert lists["nav"] == {"left": "#000000", "top": "#000000", "right": "#ffffff"}
    finally:
        apply_appearance(gui_app, 125, False)


def test_arrows_show_when_installed_under_brackets_spaces_and_chinese(
    qtbot, gui_app, tmp_path, monkeypatch
):
    """An installed copy may live under C:/Program Files (x86)/ or a Chinese user name: the
    style sheet's picture paths still resolve there (they are quoted)."""
    import shutil

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QSpinBox

    from linju_desktop.gui import appearance
    from linju_desktop.resources import resource_path

    root = tmp_path / "Program Files (x86)" / "邻聚 Linju"
    shutil.copytree(resource_path("styles"), root / "styles")
    monkeypatch.setattr(appearance, "resource_path", lambda *parts: root.joinpath(*parts))
    appearance.apply_appearance(gui_app, 125, True)
    try:
        assert f'url("{(root / "styles").as_posix()}/arrows/up-white.png")' in gui_app.styleSheet()
        box = QSpinBox()
        box.setValue(5)
        box.resize(240, 60)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        button = round(gui_app.font().pointSizeF() * 96 / 72 * 1.4)
        w, h = image.width(), image.height()
        assert bright_pixels(image, w - button + 4, 4, w - 5, h // 2 - 2) >= 6
    finally:
        appearance.apply_appearance(gui_app, 125, False)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_weekends_in_a_date_boxs_calendar_meet_wcag_aa(qtbot, ctx, high_contrast):
    """Qt's pure red weekends are 4.0:1 on white: a date box's calendar (built in code or in
    a Designer form) marks them in the style sheets' red, which meets 4.5:1 in both themes."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.gui.pages.funds import ExpenseDialog
    from linju_desktop.gui.widgets import date_edit

    def luminance(rgb: int) -> float:
        parts = [((rgb >> shift) & 255) / 255 for shift in (16, 8, 0)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: int, b: int) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    apply_appearance(QApplication.instance(), 125, high_contrast)
    try:
        form = ExpenseDialog(ctx)
        qtbot.addWidget(form)
        boxes = [date_edit(), form.form.editors["date"]]
        for box in boxes:
            calendar = box.calendarWidget()
            days = calendar.findChild(QAbstractItemView)  # the month's grid, as styled
            days.ensurePolished()
            ground = days.palette().color(QPalette.ColorRole.Base).rgb()
            for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
                colour = calendar.weekdayTextFormat(day).foreground().color().rgb()
                assert contrast(colour, ground) >= 4.5, (box.objectName(), hex(colour))
        boxes[0].deleteLater()
    finally:
        apply_appearance(QApplication.instance(), 125, False)
