"""同步: what waits to be sent, and an honest word that sync is not set up yet.

Until the sync client lands there is deliberately no "sync now" button: a button
that does nothing would teach the secretary to distrust the program.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.pages.base import Page


class SyncPage(Page):
    key = "sync"

    def title(self) -> str:
        return self.tr("Sync")

    def table_names(self) -> dict[str, str]:
        """Plain names for the record books a change belongs to."""
        return {
            "branch": self.tr("Branch details"),
            "party_groups": self.tr("Party groups"),
            "members": self.tr("Members"),
            "contact_households": self.tr("Households kept in contact"),
            "transfers": self.tr("Membership transfers"),
            "meetings": self.tr("Meeting records"),
            "attendance": self.tr("Meeting attendance"),
            "followups": self.tr("Meeting follow-ups"),
            "addenda": self.tr("Additions to minutes"),
            "attachments": self.tr("Attached files"),
            "allocations": self.tr("Yearly fund allocations"),
            "expenses": self.tr("Fund expenses"),
            "requests": self.tr("Resident requests"),
            "request_events": self.tr("Steps in handling requests"),
        }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        heading = QLabel(self.title())
        heading.setObjectName("heading")
        outer.addWidget(heading)
        self.summary = QLabel()
        self.summary.setObjectName("subheading")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        explain = QLabel(
            self.tr(
                "Everything you record is saved safely on this computer, with a backup every "
                "day. Sending it to the community is not set up yet: once the community office "
                "sets up sync, the changes below will be sent automatically. You do not need "
                "to do anything now."
            )
        )
        explain.setWordWrap(True)
        outer.addWidget(explain)

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("pending_by_table")
        self.table.setHorizontalHeaderLabels([self.tr("Record book"), self.tr("Changes waiting")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        outer.addWidget(self.table, 1)

        # Shown but disabled, so the secretary knows what the office will ask for.
        box = QGroupBox(self.tr("Connection to the community (not set up yet)"))
        box.setObjectName("sync_setup")
        form = QFormLayout(box)
        note = QLabel(
            self.tr(
                "The community office will give you the server address and an enrollment "
                "code when sync is introduced. These fields open then."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("given by the community office"))
        self.server.setEnabled(False)
        form.addRow(self.tr("Server address"), self.server)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("given by the community office"))
        self.code.setEnabled(False)
        form.addRow(self.tr("Enrollment code"), self.code)
        outer.addWidget(box)
        ctx.data_changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _table: str) -> None:
        if self.isVisible():
            self.refresh()

    def pending(self) -> dict[str, int]:
        """Changes not yet uploaded, per table (one aggregate query)."""
        rows = self.ctx.store.rows(
            "SELECT tbl, count(*) AS n FROM change_log WHERE seq > ? GROUP BY tbl",
            (int(self.ctx.setting("sync_uploaded_seq", 0) or 0),),
        )
        return {r["tbl"]: int(r["n"]) for r in rows}

    def refresh(self) -> None:
        counts = self.pending()
        total = sum(counts.values())
        names = self.table_names()
        if total:
            self.summary.setText(self.tr("%n change(s) wait to be sent.", "", total))
        else:
            self.summary.setText(self.tr("No changes wait to be sent."))
        ordered = [t for t in names if counts.get(t)] + sorted(t for t in counts if t not in names)
        self.table.setRowCount(len(ordered))
        for i, table in enumerate(ordered):
            name = QTableWidgetItem(names.get(table, table))
            n = QTableWidgetItem(str(counts[table]))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 0, name)
            self.table.setItem(i, 1, n)
        self.table.setVisible(bool(total))

    def self_test(self) -> None:
        self.refresh()
