"""Every page (each settings tab too) and every form of the window, one at a time, for the
screenshots and for the tests that check contrast, sizes and accessible names.

tour(window) yields (name, widget) with the widget shown and laid out; a dialog is closed
(without questions) when the next one is asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from linju_desktop.gui.main_window import PAGES, MainWindow


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def tour(window: MainWindow, dialogs: bool = True) -> Iterator[tuple[str, QWidget]]:
    for key, _page in PAGES:
        page = window.show_page(key)
        settle()
        tabs = page.findChild(QTabWidget, "settings_tabs")
        if tabs is None:
            yield key, window
        else:
            first = tabs.currentIndex()
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle()
                yield f"{key}-{i + 1}", window
            tabs.setCurrentIndex(first)  # the page remembers its tab: leave it as it was
        if dialogs:
            for name, make in page_dialogs(window, key):
                dlg = make()
                if dlg is None:
                    continue
                dlg.show()
                settle()
                yield f"{key}-{name}", dlg
                dlg.done(QDialog.DialogCode.Rejected)  # done(): no "discard changes?" question
                dlg.deleteLater()
                settle()


def _first_row(page: QWidget, where: Callable[[dict], bool] = lambda _r: True) -> dict | None:
    model = page.model  # type: ignore[attr-defined]
    rows = (model.row(i) for i in range(model.rowCount()))
    return next((r for r in rows if r and where(r)), None)


def page_dialogs(window: MainWindow, key: str) -> list[tuple[str, Callable[[], QDialog | None]]]:
    """(name, a function making the dialog) for each form a page opens."""
    page = window.pages[key]
    ctx = window.ctx
    if key == "home":
        from linju_desktop.gui.first_run import FirstRunWizard

        return [("first-run", lambda: FirstRunWizard(ctx, window))]
    if key == "members":
        from linju_desktop.gui.pages.members import MemberDialog

        def member() -> QDialog | None:
            row = _first_row(page)
            return MemberDialog(ctx, row["id"], page) if row else None

        return [("new", lambda: MemberDialog(ctx, None, page)), ("edit", member)]
    if key == "meetings":
        from linju_desktop.gui.pages.meetings.dialog import MeetingDialog

        def meeting(final: bool) -> QDialog | None:
            row = _first_row(page, lambda r: (r.get("status") == "final") == final)
            return MeetingDialog(ctx, row["id"], page) if row else None

        return [
            ("new", lambda: MeetingDialog(ctx, None, page)),
            ("final", lambda: meeting(True)),
        ]
    if key == "funds":
        from linju_desktop.gui.pages.funds.dialogs import AllocationDialog, ExpenseDialog
        from linju_desktop.gui.pages.funds.entries import EntryDialog, ReverseDialog
        from linju_desktop.store import page_queries_funds as queries

        def entry(cls: type) -> QDialog | None:
            row = _first_row(page, lambda r: not r.get("reverses_id"))
            if row is None:
                return None
            if cls is EntryDialog:
                return EntryDialog(ctx, row["id"], page)
            return ReverseDialog(ctx, queries.expense(ctx.store, row["id"]) or row, page)

        return [
            ("expense", lambda: ExpenseDialog(ctx, page)),
            ("allocation", lambda: AllocationDialog(ctx, page.year, page)),  # type: ignore[attr-defined]
            ("entry", lambda: entry(EntryDialog)),
            ("reverse", lambda: entry(ReverseDialog)),
        ]
    if key == "requests":
        from linju_desktop.domain import requests as rules
        from linju_desktop.gui.pages.requests.actions import ActionDialog
        from linju_desktop.gui.pages.requests.detail import RequestDialog
        from linju_desktop.gui.pages.requests.intake import IntakeDialog
        from linju_desktop.services import resident_requests as service

        def detail() -> QDialog | None:
            row = _first_row(page)
            return RequestDialog(ctx, row["id"], page) if row else None

        def action(name: str) -> QDialog | None:
            row = _first_row(page)
            return ActionDialog(ctx, service.get(ctx.store, row["id"]), name, page) if row else None

        steps = [(f"action-{a}", lambda a=a: action(a)) for a in rules.TRANSITIONS]
        return [("intake", lambda: IntakeDialog(ctx, page)), ("detail", detail), *steps]
    if key == "tasks":
        from linju_desktop.gui.pages import tasks as task_forms
        from linju_desktop.store.reads import neighbourhood as reads

        def goods() -> QDialog | None:
            rows = reads.goods(ctx.store)
            return task_forms.GoodsDialog(ctx, rows[0], page) if rows else None

        def reverse() -> QDialog | None:
            rows = [e for e in reads.ledger(ctx.store) if e["kind"] == "exchange"]
            return task_forms.ReverseDialog(ctx, rows[-1]["volunteer_id"], page) if rows else None

        return [
            ("publish", lambda: task_forms.PublishDialog(ctx, page)),
            ("volunteers", lambda: task_forms.VolunteersDialog(ctx, page)),
            ("volunteer", lambda: task_forms.VolunteerDialog(ctx, None, page)),
            ("library", lambda: task_forms.LibraryDialog(ctx, page)),
            ("activity", lambda: task_forms.ItemDialog(ctx, None, page)),
            ("goods", goods),
            ("exchange", lambda: task_forms.ExchangeDialog(ctx, None, page)),
            ("reverse", reverse),
        ]
    if key == "consultations":
        from linju_desktop.gui.pages import consultations as forms

        rows = page.rows  # type: ignore[attr-defined]
        # an open matter where there is one (the demo's may all be closed: any will do)
        open_ = next((r["id"] for r in rows if r["status"] != "final"), None)
        closed = next((r["id"] for r in rows if r["status"] == "final"), None)
        open_, closed = open_ or closed, closed or open_

        def on(cls: type, cid: str | None) -> QDialog | None:
            return cls(ctx, cid, page) if cid else None

        def household() -> QDialog | None:
            from linju_desktop.store.reads import neighbourhood as reads

            homes = reads.households(ctx.store, open_) if open_ else []
            return forms.HouseholdDialog(ctx, open_, page, homes[0]) if homes else None

        return [
            ("new", lambda: forms.MatterDialog(ctx, None, page)),
            ("households", lambda: on(forms.HouseholdDialog, open_)),
            ("household", household),
            ("sharing", lambda: on(forms.SharingDialog, open_)),
            ("outcome", lambda: on(forms.OutcomeDialog, open_)),
            ("addendum", lambda: on(forms.AddendumDialog, closed)),
        ]
    if key == "settings":
        from linju_desktop.gui.pages.settings.groups_tab import GroupDialog

        return [("group", lambda: GroupDialog(ctx, None, page))]
    return []
