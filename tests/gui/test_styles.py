"""Colours and sizes live in resources/styles/*.qss, selected by object names and dynamic
properties; widgets carry no style sheets of their own."""

from __future__ import annotations

import re
from pathlib import Path

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
