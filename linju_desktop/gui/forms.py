"""Designer forms from ui/, loaded at run time with QUiLoader, as Picard keeps its ui/*.ui.

Loaded rather than compiled: the .ui files stay the one source (no generated module to
keep in step), QUiLoader translates their texts under the form's class name, and the
build only has to carry ui/ as data. A form's field rows follow one naming rule, so the
code finds them without a list: in a QFormLayout, the editor is named `<key>`, its label
`label_<key>` and the message line under it `msg_<key>`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from linju_desktop.domain.errors import Problem
from linju_desktop.resources import ui_path

W = TypeVar("W", bound=QWidget)
L = TypeVar("L", bound=QLayout)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    form = QUiLoader().load(str(ui_path(name)), parent)
    if form is None:
        raise RuntimeError(f"cannot load the form {name}")
    return form


def install_form(host: QWidget, name: str) -> QWidget:
    """Load ui/<name> to fill `host` edge to edge; the host takes the form's title and size."""
    form = load_form(name, host)
    box = QVBoxLayout(host)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(form)
    if form.windowTitle():
        host.setWindowTitle(form.windowTitle())
    host.resize(form.size())
    return form


def child(form: QWidget, kind: type[W], name: str) -> W:
    """A named widget of the form; a missing one is a bug in the .ui, said loudly."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{form.objectName()}: no {kind.__name__} named {name!r}")
    return found


def layout(form: QWidget, kind: type[L], name: str) -> L:
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{form.objectName()}: no {kind.__name__} named {name!r}")
    return found


def restyle(widget: QWidget) -> None:
    """Apply the style sheets again after an object name or a property changed (a loaded
    form is already polished)."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_flag(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheets key on, and restyle the widget."""
    widget.setProperty(name, value)
    restyle(widget)


class FormFields:
    """The rows of one Designer QFormLayout: editors, labels and the message under each field
    (coloured by the style sheet through the `problem` property: error or warning)."""

    def __init__(self, form: QWidget, layout_name: str) -> None:
        self.layout_ = layout(form, QFormLayout, layout_name)
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for row in range(self.layout_.rowCount()):
            item = self.layout_.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item else None
            if not isinstance(label, QLabel) or not label.objectName().startswith("label_"):
                continue
            key = label.objectName().removeprefix("label_")
            self.add(key, child(form, QWidget, key), child(form, QLabel, f"msg_{key}"), label)

    def add(self, key: str, editor: QWidget, message: QLabel, label: QLabel) -> None:
        """Register a row (also for rows the code builds, e.g. one per category)."""
        message.setVisible(False)
        self.editors[key], self.messages[key], self.labels[key] = editor, message, label

    def add_row(self, key: str, text: str, field: QWidget, editor: QWidget | None = None) -> None:
        """A row the code builds (e.g. one per category), laid out like the Designer's rows:
        the field with its message line under it."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(field)
        message = QLabel()
        message.setObjectName(f"msg_{key}")
        message.setWordWrap(True)
        col.addWidget(message)
        label = QLabel(text)
        label.setBuddy(editor or field)
        self.layout_.addRow(label, box)
        self.add(key, editor or field, message, label)

    def text(self, key: str) -> str:
        return self.editors[key].text()  # type: ignore[attr-defined]

    def clear_messages(self) -> None:
        for m in self.messages.values():
            m.clear()
            m.setVisible(False)

    def show_message(self, key: str, text: str, error: bool = True) -> None:
        label = self.messages[key]
        label.setText(text)
        set_flag(label, "problem", "error" if error else "warning")
        label.setVisible(True)

    def show_problems(self, problems: Iterable[Problem], fallback: str | None = None) -> bool:
        """Put each message beside its field; returns True if any was an error."""
        self.clear_messages()
        texts: dict[str, list[Problem]] = {}
        for p in problems:
            key = p.field if p.field in self.messages else (fallback or next(iter(self.messages)))
            texts.setdefault(key, []).append(p)
        first_error = None
        for key, items in texts.items():
            is_error = any(not p.warning for p in items)
            self.show_message(key, "\n".join(p.text() for p in items), is_error)
            if is_error and first_error is None:
                first_error = key
        if first_error:
            self.editors[first_error].setFocus()
        return first_error is not None
