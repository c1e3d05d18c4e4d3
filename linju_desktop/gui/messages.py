"""The lines under a form's fields: messages and the 大写 line in kept space, and length
counters, on one-line and multi-line boxes alike.

A message that appears, wraps or goes never moves a field: its line keeps the height the
usual message needs at the current text size and width (a 30-character Chinese sentence,
three in four of the checks' messages: one line on a wide form, two on a narrow one), and
its text never widens the form. Space for the longest (48 characters and more) under every
field spread a six-field form over two screens at large text. A longer message is
shortened with … and read whole in its tooltip. Length limits are counted while typing; a multi-line box is never cut: what is
over its limit is marked and refused at saving, with the number to remove."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

LONGEST_MESSAGE = "国" * 30  # a usual field message (three in four are no longer)
FILE_MESSAGE = "国" * 72  # a file check: the file's name, the kinds taken and the size limit
NO_LIMIT = 32767  # QLineEdit's maxLength when none was set
LIMIT = "maxLength"  # the property that gives a multi-line box its limit (as in a .ui)
TEXT_LIMIT = 2000  # a description, a result, notes: two pages of handwriting


def tr(text: str) -> str:
    # Context "" is what lupdate records for a module-level tr() helper.
    return QCoreApplication.translate("", text)


def set_style_state(widget: QWidget, name: str, value: object, deep: bool = False) -> None:
    """Set a dynamic property the style sheets select on (QLabel[message="error"]) and
    restyle; `deep` also restyles the children (for selectors on an ancestor's property)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    for w in [widget, *(widget.findChildren(QWidget) if deep else [])]:
        w.style().unpolish(w)
        w.style().polish(w)
        # Padding and borders (a QFrame's margins) are only re-read on a style change.
        QApplication.sendEvent(w, QEvent(QEvent.Type.StyleChange))


class KeptLabel(QLabel):
    """A label that comes and goes in space kept for `longest` at its width and font.

    The layout asks heightForWidth() (hidden labels too: their size is retained), which
    answers for `longest`, whatever the label says now."""

    def __init__(self, longest: str = LONGEST_MESSAGE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._longest, self._full = longest, ""
        self.setWordWrap(True)
        # Read from the top of its space, right under the field it is about.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._fit()

    def clear(self) -> None:  # type: ignore[override]
        self.setText("")

    def full_text(self) -> str:
        return self._full

    def keep_room_for(self, longest: str) -> None:
        """Keep room for a longer message here (a file check names the file and the kinds
        it takes, and must be read whole)."""
        self._longest = longest
        self.updateGeometry()
        self._fit()

    def _text_height(self, text: str, width: int) -> int:
        box = QRect(0, 0, max(1, width), 1 << 20)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        return QFontMetrics(self.font()).boundingRect(box, flags, text).height()

    def _inner_width(self, width: int) -> int:
        m = self.contentsMargins()
        return width - m.left() - m.right() - 2 * self.margin()

    def _reserve(self, width: int) -> int:
        """The inner height kept at this width: what `longest` needs, one line at least."""
        lines = self._text_height(self._longest, self._inner_width(width))
        return max(self.fontMetrics().lineSpacing(), lines)

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        return self._reserve(width) + m.top() + m.bottom() + 2 * self.margin()

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(self.width(), 200)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _fit(self) -> None:
        """Show as much of the text as the kept space holds (the rest is in the tooltip)."""
        width = self._inner_width(self.width())
        room = self._reserve(self.width())
        shown = self._full
        if shown and self._text_height(shown, width) > room:
            # Cut to what fits, by halving the search over the characters kept.
            low, high = 0, len(shown)
            while low < high:
                mid = (low + high + 1) // 2
                if self._text_height(shown[:mid] + "…", width) <= room:
                    low = mid
                else:
                    high = mid - 1
            shown = shown[:low] + "…"
        self.setToolTip(self._full if shown != self._full else "")
        if super().text() != shown:
            super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._fit()


def kept_in_place_of(label: QLabel, longest: str = LONGEST_MESSAGE) -> KeptLabel:
    """A KeptLabel put where a form's label was (same name, same place in its layout)."""
    kept = KeptLabel(longest)
    kept.setObjectName(label.objectName())
    for key in ("message", "tone"):  # what the style sheets colour it by (a .ui's property)
        if label.property(key) is not None:
            kept.setProperty(key, label.property(key))
    kept.setVisible(not label.isHidden())
    kept.setText(label.text())
    layout = label.parentWidget().layout()
    layout.replaceWidget(label, kept)
    label.hide()  # at once: deleteLater waits for the event loop, and it would show until then
    label.deleteLater()
    return kept


def message_label(key: str) -> KeptLabel:
    """A field's message line, hidden until there is something to say."""
    msg = KeptLabel()
    msg.setVisible(False)
    msg.setObjectName(f"msg_{key}")
    return msg


def message_line(editor: QWidget, key: str) -> tuple[QWidget, KeptLabel]:
    """The row under a field: its message and, when the field has a length limit, a
    counter ("12/30") so that the limit is seen while typing, not found out later."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    msg = message_label(key)
    line.addWidget(msg, 1)
    if limit_of(editor):
        line.addWidget(length_counter(editor, key), 0, Qt.AlignmentFlag.AlignTop)
    clear_on_edit(editor, msg)
    return row, msg


def limit_of(editor: QWidget) -> int:
    """The most characters the box takes (0: no limit)."""
    if isinstance(editor, QLineEdit):
        return editor.maxLength() if editor.maxLength() < NO_LIMIT else 0
    if isinstance(editor, QPlainTextEdit | QTextEdit):
        return int(editor.property(LIMIT) or 0)
    return 0


def typed(editor: QWidget) -> str:
    if isinstance(editor, QPlainTextEdit | QTextEdit):
        return editor.toPlainText()
    return editor.text()  # type: ignore[attr-defined]


def length_counter(editor: QWidget, key: str) -> QLabel:
    counter = QLabel()
    counter.setObjectName(f"count_{key}")
    limit = limit_of(editor)
    # As wide as its widest text ("2000/2000", or a pasted 12345/2000), so that counting
    # never narrows the message beside it.
    counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    widest = (
        f"{max(limit * 10, 99999)}/{limit}" if limit_over_allowed(editor) else f"{limit}/{limit}"
    )
    counter.setFixedWidth(counter.fontMetrics().horizontalAdvance(widest) + 4)
    policy = counter.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    counter.setSizePolicy(policy)

    def update() -> None:
        n = len(typed(editor))
        counter.setText(f"{n}/{limit}")
        # At the limit the counter says so in words: typing further does nothing, or (a
        # multi-line box, never cut) the form will not be saved until it is shorter.
        counter.setToolTip(tr("At most {limit} characters").format(limit=limit))
        set_style_state(
            counter, "message", "error" if n > limit else "warning" if n >= limit else ""
        )

    signal = editor.textChanged  # type: ignore[attr-defined]
    signal.connect(update)
    update()
    return counter


def limit_over_allowed(editor: QWidget) -> bool:
    """A multi-line box takes more than its limit (a paste is never cut); a line edit not."""
    return isinstance(editor, QPlainTextEdit | QTextEdit)


def set_limit(editor: QPlainTextEdit | QTextEdit, limit: int) -> None:
    """Give a multi-line box a length limit (before the form adopts it)."""
    editor.setProperty(LIMIT, limit)


def too_long(editors: dict[str, QWidget]) -> dict[str, str]:
    """What to say under each multi-line box that is over its limit (by field key)."""
    out = {}
    for key, editor in editors.items():
        limit = limit_of(editor) if limit_over_allowed(editor) else 0
        n = len(typed(editor)) if limit else 0
        if n > limit:
            out[key] = tr("At most {limit} characters: {over} too many, please shorten it").format(
                limit=limit, over=n - limit
            )
    return out


def clear_on_edit(editor: QWidget, msg: QLabel) -> None:
    """A message is about what was there: it goes as soon as the user changes the field."""

    def clear(*_args: object) -> None:
        if msg.isVisible():
            msg.clear()
            msg.setVisible(False)

    if isinstance(editor, QLineEdit):
        editor.textEdited.connect(clear)
    elif isinstance(editor, QPlainTextEdit | QTextEdit):
        editor.textChanged.connect(clear)
    elif isinstance(editor, QComboBox):
        editor.activated.connect(clear)
        if editor.isEditable():
            editor.editTextChanged.connect(clear)
    elif isinstance(editor, QDateTimeEdit):
        editor.dateTimeChanged.connect(clear)
    elif isinstance(editor, QAbstractButton):
        editor.toggled.connect(clear)
    elif isinstance(editor, QListWidget):
        editor.model().rowsInserted.connect(clear)
        editor.model().rowsRemoved.connect(clear)
    else:
        for inner in editor.findChildren(QLineEdit):
            inner.textEdited.connect(clear)
