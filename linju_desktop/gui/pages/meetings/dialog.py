"""The meeting form: kind, date and who came (with the quorum), details, follow-ups and
photos; Finalise locks it, and addenda correct it after. The fixed layout is
ui/meetings_dialog.ui; this module fills it and runs the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import meetings as rules
from linju_desktop.domain import requests as request_rules
from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import bind, child, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.meetings import drafts, saving
from linju_desktop.gui.pages.meetings.addenda import Addenda
from linju_desktop.gui.pages.meetings.followups import FollowUps
from linju_desktop.gui.pages.meetings.photos import PhotoDrops
from linju_desktop.gui.pages.meetings.roster import RosterList
from linju_desktop.gui.widgets import GuardedDialog, confirm, set_style_state
from linju_desktop.services import attachments, branch
from linju_desktop.services import meetings as service
from linju_desktop.store import meeting_queries as q

# Where the list of non-member attendees of joint/neighbour meetings is kept: the
# meetings table has no column for it, so it is the first line of the minutes
# (which is also where it belongs on the printed record).
OTHERS_MARK = "参会人员（非党员）："
NO_TIME = QTime(0, 0)  # 00:00 stands for "not given": nobody meets at midnight
# The form's named widgets, bound as attributes of the dialog (quorum_label is "quorum").
WIDGETS = (
    "banner form type_box group_box date_box title_edit resident_count others "
    "attendance_head all_present_button counts_label roster_scroll start_hint filler "
    "details start_time end_time chair_box recorder_box followup_group followup_list "
    "followup_text request_box add_followup_button followup_message photo_group photo_list "
    "add_photo_button photo_hint photo_message addenda_group addenda_label addendum_text "
    "addendum_message add_addendum_button finalise_button save_button close_button"
)


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout:
    """The box layout (nested anywhere under `layout`) that holds `widget` directly."""
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        inner = layout.itemAt(i).layout()
        found = _layout_holding(inner, widget) if inner is not None else None
        if found is not None:
            return found
    return None  # type: ignore[return-value]


class MeetingDialog(PhotoDrops, FollowUps, Addenda, GuardedDialog):
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
        for message in (self.followup_message, self.photo_message, self.addendum_message):
            message.setVisible(False)
        self.roster = RosterList(self.update_quorum)
        self.roster_scroll.setWidget(self.roster)
        # the search box goes right above the roster, in whichever layout holds it
        column = _layout_holding(self.ui.layout(), self.roster_scroll)
        column.insertWidget(column.indexOf(self.roster_scroll), self.roster.search)
        self._fill_choices()
        self._connect()
        editors = self.findChildren(QPlainTextEdit) + self.findChildren(QLineEdit)
        self.watch_drops(editors)  # photos dropped on a text box go to the photos
        self.watch_drops([e.viewport() for e in editors if isinstance(e, QPlainTextEdit)])
        self.load()
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
            self.title_edit.setText(current["title"] or "")
            self._auto = False
            self.resident_count.setValue(current["resident_count"] or 0)
            minutes = current["minutes"] or ""
            others = ""
            if minutes.startswith(OTHERS_MARK):
                first, _nl, minutes = minutes.partition("\n")
                others = first[len(OTHERS_MARK) :]
            self.others.setPlainText(others.replace("、", "\n"))
            self._set_text("place", current["place"])
            self._set_text("agenda", current["agenda"])
            self._set_text("minutes", minutes)
            self._set_text("decisions", current["decisions"])
            self.start_time.setTime(self._time(current["start_time"]))
            self.end_time.setTime(self._time(current["end_time"]))
            roster = service.attendance(store, current["id"])
        else:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(self.kind)))
            roster = self._expected()
        self.type_box.blockSignals(False)
        self._show_type_rows()
        self.roster.set_rows(roster)
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

    @staticmethod
    def _time(value: str | None) -> QTime:
        t = QTime.fromString((value or "")[:5], "HH:mm")
        return t if t.isValid() else NO_TIME

    def _set_text(self, key: str, value: str | None) -> None:
        editor = self.details.editors[key]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        else:
            editor.setText(value or "")  # type: ignore[attr-defined]

    def _fill_people(self, current: dict | None) -> None:
        """Chair and recorder come from the roster (everyone when there is none)."""
        people = [(r.member_id, r.name) for r in self.roster.rows]
        if not people:
            people = [(m["id"], m["name"]) for m in q.active_people(self.ctx.store)]
        for box, key in ((self.chair_box, "chair_id"), (self.recorder_box, "recorder_id")):
            keep = current[key] if current else box.currentData()
            box.clear()
            box.addItem(self.tr("(choose)"), None)
            for pid, name in people:
                box.addItem(name, pid)
            if keep and box.findData(keep) < 0:
                box.addItem(q.member_name(self.ctx.store, keep) or "?", keep)
            box.setCurrentIndex(max(0, box.findData(keep)) if keep else 0)

    def _last_people(self, code: str) -> None:
        """Chair and recorder as at the last meeting of this kind: usually the same people."""
        for box, pid in zip(  # noqa: B905 - two boxes, two ids
            (self.chair_box, self.recorder_box), q.last_chair_recorder(self.ctx.store, code)
        ):
            if pid and box.findData(pid) >= 0:
                box.setCurrentIndex(box.findData(pid))

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

    def _expected(self) -> list[dict]:
        code = self.type_box.currentData()
        if not code:
            return []
        return service.expected_roster(self.ctx.store, code, self.group_box.currentData())

    def _reload_roster(self) -> None:
        self.roster.set_rows(self._expected())
        self._fill_people(None)

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

    # -- quorum -------------------------------------------------------------------------------------
    def update_quorum(self) -> None:
        code = self.type_box.currentData()
        rows = self.roster.attendance_rows()
        c = rules.counts(rows, [r["member_id"] for r in rows if r["status"] != "non_voting"])
        self.counts_label.setText(
            self.tr(
                "Expected {expected}, present {present}, absent {absent}, non-voting {non_voting}"
            ).format(
                expected=c.expected, present=c.present, absent=c.absent, non_voting=c.non_voting
            )
        )
        rule = rules.MEETING_TYPE_BY_CODE[code].quorum if code else None
        if rule is None or not rows:
            self.quorum_label.setVisible(False)
            self.quorum_met: bool | None = None
            return
        q_ = rules.quorum(code, rows)
        self.quorum_met = q_.met
        self.quorum_label.setVisible(True)
        # Colours and sizes: QLabel#quorum[quorum="met" | "not_met" | "none"] in the .qss.
        if q_.met is None:
            self.quorum_label.setText(self.tr("No full members with a vote on the list"))
            set_style_state(self.quorum_label, "quorum", "none")
            return
        values = {"present": q_.present_voting, "total": q_.total_voting, "required": q_.required}
        if q_.met:
            text = self.tr("Quorum reached: {present} present of {total} ({required} needed)")
        else:
            text = self.tr("Quorum NOT reached: {present} present of {total} ({required} needed)")
        self.quorum_label.setText(
            text.format(**values)
            + "\n"
            + self.tr("Counted: full members with a vote; probationary and non-voting do not count")
        )
        set_style_state(self.quorum_label, "quorum", "met" if q_.met else "not_met")

    # -- saving -------------------------------------------------------------------------------------
    def _fields(self) -> dict:
        def text(key: str) -> str:
            e = self.details.editors[key]
            return e.toPlainText().strip() if isinstance(e, QPlainTextEdit) else e.text().strip()  # type: ignore[attr-defined]

        def time(t: QTimeEdit) -> str | None:
            return None if t.time() == NO_TIME else t.time().toString("HH:mm:ss")

        code = self.type_box.currentData()
        minutes = text("minutes")
        resident_count = None
        if code in ("joint", "neighbour"):
            resident_count = self.resident_count.value() or None
            names = [n.strip() for n in self.others.toPlainText().splitlines() if n.strip()]
            if names:
                minutes = OTHERS_MARK + "、".join(names) + ("\n" + minutes if minutes else "")
        return {
            "title": self.title_edit.text().strip(),
            "date": self.date_box.date().toString("yyyy-MM-dd"),
            "start_time": time(self.start_time),
            "end_time": time(self.end_time),
            "place": text("place"),
            "chair_id": self.chair_box.currentData(),
            "recorder_id": self.recorder_box.currentData(),
            "agenda": text("agenda"),
            "minutes": minutes,
            "decisions": text("decisions"),
            "resident_count": resident_count,
        }

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

    # -- drafts: typing survives a crash -------------------------------------------------------
    def _draft_editors(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        found = {"title": self.title_edit, "others": self.others}
        found.update(
            {k: self.details.editors[k] for k in drafts.TEXTS if k in self.details.editors}
        )  # type: ignore[misc]
        return found

    def _draft_texts(self) -> dict[str, str]:
        return {
            k: e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()
            for k, e in self._draft_editors().items()
        }

    def _typed(self) -> None:
        if not self.is_final() and not self._draft_timer.isActive():
            self._draft_timer.start()

    def keep_draft(self) -> None:
        if self.is_dirty():
            drafts.write(self.ctx.store.data_dir, self.meeting_id, self._draft_texts())

    def _offer_draft(self) -> None:
        """Texts typed before a crash come back when the meeting is next opened."""
        data_dir = self.ctx.store.data_dir
        kept = drafts.read(data_dir, self.meeting_id)
        if not kept or self.is_final():
            return
        if kept == {k: v for k, v in self._draft_texts().items() if k in kept}:
            drafts.remove(data_dir, self.meeting_id)
            return
        if confirm(
            self,
            self.tr("Unsaved minutes found"),
            self.tr(
                "This meeting record has text that was typed but not saved (the program "
                "was closed unexpectedly). Restore it?"
            ),
        ):
            for key, editor in self._draft_editors().items():
                if key in kept:
                    if isinstance(editor, QPlainTextEdit):
                        editor.setPlainText(kept[key])
                    else:
                        editor.setText(kept[key])
        else:
            drafts.remove(data_dir, self.meeting_id)

    def _problems(self, fields: dict) -> list[Problem]:
        problems: list[Problem] = []
        if not self.type_box.currentData():
            problems.append(Problem("type", "Choose the kind of meeting"))
        problems += rules.check_attendance(self.roster.attendance_rows())
        start, end = fields["start_time"], fields["end_time"]
        problems += rules.check_times(
            dt.time.fromisoformat(start) if start else None,
            dt.time.fromisoformat(end) if end else None,
        )
        return problems

    def _show_problems(self, problems: list[Problem]) -> None:
        forms = (self.form, self.details)
        for form in forms:
            mine = [p for p in problems if p.field in form.messages]
            if mine:
                form.show_problems(mine)
            else:
                form.clear_messages()
        self.roster.show_problems(problems)
        other = [
            p
            for p in problems
            if not p.field.startswith("attendance[")
            and not any(p.field in f.messages for f in forms)
        ]
        if other:
            self.photo_message.setText("\n".join(p.text() for p in other))
            self.photo_message.setVisible(True)
        first = next((r for r in self.roster.rows if r.message.isVisible()), None)
        if first is not None and not any(p.field in f.messages for p in problems for f in forms):
            self.roster_scroll.ensureWidgetVisible(first.present)
            first.reason_box.setFocus()

    def _draft(self, finalise: bool) -> saving.Draft | None:
        """The form as a Draft to write, or None (problems shown) when it cannot be."""
        fields = self._fields()
        problems = self._problems(fields)
        if any(not p.warning for p in problems):
            self._show_problems(problems)
            return None
        code = self.type_box.currentData()
        return saving.Draft(
            meeting_id=self.meeting_id,
            code=code,
            day=self.date_box.date().toPython(),
            group_id=self.group_box.currentData() if code == "group" else None,
            fields=fields,
            rows=self.roster.attendance_rows(),
            loaded=[(r.status, r.reason) for r in self.roster.rows],
            followups=list(self.pending_followups),
            photos=list(self.pending_photos),
            finalise=finalise,
        )

    def _write(self, finalise: bool) -> None:
        """Write the form in one transaction off the UI thread; the buttons wait meanwhile."""
        draft = self._draft(finalise)
        if draft is None:
            return
        self._set_saving(True)
        store = self.ctx.store
        run_op(
            self.ctx,
            lambda _p: saving.write(store, draft),
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
