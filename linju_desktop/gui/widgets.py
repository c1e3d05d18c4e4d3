"""Small building blocks shared by the pages: forms with messages beside each field
(cleared on editing, in kept space, with length counters), dialogs that ask before
dropping changes, confirmation dialogs, progress with cancel (the search box that follows
typing: gui/search_box.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.gui.messages import (
    message_line,
    set_style_state,
    too_long,
)


def tr(text: str) -> str:
    # Context "" is what lupdate records for a module-level tr() helper.
    return QCoreApplication.translate("", text)


class FieldForm(QWidget):
    """A form whose rows carry a message line under each field (red for errors)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, key: str, label: str, editor: QWidget, hint: str = "") -> QWidget:
        box, msg = field_box(editor, key)
        lab = QLabel(label)
        lab.setBuddy(editor)
        if hint:
            editor.setToolTip(hint)
            editor.setStatusTip(hint)
        self.layout_.addRow(lab, box)
        self.editors[key], self.messages[key], self.labels[key] = editor, msg, lab
        return editor

    def clear_messages(self) -> None:
        for m in self.messages.values():
            m.clear()
            m.setVisible(False)

    def refuse_too_long(self) -> bool:
        """Say under each multi-line box over its limit by how much (nothing is ever cut);
        True when there was one: the form is not saved."""
        over = too_long(self.editors)
        if over:
            self.clear_messages()
            for key, text in over.items():
                self.messages[key].setText(text)
                set_style_state(self.messages[key], "message", "error")
                self.messages[key].setVisible(True)
            self.editors[next(iter(over))].setFocus()
        return bool(over)

    def show_problems(self, problems: Iterable[Problem], fallback: str | None = None) -> bool:
        """Put each message beside its field; returns True if any was an error."""
        self.clear_messages()
        texts: dict[str, list[tuple[str, bool]]] = {}
        for p in problems:
            key = p.field if p.field in self.messages else (fallback or next(iter(self.messages)))
            texts.setdefault(key, []).append((p.text(), p.warning))
        first_error = None
        for key, items in texts.items():
            label = self.messages[key]
            label.setText(" ".join(t for t, _ in items))
            is_error = any(not w for _, w in items)
            set_style_state(label, "message", "error" if is_error else "warning")
            label.setVisible(True)
            if is_error and first_error is None:
                first_error = key
        if first_error:
            self.editors[first_error].setFocus()
        return first_error is not None


def field_box(editor: QWidget, key: str) -> tuple[QWidget, QLabel]:
    """The editor with its message line under it (space kept even when it says nothing)."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(2)
    col.addWidget(editor)
    row, msg = message_line(editor, key)
    col.addWidget(row)
    return box, msg


def widget_state(root: QWidget) -> tuple:
    """What the user can change under `root`, as comparable values (for "has it changed")."""
    out: list[object] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QTextEdit):
            out.append(w.toHtml())
        elif isinstance(w, QComboBox):
            out.append((w.currentIndex(), w.currentText()))
        elif isinstance(w, QDateTimeEdit):
            out.append(w.dateTime())
        elif isinstance(w, QAbstractSpinBox):
            out.append(w.text())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            out.append(w.isChecked())
        elif isinstance(w, QListWidget):  # its lines, and their ticks (a matter's meetings)
            out.append(tuple((w.item(i).text(), w.item(i).checkState()) for i in range(w.count())))
        elif isinstance(w, QTableWidget) and w.editTriggers():  # typed-in cells (coefficients)
            cells = (w.item(r, c) for r in range(w.rowCount()) for c in range(w.columnCount()))
            out.append(tuple((i.text(), i.checkState()) if i else None for i in cells))
    return tuple(out)


class GuardedDialog(QDialog):
    """A form that never loses work: Esc, Cancel and the window's close box (or close()
    from anywhere) ask first when something was changed since the form was shown."""

    _clean_state: object = None
    _discarding = False  # the user said yes: reject() goes through without asking again
    _asking: QMessageBox | None = None

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        if self._clean_state is None:
            self.mark_clean()

    def form_state(self) -> object:
        return widget_state(self)

    def mark_clean(self) -> None:
        """What the form holds now counts as unchanged (after filling it in)."""
        self._clean_state = self.form_state()

    def is_dirty(self) -> bool:
        return self._clean_state is not None and self.form_state() != self._clean_state

    def closeEvent(self, event: QCloseEvent) -> None:  # type: ignore[override]
        if not self.isVisible() or not self.is_dirty():
            super().closeEvent(event)  # QDialog's: reject(), nothing to ask
            return
        # The form stays open and asks; a yes closes it. The question waits in the form,
        # not in a nested event loop, so whatever closes windows (the end of the session,
        # a test's teardown) is never held up by it.
        event.ignore()
        if self._asking is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Discard changes?"),
            tr("What you entered in this form has not been saved. Discard the changes?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r: self._close_answered(box.clickedButton() == yes))
        self._asking = box
        box.open()

    def _close_answered(self, discard: bool) -> None:
        self._asking = None
        if discard:
            self._discarding = True
            try:
                self.reject()
            finally:
                self._discarding = False

    def reject(self) -> None:
        if (
            not self._discarding
            and self.is_dirty()
            and not confirm(
                self,
                tr("Discard changes?"),
                tr("What you entered in this form has not been saved. Discard the changes?"),
            )
        ):
            return
        super().reject()


def line_edit(text: str = "", placeholder: str = "", max_length: int = 0) -> QLineEdit:
    e = QLineEdit(text)
    e.setPlaceholderText(placeholder)
    e.setClearButtonEnabled(True)
    if max_length:
        e.setMaxLength(max_length)
    return e


def combo(
    items: Iterable[tuple[str, str]], current: str | None = None, blank: str | None = None
) -> QComboBox:
    """A choice list of (key, label); the key is the item's data."""
    c = QComboBox()
    if blank is not None:
        c.addItem(blank, None)
    for key, label in items:
        c.addItem(label, key)
    if current is not None:
        i = c.findData(current)
        if i >= 0:
            c.setCurrentIndex(i)
    return c


def readable_weekends(edit: QDateTimeEdit) -> None:
    """Qt marks weekends in a date box's calendar in pure red, 4.0:1 on white (below WCAG
    AA): they take the style sheets' red for bad news (QLabel#bad), which reads in both."""
    if not edit.calendarPopup():
        return
    probe = QLabel()
    probe.setObjectName("bad")
    probe.ensurePolished()
    weekend = QTextCharFormat()
    weekend.setForeground(probe.palette().color(QPalette.ColorRole.WindowText))
    calendar = edit.calendarWidget()
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, weekend)


def date_edit(value: QDate | None = None, allow_blank: bool = False) -> QDateEdit:
    d = QDateEdit()
    d.setCalendarPopup(True)
    readable_weekends(d)
    d.setDisplayFormat("yyyy-MM-dd")
    d.setMinimumDate(QDate(1900, 1, 1))
    if allow_blank:
        d.setSpecialValueText(" ")
        d.setDate(d.minimumDate())
    if value is not None:
        d.setDate(value)
    return d


def date_value(d: QDateEdit) -> str | None:
    if d.specialValueText() and d.date() == d.minimumDate():
        return None
    return d.date().toString("yyyy-MM-dd")


def big_button(
    text: str, tip: str = "", slot: Callable[[], None] | None = None, primary: bool = False
) -> QPushButton:
    b = QPushButton(text)
    b.setMinimumHeight(40)
    if primary:
        b.setObjectName("primary")
        b.setDefault(False)
    if tip:
        b.setToolTip(tip)
        b.setStatusTip(tip)
    if slot:
        b.clicked.connect(slot)
    return b


def confirm(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str, error: bool = False) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()


def problems_text(exc: ValidationError) -> str:
    return "\n".join(p.text() for p in exc.problems)


def progress_dialog(parent: QWidget, title: str, on_cancel: Callable[[], None]) -> QProgressDialog:
    dlg = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(300)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.canceled.connect(on_cancel)
    return dlg


def hbox(*widgets: QWidget | None, stretch_at: int | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for i, w in enumerate(widgets):
        if stretch_at == i:
            row.addStretch(1)
        if w is not None:
            row.addWidget(w)
    if stretch_at is not None and stretch_at >= len(widgets):
        row.addStretch(1)
    return row


def fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their text at the current size (large text widens them and the
    table scrolls sideways rather than cutting a date or a name); the last one fills."""
    table.resizeColumnsToContents()
    # Qt measures a tick box at its default size; the style sheet's grows with the text
    room = table.fontMetrics().height()
    for column in range(table.columnCount()):
        table.setColumnWidth(column, table.columnWidth(column) + room)
    table.horizontalHeader().setStretchLastSection(True)
