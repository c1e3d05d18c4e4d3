"""The tasks page's forms: publishing a task (five fields) and a volunteer's record (the
least personal data and the day they agreed to be recorded)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QVBoxLayout, QWidget

from linju_desktop.domain import volunteering as vrules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import bind, load_form
from linju_desktop.gui.pages.form_dialog import FormDialog
from linju_desktop.gui.widgets import GuardedDialog
from linju_desktop.services import volunteering as service
from linju_desktop.store.reads import neighbourhood as reads

VOLUNTEER_FIELDS = ("name", "phone", "building", "room", "employer")


class PublishDialog(GuardedDialog):
    """派单: activity, what exactly, date, place (or the errand's resident), places; Esc and
    Cancel ask before dropping what was typed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Publish a task"))
        lay = QVBoxLayout(self)
        form = load_form("tasks_publish.ui", self)
        lay.addWidget(form)
        bind(self, form, "item_box title_edit date_box place_edit places_box message buttons")
        service.ensure_library(ctx.store)
        for item in reads.activity_items(ctx.store):
            label = f"{vrules.category_label(item['category'])} · {item['name']}"
            self.item_box.addItem(label, item["id"])
        self.date_box.setDate(QDate(ctx.today()))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.task_id: str | None = None

    def save(self) -> None:
        errand = self.places_box.value() == 1
        place = self.place_edit.text()
        try:
            self.task_id = service.publish_task(
                self.ctx.store,
                item_id=self.item_box.currentData(),
                title=self.title_edit.text(),
                date=self.date_box.date().toPython(),
                place="" if errand else place,
                places=self.places_box.value(),
                kind="errand" if errand else "task",
                resident=place if errand else "",
            )
        except ValidationError as e:
            self.message.setText(str(e))
            return
        self.ctx.changed("tasks")
        self.accept()


class VolunteerDialog(FormDialog):
    """A new volunteer, or changes to one: name, kind, phone and where they live if they
    wish, the employer of a reporting member, the day they agreed to be recorded."""

    ui = "tasks_volunteer.ui"
    fallback = "name"

    def __init__(
        self, ctx: AppContext, volunteer_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.volunteer_id = volunteer_id
        current = ctx.store.get("volunteers", volunteer_id) if volunteer_id else None
        current = current or {}
        self.setWindowTitle(
            self.tr("Change the volunteer") if current else self.tr("New volunteer")
        )
        kinds = self.e["kind"]
        for code in vrules.VOLUNTEER_KINDS:
            kinds.addItem(vrules.kind_label(code), code)
        kinds.setCurrentIndex(max(0, kinds.findData(current.get("kind") or "resident")))
        for key in VOLUNTEER_FIELDS:
            self.e[key].setText(current.get(key) or "")
        consent = current.get("consent_date")
        self.e["consent_date"].setDate(
            QDate.fromString(consent, "yyyy-MM-dd") if consent else QDate(ctx.today())
        )
        # kept as they are: the form does not show them
        self.kept = {k: current.get(k) for k in ("member_id", "unit", "notes")}
        self.e["name"].setFocus()

    def save(self) -> None:
        fields = {key: self.e[key].text() for key in VOLUNTEER_FIELDS}
        fields |= {
            "kind": self.e["kind"].currentData(),
            "consent_date": self.e["consent_date"].date().toPython(),
            **self.kept,
        }
        store, vid = self.ctx.store, self.volunteer_id
        self.run(lambda: service.save_volunteer(store, fields, vid))

    def _saved(self, result: object) -> None:
        self.volunteer_id = str(result)
        super()._saved(result)
