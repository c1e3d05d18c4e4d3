"""The forms of a consultation: the matter, its households (one by one; a sheet is imported
from the page), the outcome with closing, and an addendum to a closed one. Each form asks;
the service decides (gui/operations.run_op), and a refusal is shown at its field."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem, QWidget

from linju_desktop.domain import consultations as rules
from linju_desktop.domain.meetings import type_label
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child
from linju_desktop.gui.pages.form_dialog import FormDialog
from linju_desktop.gui.widgets import confirm
from linju_desktop.services import consultations as service
from linju_desktop.store.reads import meetings as meeting_reads


class MatterDialog(FormDialog):
    """A new matter, or changes to an open one: title, kind (its rule shown), building, unit,
    and the neighbour or joint meetings where it was discussed."""

    ui = "consultations_matter.ui"
    fallback = "title"

    def __init__(
        self, ctx: AppContext, consultation_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.consultation_id = consultation_id
        current = service.get(ctx.store, consultation_id) if consultation_id else {}
        self.setWindowTitle(self.tr("Change the matter") if current else self.tr("New matter"))
        box = self.e["matter"]
        for code in rules.MATTERS:
            box.addItem(rules.matter_label(code), code)
        box.setCurrentIndex(max(0, box.findData(current.get("matter") or "lift")))
        for key in ("title", "building", "unit"):
            self.e[key].setText(current.get(key) or "")
        self.rule = child(self.form_widget, "rule")
        box.currentIndexChanged.connect(self._show_rule)
        self._show_rule()
        self.meetings: QListWidget = child(self.form_widget, "meetings")  # type: ignore[assignment]
        self._fill_meetings(set(json.loads(current.get("meeting_ids") or "[]")))
        self.e["title"].setFocus()

    def _fill_meetings(self, linked: set[str]) -> None:
        since = self.ctx.today() - dt.timedelta(days=730)
        shown = meeting_reads.discussion_meetings(self.ctx.store, since)
        # a link made earlier stays listed (and can be undone) however old the meeting
        shown += [m for m in meeting_reads.by_ids(self.ctx.store, linked) if m not in shown]
        for m in shown:
            label = f"{m['date']}  {type_label(m['type'])}  {m['title'] or ''}"
            item = QListWidgetItem(label.strip(), self.meetings)
            item.setData(Qt.ItemDataRole.UserRole, m["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = m["id"] in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if not shown:
            QListWidgetItem(self.tr("No neighbour or joint meeting recorded yet."), self.meetings)

    def linked_meetings(self) -> list[str]:
        items = [self.meetings.item(i) for i in range(self.meetings.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked and i.data(Qt.ItemDataRole.UserRole)
        ]

    def _show_rule(self) -> None:
        matter = self.e["matter"].currentData()
        self.rule.setText(
            self.tr("The rule: {participation}; {agreement}.").format(
                participation=rules.participation_text(),
                agreement=rules.rule_text(matter),
            )
        )

    def save(self) -> None:
        fields = {
            "title": self.e["title"].text(),
            "matter": self.e["matter"].currentData(),
            "building": self.e["building"].text(),
            "unit": self.e["unit"].text(),
            "meeting_ids": self.linked_meetings(),
        }
        store, cid = self.ctx.store, self.consultation_id
        self.run(lambda: service.save_consultation(store, fields, cid))


class HouseholdDialog(FormDialog):
    """Households one after another: 保存 adds one and clears the form for the next. Given
    a household, the form corrects it instead, and can remove one listed by mistake."""

    ui = "consultations_household.ui"
    fallback = "room"

    def __init__(
        self,
        ctx: AppContext,
        consultation_id: str,
        parent: QWidget | None = None,
        household: dict | None = None,
    ):
        super().__init__(ctx, parent)
        self.consultation_id = consultation_id
        self.household = household
        c = service.get(ctx.store, consultation_id)
        self.setWindowTitle(self.tr("Households of “{title}”").format(title=c["title"]))
        self.added_label = child(self.form_widget, "added")
        self.added: list[str] = []
        if household:
            self.e["room"].setText(household["room"])
            self.e["floor"].setValue(int(household["floor"]))
            self.e["area"].setText(rules.area_text(int(household["area"])))
            self.e["owner"].setText(household["owner"] or "")
            self.remove_button = self.buttons.addButton(
                self.tr("Remove this household"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.clicked.connect(self.remove)
        self.e["room"].setFocus()

    def save(self) -> None:
        store, cid = self.ctx.store, self.consultation_id
        room, floor = self.e["room"].text(), self.e["floor"].value()
        area, owner = self.e["area"].text(), self.e["owner"].text()
        hid = self.household["id"] if self.household else None
        self.run(
            lambda: service.add_household(store, cid, room, floor, area, owner, hid),
            None if hid else (lambda new_id: self._added(new_id, room.strip())),
        )

    def remove(self) -> None:
        assert self.household is not None
        text = self.tr("Remove room {room} from this consultation, with its vote if any?")
        if not confirm(self, self.windowTitle(), text.format(room=self.household["room"])):
            return
        store, cid, hid = self.ctx.store, self.consultation_id, self.household["id"]
        self.run(lambda: service.remove_household(store, cid, hid))

    def _added(self, household_id: str, room: str) -> None:
        self.added.append(household_id)
        self.added_label.setText(
            self.tr("Room {room} added ({n} this time). Type the next, or close.").format(
                room=room, n=len(self.added)
            )
        )
        for key in ("room", "area", "owner"):
            self.e[key].clear()
        self.e["room"].setFocus()


class OutcomeDialog(FormDialog):
    """The outcome on a date; with 关闭 ticked the consultation becomes read-only."""

    ui = "consultations_outcome.ui"
    fallback = "outcome"

    def __init__(self, ctx: AppContext, consultation_id: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.consultation_id = consultation_id
        c = service.get(ctx.store, consultation_id)
        self.setWindowTitle(self.tr("Outcome of “{title}”").format(title=c["title"]))
        t = service.tally(ctx.store, consultation_id)
        box = self.e["outcome"]
        for code in rules.OUTCOMES:
            box.addItem(rules.outcome_label(code), code)
        chosen = c.get("outcome") or ("approved" if t.passes else "rejected")
        box.setCurrentIndex(max(0, box.findData(chosen)))
        self.e["outcome_date"].setDate(QDate(ctx.today()))
        child(self.form_widget, "tally").setText(
            self.tr("The votes: agree {a}, disagree {d}, abstain {b}, not voted {n}; {verdict}.")
            .format(a=t.agree, d=t.disagree, b=t.abstain, n=t.not_voted,
                    verdict=self.tr("it passes") if t.passes else self.tr("it does not pass"))
        )  # fmt: skip
        box.setFocus()

    def save(self) -> None:
        store, cid = self.ctx.store, self.consultation_id
        outcome = self.e["outcome"].currentData()
        day = self.e["outcome_date"].date().toPython()
        close_now = self.e["close"].isChecked()
        self.run(lambda: service.record_outcome(store, cid, outcome, day, close_now=close_now))


class AddendumDialog(FormDialog):
    """An addendum: how a closed consultation is corrected or added to."""

    ui = "consultations_addendum.ui"
    fallback = "text"

    def __init__(self, ctx: AppContext, consultation_id: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.consultation_id = consultation_id
        c = service.get(ctx.store, consultation_id)
        self.setWindowTitle(self.tr("Addendum to “{title}”").format(title=c["title"]))
        self.e["text"].setFocus()

    def save(self) -> None:
        store, cid = self.ctx.store, self.consultation_id
        text = self.e["text"].toPlainText()
        self.run(lambda: service.add_addendum(store, cid, text, "书记"))
