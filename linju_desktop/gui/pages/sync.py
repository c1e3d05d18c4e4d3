"""同步: enroll with the district, sync with progress and cancel, the sync log and the
needs-attention list. Sync runs off the UI thread; the window never waits for the network.
A background attempt starts when the server becomes reachable (checked every few minutes
with one cheap request), never more than once an hour by itself."""

from __future__ import annotations

import threading
import time

import requests
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.pages.base import Page
from linju_desktop.gui.widgets import big_button, inform
from linju_desktop.gui.worker import run_in_background
from linju_desktop.services import sync as sync_service
from linju_desktop.services.clock import parse_iso

AUTO_INTERVAL_S = 3600  # at most one automatic sync an hour
PROBE_MS = 5 * 60 * 1000


class SyncPage(Page):
    key = "sync"

    def title(self) -> str:
        return self.tr("Sync")

    def table_names(self) -> dict[str, str]:
        return {
            "branch": self.tr("Branch details"),
            "party_groups": self.tr("Party groups"),
            "members": self.tr("Members"),
            "contact_households": self.tr("Households kept in contact"),
            "transfers": self.tr("Membership transfers"),
            "meetings": self.tr("Meetings"),
            "attendance": self.tr("Attendance"),
            "followups": self.tr("Meeting follow-ups"),
            "addenda": self.tr("Addenda to minutes"),
            "attachments": self.tr("Photos"),
            "allocations": self.tr("Allocations"),
            "expenses": self.tr("Expenses"),
            "requests": self.tr("Resident requests"),
            "request_events": self.tr("Request steps"),
            "volunteers": self.tr("Volunteers"),
            "activity_items": self.tr("Activity library"),
            "goods": self.tr("Goods for points"),
            "tasks": self.tr("Tasks"),
            "task_takers": self.tr("Volunteers taking tasks"),
            "service_hours": self.tr("Hours of service"),
            "points_ledger": self.tr("Points ledger"),
            "consultations": self.tr("Consultations"),
            "households": self.tr("Households of consultations"),
            "votes": self.tr("Households' votes"),
            "consultation_addenda": self.tr("Addenda to consultations"),
        }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._cancel: threading.Event | None = None
        self._running = False
        # At large text on a small screen the page is taller than the window: it scrolls
        # rather than squeezing the explanation, the fields and the lists until they are cut.
        body = QWidget()
        outer = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setObjectName("sync_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        heading = QLabel(self.title())
        heading.setObjectName("heading")
        outer.addWidget(heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("sync_summary")
        outer.addWidget(self.summary)

        # Enrollment: shown until this station is enrolled.
        self.enroll_box = QGroupBox(self.tr("Connect this station to the district"))
        form = QFormLayout(self.enroll_box)
        hint = QLabel(
            self.tr(
                "The community office gives you the server address and a "
                "one-time code. Until then everything works on this computer "
                "and changes wait safely here."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText("http://192.168.1.10:8765")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("one-time code"))
        form.addRow(self.tr("Server address"), self.server_edit)
        form.addRow(self.tr("Enrollment code"), self.code_edit)
        self.enroll_msg = QLabel()
        self.enroll_msg.setWordWrap(True)
        form.addRow(self.enroll_msg)
        self.enroll_button = big_button(self.tr("Connect"), slot=self.enroll, primary=True)
        form.addRow(self.enroll_button)
        outer.addWidget(self.enroll_box)

        # Sync now, progress and cancel.
        row = QHBoxLayout()
        self.sync_button = big_button(
            self.tr("Sync now"),
            self.tr("Send this station's changes to the district and receive what it sent down"),
            self.sync_now,
            primary=True,
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.phase_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        outer.addWidget(self.phase_label)
        outer.addWidget(self.progress)

        lists = QHBoxLayout()
        attention_box = QGroupBox(self.tr("Needs attention"))
        a_col = QVBoxLayout(attention_box)
        self.attention = QListWidget()
        self.attention.setObjectName("attention")
        self.attention.setWordWrap(True)
        a_col.addWidget(self.attention)
        lists.addWidget(attention_box, 3)
        right = QVBoxLayout()
        pending_box = QGroupBox(self.tr("Waiting to be sent"))
        p_col = QVBoxLayout(pending_box)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("pending_by_table")
        self.table.setHorizontalHeaderLabels([self.tr("Record book"), self.tr("Changes")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the count's title reads whole at any text size
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        p_col.addWidget(self.table)
        right.addWidget(pending_box, 3)
        log_box = QGroupBox(self.tr("Sync log"))
        l_col = QVBoxLayout(log_box)
        self.log = QListWidget()
        self.log.setObjectName("sync_log")
        l_col.addWidget(self.log)
        right.addWidget(log_box, 2)
        lists.addLayout(right, 2)
        outer.addLayout(lists, 1)
        # Each list shows a few lines at any text size (the page scrolls to make room).
        lines = self.fontMetrics().lineSpacing()
        for view in (self.attention, self.log):
            view.setMinimumHeight(4 * lines)
        self.table.setMinimumHeight(6 * lines)

        ctx.data_changed.connect(lambda _t: self.isVisible() and self.refresh())
        # Background attempt: probe the server now and then; sync when it answers.
        self._probe = QTimer(self)
        self._probe.setInterval(PROBE_MS)
        self._probe.timeout.connect(self.try_in_background)
        if not ctx.self_test:
            self._probe.start()
        self.refresh()

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        st = sync_service.status(self.ctx.store)
        self.enroll_box.setVisible(not st.enrolled)
        self.sync_button.setEnabled(st.enrolled and not self._running)
        # Until enrolled there is nothing to press: show only the way to connect.
        self.sync_button.setVisible(st.enrolled)
        self.cancel_button.setVisible(st.enrolled)
        if st.enrolled and st.credentials:
            text = self.tr("Connected to {server} as {station}.").format(
                server=st.credentials.server_url, station=st.credentials.station_name
            )
        else:
            text = self.tr("Not connected to the district yet.")
        text += " " + self.tr("%n change(s) waiting to be sent.", "", st.pending)
        if st.blobs_pending:
            text += " " + self.tr("%n photo(s) waiting.", "", st.blobs_pending)
        if st.last_sync_at:
            text += " " + self.tr("Last sync: {when}.").format(when=_local(st.last_sync_at))
        if st.skew_warning and st.skew_ms is not None:
            text += "\n" + sync_service.skew_text(st.skew_ms)
        self.summary.setText(text)
        self.attention.clear()
        for item in st.attention:
            self.attention.addItem(sync_service.explain(item))
        if not st.attention:
            self.attention.addItem(self.tr("Nothing needs attention."))
        names = self.table_names()
        pending = sync_service.pending_by_table(self.ctx.store)
        self.table.setRowCount(len(pending))
        for i, r in enumerate(pending):
            self.table.setItem(i, 0, QTableWidgetItem(names.get(r["tbl"], r["tbl"])))
            n = QTableWidgetItem(str(r["n"]))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 1, n)
        self.log.clear()
        for entry in sync_service.recent_log(self.ctx.store, 20):
            self.log.addItem(self._log_text(entry))

    def _log_text(self, e: dict) -> str:
        when = _local(e.get("finished_at") or e.get("started_at") or "")
        return self.tr("{when}: sent {sent}, received {received} — {result}").format(
            when=when,
            sent=e.get("sent", 0),
            received=e.get("received", 0),
            result=self.result_names().get(e.get("result", ""), e.get("result", "")),
        )

    def result_names(self) -> dict[str, str]:
        return {
            "ok": self.tr("done"),
            "attention": self.tr("some items need attention"),
            "error": self.tr("failed"),
            "cancelled": self.tr("cancelled"),
            "mismatch": self.tr("the two copies differ"),
        }

    # -- actions ---------------------------------------------------------------------------------
    def enroll(self) -> None:
        server, code = self.server_edit.text().strip(), self.code_edit.text().strip()
        if not server or not code:
            self.enroll_msg.setText(self.tr("Enter both the server address and the code."))
            return
        self.enroll_button.setEnabled(False)
        self.enroll_msg.setText(self.tr("Connecting…"))

        def done(_creds: object) -> None:
            self.enroll_button.setEnabled(True)
            self.enroll_msg.setText("")
            self.ctx.status.emit(self.tr("This station is now connected to the district."))
            self.refresh()

        def failed(exc: BaseException, _tb: str) -> None:
            self.enroll_button.setEnabled(True)
            text = (
                sync_service.message(exc) if isinstance(exc, sync_service.SyncError) else str(exc)
            )
            self.enroll_msg.setText(text)

        run_in_background(
            lambda _p: sync_service.enroll_station(self.ctx.store, server, code), done, failed
        )

    def sync_now(self, automatic: bool = False) -> None:
        if self._running or not sync_service.status(self.ctx.store).enrolled:
            return
        self._running = True
        self._cancel = threading.Event()
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        phases = {
            "records": self.tr("Sending records"),
            "downloads": self.tr("Receiving"),
            "photos": self.tr("Sending photos"),
            "verify": self.tr("Checking"),
        }

        def work(p):  # runs on a pool thread
            return sync_service.run_sync(
                self.ctx.store,
                cancel_event=self._cancel,
                progress=lambda pr: p.update(pr.done, pr.total or 0, pr.phase),
            )

        def progressed(done: int, total: int, phase: str) -> None:
            self.phase_label.setText(
                f"{phases.get(phase, phase)}：{done}" + (f" / {total}" if total else "")
            )
            self.progress.setRange(0, total)
            self.progress.setValue(done if total else 0)

        def finished(report) -> None:
            self._finish()
            if report.error is not None:
                text = sync_service.message(report.error)
            elif report.fully_synced:
                text = self.tr("Sync finished: sent {sent}, received {received}.").format(
                    sent=report.sent, received=report.received
                )
            else:
                text = self.tr("Sync finished, but some items need attention (see the list).")
            self.phase_label.setText(text)
            self.ctx.status.emit(text)
            self.ctx.changed("")
            if report.error is not None and not automatic:
                inform(self, self.tr("Sync"), text, error=True)

        def failed(exc: BaseException, _tb: str) -> None:
            self._finish()
            text = (
                sync_service.message(exc) if isinstance(exc, sync_service.SyncError) else str(exc)
            )
            self.phase_label.setText(text)
            if not automatic:
                inform(self, self.tr("Sync"), text, error=True)

        run_in_background(work, finished, failed, progressed)

    def _finish(self) -> None:
        self._running = False
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        self.refresh()

    def cancel(self) -> None:
        if self._cancel:
            self._cancel.set()
            self.phase_label.setText(self.tr("Stopping after the current step…"))

    def try_in_background(self) -> None:
        """If enrolled, changes wait, the last sync is old and the server answers: sync."""
        st = sync_service.status(self.ctx.store)
        if self._running or not st.enrolled or not st.credentials or not st.pending:
            return
        last = st.last_sync_at
        if last and time.time() - parse_iso(last).timestamp() < AUTO_INTERVAL_S:
            return
        url = st.credentials.server_url.rstrip("/") + "/api/v1/status"

        def probe(_p) -> bool:
            try:
                return requests.get(url, timeout=3).ok
            except requests.RequestException:
                return False

        run_in_background(probe, lambda ok: ok and self.sync_now(automatic=True))

    def self_test(self) -> None:
        self.refresh()


def _local(iso_text: str) -> str:
    try:
        return parse_iso(iso_text).astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, TypeError):
        return iso_text
