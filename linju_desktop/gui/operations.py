"""Record writes as operations, as Anki's aqt/operations CollectionOp: a service call runs
off the UI thread as one transaction, and what it wrote (tables and ids, read from the
change log) is announced to the pages, instead of a hand-written ctx.changed(...).

Writes go to worker.writer_pool(), a single thread: they run one at a time in the order
asked, and a save that waits for a sync's commit waits there, not in the window.

    run_op(ctx, lambda _p: meetings.finalise(ctx.store, mid),
           on_success=lambda _r: self.load(), on_failure=self.show_error)

Callbacks run on the UI thread. Without on_failure the error is raised there, so a bug
stays loud (the application's excepthook, or the failing test)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.worker import Operation, Progress, run_in_background, writer_pool
from linju_desktop.services import op_changes

T = TypeVar("T")


def run_op(
    ctx: AppContext,
    call: Callable[[Progress], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    *,
    tables: Iterable[str] = (),
) -> Operation:
    """Run `call` on the writer thread in one transaction; on the UI thread, announce its
    changes (plus `tables`, for unsynced tables the log does not see), then call back."""
    store, extra = ctx.store, tuple(tables)

    def work(progress: Progress) -> tuple[T, op_changes.OpChanges]:
        return op_changes.run(store, lambda: call(progress), extra)

    def succeeded(out: tuple[Any, op_changes.OpChanges]) -> None:
        result, changes = out
        ctx.announce(changes)
        if on_success is not None:
            on_success(result)

    def failed(exc: BaseException, _trace: str) -> None:
        if on_failure is None:
            raise exc
        on_failure(exc)

    return run_in_background(work, succeeded, failed, on_progress, pool=writer_pool())
