"""The meeting form: kind, date and who came (with the quorum), details, follow-ups and
photos; Finalise locks it, and addenda correct it after. The fixed layout is
ui/meetings_dialog.ui; this module fills it and runs the form, its parts live beside it
(attendance, minutes, followups, photos, addenda) and what Save writes is the service's
(services/meetings.save_form)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import meetings as rules
from linju_desktop.domain import requests as request_rules
from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import available, bind, child, load_form
from linju_desktop.gui.messages import FILE_MESSAGE, clear_on_edit, kept_in_place_of
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.meetings import drafts
from linju_desktop.gui.pages.meetings.addenda import Addenda
from linju_desktop.gui.pages.meetings.attendance import Attendance
from linju_desktop.gui.pages.meetings.followups import FollowUps
from linju_desktop.gui.pages.meetings.minutes import NO_TIME, Minutes
from linju_desktop.gui.pages.meetings.photos import PhotoDrops
from linju_desktop.gui.photos import with_smaller_photos
from linju_desktop.gui.widgets import GuardedDialog, confirm, set_style_state
from linju_desktop.services import attachments, branch
from linju_desktop.services import meetings as service
from linju_desktop.store import meeting_queries as q

# The form's named widgets, bound as attributes of the dialog (quorum_label is "quorum").
WIDGETS = (
    "banner form type_box group_box date_box title_edit resident_count others "
    "attendance_head all_present_button counts_label roster_scroll start_hint filler "
    "details start_time end_time chair_box recorder_box followup_group followup_list "
    "followup_text request_box add_followup_button followup_message photo_group photo_list "
    "add_photo_button photo_hint keep_originals photo_message addenda_group addenda_label "
    "addendum_text addendum_message add_addendum_button finalise_button save_button close_button"
)


class MeetingDialog(Attendance, Minutes, PhotoDrops, FollowUps, Addenda, GuardedDialog):
    """Record one meeting. Nothing is written until Save; a final record is read-only."""

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: str | None,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
    ):
        """kind: a new meeting of this kind, filled in (date, roster, last chair and
        recorder) as the home page's reminder opens it."""
        super().__init__(parent)
        self.ctx, self.meeting_id, self.kind = ctx, meeting_id, kind
        self.setObjectName("meeting_dialog")
        self.setAcceptDrops(True)
        self.pending_photos: list[Path] = []
        self.pending_followups: list[tuple[str, str | None]] = []
        self._saving = False
        # The texts are kept on disk a few seconds after typing stops (drafts.py).
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(drafts.INTERVAL_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.groups = branch.party_groups(ctx.store)
        self.resize(1240, 820)
        self.setMinimumSize(1000, 640)
        self.ui = load_form("meetings_dialog.ui", self)
        QVBoxLayout(self).addWidget(self.ui)
        bind(self, self.ui, WIDGETS)
        self.quorum_label = child(self.ui, "quorum")
        # Messages come and go in space kept for them, so the fields below never move; an
        # error goes as soon as its box is edited (messages.py).
        self.followup_message = kept_in_place_of(self.followup_message)
        self.photo_message = kept_in_place_of(self.photo_message, FILE_MESSAGE)
        self.addendum_message = kept_in_place_of(self.addendum_message)
        for message in (self.followup_message, self.photo_message, self.addendum_message):
            message.setVisible(False)
        # the size limit is said before a photo is chosen (as for receipts)
        limit = self.tr(
            "At most {mb} MB a photo; large photos are made smaller unless you keep the originals."
        )
        self.photo_hint.setText(f"{self.photo_hint.text()}\n{limit.format(mb=attachments.MAX_MB)}")
        self.photo_hint.setWordWrap(True)
        clear_on_edit(self.followup_text, self.followup_message)
        clear_on_edit(self.addendum_text, self.addendum_message)
        self._place_roster(self.ui.layout())
        self._fill_choices()
        self._connect()
        editors = self.findChildren(QPlainTextEdit) + self.findChildren(QLineEdit)
        self.watch_drops(editors)  # photos dropped on a text box go to the photos
        self.watch_drops([e.viewport() for e in editors if isinstance(e, QPlainTextEdit)])
        self.load()
        # the form's margins and the outer scroll bar take about 80 px of the screen
        columns = self.ui.findChild(QBoxLayout, "columns")
        if columns is not None:
            self._stack_if_narrow(columns, available(self).width() - 80)
        for editor in self._draft_editors().values():
            editor.textChanged.connect(self._typed)
        self._offer_draft()

    def _fill_choices(self) -> None:
        self.type_box.addItem(self.tr("(choose)"), None)
        for t in rules.MEETING_TYPES:
            self.type_box.addItem(rules.type_label(t.code), t.code)
        for g in self.groups:
            self.group_box.addItem(g["name"], g["id"])
        self.date_box.setDate(QDate(self.ctx.today()))
        for t in (self.start_time, self.end_time):
            t.setTime(NO_TIME)
        self.request_box.addItem(self.tr("(not linked to a resident request)"), None)
        for r in q.open_requests(self.ctx.store, request_rules.OPEN_STATES):
            text = f"{r['number']} {r['resident']}：{(r['description'] or '')[:24]}"
            self.request_box.addItem(text, r["id"])

    def _connect(self) -> None:
        self.all_present_button.clicked.connect(lambda: self.roster.all_present())
        self.add_followup_button.clicked.connect(self.add_followup)
        self.add_photo_button.clicked.connect(self.choose_photos)
        self.photo_list.itemDoubleClicked.connect(self._open_photo)
        self.add_addendum_button.clicked.connect(self.add_addendum)
        self.finalise_button.clicked.connect(self.finalise)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.group_box.currentIndexChanged.connect(self._group_changed)
        self.date_box.dateChanged.connect(lambda _d: self._auto_title())

    # -- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        """Fill the form from the store (or with a new meeting's defaults)."""
        store = self.ctx.store
        current = store.get("meetings", self.meeting_id) if self.meeting_id else None
        self.current = current
        self.pending_photos, self.pending_followups = [], []
        self._auto = True
        self.type_box.blockSignals(True)
        if current:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(current["type"])))
            self.date_box.setDate(QDate.fromString(current["date"], "yyyy-MM-dd"))
            self._load_texts(current)
            self._auto = False
            roster = service.attendance(store, current["id"])
        else:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(self.kind)))
            roster = self._expected()
        self.type_box.blockSignals(False)
        self._show_type_rows()
        self._set_roster(roster)
        self._fill_people(current)
        if current is None and self.kind:
            self._auto_title()
            self._last_people(self.kind)
        self._load_lists()
        self.setWindowTitle(
            self.tr("Meeting: {title}").format(title=current["title"])
            if current
            else self.tr("New meeting")
        )
        self._apply_mode()
        self.mark_clean()

    def _load_lists(self) -> None:
        self.followup_list.clear()
        self.photo_list.clear()
        self.addenda_label.clear()
        if not self.meeting_id:
            return
        store = self.ctx.store
        for f in q.followups(store, self.meeting_id):
            self._add_followup_item(f["text"], f["number"])
        for a in attachments.list_for(store, "meetings", self.meeting_id):
            self._add_photo_item(attachments.blob_path(store, a["sha256"]), a["filename"])
        self._load_addenda()

    def _photos_queued(self, n: int) -> None:
        self.ctx.status.emit(self.tr("%n photo(s) will be kept when you save", "", n))

    # -- mode and type -------------------------------------------------------------------------------
    def is_final(self) -> bool:
        return bool(self.current and self.current["status"] == "final")

    def _apply_mode(self) -> None:
        final, new = self.is_final(), self.meeting_id is None
        editable = not final
        # Kind and group fix the roster: chosen once, when the record is made.
        self.type_box.setEnabled(new)
        self.group_box.setEnabled(new)
        for w in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            if w is not self.addendum_text and not isinstance(w.parent(), QAbstractSpinBox):
                w.setReadOnly(final)  # read-only keeps the text dark and selectable
        for w in (
            self.date_box,
            self.resident_count,
            self.start_time,
            self.end_time,
            self.chair_box,
            self.recorder_box,
            self.request_box,
            self.add_followup_button,
            self.add_photo_button,
            self.all_present_button,
            self.save_button,
            self.finalise_button,
        ):
            w.setEnabled(editable)
        self.followup_text.setEnabled(editable)
        self.roster.set_editable(editable)
        self.photo_hint.setVisible(editable)
        self.keep_originals.setVisible(editable)
        self.save_button.setVisible(editable)
        self.finalise_button.setVisible(editable)
        self.close_button.setText(self.tr("Close") if final else self.tr("Cancel"))
        if final:
            self.close_button.setFocus()
        elif new and self.kind:
            self.roster.search.setFocus()  # filled in: what is left is who did not come
        self.addenda_group.setVisible(final)
        self.banner.setVisible(final)
        # Disabled fields are grey by default, too faint to read a final record by: the
        # style sheets darken them under QDialog#meeting_dialog[final="true"].
        set_style_state(self, "final", final, deep=True)
        if final:
            when = (self.current or {}).get("finalised_at") or ""
            self.banner.setText(
                self.tr(
                    "This record was finalised on {date} and can no longer be changed. "
                    "To correct or add something, write an addendum below."
                ).format(date=when[:10])
            )

    def _show_type_rows(self) -> None:
        code = self.type_box.currentData()
        has_roster = code not in (None, "joint", "neighbour")
        lay = self.form.layout_
        lay.setRowVisible(self.form.labels["party_group"], code == "group" and bool(self.groups))
        lay.setRowVisible(self.form.labels["resident_count"], code in ("joint", "neighbour"))
        lay.setRowVisible(self.form.labels["others"], code in ("joint", "neighbour"))
        self.roster_scroll.setVisible(has_roster)
        self.all_present_button.setVisible(has_roster)
        self.counts_label.setVisible(has_roster)
        self.roster.search.setVisible(has_roster)
        self.attendance_head.setVisible(has_roster)
        self.filler.setVisible(not has_roster)
        self.start_hint.setVisible(code is None)

    def _type_changed(self) -> None:
        self._show_type_rows()
        self._reload_roster()
        self._auto_title()

    def _group_changed(self) -> None:
        if self.meeting_id is None:
            self._reload_roster()
            self._auto_title()

    def _auto_title(self) -> None:
        """The title follows kind, group and date until the user writes their own."""
        if not self._auto and self.title_edit.isModified():
            return
        if self.meeting_id is not None and not self._auto:
            return
        code = self.type_box.currentData()
        if not code:
            self.title_edit.clear()
            return
        day = self.date_box.date().toPython()
        name = rules.MEETING_TYPE_BY_CODE[code].name
        group = self.group_box.currentText()
        if code == "group" and group:
            # "1号楼党小组" + "会", not "1号楼党小组党小组会"
            name = group + ("会" if group.endswith("党小组") else name)
        self.title_edit.setText(f"{day:%Y年%m月%d日}{name}")
        self.title_edit.setModified(False)

    # -- saving -------------------------------------------------------------------------------------
    def _state(self) -> object:
        rows = [(r["member_id"], r["status"], r["reason"]) for r in self.roster.attendance_rows()]
        return (
            self.type_box.currentData(),
            self._fields(),
            rows,
            list(self.pending_photos),
            list(self.pending_followups),
        )

    def form_state(self) -> object:
        return self._state()

    def is_dirty(self) -> bool:
        return not self.is_final() and super().is_dirty()

    def _show_problems(self, problems: list[Problem]) -> None:
        forms = (self.form, self.details)
        for form in forms:
            mine = [p for p in problems if p.field in form.messages]
            if mine:
                form.show_problems(mine)
            else:
                form.clear_messages()
        other = [
            p
            for p in problems
            if not p.field.startswith("attendance[")
            and not any(p.field in f.messages for f in forms)
        ]
        if other:
            self.photo_message.setText("\n".join(p.text() for p in other))
            self.photo_message.setVisible(True)
        in_fields = any(p.field in f.messages for p in problems for f in forms)
        self._show_roster_problems(problems, focus=not in_fields)

    def _collect(self, finalise: bool) -> service.MeetingForm | None:
        """The form as the service takes it, or None (problems shown) when the service
        says at once that it cannot be saved."""
        code = self.type_box.currentData()
        form = service.MeetingForm(
            meeting_id=self.meeting_id,
            code=code,
            day=self.date_box.date().toPython(),
            group_id=self.group_box.currentData() if code == "group" else None,
            fields=self._fields(),
            rows=self.roster.attendance_rows(),
            loaded=[(r.status, r.reason) for r in self.roster.rows],
            followups=list(self.pending_followups),
            photos=list(self.pending_photos),
            finalise=finalise,
        )
        problems = service.check_form(form)
        if any(not p.warning for p in problems):
            self._show_problems(problems)
            return None
        return form

    def _write(self, finalise: bool) -> None:
        """One service call in one transaction off the UI thread (large photos made smaller
        first, unless the originals are wanted); the buttons wait meanwhile."""
        form = self._collect(finalise)
        if form is None:
            return
        self._set_saving(True)
        store, keep = self.ctx.store, self.keep_originals.isChecked()
        run_op(
            self.ctx,
            lambda _p: with_smaller_photos(
                form.photos,
                keep,
                lambda files: service.save_form(store, replace(form, photos=files)),
            ),
            lambda mid: self._written(mid, finalise),
            self._refused,
        )

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        for b in (self.save_button, self.finalise_button, self.close_button):
            b.setEnabled(not on)

    def _written(self, mid: str, finalised: bool) -> None:
        self._set_saving(False)
        self._draft_timer.stop()
        drafts.remove(self.ctx.store.data_dir, self.meeting_id)
        self.meeting_id = mid
        if finalised:
            self.ctx.status.emit(self.tr("Meeting record finalised"))
            self.load()  # show it as it now is: read-only, with addenda
        else:
            self.ctx.status.emit(self.tr("Meeting saved"))
            self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        if not isinstance(exc, ValidationError):
            raise exc
        self._show_problems(exc.problems)

    def save(self) -> None:
        if not self._future_ok():
            return
        self._write(finalise=False)

    def _future_ok(self) -> bool:
        day = self.date_box.date().toPython()
        if day <= self.ctx.today() or self.is_final():
            return True
        if confirm(
            self,
            self.tr("A date in the future"),
            self.tr("The meeting is dated {date}, after today. Save it anyway?").format(
                date=day.isoformat()
            ),
        ):
            return True
        self.date_box.setFocus()
        return False

    def finalise(self) -> None:
        if not self._future_ok():
            return
        if not confirm(
            self,
            self.tr("Finalise the record"),
            self.tr(
                "After finalising, this record can no longer be edited; corrections can "
                "only be added as addenda.\n\nFinalise it now?"
            ),
        ):
            return
        self._write(finalise=True)

    def reject(self) -> None:
        if self._saving:
            return  # the save decides: it closes the form or shows what was refused
        super().reject()  # asks first when something changed (GuardedDialog)
        if not self.isVisible():
            self._draft_timer.stop()
            drafts.remove(self.ctx.store.data_dir, self.meeting_id)  # discarded on purpose
