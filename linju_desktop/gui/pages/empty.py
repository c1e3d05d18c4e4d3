"""The empty state of a page that is not a ListPage (tasks, consultations): what to do next
and the button that does it, in place of the page's empty tables, as a ListPage shows it
(issue 9, point 7: an empty page never leaves the secretary before a blank table)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QFrame):
    """Shown instead of `hides` while the page's book is empty."""

    def __init__(self, action: Callable[[], None], hides: list[QWidget]) -> None:
        super().__init__()
        self.setObjectName("empty_state")
        self.hides = hides
        column = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("empty_text")
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(lambda: action())
        column.addWidget(self.text)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.setVisible(False)

    def show_when(self, empty: bool, text: str, button: str) -> None:
        if empty:
            self.text.setText(text)
            self.button.setText(button)
            self.button.setAccessibleName(button)
        self.setVisible(empty)
        for widget in self.hides:
            widget.setVisible(not empty)
