"""Registering a request: the fewest fields, from a Designer form (ui/requests_intake_dialog.ui).

Five fields (who, phone, address, what, category); where it came from is usually a visit,
so its choice waits folded under the fields, its title saying what it is now."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QComboBox, QGroupBox, QVBoxLayout, QWidget

from linju_desktop.domain import requests as rules
from linju_desktop.domain.address import parse_address
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.focus import after_fields
from linju_desktop.gui.pages.requests.common import category_label
from linju_desktop.gui.widgets import GuardedDialog
from linju_desktop.services import resident_requests as service
from linju_desktop.store import page_queries_people as people
from linju_desktop.store import page_queries_requests as queries


def _fill(box: QComboBox, items: list[tuple[str, str]], current: str | None = None) -> None:
    for key, label in items:
        box.addItem(label, key)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))


class IntakeDialog(GuardedDialog):
    """Register a request with the fewest fields; the branch sorts it out later."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id: str | None = None
        self.setObjectName("intake_dialog")
        form = load_form("requests_intake_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.setWindowTitle(form.windowTitle())
        self.resize(form.size())
        self.form = child(form, "fields")
        # One box for the flat: "3-2-501" or "3号楼2单元501" (domain/address.py reads it).
        self.address = child(form, "address")
        self.category = child(form, "category")
        _fill(self.category, [(c.code, category_label(c.code)) for c in rules.DEFAULT_CATEGORIES])
        self.category.setCurrentIndex(max(0, self.category.findData("other")))
        # The category follows what the description says until the secretary picks one.
        self._category_chosen = False
        self.category.activated.connect(self._choose_category)
        self.form.editors["description"].textChanged.connect(self._guess_category)
        self.more = child(form, "more_fields")
        self.more_box: QGroupBox = child(form, "more")  # type: ignore[assignment]
        self.more_box.toggled.connect(self.more.setVisible)
        self.more.setVisible(False)
        self.source = child(form, "source")
        _fill(self.source, [(k, core_tr(v)) for k, v in rules.SOURCES.items()], "visit")
        self.meeting = child(form, "meeting_id")
        self.meeting.addItem(self.tr("(none)"), None)
        _fill(
            self.meeting,
            [
                (m["id"], f"{m['date']} {m['title'] or ''}")
                for m in queries.recent_neighbour_meetings(ctx.store)
            ],
        )
        self.form.editors["resident"].setFocus()  # typing starts with who is asking
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        # Tab: the five fields, the fold, what it holds, then the buttons
        chain = [self.category, self.more_box, self.source, self.meeting]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        buttons = child(form, "buttons")
        after_fields(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def _choose_category(self) -> None:
        self._category_chosen = True

    def _guess_category(self) -> None:
        if self._category_chosen:
            return
        text = self.form.editors["description"].toPlainText()  # type: ignore[attr-defined]
        self.category.setCurrentIndex(max(0, self.category.findData(rules.guess_category(text))))

    def _source_changed(self) -> None:
        # The meeting link only matters for requests raised at a neighbour meeting.
        self.more.layout_.setRowVisible(
            self.more.labels["meeting_id"], self.source.currentData() == "neighbour_meeting"
        )
        self.more_box.setTitle(
            self.tr("Came by: {source}").format(source=self.source.currentText())
        )

    def save(self) -> None:
        if self.form.refuse_too_long():
            return
        neighbour = self.source.currentData() == "neighbour_meeting"
        store = self.ctx.store
        flat = parse_address(self.address.text())
        values = {
            "resident": self.form.editors["resident"].text(),
            "contact": self.form.editors["contact"].text(),
            "building": flat.building,
            "unit": flat.unit,
            "room": flat.room,
            "category": self.category.currentData() or "other",
            "description": self.form.editors["description"].toPlainText(),  # type: ignore[attr-defined]
            "source": self.source.currentData() or "",
            "meeting_id": self.meeting.currentData() if neighbour else None,
            "actor": people.secretary_name(store),
        }

        def call(_progress: object) -> dict:
            return service.get(store, service.register_request(store, **values))

        run_op(self.ctx, call, self._registered, self._refused)

    def _registered(self, req: dict) -> None:
        self.request_id = req["id"]
        self.ctx.status.emit(self.tr("Request {number} registered").format(number=req["number"]))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        mine = [p for p in exc.problems if p.field not in self.more.editors]
        self.form.show_problems(mine, fallback="description")
        if len(mine) < len(exc.problems):
            self.more_box.setChecked(True)
            self.more.show_problems([p for p in exc.problems if p.field in self.more.editors])
