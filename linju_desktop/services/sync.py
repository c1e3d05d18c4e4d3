"""Sync use cases for the CLI and the GUI: enroll, run, status, offline bundles, and the
words the secretary reads (English source strings; the Simplified Chinese is in
resources/translations/services.sync_zh_CN.ts)."""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from linju_sync.client.engine import ProgressFn, SyncEngine, SyncReport, enroll
from linju_sync.client.errors import SyncError
from linju_sync.client.offline import apply_reply, open_reply, register_keys
from linju_sync.client.offline import export_bundle as _export
from linju_sync.client.station import Credentials
from linju_sync.protocol.messages import SKEW_WARNING_MS

from linju_desktop.domain.i18n import tr
from linju_desktop.services.attachments import blob_path
from linju_desktop.services.sync_reasons import shown_params
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store
from linju_desktop.store.reads import changes

TABLE_NAMES = {
    "branch": "支部信息",
    "party_groups": "党小组",
    "members": "党员名册",
    "contact_households": "联系户",
    "transfers": "组织关系转接",
    "meetings": "会议记录",
    "attendance": "会议出席",
    "followups": "会议跟进事项",
    "addenda": "会议记录补充",
    "attachments": "附件",
    "allocations": "年度经费拨付",
    "expenses": "经费支出",
    "requests": "群众诉求",
    "request_events": "诉求办理环节",
    "volunteers": "志愿者",
    "activity_items": "活动库",
    "goods": "积分兑换物品",
    "tasks": "派单任务",
    "task_takers": "接单志愿者",
    "service_hours": "服务时长",
    "points_ledger": "积分台账",
    "consultations": "协商议事",
    "households": "议事住户",
    "votes": "住户表决",
    "consultation_addenda": "议事补充说明",
}

ADVICE = {
    "rejected": "The district server did not accept this change. Check the record and correct "
    "it; the correction is sent at the next sync.",
    "conflict": "This record was changed here and at the district at the same time. Both "
    "values are kept below; check which is right and edit the record if needed.",
    "mismatch": "The district already has a different change with the same number. Tell the "
    "community office; do not delete anything.",
    "checksum": "Do not delete anything; tell the community office so the two copies can be "
    "compared.",
    "apply": "This station could not apply a change sent by the district. Tell the community "
    "office.",
}


def message(exc: SyncError) -> str:
    """The error in the user's language."""
    return tr(exc.source, **exc.params)


def explain(item: dict[str, Any]) -> str:
    """One needs-attention item as the secretary reads it: what happened, what to do."""
    try:
        reason = json.loads(item["reason"])
        params = dict(reason.get("params") or {})
        text = str(reason.get("text") or "")
    except (ValueError, TypeError, AttributeError):
        text, params = str(item.get("reason") or ""), {}
    params = shown_params(params)
    if "table" in params:
        params["table"] = TABLE_NAMES.get(params["table"], params["table"])
    try:
        what = tr(text, **params) if text else ""
    except (KeyError, IndexError):
        what = text
    parts = [f"[{tr(item['status'])}]"]
    if item.get("tbl"):
        parts.append(TABLE_NAMES.get(item["tbl"], item["tbl"]))
    if what:
        parts.append(what)
    advice = ADVICE.get(item["status"])
    if advice:
        parts.append(tr(advice))
    if item.get("local_value") or item.get("server_value"):
        parts.append(
            f"本机：{item.get('local_value') or '-'}；区里：{item.get('server_value') or '-'}"
        )
    return " ".join(parts)


def enroll_station(
    store: Store, server_url: str, code: str, session: requests.Session | None = None
) -> Credentials:
    return enroll(SqliteStationStore(store), server_url, code, session=session)


def run_sync(
    store: Store,
    *,
    progress: ProgressFn | None = None,
    cancel_event: threading.Event | None = None,
    session: requests.Session | None = None,
    **engine_options: Any,
) -> SyncReport:
    """One sync; raises SyncError("not_enrolled"), otherwise the report carries any error.
    A station enrolled before bundle keys registers them first (once)."""
    _upgrade_keys(store, session)
    engine = SyncEngine(
        SqliteStationStore(store),
        session=session,
        progress=progress,
        cancel_event=cancel_event,
        **engine_options,
    )
    return engine.run()


def _upgrade_keys(store: Store, session: requests.Session | None = None) -> None:
    """Best effort: a server that cannot be reached or refuses is reported by the sync
    itself (or by the export: "no keys yet"), and the next attempt tries again."""
    with contextlib.suppress(SyncError):
        register_keys(SqliteStationStore(store), session)


def export_bundle(store: Store, path: Path) -> dict[str, int]:
    _upgrade_keys(store)  # a station that still has the old key needs the new ones first
    return _export(SqliteStationStore(store), Path(path), lambda sha: blob_path(store, sha))


IMPORTED_REPLIES = "sync_imported_replies"  # digests of the reply bundles applied here
KEEP_IMPORTED = 200  # years of weekly replies; an older one is harmless anyway (op ids)


def import_bundle(store: Store, path: Path) -> SyncReport:
    """Apply a reply bundle. The same reply again (or a copy of it) changes nothing: not
    the needs-attention list, the log nor the last-sync time; the report is all zeros."""
    station = SqliteStationStore(store)
    bundle = open_reply(station, Path(path))  # verified before the write transaction
    with store.transaction():
        # the reply's effects and the note that it was applied commit together
        done = [str(d) for d in store.get_setting(IMPORTED_REPLIES) or []]
        if bundle.digest in done:
            return SyncReport()
        report = apply_reply(station, bundle)
        store.set_setting(IMPORTED_REPLIES, [*done, bundle.digest][-KEEP_IMPORTED:])
        station.write_log_for_bundle(report, Path(path).name)
    return report


@dataclass
class Status:
    enrolled: bool
    credentials: Credentials | None
    pending: int
    blobs_pending: int
    attention: list[dict[str, Any]]
    last_sync_at: str | None
    last: dict[str, Any] | None
    skew_ms: int | None

    @property
    def skew_warning(self) -> bool:
        return self.skew_ms is not None and abs(self.skew_ms) > SKEW_WARNING_MS


def status(store: Store) -> Status:
    station = SqliteStationStore(store)
    creds = station.credentials()
    log = station.log(1)
    skew = store.get_setting("sync_skew_ms")
    return Status(
        enrolled=creds is not None,
        credentials=creds,
        pending=changes.pending_changes(store),
        blobs_pending=len(station.blobs_to_upload()),
        attention=station.attention(),
        last_sync_at=store.get_setting("last_sync_at"),
        last=log[0] if log else None,
        skew_ms=int(skew) if skew is not None else None,
    )


def skew_text(skew_ms: int) -> str:
    return tr(
        "This computer's clock differs from the district server's by {minutes} minutes. "
        "Please set the correct time (sync is not affected).",
        minutes=round(abs(skew_ms) / 60000),
    )


def pending_by_table(store: Store) -> list[dict[str, Any]]:
    """Changes waiting to be sent, counted per record book."""
    return changes.pending_by_table(store)


def recent_log(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    return SqliteStationStore(store).log(limit)
