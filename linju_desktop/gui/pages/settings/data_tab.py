"""Settings, 数据: where the record book is kept, backups, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.widgets import inform, progress_dialog
from linju_desktop.gui.worker import Operation, run_in_background, wait_all
from linju_desktop.services import restore as restore_service
from linju_desktop.store import backup


class DataTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._backup_op: Operation | None = None
        form = load_form("settings_data_tab.ui", self)
        QVBoxLayout(self).addWidget(form)
        child(form, "folder").setText(str(ctx.store.data_dir))
        child(form, "open_folder").clicked.connect(self.open_folder)
        self.backup_button = child(form, "primary")
        self.backup_button.clicked.connect(self.make_backup)
        self.backup_note = child(form, "good")
        self.backups = child(form, "backups")
        # Restoring sits apart from "back up now": it replaces data, so it must be deliberate.
        child(form, "restore").clicked.connect(self.restore)
        self.load_backups()

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
