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

import re

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.gui.appearance import text_ratio
from linju_desktop.gui.widgets import FieldForm, field_box, message_line, readable_weekends
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
                line, message = message_line(editor, key)
                field.layout().addWidget(line)
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
    name_from_labels(form)
    for box in form.findChildren(QDateTimeEdit):
        readable_weekends(box)
    if isinstance(parent, QDialog):
        fit_to_screen(parent)
    return form


def name_from_labels(root: QWidget) -> None:
    """A control without an accessible name takes its form label's text (the label whose
    buddy it is), so a screen reader says 姓名, not "edit"."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            text = re.sub(r"\(&.\)|&(?=.)|[:：]$", "", label.text()).strip()
            buddy.setAccessibleName(text)


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


# -- dialogs that fit the screen -------------------------------------------------------------
# At 200 % text on a 1366×768 screen most forms are taller than the screen. A fitted dialog
# scrolls its fields and keeps its buttons (a QDialogButtonBox, or a last row of buttons)
# below the scrolled part, so 保存 is always on screen; its size is clamped to the screen.


class _FitOnShow(QObject):
    """Fits its dialog the first time it is shown (the form is complete by then)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            watched.removeEventFilter(self)
            fit_now(watched)
        return False


def fit_to_screen(dialog: QDialog) -> None:
    """Make `dialog` scroll its fields and fit the screen when it is first shown."""
    if dialog.property("fitted") is None:
        dialog.setProperty("fitted", False)
        dialog.installEventFilter(_FitOnShow(dialog))


def _is_button_row(item: QLayoutItem) -> bool:
    w, lay = item.widget(), item.layout()
    if w is not None:
        return isinstance(w, QDialogButtonBox)
    if lay is None or lay.count() == 0:
        return False
    inner = [lay.itemAt(i).widget() for i in range(lay.count())]
    return all(w is None or isinstance(w, QAbstractButton) for w in inner) and any(inner)


def _take_buttons(outer: QLayout) -> QLayoutItem | None:
    for i in range(outer.count() - 1, -1, -1):
        item = outer.itemAt(i)
        if item.spacerItem() is not None:
            continue
        return outer.takeAt(i) if _is_button_row(item) else None
    return None


def fit_now(dialog: QDialog) -> None:
    """Put the dialog's fields in a scroll area, its buttons below it, and clamp its size
    to the available screen (done once)."""
    top = dialog.layout()
    name_from_labels(dialog)
    if top is None or dialog.property("fitted"):
        return
    dialog.setProperty("fitted", True)
    wanted = dialog.size()
    # Moving the fields into the scroll area drops the keyboard focus the form gave out
    # (e.g. the amount first): give it back afterwards.
    focus = dialog.focusWidget()
    only = top.itemAt(0).widget() if top.count() == 1 else None
    moved: list[tuple[QWidget, bool]] = []
    if only is not None and only.layout() is not None:  # a form loaded from ui/
        content, buttons = only, _take_buttons(only.layout())
        top.removeWidget(only)
    else:  # a dialog laid out in code: its items move into a content widget
        buttons = _take_buttons(top)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        while top.count():
            stretch = top.stretch(0) if isinstance(top, QBoxLayout) else 0
            item = top.takeAt(0)
            if item.widget() is not None:
                moved.append((item.widget(), item.widget().isHidden()))
                inner.addWidget(item.widget(), stretch)
            elif item.layout() is not None:
                inner.addLayout(item.layout(), stretch)
            else:
                inner.addItem(item)
    scroll = QScrollArea()
    scroll.setObjectName("dialog_scroll")
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the first field takes the focus
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    top.addWidget(scroll, 1)
    if buttons is not None:
        # the buttons keep the form's side and bottom margins (not flush with the edge)
        edge = content.layout().contentsMargins() if content is only else QMargins()
        frame = QHBoxLayout()
        frame.setContentsMargins(edge.left(), 0, edge.right(), edge.bottom())
        if buttons.widget() is not None:
            moved.append((buttons.widget(), buttons.widget().isHidden()))
            frame.addWidget(buttons.widget())
        elif buttons.layout() is not None:
            row = buttons.layout()
            widgets = [row.itemAt(i).widget() for i in range(row.count())]
            moved += [(w, w.isHidden()) for w in widgets if w is not None]
            frame.addLayout(row)
        top.addLayout(frame)
    # Widgets re-parented into a shown dialog are shown only by a queued call: show them
    # now, so a message shown right after show() is visible at once.
    scroll.show()
    for widget, hidden in moved:
        widget.setHidden(hidden)
    resize_to_screen(dialog, content, wanted)
    if focus is not None and dialog.isAncestorOf(focus):
        focus.setFocus()


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def resize_to_screen(dialog: QWidget, content: QWidget, wanted: QSize) -> None:
    """The larger of the size asked for and the content's, within the screen (less a
    title bar); the fields never need a sideways scroll bar."""
    area = available(dialog)
    most = QSize(area.width() - 16, area.height() - 40)
    hint = content.sizeHint()
    margins = dialog.layout().contentsMargins()
    extra_w = margins.left() + margins.right() + 24  # the vertical scroll bar
    extra_h = dialog.layout().sizeHint().height() - content.sizeHint().height()
    grow = text_ratio(QApplication.instance())  # sizes were chosen at the default text
    width = max(round(wanted.width() * grow), hint.width() + extra_w)
    height = max(round(wanted.height() * grow), hint.height() + max(0, extra_h))
    dialog.setMinimumSize(
        min(dialog.minimumWidth(), most.width()), min(dialog.minimumHeight(), most.height())
    )
    dialog.setMaximumSize(most)
    content.setMinimumWidth(min(hint.width(), most.width() - extra_w))
    dialog.resize(min(width, most.width()), min(height, most.height()))
    top_left = area.topLeft() + QPoint(
        max(0, (area.width() - dialog.width()) // 2), max(0, (area.height() - dialog.height()) // 2)
    )
    dialog.move(top_left)
