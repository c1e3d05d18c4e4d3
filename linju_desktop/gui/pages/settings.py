"""设置: branch details, party groups, request time limits, meeting rhythms, display,
and the data folder with its backups.

Every section saves on its own button and says so beside it; display changes apply
at once because an older user should see the bigger text the moment they ask.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import meetings as meeting_rules
from linju_desktop.domain import requests as request_rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui import i18n
from linju_desktop.gui.app import DEFAULT_SCALE, TEXT_SCALES, apply_appearance
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.pages.base import Page
from linju_desktop.gui.widgets import FieldForm, big_button, inform, line_edit, progress_dialog
from linju_desktop.gui.worker import Operation, run_in_background, wait_all
from linju_desktop.services import branch, resident_requests
from linju_desktop.services import members as member_service
from linju_desktop.services import restore as restore_service
from linju_desktop.store import backup

RHYTHMS = ("monthly", "quarterly", "yearly", "as_needed")
MAX_LIMIT_HOURS = 24 * 90


def compounds_of(profile: dict | None) -> list[str]:
    """The compounds column holds a JSON list; tolerate plain text from older rows."""
    raw = (profile or {}).get("compounds") or ""
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return [line for line in str(raw).splitlines() if line.strip()]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


class SettingsPage(Page):
    key = "settings"
    last_tab = 0  # kept across rebuilds (a language switch recreates the page)

    def title(self) -> str:
        return self.tr("Settings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._backup_op: Operation | None = None
        self._outer = QVBoxLayout(self)
        self.body: QWidget | None = None
        self.build()

    # -- building -----------------------------------------------------------------------------
    def build(self) -> None:
        """(Re)create every section; a language switch outside the main window calls it."""
        if self.body is not None:
            self._outer.removeWidget(self.body)
            self.body.deleteLater()
        self.body = QWidget()
        col = QVBoxLayout(self.body)
        col.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.title())
        self.heading.setObjectName("heading")
        col.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.addTab(self._scroll(self._branch_tab()), self.tr("Branch"))
        self.tabs.addTab(self._groups_tab(), self.tr("Party groups"))
        self.tabs.addTab(self._scroll(self._requests_tab()), self.tr("Requests"))
        self.tabs.addTab(self._scroll(self._meetings_tab()), self.tr("Meetings"))
        self.tabs.addTab(self._scroll(self._display_tab()), self.tr("Display"))
        self.tabs.addTab(self._scroll(self._data_tab()), self.tr("Data and backups"))
        self.tabs.setCurrentIndex(min(SettingsPage.last_tab, self.tabs.count() - 1))
        self.tabs.currentChanged.connect(self._remember_tab)
        col.addWidget(self.tabs, 1)
        self._outer.addWidget(self.body)

    @staticmethod
    def _remember_tab(index: int) -> None:
        SettingsPage.last_tab = index

    def _scroll(self, inner: QWidget) -> QScrollArea:
        s = QScrollArea()
        s.setWidgetResizable(True)
        s.setWidget(inner)
        return s

    def _save_row(self, text: str, slot: object) -> tuple[QHBoxLayout, QLabel]:
        """A save button with a label beside it that says what happened."""
        row = QHBoxLayout()
        button = big_button(text, "", slot, primary=True)  # type: ignore[arg-type]
        row.addWidget(button)
        note = QLabel()
        note.setObjectName("good")
        row.addWidget(note, 1)
        return row, note

    # -- 支部信息 --------------------------------------------------------------------------------
    def _branch_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        current = branch.profile(self.ctx.store) or {}
        f = self.branch_form = FieldForm()
        f.add(
            "name",
            self.tr("Branch &name"),
            line_edit(current.get("name") or "", "幸福里小区综合党支部"),
        )
        compounds = QPlainTextEdit("\n".join(compounds_of(current)))
        compounds.setPlaceholderText(self.tr("One compound per line"))
        compounds.setTabChangesFocus(True)
        compounds.setMaximumHeight(120)
        f.add(
            "compounds", self.tr("Compounds covered"), compounds, self.tr("One compound per line")
        )
        f.add("community", self.tr("Co&mmunity"), line_edit(current.get("community") or ""))
        f.add("street", self.tr("&Street"), line_edit(current.get("street") or ""))
        f.add("district", self.tr("&District"), line_edit(current.get("district") or ""))
        col.addWidget(f)
        row, self.branch_note = self._save_row(self.tr("Save branch details"), self.save_branch)
        col.addLayout(row)
        col.addStretch(1)
        return w

    def save_branch(self) -> bool:
        e = self.branch_form.editors
        self.branch_note.clear()
        try:
            branch.save_profile(
                self.ctx.store,
                name=e["name"].text(),  # type: ignore[attr-defined]
                compounds=e["compounds"].toPlainText().splitlines(),  # type: ignore[attr-defined]
                community=e["community"].text(),  # type: ignore[attr-defined]
                street=e["street"].text(),  # type: ignore[attr-defined]
                district=e["district"].text(),  # type: ignore[attr-defined]
            )
        except ValidationError as exc:
            self.branch_form.show_problems(exc.problems, fallback="name")
            return False
        self.branch_form.clear_messages()
        self.branch_note.setText(self.tr("Saved."))
        self.ctx.changed("branch")
        self.ctx.status.emit(self.tr("Branch details saved"))
        return True

    # -- 党小组 ----------------------------------------------------------------------------------
    def _groups_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        intro = QLabel(
            self.tr("Members are grouped by building. Double-click a group to change it.")
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(big_button(self.tr("Add a party group"), "", self.add_group, primary=True))
        row.addWidget(big_button(self.tr("Change the selected group"), "", self.edit_group))
        row.addStretch(1)
        col.addLayout(row)
        t = self.groups_table = QTableWidget(0, 4)
        t.setObjectName("groups_table")
        t.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Leader"), self.tr("Buildings"), self.tr("Members")]
        )
        t.verticalHeader().setVisible(False)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.doubleClicked.connect(lambda _i: self.edit_group())
        col.addWidget(t, 1)
        self.load_groups()
        return w

    def load_groups(self) -> None:
        groups = branch.party_groups(self.ctx.store)
        t = self.groups_table
        t.setRowCount(len(groups))
        for i, g in enumerate(groups):
            values = (
                g["name"],
                g["leader_name"] or "",
                g["buildings"] or "",
                str(g["member_count"]),
            )
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g["id"])
                t.setItem(i, j, item)

    def add_group(self) -> None:
        if GroupDialog(self.ctx, None, self).exec():
            self.load_groups()

    def edit_group(self) -> None:
        item = self.groups_table.item(self.groups_table.currentRow(), 0)
        if item is None:
            inform(self, self.tr("Party groups"), self.tr("First click a group in the list."))
            return
        if GroupDialog(self.ctx, item.data(Qt.ItemDataRole.UserRole), self).exec():
            self.load_groups()

    # -- 群众诉求 --------------------------------------------------------------------------------
    def _requests_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        sub = QLabel(self.tr("Time limits for resident requests"))
        sub.setObjectName("subheading")
        col.addWidget(sub)
        hint = QLabel(
            self.tr(
                "How many hours the branch has to handle a request of each kind. "
                "24 hours = 1 day, 168 hours = 7 days."
            )
        )
        hint.setWordWrap(True)
        col.addWidget(hint)
        limits = resident_requests.limits(self.ctx.store)
        f = self.limits_form = FieldForm()
        for cat in request_rules.DEFAULT_CATEGORIES:
            spin = QSpinBox()
            spin.setRange(1, MAX_LIMIT_HOURS)
            spin.setSuffix(self.tr(" hours"))
            spin.setValue(int(limits.get(cat.code, cat.limit_hours)))
            spin.setFixedWidth(220)
            days = QLabel()
            spin.valueChanged.connect(lambda v, lab=days: lab.setText(self._days_text(v)))
            days.setText(self._days_text(spin.value()))
            cell = QWidget()
            cell_row = QHBoxLayout(cell)
            cell_row.setContentsMargins(0, 0, 0, 0)
            cell_row.addWidget(spin)
            cell_row.addWidget(days, 1)
            f.add(cat.code, core_tr(cat.name), cell)
            f.editors[cat.code] = spin  # the form reads the spin box, not its row
            f.labels[cat.code].setBuddy(spin)
        col.addWidget(f)
        sub2 = QLabel(self.tr("Departments for whistle dispatch"))
        sub2.setObjectName("subheading")
        col.addWidget(sub2)
        self.departments = QPlainTextEdit("\n".join(self.ctx.setting("departments", []) or []))
        self.departments.setPlaceholderText(
            self.tr("One department per line, e.g.\n城管科\n供电所")
        )
        self.departments.setTabChangesFocus(True)
        self.departments.setMinimumHeight(140)
        col.addWidget(self.departments)
        row, self.requests_note = self._save_row(self.tr("Save"), self.save_requests)
        defaults = big_button(self.tr("Back to the usual limits"), "", self.default_limits)
        row.insertWidget(1, defaults)
        col.addLayout(row)
        col.addStretch(1)
        return w

    def _days_text(self, hours: int) -> str:
        # Hours are exact, days are how people think: show both.
        return self.tr("= %n day(s)", "", hours // 24) if hours % 24 == 0 else ""

    def default_limits(self) -> None:
        for cat in request_rules.DEFAULT_CATEGORIES:
            self.limits_form.editors[cat.code].setValue(cat.limit_hours)  # type: ignore[attr-defined]
        self.requests_note.setText(
            self.tr("The usual limits are filled in; press Save to keep them.")
        )

    def save_requests(self) -> None:
        values = {
            code: int(spin.value())  # type: ignore[attr-defined]
            for code, spin in self.limits_form.editors.items()
        }
        departments = [
            line.strip() for line in self.departments.toPlainText().splitlines() if line.strip()
        ]
        self.ctx.set_setting("request_limits", values)
        self.ctx.set_setting("departments", list(dict.fromkeys(departments)))
        self.requests_note.setText(self.tr("Saved. New requests use these limits."))
        self.ctx.changed("settings")

    # -- 会议 ------------------------------------------------------------------------------------
    def rhythm_labels(self) -> dict[str, str]:
        return {
            "monthly": self.tr("Every month"),
            "quarterly": self.tr("Every quarter"),
            "yearly": self.tr("Every year"),
            "as_needed": self.tr("When needed (no reminder)"),
        }

    def _meetings_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        hint = QLabel(
            self.tr(
                "How often each kind of meeting is held. The home page reminds you of a "
                "meeting not yet held in the current month, quarter or year."
            )
        )
        hint.setWordWrap(True)
        col.addWidget(hint)
        saved = self.ctx.setting("meeting_rhythms") or {}
        labels = self.rhythm_labels()
        f = self.rhythm_form = FieldForm()
        for t in meeting_rules.MEETING_TYPES:
            box = QComboBox()
            for code in RHYTHMS:
                box.addItem(labels[code], code)
            box.setCurrentIndex(max(0, box.findData(saved.get(t.code, t.rhythm))))
            f.add(t.code, meeting_rules.type_label(t.code), box)
        col.addWidget(f)
        row, self.meetings_note = self._save_row(self.tr("Save"), self.save_meetings)
        col.addLayout(row)
        col.addStretch(1)
        return w

    def save_meetings(self) -> None:
        # Store every type: due_meetings() only looks at the types in the mapping.
        values = {
            code: box.currentData()  # type: ignore[attr-defined]
            for code, box in self.rhythm_form.editors.items()
        }
        self.ctx.set_setting("meeting_rhythms", values)
        self.meetings_note.setText(self.tr("Saved."))
        self.ctx.changed("settings")

    # -- 显示 ------------------------------------------------------------------------------------
    def _display_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        sub = QLabel(self.tr("Text size"))
        sub.setObjectName("subheading")
        col.addWidget(sub)
        names = {
            100: self.tr("Normal (100 %)"),
            125: self.tr("Larger (125 %)"),
            150: self.tr("Large (150 %)"),
            200: self.tr("Very large (200 %)"),
        }
        current = int(self.ctx.setting("text_scale", DEFAULT_SCALE) or DEFAULT_SCALE)
        self.scale_group = QButtonGroup(w)
        self.scale_buttons: dict[int, QRadioButton] = {}
        row = QHBoxLayout()
        for scale in TEXT_SCALES:
            b = QRadioButton(names.get(scale, f"{scale} %"))
            b.setChecked(scale == current)
            self.scale_group.addButton(b, scale)
            self.scale_buttons[scale] = b
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        self.scale_group.idToggled.connect(self._scale_toggled)
        sub2 = QLabel(self.tr("Colours"))
        sub2.setObjectName("subheading")
        col.addWidget(sub2)
        self.high_contrast = QCheckBox(self.tr("High contrast: white text on black"))
        self.high_contrast.setChecked(bool(self.ctx.setting("high_contrast", False)))
        self.high_contrast.toggled.connect(lambda _on: self.apply_display())
        col.addWidget(self.high_contrast)
        sub3 = QLabel(self.tr("Language"))
        sub3.setObjectName("subheading")
        col.addWidget(sub3)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        lang = self.ctx.setting("language", i18n.DEFAULT_LANGUAGE) or i18n.DEFAULT_LANGUAGE
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        col.addLayout(lang_row)
        note = QLabel(self.tr("Changes here take effect at once."))
        col.addWidget(note)
        col.addStretch(1)
        return w

    def _scale_toggled(self, _scale: int, checked: bool) -> None:
        if checked:
            self.apply_display()

    def apply_display(self) -> None:
        scale = self.scale_group.checkedId()
        scale = scale if scale in TEXT_SCALES else DEFAULT_SCALE
        high = self.high_contrast.isChecked()
        self.ctx.set_setting("text_scale", scale)
        self.ctx.set_setting("high_contrast", high)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, scale, high)

    def _language_chosen(self, _index: int) -> None:
        self.set_language(self.language.currentData())

    def set_language(self, language: str) -> None:
        """Switch at once: the main window rebuilds its pages (this one too)."""
        self.ctx.set_setting("language", language)
        i18n.install(language)
        window = self.window()
        retranslate = getattr(window, "retranslate", None)
        if window is not self and callable(retranslate):
            retranslate()  # deletes this page later and makes a new one in the new language
        else:
            self.build()

    # -- 数据 ------------------------------------------------------------------------------------
    def _data_tab(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        sub = QLabel(self.tr("Where the record book is kept"))
        sub.setObjectName("subheading")
        col.addWidget(sub)
        folder = QLabel(str(self.ctx.store.data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        col.addWidget(folder)
        row = QHBoxLayout()
        row.addWidget(big_button(self.tr("Open the folder"), "", self.open_folder))
        row.addStretch(1)
        col.addLayout(row)
        sub2 = QLabel(self.tr("Backups"))
        sub2.setObjectName("subheading")
        col.addWidget(sub2)
        explain = QLabel(
            self.tr(
                "Linju makes a backup by itself every day. Make one now before big changes, "
                "or copy the backups folder to a USB stick now and then."
            )
        )
        explain.setWordWrap(True)
        col.addWidget(explain)
        row2 = QHBoxLayout()
        self.backup_button = big_button(
            self.tr("Make a backup now"), "", self.make_backup, primary=True
        )
        row2.addWidget(self.backup_button)
        self.backup_note = QLabel()
        self.backup_note.setObjectName("good")
        self.backup_note.setWordWrap(True)
        row2.addWidget(self.backup_note, 1)
        col.addLayout(row2)
        col.addWidget(QLabel(self.tr("Backups on this computer, newest first:")))
        self.backups = QListWidget()
        self.backups.setObjectName("backups")
        self.backups.setMinimumHeight(220)
        col.addWidget(self.backups, 1)
        # Restoring sits apart from "back up now": it replaces data, so it must be deliberate.
        row3 = QHBoxLayout()
        row3.addWidget(big_button(self.tr("Restore the selected backup…"), "", self.restore))
        row3.addStretch(1)
        col.addLayout(row3)
        self.load_backups()
        return w

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.store.data_dir)))

    def backup_label(self, path: Path) -> str:
        """linju-20260305-142001-123456-manual.sqlite3 -> "2026-03-05 14:20  made by hand"."""
        parts = path.name[len(backup.PREFIX) : -len(backup.SUFFIX)].split("-", 3)
        kinds = {
            "manual": self.tr("made by hand"),
            "daily": self.tr("daily, automatic"),
            "before-restore": self.tr("automatic, before a restore"),
        }
        if len(parts) < 4 or len(parts[0]) != 8 or len(parts[1]) != 6:
            return path.name
        day, clock, _micro, reason = parts
        if reason.startswith("before-migration"):
            kind = self.tr("automatic, before an update")
        else:
            kind = kinds.get(reason, reason)
        size = path.stat().st_size / 1024 / 1024 if path.exists() else 0
        return self.tr("{date} {time}   {kind}   ({size:.1f} MB)").format(
            date=f"{day[:4]}-{day[4:6]}-{day[6:]}",
            time=f"{clock[:2]}:{clock[2:4]}",
            kind=kind,
            size=size,
        )

    def load_backups(self) -> None:
        self.backups.clear()
        for path in backup.list_backups(self.ctx.store):
            item = QListWidgetItem(self.backup_label(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.backups.addItem(item)
        if not self.backups.count():
            empty = QListWidgetItem(self.tr("No backups yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backups.addItem(empty)

    def make_backup(self) -> Operation | None:
        """Back up in the background (the File menu calls this too)."""
        if self._backup_op is not None:
            return self._backup_op
        self.backup_button.setEnabled(False)
        self.backup_note.setText(self.tr("Making a backup…"))
        # SQLite's backup is a single step: nothing to cancel, so no Cancel button.
        dlg = progress_dialog(self, self.tr("Making a backup…"), lambda: None)
        dlg.setCancelButton(None)
        store = self.ctx.store

        def done() -> None:
            dlg.close()
            self._backup_op = None
            self.backup_button.setEnabled(True)

        def succeeded(path: Path) -> None:
            done()
            self.backup_note.setObjectName("good")
            self.backup_note.setText(self.tr("Backup made: {name}").format(name=path.name))
            self.ctx.status.emit(self.tr("Backup made"))
            self.load_backups()

        def failed(exc: BaseException, _tb: str) -> None:
            done()
            self.backup_note.setText("")
            inform(self, self.tr("The backup failed"), str(exc), error=True)

        self._backup_op = run_in_background(
            lambda _p: backup.make_backup(store, "manual"), succeeded, failed
        )
        return self._backup_op

    def selected_backup(self) -> Path | None:
        item = self.backups.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        return Path(data) if data else None

    def confirm_restore(self, label: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr(
                "Replace ALL the data in Linju with the backup of {label}?\n\n"
                "Everything recorded after that backup will be gone from the record book. "
                "A copy of today's data is saved first, so nothing is lost for good.\n\n"
                "Linju then closes; please start it again."
            ).format(label=label),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        yes = box.addButton(self.tr("Yes, restore this backup"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("No, keep my data"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def restore(self) -> None:
        """Replace the live data with a backup, then quit.

        The pages hold no copies of the data, but the open connections and the
        sync bookkeeping do: the only safe way is to restore with the store
        closed and start afresh. A copy of the current data is made first.
        """
        path = self.selected_backup()
        if path is None:
            inform(self, self.tr("Restore a backup"), self.tr("First click a backup in the list."))
            return
        check = restore_service.check_backup(path)
        if check.refusal is restore_service.Refusal.NEWER:
            inform(
                self,
                self.tr("Restore a backup"),
                self.tr("This backup was made by a newer version of Linju."),
                error=True,
            )
            return
        if check.refusal is restore_service.Refusal.NOT_LINJU:
            inform(self, self.tr("Restore a backup"), check.not_linju_text(), error=True)
            return
        if not check.ok:
            inform(
                self,
                self.tr("Restore a backup"),
                self.tr("This backup is damaged and cannot be used ({detail}).").format(
                    detail=check.detail
                ),
                error=True,
            )
            return
        if not self.confirm_restore(self.backup_label(path)):
            return
        wait_all()  # no background work may write while the file is replaced
        store = self.ctx.store
        try:
            done = restore_service.restore(store.data_dir, path, current=store)
        except Exception as exc:
            inform(
                self,
                self.tr("Restore a backup"),
                self.tr(
                    "The backup could not be restored ({detail}). Your data is unchanged."
                ).format(detail=exc),
                error=True,
            )
            return
        inform(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "The backup has been restored. Linju will now close; please start it again.\n\n"
                "The data from before the restore was kept as {name}."
            ).format(name=done.saved.name if done.saved else "-"),
        )
        QApplication.quit()

    # -- page contract -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.load_groups()
        self.load_backups()

    def self_test(self) -> None:
        for i in range(self.tabs.count()):
            self.tabs.setCurrentIndex(i)
        dlg = GroupDialog(self.ctx, None, self)
        dlg.show()
        dlg.reject()


class GroupDialog(QDialog):
    """Add or change a building party group: name, leader from the roster, buildings."""

    def __init__(self, ctx: AppContext, group_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.group_id = ctx, group_id
        self.setObjectName("group_dialog")
        current = ctx.store.get("party_groups", group_id) if group_id else None
        self.setWindowTitle(
            self.tr("Change party group") if current else self.tr("Add a party group")
        )
        self.resize(560, 320)
        col = QVBoxLayout(self)
        f = self.form = FieldForm()
        f.add("name", self.tr("&Name"), line_edit((current or {}).get("name") or "", "1号楼党小组"))
        leader = QComboBox()
        leader.addItem(self.tr("(none yet)"), None)
        for m in member_service.active_roster(ctx.store):
            where = m["building"] or ""
            leader.addItem(f"{m['name']}  {where}".strip(), m["id"])
        if current and current.get("leader_id"):
            leader.setCurrentIndex(max(0, leader.findData(current["leader_id"])))
        f.add("leader", self.tr("&Leader"), leader)
        f.add(
            "buildings",
            self.tr("&Buildings"),
            line_edit((current or {}).get("buildings") or "", self.tr("e.g. 1号楼、2号楼")),
        )
        col.addWidget(f)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def save(self) -> None:
        e = self.form.editors
        try:
            self.group_id = branch.save_group(
                self.ctx.store,
                e["name"].text(),  # type: ignore[attr-defined]
                e["leader"].currentData(),  # type: ignore[attr-defined]
                e["buildings"].text(),  # type: ignore[attr-defined]
                self.group_id,
            )
        except ValidationError as exc:
            self.form.show_problems(exc.problems, fallback="name")
            return
        self.ctx.changed("party_groups")
        self.ctx.status.emit(self.tr("Party group saved"))
        self.accept()
