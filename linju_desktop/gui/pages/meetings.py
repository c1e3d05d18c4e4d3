"""会议记录: the list of meetings and the meeting form (attendance, quorum, minutes,
follow-ups, photos, finalising and addenda)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QMimeData, QObject, QSize, Qt, QTime, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import meetings as rules
from linju_desktop.domain import requests as request_rules
from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.models import Column
from linju_desktop.gui.pages.base import ListPage
from linju_desktop.gui.widgets import (
    ERROR_STYLE,
    FieldForm,
    big_button,
    combo,
    confirm,
    date_edit,
    inform,
    line_edit,
)
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.period import Period
from linju_desktop.services import attachments, branch
from linju_desktop.services import meetings as service

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")
THUMB = 120
# Where the list of non-member attendees of joint/neighbour meetings is kept: the
# meetings table has no column for it, so it is the first line of the minutes
# (which is also where it belongs on the printed record).
OTHERS_MARK = "参会人员（非党员）："
# "Other" needs a written note (domain rule) that attendance rows cannot store yet.
REASONS = {k: v for k, v in rules.ABSENCE_REASONS.items() if k != "other"}
NO_TIME = QTime(0, 0)


def image_paths(mime: QMimeData) -> list[Path]:
    """Local image files carried by a drag (other files and web links are ignored)."""
    if not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
                out.append(path)
    return out


def thumbnail(path: Path) -> QIcon:
    # QImageReader decodes JPEGs straight at the small size: fast even for phone photos.
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > THUMB or size.height() > THUMB):
        reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


# -- the list ---------------------------------------------------------------------------------


class MeetingsPage(ListPage):
    key = "meetings"
    table = "meetings"

    def title(self) -> str:
        return self.tr("Meetings")

    def print_choices(self) -> list[tuple[str, Order | None]]:
        row = self.selected_row()
        year = self.ctx.today().year
        record = Order("meeting", ident=row["id"]) if row else None
        label = (
            self.tr("Minutes of “{title}”").format(title=row["title"])
            if row
            else self.tr("Minutes of the selected meeting (select one first)")
        )
        return [
            (label, record),
            (
                self.tr("Register of meetings {year}").format(year=year),
                Order("meetings", period=Period.year(year)),
            ),
            (
                self.tr("Register of meetings {year}").format(year=year - 1),
                Order("meetings", period=Period.year(year - 1)),
            ),
        ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.search_placeholder = self.tr("Search titles, places, agendas and minutes")
        super().__init__(ctx, parent)

    def columns(self) -> list[Column]:
        return [
            Column("date", lambda: self.tr("Date"), sort_by="date", width=115),
            Column(
                "type",
                lambda: self.tr("Kind"),
                lambda r: (
                    rules.type_label(r["type"]) if r["type"] in rules.MEETING_TYPE_BY_CODE else ""
                ),
                "type",
                width=160,
            ),
            Column("title", lambda: self.tr("Title"), sort_by="title", width=240),
            Column("place", lambda: self.tr("Place"), sort_by="place", width=150),
            Column(
                "attendance", lambda: self.tr("Present / expected"), self._attendance, width=110
            ),
            Column("quorum", lambda: self.tr("Quorum"), self._quorum, width=100),
            Column(
                "status",
                lambda: self.tr("Status"),
                lambda r: core_tr(rules.MINUTES_STATUSES.get(r["status"] or "", "")),
                "status",
                width=90,
            ),
            Column(
                "photos", lambda: self.tr("Photos"), lambda r: r["_photos"] or "", align_right=True
            ),
        ]

    def _attendance(self, r: dict) -> str:
        if r["_expected"]:
            return f"{r['_present']} / {r['_expected']}"
        if r["resident_count"]:
            return self.tr("{n} residents").format(n=r["resident_count"])
        return "—"

    def _quorum(self, r: dict) -> str:
        met = r["_quorum"]
        return "—" if met is None else (self.tr("Yes") if met else self.tr("No"))

    def default_order(self) -> tuple[str, bool]:
        return ("date", True)

    def decorate(self, rows: list[dict]) -> None:
        # One grouped query for the whole fetched page: attendance counts, voting
        # members for the quorum, and photo counts.
        ids = [r["id"] for r in rows]
        marks = ", ".join("?" * len(ids))
        stats = {
            s["id"]: s
            for s in self.ctx.store.rows(
                f"""SELECT t.id AS id, a.expected, a.present, a.voting, a.voting_present,
                       p.photos
                FROM meetings t
                LEFT JOIN (
                    SELECT a.meeting_id,
                           sum(a.status != 'non_voting') AS expected,
                           sum(a.status = 'present') AS present,
                           sum(m.member_kind = 'full' AND a.status != 'non_voting') AS voting,
                           sum(m.member_kind = 'full' AND a.status = 'present') AS voting_present
                    FROM attendance a LEFT JOIN members m ON m.id = a.member_id
                    WHERE a.deleted = 0 AND a.meeting_id IN ({marks})
                    GROUP BY a.meeting_id
                ) a ON a.meeting_id = t.id
                LEFT JOIN (
                    SELECT owner_id, count(*) AS photos FROM attachments
                    WHERE owner_table = 'meetings' AND deleted = 0 AND owner_id IN ({marks})
                    GROUP BY owner_id
                ) p ON p.owner_id = t.id
                WHERE t.id IN ({marks})""",
                [*ids, *ids, *ids],
            )
        }
        for r in rows:
            s = stats.get(r["id"], {})
            r["_expected"] = s.get("expected") or 0
            r["_present"] = s.get("present") or 0
            r["_photos"] = s.get("photos") or 0
            voting, present = s.get("voting") or 0, s.get("voting_present") or 0
            r["_quorum"] = None
            if r["type"] in rules.MEETING_TYPE_BY_CODE:
                # The domain rule decides, fed with counts instead of rows.
                fake = [{"member_kind": "full", "status": "present"}] * present + [
                    {"member_kind": "full", "status": "absent"}
                ] * (voting - present)
                r["_quorum"] = rules.quorum(r["type"], fake).met

    def build_actions(self) -> None:
        self.actions_row.addWidget(
            big_button(
                self.tr("New meeting"),
                self.tr("Record a meeting: kind and date first, then who came"),
                self.new_meeting,
                primary=True,
            )
        )
        self.actions_row.addStretch(1)
        self.add_filter(
            "type",
            self.tr("Kind"),
            [(t.code, rules.type_label(t.code)) for t in rules.MEETING_TYPES],
        )
        years = [
            (r["y"], r["y"])
            for r in self.ctx.store.rows(
                "SELECT DISTINCT substr(date, 1, 4) AS y FROM meetings "
                "WHERE deleted = 0 AND date IS NOT NULL ORDER BY y DESC"
            )
        ]
        self.add_filter("year", self.tr("Year"), years)
        self.add_filter(
            "status",
            self.tr("Status"),
            [(k, core_tr(v)) for k, v in rules.MINUTES_STATUSES.items()],
        )
        self.filter_row.addStretch(1)

    def activate(self, row: dict) -> None:
        MeetingDialog(self.ctx, row["id"], self).exec()

    def open_record(self, table: str, row_id: str) -> None:
        if table == "meetings":
            self.select_id(row_id)
            MeetingDialog(self.ctx, row_id, self).exec()

    def new_meeting(self) -> None:
        MeetingDialog(self.ctx, None, self).exec()

    def self_test(self) -> None:
        dlg = MeetingDialog(self.ctx, None, self)
        dlg.show()
        dlg.type_box.setCurrentIndex(dlg.type_box.findData("branch_assembly"))
        dlg.date_box.setDate(QDate(self.ctx.today()))
        dlg.done(QDialog.DialogCode.Rejected)  # no "discard changes?" question
        row = self.selected_row() or (self.model.row(0) if self.model.rowCount() else None)
        if row:
            edit = MeetingDialog(self.ctx, row["id"], self)
            edit.show()
            edit.done(QDialog.DialogCode.Rejected)


# -- attendance checklist ------------------------------------------------------------------------


@dataclass
class RosterRow:
    member_id: str
    name: str
    member_kind: str
    status: str  # as loaded: the dialog writes only rows that changed
    reason: str | None
    present: QCheckBox
    reason_box: QComboBox
    non_voting: QCheckBox
    message: QLabel

    def current(self) -> tuple[str, str | None]:
        if self.non_voting.isChecked():
            return "non_voting", None
        if self.present.isChecked():
            return "present", None
        return "absent", self.reason_box.currentData()


class RosterList(QWidget):
    """Everyone expected, ticked as present; untick for absent and pick the reason."""

    def __init__(self, on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_change = on_change
        self.rows: list[RosterRow] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 4, 6, 4)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(4, 1)
        self.grid.setColumnMinimumWidth(2, 120)  # no jump when the first reason box appears
        # Big tick boxes: the whole point of this list is ticking.
        self.setStyleSheet("QCheckBox::indicator { width: 22px; height: 22px; }")

    def set_rows(self, members: list[dict]) -> None:
        """members: dicts with member_id (or id), name, member_kind, status, reason."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if w := item.widget():
                w.hide()  # hidden now: deleteLater only acts after this event
                w.deleteLater()
        self.rows = []
        heads = [self.tr("Present (tick)"), "", self.tr("Reason if absent"), self.tr("Non-voting")]
        for col, text in enumerate(heads):
            head = QLabel(text)
            head.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(head, 0, col)
        for i, m in enumerate(members, start=1):
            status = m.get("status") or "present"
            present = QCheckBox(m["name"] or "?")
            present.setChecked(status != "absent")
            kind = QLabel(self.tr("probationary") if m.get("member_kind") == "probationary" else "")
            kind.setStyleSheet("color: #555;")
            reason = combo(
                [(k, core_tr(v)) for k, v in REASONS.items()],
                m.get("reason"),
                blank=self.tr("(choose a reason)"),
            )
            reason.setAccessibleName(self.tr("Reason for {name}'s absence").format(name=m["name"]))
            if m.get("reason") is None:
                reason.setCurrentIndex(0)
            reason.setVisible(status == "absent")
            non_voting = QCheckBox(self.tr("Non-voting"))
            non_voting.setChecked(status == "non_voting")
            message = QLabel()
            message.setStyleSheet(ERROR_STYLE)
            message.setWordWrap(True)
            message.setMinimumWidth(150)
            message.setVisible(False)
            row = RosterRow(
                m.get("member_id") or m["id"],
                m["name"] or "",
                m.get("member_kind") or "",
                status,
                m.get("reason"),
                present,
                reason,
                non_voting,
                message,
            )
            present.toggled.connect(lambda on, r=row: self._present_toggled(r, on))
            non_voting.toggled.connect(lambda on, r=row: self._non_voting_toggled(r, on))
            reason.currentIndexChanged.connect(lambda _i, r=row: self._reason_changed(r))
            for col, w in enumerate((present, kind, reason, non_voting, message)):
                self.grid.addWidget(w, i, col)
            self.rows.append(row)
        self.on_change()

    def _present_toggled(self, row: RosterRow, on: bool) -> None:
        row.reason_box.setVisible(not on)
        if not on:
            row.non_voting.setChecked(False)  # 列席 means attending
        else:
            row.message.setVisible(False)
        self.on_change()

    def _non_voting_toggled(self, row: RosterRow, on: bool) -> None:
        if on:
            row.present.setChecked(True)
        self.on_change()

    def _reason_changed(self, row: RosterRow) -> None:
        if row.reason_box.currentData():
            row.message.setVisible(False)
        self.on_change()

    def all_present(self) -> None:
        for r in self.rows:
            r.present.setChecked(True)

    def attendance_rows(self) -> list[dict]:
        out = []
        for r in self.rows:
            status, reason = r.current()
            out.append(
                {
                    "member_id": r.member_id,
                    "status": status,
                    "reason": reason,
                    "member_kind": r.member_kind,
                }
            )
        return out

    def show_problems(self, problems: list[Problem]) -> None:
        for r in self.rows:
            r.message.setVisible(False)
        for p in problems:
            if not p.field.startswith("attendance["):
                continue
            i = int(p.field[len("attendance[") : p.field.index("]")])
            if 0 <= i < len(self.rows):
                self.rows[i].message.setText(p.text())
                self.rows[i].message.setVisible(True)

    def set_editable(self, on: bool) -> None:
        for r in self.rows:
            for w in (r.present, r.reason_box, r.non_voting):
                w.setEnabled(on)


# -- the meeting form -----------------------------------------------------------------------------


class MeetingDialog(QDialog):
    """Record one meeting. Nothing is written until Save; a final record is read-only."""

    def __init__(self, ctx: AppContext, meeting_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.setObjectName("meeting_dialog")
        self.setAcceptDrops(True)
        self.pending_photos: list[Path] = []
        self.pending_followups: list[tuple[str, str | None]] = []
        self._snapshot: object = None
        self.groups = branch.party_groups(ctx.store)
        self.resize(1240, 820)
        self.setMinimumSize(1000, 640)
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0c36a; border-radius: 4px; padding: 8px;"
        )
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        columns.addLayout(self._build_left(), 1)
        columns.addWidget(self._build_right(), 1)
        self.addenda_group = self._build_addenda()
        outer.addWidget(self.addenda_group)
        outer.addLayout(self._build_buttons())
        for edit in self.findChildren(QPlainTextEdit) + self.findChildren(QLineEdit):
            edit.installEventFilter(self)  # photos dropped on a text box go to the photos
            if isinstance(edit, QPlainTextEdit):
                edit.viewport().installEventFilter(self)
        self.load()

    # -- building ------------------------------------------------------------------------------
    def _build_left(self) -> QVBoxLayout:
        col = QVBoxLayout()
        f = self.form = FieldForm()
        self.type_box = combo(
            [(t.code, rules.type_label(t.code)) for t in rules.MEETING_TYPES],
            blank=self.tr("(choose)"),
        )
        f.add("type", self.tr("&Kind of meeting"), self.type_box)
        self.group_box = combo([(g["id"], g["name"]) for g in self.groups])
        f.add("party_group", self.tr("Party &group"), self.group_box)
        self.date_box = date_edit(QDate(self.ctx.today()))
        self.date_box.setMaximumWidth(220)
        f.add("date", self.tr("&Date"), self.date_box)
        self.title_edit = line_edit(max_length=80)
        f.add(
            "title",
            self.tr("&Title"),
            self.title_edit,
            self.tr("Filled in for you; change it if you like"),
        )
        self.resident_count = QSpinBox()
        self.resident_count.setRange(0, 9999)
        self.resident_count.setSuffix(self.tr(" people"))
        self.resident_count.setMaximumWidth(200)
        f.add("resident_count", self.tr("Residents present"), self.resident_count)
        self.others = QPlainTextEdit()
        self.others.setPlaceholderText(
            self.tr("Names of attendees who are not branch members, e.g. property company staff")
        )
        self.others.setMaximumHeight(90)
        self.others.setTabChangesFocus(True)
        f.add("others", self.tr("Other attendees"), self.others)
        col.addWidget(f)

        self.attendance_head = QLabel(self.tr("Who came"))
        self.attendance_head.setObjectName("subheading")
        self.all_present_button = QPushButton(self.tr("Everyone present"))
        self.all_present_button.clicked.connect(lambda: self.roster.all_present())
        head_row = QHBoxLayout()
        head_row.addWidget(self.attendance_head)
        head_row.addStretch(1)
        head_row.addWidget(self.all_present_button)
        col.addLayout(head_row)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        col.addWidget(self.counts_label)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorum")
        self.quorum_label.setWordWrap(True)
        col.addWidget(self.quorum_label)
        self.roster = RosterList(self.update_quorum)
        self.roster_scroll = QScrollArea()
        self.roster_scroll.setWidgetResizable(True)
        self.roster_scroll.setWidget(self.roster)
        self.roster_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        col.addWidget(self.roster_scroll, 1)
        self.start_hint = QLabel(
            self.tr("First choose the kind of meeting: the list of who should come appears here.")
        )
        self.start_hint.setWordWrap(True)
        self.start_hint.setStyleSheet("color: #555; padding: 12px 4px;")
        col.addWidget(self.start_hint)
        self.filler = QWidget()  # takes the room of the roster when there is none
        col.addWidget(self.filler, 1)
        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.group_box.currentIndexChanged.connect(self._group_changed)
        self.date_box.dateChanged.connect(lambda _d: self._auto_title())
        return col

    def _time_edit(self) -> QTimeEdit:
        t = QTimeEdit()
        t.setDisplayFormat("HH:mm")
        t.setSpecialValueText(self.tr("(not given)"))
        t.setTime(NO_TIME)  # 00:00 stands for "not given": nobody meets at midnight
        t.setMaximumWidth(200)
        return t

    def _build_right(self) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        col = QVBoxLayout(body)
        scroll.setWidget(body)
        d = self.details = FieldForm()
        d.add("place", self.tr("&Place"), line_edit(max_length=60))
        self.start_time, self.end_time = self._time_edit(), self._time_edit()
        d.add("start_time", self.tr("&Starts"), self.start_time)
        d.add("end_time", self.tr("&Ends"), self.end_time)
        self.chair_box, self.recorder_box = QComboBox(), QComboBox()
        d.add("chair_id", self.tr("&Chair"), self.chair_box)
        d.add("recorder_id", self.tr("&Recorder"), self.recorder_box)
        for key, label, hint in (
            ("agenda", self.tr("&Agenda"), self.tr("One item a line")),
            ("minutes", self.tr("&Minutes"), self.tr("What was said")),
            ("decisions", self.tr("De&cisions"), self.tr("What was decided, and the votes")),
        ):
            edit = QPlainTextEdit()
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(110 if key != "minutes" else 170)
            d.add(key, label, edit)
        col.addWidget(d)

        # Follow-ups
        self.followup_group = QGroupBox(self.tr("Follow-ups"))
        fcol = QVBoxLayout(self.followup_group)
        self.followup_list = QListWidget()
        self.followup_list.setMaximumHeight(130)
        self.followup_list.setWordWrap(True)
        fcol.addWidget(self.followup_list)
        self.followup_text = line_edit(placeholder=self.tr("What is to be done, by whom"))
        fcol.addWidget(self.followup_text)
        self.request_box = QComboBox()
        # Long request texts must not widen the form beyond the window.
        self.request_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.request_box.setMinimumContentsLength(16)
        self.request_box.addItem(self.tr("(not linked to a resident request)"), None)
        open_states = sorted(request_rules.OPEN_STATES)
        for r in self.ctx.store.rows(
            f"SELECT id, number, resident, description FROM requests WHERE deleted = 0 "
            f"AND state IN ({', '.join('?' * len(open_states))}) "
            "ORDER BY registered_at DESC LIMIT 300",
            open_states,
        ):
            text = f"{r['number']} {r['resident']}：{(r['description'] or '')[:24]}"
            self.request_box.addItem(text, r["id"])
        self.request_box.setAccessibleName(self.tr("Linked resident request"))
        self.add_followup_button = QPushButton(self.tr("Add follow-up"))
        self.add_followup_button.clicked.connect(self.add_followup)
        frow = QHBoxLayout()
        frow.addWidget(self.request_box, 1)
        frow.addWidget(self.add_followup_button)
        fcol.addLayout(frow)
        self.followup_message = QLabel()
        self.followup_message.setStyleSheet(ERROR_STYLE)
        self.followup_message.setVisible(False)
        fcol.addWidget(self.followup_message)
        col.addWidget(self.followup_group)

        # Photos
        self.photo_group = QGroupBox(self.tr("Photos"))
        pcol = QVBoxLayout(self.photo_group)
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(THUMB, THUMB))
        self.photo_list.setGridSize(QSize(THUMB + 30, THUMB + 40))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setMinimumHeight(THUMB + 56)
        self.photo_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.photo_list.setToolTip(self.tr("Double-click a photo to open it"))
        self.photo_list.itemDoubleClicked.connect(self._open_photo)
        pcol.addWidget(self.photo_list)
        self.add_photo_button = QPushButton(self.tr("Add photos…"))
        self.add_photo_button.clicked.connect(self.choose_photos)
        self.photo_hint = QLabel(self.tr("or drag photos from a folder onto this window"))
        self.photo_hint.setStyleSheet("color: #555;")
        prow = QHBoxLayout()
        prow.addWidget(self.add_photo_button)
        prow.addWidget(self.photo_hint, 1)
        pcol.addLayout(prow)
        self.photo_message = QLabel()
        self.photo_message.setStyleSheet(ERROR_STYLE)
        self.photo_message.setWordWrap(True)
        self.photo_message.setVisible(False)
        pcol.addWidget(self.photo_message)
        col.addWidget(self.photo_group)

        col.addStretch(1)
        return scroll

    def _build_addenda(self) -> QGroupBox:
        """Final records only: the addenda so far and a box to write one; always in view."""
        group = QGroupBox(self.tr("Addenda (corrections after finalising)"))
        row = QHBoxLayout(group)
        self.addenda_label = QLabel()
        self.addenda_label.setWordWrap(True)
        self.addenda_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.addenda_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown = QScrollArea()
        shown.setWidgetResizable(True)
        shown.setWidget(self.addenda_label)
        shown.setFixedHeight(130)
        row.addWidget(shown, 1)
        write = QVBoxLayout()
        self.addendum_text = QPlainTextEdit()
        self.addendum_text.setPlaceholderText(self.tr("Write the correction or addition here"))
        self.addendum_text.setFixedHeight(80)
        self.addendum_text.setTabChangesFocus(True)
        write.addWidget(self.addendum_text)
        self.addendum_message = QLabel()
        self.addendum_message.setStyleSheet(ERROR_STYLE)
        self.addendum_message.setVisible(False)
        write.addWidget(self.addendum_message)
        self.add_addendum_button = big_button(self.tr("Add addendum"), slot=self.add_addendum)
        arow = QHBoxLayout()
        arow.addStretch(1)
        arow.addWidget(self.add_addendum_button)
        write.addLayout(arow)
        row.addLayout(write, 1)
        return group

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.finalise_button = big_button(
            self.tr("Finalise…"),
            self.tr("Save and lock the record; later corrections go into addenda"),
            self.finalise,
        )
        self.save_button = big_button(self.tr("Save"), slot=self.save, primary=True)
        self.close_button = big_button(self.tr("Cancel"), slot=self.reject)
        row.addWidget(self.finalise_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

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
            self.type_box.setCurrentIndex(0)
            roster = []
        self.type_box.blockSignals(False)
        self._show_type_rows()
        self.roster.set_rows(roster)
        self._fill_people(current)
        self._load_lists()
        self.setWindowTitle(
            self.tr("Meeting: {title}").format(title=current["title"])
            if current
            else self.tr("New meeting")
        )
        self._apply_mode()
        self._snapshot = self._state()

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
            people = [
                (m["id"], m["name"])
                for m in self.ctx.store.rows(
                    "SELECT id, name FROM members WHERE deleted = 0 AND status = 'active' "
                    "ORDER BY name_initials"
                )
            ]
        for box, key in ((self.chair_box, "chair_id"), (self.recorder_box, "recorder_id")):
            keep = current[key] if current else box.currentData()
            box.clear()
            box.addItem(self.tr("(choose)"), None)
            for pid, name in people:
                box.addItem(name, pid)
            if keep and box.findData(keep) < 0:
                name = self.ctx.store.scalar("SELECT name FROM members WHERE id = ?", (keep,))
                box.addItem(name or "?", keep)
            box.setCurrentIndex(max(0, box.findData(keep)) if keep else 0)

    def _load_lists(self) -> None:
        self.followup_list.clear()
        self.photo_list.clear()
        self.addenda_label.clear()
        if not self.meeting_id:
            return
        store = self.ctx.store
        for f in store.rows(
            "SELECT f.text, r.number FROM followups f LEFT JOIN requests r ON r.id = f.request_id "
            "WHERE f.meeting_id = ? AND f.deleted = 0 ORDER BY f.created_hlc",
            (self.meeting_id,),
        ):
            self._add_followup_item(f["text"], f["number"])
        for a in attachments.list_for(store, "meetings", self.meeting_id):
            self._add_photo_item(attachments.blob_path(store, a["sha256"]), a["filename"])
        addenda = store.rows(
            "SELECT text, author, written_at FROM addenda WHERE meeting_id = ? AND deleted = 0 "
            "ORDER BY written_at, created_hlc",
            (self.meeting_id,),
        )
        self.addenda_label.setText(
            "\n\n".join(
                f"{(a['written_at'] or '')[:10]} {a['author'] or ''}\n{a['text']}".replace(
                    "  ", " "
                )
                for a in addenda
            )
            or self.tr("No addenda yet.")
        )

    def _add_followup_item(self, text: str, request_number: str | None) -> None:
        label = f"• {text}"
        if request_number:
            label += self.tr(" (request {number})").format(number=request_number)
        self.followup_list.addItem(label)

    def _add_photo_item(self, path: Path, name: str) -> None:
        item = QListWidgetItem(thumbnail(path), name)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(name)
        self.photo_list.addItem(item)

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
        self.addenda_group.setVisible(final)
        self.banner.setVisible(final)
        # Disabled fields are grey by default: too faint to read a final record by.
        self.setStyleSheet(
            "QComboBox:disabled, QAbstractSpinBox:disabled, QCheckBox:disabled { color: #222; }"
            if final
            else ""
        )
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

    def _reload_roster(self) -> None:
        code = self.type_box.currentData()
        roster = (
            service.expected_roster(self.ctx.store, code, self.group_box.currentData())
            if code
            else []
        )
        self.roster.set_rows(roster)
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
        q = rules.quorum(code, rows)
        self.quorum_met = q.met
        self.quorum_label.setVisible(True)
        big = self.font().pointSizeF() * 1.3
        if q.met is None:
            self.quorum_label.setText(self.tr("No full members with a vote on the list"))
            self.quorum_label.setStyleSheet(f"font-size: {big:.1f}pt; padding: 6px;")
            return
        values = {"present": q.present_voting, "total": q.total_voting, "required": q.required}
        if q.met:
            text = self.tr("Quorum reached: {present} present of {total} ({required} needed)")
            colours = "color: #1b6e20; background: #e3f3e4; border: 2px solid #1b6e20;"
        else:
            text = self.tr("Quorum NOT reached: {present} present of {total} ({required} needed)")
            colours = "color: #b00020; background: #fde8ea; border: 2px solid #b00020;"
        self.quorum_label.setText(
            text.format(**values)
            + "\n"
            + self.tr("Counted: full members with a vote; probationary and non-voting do not count")
        )
        self.quorum_label.setStyleSheet(
            f"QLabel#quorum {{ {colours} font-size: {big:.1f}pt; font-weight: bold; "
            "border-radius: 6px; padding: 8px; }"
        )

    # -- follow-ups and photos --------------------------------------------------------------------
    def add_followup(self) -> None:
        text = self.followup_text.text().strip()
        if not text:
            self.followup_message.setText(self.tr("Write what is to be done first"))
            self.followup_message.setVisible(True)
            self.followup_text.setFocus()
            return
        self.followup_message.setVisible(False)
        request_id = self.request_box.currentData()
        number = self.request_box.currentText().split(" ")[0] if request_id else None
        self.pending_followups.append((text, request_id))
        self._add_followup_item(text, number)
        self.followup_text.clear()
        self.request_box.setCurrentIndex(0)

    def choose_photos(self) -> None:
        names, _f = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose photos of the meeting"),
            str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
        )
        self.add_photos([Path(n) for n in names])

    def add_photos(self, paths: list[Path]) -> int:
        """Queue photos for Save and show their thumbnails; returns how many were added."""
        if self.is_final():
            return 0
        added = 0
        for path in paths:
            if path.suffix.lower() not in IMAGE_SUFFIXES or path in self.pending_photos:
                continue
            self.pending_photos.append(path)
            self._add_photo_item(path, path.name)
            added += 1
        if added:
            self.photo_message.setVisible(False)
            self.ctx.status.emit(self.tr("%n photo(s) will be kept when you save", "", added))
        return added

    def drop_mime(self, mime: QMimeData) -> int:
        """The drop handler: image files from a file manager become photos."""
        return self.add_photos(image_paths(mime))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.is_final() and image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drop_mime(event.mimeData()):
            event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Text boxes would paste a dropped photo's path as text: take it as a photo.
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if image_paths(mime) and not self.is_final():
                if kind == QEvent.Type.Drop:
                    self.drop_mime(mime)
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)

    def _open_photo(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))

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

    def is_dirty(self) -> bool:
        return not self.is_final() and self._state() != self._snapshot

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

    def write(self) -> bool:
        """Write the form through the services in one transaction; False if refused."""
        fields = self._fields()
        problems = self._problems(fields)
        if any(not p.warning for p in problems):
            self._show_problems(problems)
            return False
        store, new = self.ctx.store, self.meeting_id is None
        rows = self.roster.attendance_rows()
        try:
            with store.transaction():  # the services' transactions join this one
                if new:
                    code = self.type_box.currentData()
                    day = self.date_box.date().toPython()
                    absent = {r["member_id"]: r["reason"] for r in rows if r["status"] == "absent"}
                    group = self.group_box.currentData() if code == "group" else None
                    rest = {k: v for k, v in fields.items() if k != "date"}
                    mid = service.create(
                        store, code, day, party_group_id=group, absent=absent, **rest
                    )
                    for r in rows:
                        if r["status"] == "non_voting":
                            service.set_attendance(store, mid, r["member_id"], "non_voting")
                else:
                    mid = self.meeting_id or ""
                    service.update(store, mid, **fields)
                    for r, row in zip(self.roster.rows, rows, strict=True):
                        if (row["status"], row["reason"]) != (r.status, r.reason):
                            service.set_attendance(
                                store, mid, row["member_id"], row["status"], row["reason"]
                            )
                for text, request_id in self.pending_followups:
                    service.add_followup(store, mid, text, request_id)
                for path in self.pending_photos:
                    attachments.attach(store, "meetings", mid, path)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return False
        self.meeting_id = mid
        self.ctx.changed("meetings")
        return True

    def save(self) -> None:
        if self.write():
            self.ctx.status.emit(self.tr("Meeting saved"))
            self.accept()

    def finalise(self) -> None:
        if not confirm(
            self,
            self.tr("Finalise the record"),
            self.tr(
                "After finalising, this record can no longer be edited; corrections can "
                "only be added as addenda.\n\nFinalise it now?"
            ),
        ):
            return
        if not self.write():
            return
        try:
            service.finalise(self.ctx.store, self.meeting_id or "")
        except ValidationError as exc:
            inform(self, self.tr("Finalise the record"), str(exc), error=True)
            return
        self.ctx.changed("meetings")
        self.ctx.status.emit(self.tr("Meeting record finalised"))
        self.load()  # show it as it now is: read-only, with addenda

    def add_addendum(self) -> None:
        text = self.addendum_text.toPlainText()
        try:
            service.add_addendum(
                self.ctx.store, self.meeting_id or "", text, branch_secretary(self.ctx)
            )
        except ValidationError as exc:
            self.addendum_message.setText("\n".join(p.text() for p in exc.problems))
            self.addendum_message.setVisible(True)
            self.addendum_text.setFocus()
            return
        self.addendum_message.setVisible(False)
        self.addendum_text.clear()
        self.ctx.changed("meetings")
        self.ctx.status.emit(self.tr("Addendum added"))
        self._load_lists()

    def reject(self) -> None:
        if self.is_dirty() and not confirm(
            self,
            self.tr("Close without saving?"),
            self.tr("What you entered in this meeting record has not been saved. Close anyway?"),
        ):
            return
        super().reject()


def branch_secretary(ctx: AppContext) -> str:
    """Who writes an addendum: the secretary in the branch profile, if known."""
    name = ctx.store.scalar(
        "SELECT name FROM members WHERE deleted = 0 AND status = 'active' "
        "AND committee_role = 'secretary' LIMIT 1"
    )
    return name or ""
