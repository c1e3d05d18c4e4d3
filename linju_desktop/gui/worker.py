"""Background operations: long work (import, export, backup, sync) off the UI thread.

As in Picard's util/thread.py and Anki's aqt/operations: the work runs on a
QThreadPool; progress, the result or the error come back to the main thread
through queued signals. Work reports progress and learns of a cancel through
the Progress object it is handed. Store connections are per thread, so work
may use the same Store object.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside work when the user pressed cancel."""


class Progress:
    def __init__(self, op: Operation) -> None:
        self._op = op

    @property
    def cancelled(self) -> bool:
        return self._op.cancel_requested

    def update(self, done: int, total: int, text: str = "") -> bool:
        """Report progress; returns False once the user asked to cancel."""
        self._op.progressed.emit(done, total, text)
        return not self._op.cancel_requested

    def check(self) -> None:
        if self._op.cancel_requested:
            raise Cancelled


class Operation(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.cancel_requested = False

    def cancel(self) -> None:
        self.cancel_requested = True


class _Runnable(QRunnable):
    def __init__(self, op: Operation, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.op, self.work = op, work

    def run(self) -> None:
        try:
            result = self.work(Progress(self.op))
        except BaseException as exc:  # reported to the main thread, never swallowed
            self.op.failed.emit(exc, traceback.format_exc())
        else:
            self.op.succeeded.emit(result)
        finally:
            self.op.finished.emit()


_running: set[Operation] = set()
_writer: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The single thread for record writes (gui/operations.py): writes run one after
    another in the order asked, off the UI thread, so a save waiting for a sync's commit
    never freezes the window. Network and file work keep the global pool."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
    return _writer


def run_in_background(
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException, str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Operation:
    op = Operation()
    if on_success:
        op.succeeded.connect(on_success)
    if on_failure:
        op.failed.connect(on_failure)
    if on_progress:
        op.progressed.connect(on_progress)
    _running.add(op)
    op.finished.connect(lambda: _running.discard(op))
    (pool or QThreadPool.globalInstance()).start(_Runnable(op, work))
    return op


def busy() -> bool:
    """True while any work started here has not reported its end to the main thread."""
    return bool(_running)


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Let running work finish (on quit and in tests)."""
    done = _writer.waitForDone(timeout_ms) if _writer is not None else True
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and done
