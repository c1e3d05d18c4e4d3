"""gui/operations.py: record writes off the UI thread, their changes announced."""

from __future__ import annotations

import threading

from helpers import peek_scalar

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.worker import busy


def test_runs_off_the_ui_thread_and_announces_its_changes(qtbot, ctx):
    seen: dict = {}
    announced, tables = [], []
    ctx.ops_changed.connect(announced.append)
    ctx.data_changed.connect(tables.append)

    def call(progress):
        seen["thread"] = threading.current_thread()
        progress.update(1, 2, "half")
        return ctx.store.insert("members", {"name": "赵一", "status": "active"})

    def success(result):
        seen["result"], seen["done_on"] = result, threading.current_thread()

    progress = []
    run_op(
        ctx, call, success, on_progress=lambda *a: progress.append((*a, threading.current_thread()))
    )
    qtbot.waitUntil(lambda: "result" in seen and not busy(), timeout=5000)
    main = threading.main_thread()
    assert seen["thread"] is not main and seen["done_on"] is main
    assert progress == [(1, 2, "half", main)]
    [changes] = announced
    assert changes.ids == {("members", seen["result"])} and tables == ["members"]


def test_failure_reaches_the_callback_and_nothing_is_written(qtbot, ctx):
    failures, announced = [], []
    ctx.ops_changed.connect(announced.append)

    def call(_p):
        ctx.store.insert("members", {"name": "钱二", "status": "active"})
        raise ValidationError([Problem("name", "bad")])

    run_op(ctx, call, on_success=lambda _r: failures.append("success?"), on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures) and not busy(), timeout=5000)
    assert isinstance(failures[0], ValidationError) and len(failures) == 1
    assert peek_scalar(ctx.store, "SELECT count(*) FROM members") == 0 and announced == []


def test_a_save_waiting_for_another_writer_does_not_block_the_window(qtbot, ctx):
    """A sync holding the write lock (here: an open transaction on the UI thread's own
    connection) makes the save wait on the writer thread while events keep flowing."""
    done, ticks = [], 0
    tx = ctx.store.transaction()
    tx.__enter__()
    try:
        run_op(ctx, lambda _p: ctx.store.insert("members", {"name": "孙三"}), done.append)
        for _ in range(3):
            qtbot.wait(50)  # the event loop runs meanwhile: the window repaints
            ticks += 1
        assert ticks == 3 and not done
    finally:
        tx.__exit__(None, None, None)
    qtbot.waitUntil(lambda: bool(done) and not busy(), timeout=6000)
    assert ctx.store.get("members", done[0])["name"] == "孙三"


def test_writes_run_one_at_a_time_in_order(qtbot, ctx):
    order = []
    for name in ("一", "二", "三"):
        run_op(ctx, lambda _p, n=name: ctx.store.insert("members", {"name": n}), order.append)
    qtbot.waitUntil(lambda: len(order) == 3 and not busy(), timeout=5000)
    names = [ctx.store.get("members", i)["name"] for i in order]
    assert names == ["一", "二", "三"]
