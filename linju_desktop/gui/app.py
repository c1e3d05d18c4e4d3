"""Starting the window: `linju-desktop` and `python -m linju_desktop`.

Composition root of the GUI: opens the store, installs translations, fonts and
the style, runs the first-start setup, and shows the main window. With
--self-test it visits every page and form and exits 0 or with the reason.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from linju_desktop import __version__

# Appearance lives in gui/appearance.py (Settings applies it without importing the
# composition root); these names stay importable from here for older callers.
from linju_desktop.gui.appearance import (  # noqa: F401
    BASE_POINTS,
    DEFAULT_SCALE,
    TEXT_SCALES,
    apply_appearance,
)
from linju_desktop.gui.first_paint import after_first_paint
from linju_desktop.store.database import (
    DamagedDatabaseError,
    NewerSchemaError,
    Store,
    damage_summary,
    is_damage,
)
from linju_desktop.store.paths import resolve_data_dir


def tr(text: str) -> str:
    # Context "" is what lupdate records for a module-level tr() helper.
    return QCoreApplication.translate("", text)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="linju-desktop", description="Linju (邻居) desktop window")
    p.add_argument("--data-dir", metavar="DIR")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="open every page and form, then exit 0 (or non-zero with the reason)",
    )
    p.add_argument("--lang", choices=["zh_CN", "en"], help="language for this start")
    p.add_argument("--version", action="version", version=f"linju-desktop {__version__}")
    return p.parse_args(list(argv))


def open_store_or_explain(data_dir: str | None, interactive: bool = True) -> Store | None:
    """Open the record book, or explain in a message box (and on stderr) why not.

    Only the header checks of opening run here; the daily check and backup (which read
    the whole file) run after the first paint, in the background (start_daily_check)."""
    path = resolve_data_dir(data_dir)
    try:
        store = Store(path)
    except NewerSchemaError:
        text = tr(
            "This database was made by a newer version of Linju. Please install the "
            "newer version; your data was not changed."
        )
        _explain(text, interactive)
        return None
    except (DamagedDatabaseError, sqlite3.DatabaseError) as exc:
        if not is_damage(exc):
            raise
        explain_damage(path, exc, interactive)
        return None
    return store


def daily_check(store: Store) -> Path | None:
    """quick_check of the live file, then the day's backup (itself checked), then the
    change log's compaction of what the district has acknowledged (kept whole in that
    backup) and the freed space given back, so the file and tomorrow's backup shrink
    (store/space.py). Raises DamagedDatabaseError; returns the backup made, or None when
    today's exists."""
    from linju_desktop.store import changelog, space
    from linju_desktop.store.backup import daily_backup

    store.verify()
    made = daily_backup(store)
    changelog.compact(store)
    space.reclaim(store)
    return made


class DailyCheck:
    """The daily check and backup on a worker thread, started after the window's first
    paint: on a large station they read the whole file (seconds at 10x), which must not
    hold the window back. Damage found is explained as at start and closes Linju (exit 2);
    success is one quiet status-bar line."""

    def __init__(self, store: Store, on_status: Callable[[str], None]) -> None:
        self.store = store
        self.on_status = on_status
        self.done = False
        self.error: BaseException | None = None

    def start(self) -> None:
        from linju_desktop.gui.worker import run_in_background

        self.on_status(tr("Checking the database and making today's backup..."))
        run_in_background(lambda _progress: daily_check(self.store), self._succeeded, self._failed)

    def _succeeded(self, made: object) -> None:
        self.done = True
        if made is not None:
            self.on_status(tr("Database checked; today's backup is saved."))
        else:
            self.on_status(tr("Database checked."))

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.done = True
        self.error = exc
        if is_damage(exc):
            app = QApplication.instance()
            if isinstance(app, QApplication) and not app.property("linju_self_test"):
                explain_damage(self.store.data_dir, exc, interactive=True)
                app.exit(2)  # the self-test raises it instead (main() explains, exit 2)
        else:
            self.on_status(tr("Today's backup could not be made: {reason}").format(reason=exc))

    def wait(self, app: QApplication, timeout_s: float = 600) -> None:
        """Process events until the check is done (the self-test and tests)."""
        import time

        deadline = time.monotonic() + timeout_s
        while not self.done and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)


def start_after_first_paint(window: QWidget, start: Callable[[], None]) -> None:
    """Call `start` once the window has painted (or after 3 s if no paint comes: hidden)."""
    after_first_paint(window, start)


def _explain(text: str, interactive: bool) -> None:
    print(text, file=sys.stderr, flush=True)
    if interactive:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, tr("Linju"), text)


def explain_damage(data_dir: Path, exc: BaseException, interactive: bool) -> None:
    """What is wrong and the newest backup that is itself good (damaged copies are skipped)."""
    from linju_desktop.store.backup import newest_good_backup

    folder = data_dir / "backups"
    detail = damage_summary(str(exc))
    good = newest_good_backup(folder)
    if good is not None:
        text = tr(
            "The database file is damaged ({detail}). Restore the newest good backup with "
            "this command: linju restore {backup}"
        ).format(detail=detail, backup=good)
    else:
        text = tr(
            "The database file is damaged ({detail}) and there is no good backup in {folder}. "
            "Copy the whole data folder {data} to a USB stick before anything else and ask "
            "for help; do not use Linju on this folder until then."
        ).format(detail=detail, folder=folder, data=data_dir)
    _explain(text, interactive)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    temp_dir = None
    if args.self_test and not args.data_dir and not os.environ.get("LINJU_DATA_DIR"):
        temp_dir = tempfile.TemporaryDirectory(prefix="linju-self-test-")
        args.data_dir = temp_dir.name
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Fusion as the constructor's option: app.setStyle() returns the QStyle, for which
        # PySide would build that class and its enums before the first paint.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    app.setApplicationName("Linju")
    app.setApplicationDisplayName(tr("Linju"))
    app.setApplicationVersion(__version__)
    from linju_desktop.gui import i18n

    i18n.install(args.lang or i18n.DEFAULT_LANGUAGE)
    try:
        return _run(app, args)
    except (DamagedDatabaseError, sqlite3.DatabaseError) as exc:
        # One place for the whole start (and the self-test): damage found after opening,
        # by a page reading a broken part of the file, is explained, never a traceback.
        if not is_damage(exc):
            raise
        explain_damage(resolve_data_dir(args.data_dir), exc, interactive=not args.self_test)
        return 2
    finally:
        if temp_dir:
            temp_dir.cleanup()


def _run(app: QApplication, args: argparse.Namespace) -> int:
    store = open_store_or_explain(args.data_dir, interactive=not args.self_test)
    if store is None:
        return 2
    try:
        return _show(app, args, store)
    finally:
        store.close()


def _show(app: QApplication, args: argparse.Namespace, store: Store) -> int:
    from linju_desktop.gui import i18n

    language = args.lang or store.get_setting("language", i18n.DEFAULT_LANGUAGE)
    i18n.install(language)
    apply_appearance(
        app,
        int(store.get_setting("text_scale", DEFAULT_SCALE)),
        bool(store.get_setting("high_contrast", False)),
    )
    from linju_desktop.gui.context import AppContext
    from linju_desktop.gui.main_window import MainWindow

    ctx = AppContext(store, self_test=args.self_test)
    check = DailyCheck(store, ctx.status.emit)
    if args.self_test:
        # The same background check, waited for: damage is explained (main()) with exit 2.
        app.setProperty("linju_self_test", True)
        check.start()
        check.wait(app)
        if check.error is not None:
            raise check.error
        return run_self_test(app, ctx)
    from linju_desktop.services import branch

    window = MainWindow(ctx)
    # The check reads the whole file: it starts once the first page is filled and painted,
    # not while the page is being filled (two cores, and one of them would be the check's).
    window.first_page_ready.connect(lambda page: start_after_first_paint(page, check.start))
    window.show()
    if branch.profile(store) is None and not store.get_setting("setup_skipped", False):
        from linju_desktop.gui.first_run import FirstRunWizard

        QTimer.singleShot(0, lambda: FirstRunWizard(ctx, window).exec())
    previous_hook = sys.excepthook
    sys.excepthook = damage_hook(app, store.data_dir, previous_hook)
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
    from linju_desktop.gui.worker import wait_all

    wait_all()
    return code


def damage_hook(app: QApplication, data_dir: Path, previous: Callable[..., object]) -> Callable:
    """sys.excepthook while the window runs: a slot that hits a damaged part of the file
    (past the check at start) explains it once and closes Linju with exit status 2."""
    shown = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal shown
        if not is_damage(exc):
            previous(kind, exc, tb)
            return
        if not shown:
            shown = True
            explain_damage(data_dir, exc, interactive=True)
            app.exit(2)

    return hook


def run_self_test(app: QApplication, ctx: object) -> int:
    """Visit every page and form; any exception, even inside a slot, fails the test."""
    from linju_desktop.gui.main_window import PAGES, MainWindow

    failures: list[str] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        failures.append("".join(traceback.format_exception(kind, exc, tb)))  # type: ignore[arg-type]

    old_hook = sys.excepthook
    sys.excepthook = hook
    try:
        window = MainWindow(ctx)  # type: ignore[arg-type]
        window.show()
        app.processEvents()
        from linju_desktop.gui import i18n

        failures += i18n.self_check()
        for key, _page in PAGES:
            page = window.show_page(key)
            app.processEvents()
            page.self_test()
            app.processEvents()
        from linju_desktop.gui.first_run import FirstRunWizard

        wizard = FirstRunWizard(ctx, window)  # type: ignore[arg-type]
        wizard.show()
        app.processEvents()
        wizard.reject()
        _self_test_printing(app, ctx, window, failures)
        window.close()
        app.processEvents()
    except (DamagedDatabaseError, sqlite3.DatabaseError) as exc:
        if is_damage(exc):
            raise  # not a failure of the window: main() explains the damaged file
        failures.append(traceback.format_exc())
    except BaseException:
        failures.append(traceback.format_exc())
    finally:
        sys.excepthook = old_hook
    if failures:
        print("self-test FAILED:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    print(f"self-test passed: {len(PAGES)} pages and their forms opened")
    return 0


def _self_test_printing(
    app: QApplication, ctx: object, window: QWidget, failures: list[str]
) -> None:
    """The preview (Designer form, print support) and a PDF written with the embedded font."""
    import time

    from linju_desktop.gui.print_preview import PrintPreviewDialog
    from linju_desktop.reports.catalogue import Order, save

    dialog = PrintPreviewDialog(ctx, Order("annual"), window)  # type: ignore[arg-type]
    dialog.show()
    deadline = time.monotonic() + 60
    while dialog.doc is None and not dialog.error and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if dialog.doc is None:
        failures.append(f"the print preview did not finish: {dialog.error or 'timed out'}")
    else:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "self-test.pdf"
            save(dialog.doc, out)
            if out.stat().st_size < 1000:
                failures.append("the yearly summary PDF came out empty")
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
