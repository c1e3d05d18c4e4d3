"""派单任务: publish a task (five fields), record who takes it, finish it with each person's
hours, record the resident's rating. Points follow from the record; nobody is ranked: the
page lists tasks, and a person's figures only on their own printed record.

The volunteers table under the list changes with the task: while it is published, every
volunteer with a box to tick; once taken, the takers
with their hours (2 typed in for each, to change where needed), so finishing a task of six
volunteers is: choose it, type what was done, press 完成.

The list shows the newest tasks a page at a time (keyset paging, store/queries.page_after:
显示更多 reads the next page from the last row shown) and says how many there are; the
search box finds a task by its title, place, resident, number or a volunteer who took it.
The page's other forms: volunteers (people.py), the activity library and goods
(library.py), and an exchange of points for goods (exchange.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QVBoxLayout, QWidget

from linju_desktop.domain import tasks as rules
from linju_desktop.domain import volunteering as vrules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import bind, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.base import Page
from linju_desktop.gui.pages.empty import EmptyState
from linju_desktop.gui.pages.tasks.dialogs import PublishDialog
from linju_desktop.gui.pages.tasks.exchange import ExchangeDialog
from linju_desktop.gui.pages.tasks.library import LibraryDialog
from linju_desktop.gui.pages.tasks.people import VolunteersDialog
from linju_desktop.gui.print_button import add_print_button
from linju_desktop.gui.widgets import fit_columns
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.period import Period
from linju_desktop.services import volunteering as service
from linju_desktop.services.op_changes import OpChanges
from linju_desktop.store import queries
from linju_desktop.store.reads import neighbourhood as reads

TABLES = ("tasks", "task_takers", "service_hours", "volunteers", "activity_items")
DEFAULT_HOURS = "2"
PAGE = 200  # tasks read at a time (a year of a busy station)


class TasksPage(Page):
    key = "tasks"

    def title(self) -> str:
        return self.tr("Tasks")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        self.form = load_form("tasks_page.ui", self)
        lay.addWidget(self.form)
        bind(
            self,
            self.form,
            "search publish_button volunteers_button library_button exchange_button tasks shown "
            "more_button detail take_button result_edit complete_button rating_box rate_button "
            "people",
        )
        self.print_button = add_print_button(self, "tools")
        for code, label in rules.RATING_LABELS.items():
            self.rating_box.addItem(core_tr(label), code)
        # controls without a form label of their own: named for screen readers
        self.tasks.setAccessibleName(self.tr("Tasks"))
        self.people.setAccessibleName(self.tr("Volunteers"))
        self.result_edit.setAccessibleName(self.tr("What was done"))
        self.search.setAccessibleName(self.tr("Search tasks"))
        self.tasks.setColumnCount(6)
        self.tasks.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Date"), self.tr("Task"), self.tr("State"),
             self.tr("Volunteers"), self.tr("Place or resident")]
        )  # fmt: skip
        # the state before the place: at 200 % the columns after the task scroll out of sight
        self.people.setColumnCount(2)
        self.people.setHorizontalHeaderLabels([self.tr("Volunteer"), self.tr("Hours")])
        for table in (self.tasks, self.people):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        # No task yet: what to do and the button for it, in place of the empty tables.
        working = "tasks shown detail take_button result_edit complete_button "
        working += "rating_box rate_button people"
        self.empty = EmptyState(self.publish, [getattr(self, n) for n in working.split()])
        outer = self.form.layout()
        outer.insertWidget(outer.indexOf(self.tasks), self.empty, 1)
        self.rows: list[dict] = []
        self.query = queries.ListQuery("tasks", order_by="date", descending=True)
        self.cursor: queries.Cursor | None = None
        self.total = 0
        self.current: dict | None = None
        self.listed: list[str] = []  # volunteer ids of the people table's rows
        self.tasks.itemSelectionChanged.connect(self._show_task)
        self.publish_button.clicked.connect(self.publish)
        self.volunteers_button.clicked.connect(lambda: self._open(VolunteersDialog(ctx, self)))
        self.library_button.clicked.connect(lambda: self._open(LibraryDialog(ctx, self)))
        self.exchange_button.clicked.connect(lambda: self._open(ExchangeDialog(ctx, None, self)))
        self.more_button.clicked.connect(self.show_more)
        # the search follows typing, once it pauses
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.take_button.clicked.connect(self.take)
        self.complete_button.clicked.connect(self.complete)
        self.rate_button.clicked.connect(self.rate)
        ctx.ops_changed.connect(self._on_ops)
        ctx.data_changed.connect(lambda t: self.refresh() if t in ("", *TABLES) else None)
        self.refresh()

    def print_choices(self) -> list[tuple[str, Order | None]]:
        year = self.ctx.today().year
        return [
            (self.tr("List of tasks {year}").format(year=year), Order("tasks",
                                                                     period=Period.year(year))),
            (self.tr("Points and goods ledger {year}").format(year=year),
             Order("points", period=Period.year(year))),
        ]  # fmt: skip

    def self_test(self) -> None:
        from linju_desktop.gui.pages.tasks.dialogs import VolunteerDialog
        from linju_desktop.gui.pages.tasks.library import GoodsDialog, ItemDialog

        for make in (PublishDialog, VolunteersDialog, LibraryDialog, ExchangeDialog,
                     VolunteerDialog, ItemDialog, GoodsDialog):  # fmt: skip
            dlg = make(self.ctx, parent=self)
            dlg.show()
            dlg.done(QDialog.DialogCode.Rejected)
            dlg.deleteLater()

    def _on_ops(self, changes: OpChanges) -> None:
        if changes.touches(*TABLES):
            self.refresh()

    def refresh(self) -> None:
        """The list again from the top: as many rows as were shown (at least a page)."""
        keep = self.current["id"] if self.current else None
        self.query.search = self.search.text().strip()
        self.total = queries.count(self.ctx.store, self.query)
        self.rows, self.cursor = [], None
        self._read(max(PAGE, len(self.rows_shown())))
        self.tasks.blockSignals(True)
        self.tasks.setRowCount(0)
        self._add_rows(self.rows)
        self.tasks.blockSignals(False)
        index = next((i for i, t in enumerate(self.rows) if t["id"] == keep), -1)
        if index < 0 and self.rows:
            index = 0
        if index >= 0:
            self.tasks.selectRow(index)
        self._show_task()

    def rows_shown(self) -> list[int]:
        return list(range(self.tasks.rowCount()))

    def _read(self, n: int) -> list[dict]:
        """The next `n` tasks after the last one read (keyset: any depth costs the same)."""
        rows, self.cursor = queries.page_after(self.ctx.store, self.query, n, self.cursor)
        counts = reads.taker_counts(self.ctx.store, [t["id"] for t in rows])
        for t in rows:
            t["takers"] = counts.get(t["id"], 0)
        self.rows.extend(rows)
        return rows

    def show_more(self) -> None:
        start = len(self.rows)
        added = self._read(PAGE)
        self.tasks.blockSignals(True)
        self._add_rows(added)
        self.tasks.blockSignals(False)
        if added:
            self.tasks.scrollToItem(self.tasks.item(start, 0))

    def _add_rows(self, rows: list[dict]) -> None:
        start = self.tasks.rowCount()
        self.tasks.setRowCount(start + len(rows))
        for i, t in enumerate(rows, start):
            where = t["resident"] if t["kind"] == "errand" else t["place"]
            cells = [t["number"], t["date"], t["title"], rules.state_label(t["state"]),
                     f"{t['takers']} / {t['places']}", where or ""]  # fmt: skip
            for j, text in enumerate(cells):
                self.tasks.setItem(i, j, QTableWidgetItem(text))
        fit_columns(self.tasks)
        shown = len(self.rows)
        if self.query.search and not self.total:
            note = self.tr("No task matches “{text}”.").format(text=self.query.search)
        elif shown < self.total:
            note = self.tr("Showing the newest {shown} of {total} tasks.").format(
                shown=shown, total=self.total
            )
        else:
            note = self.tr("{total} tasks.").format(total=self.total)
        self.shown.setText(note)
        self.more_button.setVisible(shown < self.total)
        self.empty.show_when(
            not self.total and not self.query.search,
            self.tr(
                "No tasks yet. Publish the first: what is to be done, where and when, and how "
                "many volunteers it needs; volunteers added under Volunteers can then take it."
            ),
            self.tr("Publish the first task"),
        )

    def _show_task(self) -> None:
        row = self.tasks.currentRow()
        self.current = t = self.rows[row] if 0 <= row < len(self.rows) else None
        state = t["state"] if t else ""
        # more takers after the first are a later step; the service allows them already
        self.take_button.setEnabled(state == "published")
        self.complete_button.setEnabled(state == "taken")
        self.rate_button.setEnabled(state == "done")
        self.people.setRowCount(0)
        self.listed = []
        if t is None:
            self.detail.setText(self.tr("No task yet: publish one."))
            return
        self.detail.setText(f"{t['number']} {t['title']} — {rules.state_label(t['state'])}")
        takers = {k["volunteer_id"]: k["name"] for k in reads.takers(self.ctx.store, t["id"])}
        if state == "taken":
            self.people.setHorizontalHeaderLabels([self.tr("Volunteer"), self.tr("Hours")])
            for vid, name in takers.items():
                self._person_row(vid, name, DEFAULT_HOURS)
        elif state == "published":
            self.people.setHorizontalHeaderLabels([self.tr("Volunteer"), self.tr("Kind")])
            for v in reads.volunteers(self.ctx.store):
                self._person_row(v["id"], v["name"], vrules.kind_label(v["kind"]), check=True)
        elif state in ("done", "rated"):
            self.people.setHorizontalHeaderLabels([self.tr("Volunteer"), self.tr("Hours")])
            for h in reads.task_hours(self.ctx.store, t["id"]):
                self._person_row(h["volunteer_id"], h["name"], vrules.hours_text(h["minutes"]))

    def _person_row(self, vid: str, name: str, second: str, *, check: bool = False) -> None:
        i = self.people.rowCount()
        self.people.insertRow(i)
        first = QTableWidgetItem(name)
        first.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if check:
            first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Unchecked)
        self.people.setItem(i, 0, first)
        self.people.setItem(i, 1, QTableWidgetItem(second))
        self.listed.append(vid)
        fit_columns(self.people)

    # -- actions ---------------------------------------------------------------------------
    def publish(self) -> None:
        dlg = PublishDialog(self.ctx, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _open(self, dialog: QDialog) -> None:
        dialog.exec()
        self.refresh()  # a volunteer added or an activity changed shows in the lists

    def chosen(self) -> list[str]:
        return [
            vid
            for i, vid in enumerate(self.listed)
            if self.people.item(i, 0).checkState() == Qt.CheckState.Checked
        ]

    def take(self) -> None:
        t, people = self.current, self.chosen()
        if t is None:
            return
        self._run(lambda: service.take(self.ctx.store, t["id"], people))

    def complete(self) -> None:
        t = self.current
        if t is None:
            return
        hours = {vid: self.people.item(i, 1).text() for i, vid in enumerate(self.listed)}
        result = self.result_edit.text()
        self._run(lambda: service.complete(self.ctx.store, t["id"], result, hours,
                                           recorded_by="书记"))  # fmt: skip

    def rate(self) -> None:
        t, rating = self.current, self.rating_box.currentData()
        if t is None:
            return
        self._run(lambda: service.rate(self.ctx.store, t["id"], rating))

    def _run(self, call) -> None:  # type: ignore[no-untyped-def]
        run_op(self.ctx, lambda _p: call(), on_success=lambda _r: self.result_edit.clear(),
               on_failure=self._failed)  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        QMessageBox.warning(self, self.tr("Not saved"), str(exc))
