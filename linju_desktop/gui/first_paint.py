"""Running work once a widget has painted: what the start can put off (the daily check, the
status line's count of records waiting to be synced) waits for the first page's paint, so
it neither delays that paint nor takes the second core while the page is filled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def after_first_paint(widget: QWidget, start: Callable[[], None], timeout_ms: int = 3000) -> None:
    """Call `start` once `widget` has painted (or after `timeout_ms` if no paint comes:
    a hidden window)."""

    class _FirstPaint(QObject):
        fired = False

        def fire(self) -> None:
            if not self.fired:
                self.fired = True
                widget.removeEventFilter(self)
                start()

        def eventFilter(self, _obj: QObject, e: QEvent) -> bool:
            if e.type() == QEvent.Type.Paint and not self.fired:
                QTimer.singleShot(0, self.fire)
            return False

    watcher = _FirstPaint(widget)
    widget.installEventFilter(watcher)
    QTimer.singleShot(timeout_ms, watcher.fire)
