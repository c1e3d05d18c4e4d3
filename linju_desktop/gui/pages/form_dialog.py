"""A dialog over one Designer form (ui/) with a field form named `fields` and a button box
named `buttons`: save() runs the service call as an operation (gui/operations.run_op), and
a refusal is shown beside its field; nothing is written until the service accepts. Esc,
Cancel and the close box ask before dropping what was typed (GuardedDialog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from linju_desktop.domain.errors import ValidationError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import DesignerFieldForm, child, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.focus import after_fields
from linju_desktop.gui.widgets import GuardedDialog


class FormDialog(GuardedDialog):
    """A dialog over one Designer form with a field form `fields` and `buttons`; save()
    runs the service call as an operation and shows a refusal beside its field."""

    ui = ""
    fallback = ""  # the field that shows a problem of no field of the form

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form_widget = load_form(self.ui, self)
        QVBoxLayout(self).addWidget(self.form_widget)
        self.resize(self.form_widget.size())
        self.fields: DesignerFieldForm = child(self.form_widget, "fields")  # type: ignore[assignment]
        self.e: dict[str, Any] = self.fields.editors
        self.buttons = child(self.form_widget, "buttons")
        # what the file puts after the fields (a preview table, the buttons) comes after
        # them in the Tab order too, in the file's order
        lay = self.form_widget.layout()
        start = lay.indexOf(self.fields) + 1
        for w in [lay.itemAt(i).widget() for i in range(start, lay.count())]:
            if w is not None:
                after_fields(w)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.saved_id: str | None = None

    def save(self) -> None:
        raise NotImplementedError

    def run(self, call: Callable[[], Any], on_saved: Callable[[Any], None] | None = None) -> None:
        self.fields.clear_messages()
        run_op(self.ctx, lambda _p: call(), on_saved or self._saved, self._refused)

    def _saved(self, result: Any) -> None:
        self.saved_id = result if isinstance(result, str) else self.saved_id
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        self.fields.show_problems(exc.problems, fallback=self.fallback or None)
