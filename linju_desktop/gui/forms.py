"""Qt Designer forms from ui/, loaded at run time (as Picard's ui/*.ui).

Loaded, not compiled with pyside6-uic: the .ui files stay the only source (no generated
module to keep in step), translations apply at load time under the form's class name,
and PyInstaller just copies ui/ (see build_installer.spec). Loading a form costs a few
milliseconds, once per dialog.

Forms may use FieldForm as a promoted widget (DesignerFieldForm: a QFormLayout); adopt()
finds each editor with a `field` property, either sitting in a small box of its own (the
tab order stays the file's) or directly in the form (it is wrapped in a box), and adds its
message line under it, as FieldForm.add() does (cleared on editing, with a length counter
when the editor has a limit)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from linju_desktop.gui.widgets import FieldForm, field_box, message_line
from linju_desktop.resources import ui_path


class DesignerFieldForm(FieldForm):
    """A FieldForm whose rows come from the .ui file (the loader sets its layout)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        QWidget.__init__(self, parent)  # FieldForm's own layout would clash with the form's
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

    def adopt(self) -> None:
        lay = self.layout()
        if not isinstance(lay, QFormLayout):
            raise RuntimeError(f"{self.objectName()}: a field form needs a form layout")
        self.layout_ = lay
        lay.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lay.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for row in range(lay.rowCount()):
            label = lay.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = lay.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            if field is None or not isinstance(label, QLabel):
                continue
            if field.property("field"):
                # The editor sits directly in the form: wrap it in a box with its message
                # (the page restores the tab order afterwards, see pages/focus.py).
                editor, key = field, field.property("field")
                lay.removeWidget(editor)
                box, message = field_box(editor, key)
                lay.setWidget(row, QFormLayout.ItemRole.FieldRole, box)
            else:
                # The editor is already in its box in the file: nothing is re-parented, so
                # the tab order stays the file's.
                found = [w for w in field.findChildren(QWidget) if w.property("field")]
                if not found:
                    continue
                editor, key = found[0], found[0].property("field")
                row, message = message_line(editor, key)
                field.layout().addWidget(row)
            self.editors[key], self.messages[key], self.labels[key] = editor, message, label


CUSTOM_WIDGETS = (DesignerFieldForm,)


def load_form(name: str, parent: QWidget) -> QWidget:
    """Build ui/<name> as a child of `parent`; its field forms are adopted."""
    loader = QUiLoader()
    for cls in CUSTOM_WIDGETS:
        loader.registerCustomWidget(cls)
    form = loader.load(str(ui_path(name)), parent)
    if form is None:
        raise RuntimeError(f"cannot load the form {name}: {loader.errorString()}")
    for ff in form.findChildren(DesignerFieldForm):
        ff.adopt()
    return form


def child(form: QWidget, name: str) -> QWidget:
    """A named widget of a loaded form; a renamed one fails here, not later as None."""
    found = form.findChild(QWidget, name)
    if found is None:
        raise RuntimeError(f"the form has no widget {name}")
    return found


def bind(target: object, form: QWidget, names: str) -> None:
    """Make the form's widgets named in `names` (separated by spaces) attributes of target."""
    for name in names.split():
        setattr(target, name, child(form, name))
