"""Sync use cases for the CLI and the GUI: enroll, run, status, offline bundles, and the
words the secretary reads (English source strings, Simplified Chinese registered here)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from linju_sync.client.engine import ProgressFn, SyncEngine, SyncReport, enroll
from linju_sync.client.errors import MESSAGES, SyncError
from linju_sync.client.offline import apply_reply, open_reply
from linju_sync.client.offline import export_bundle as _export
from linju_sync.client.station import Credentials
from linju_sync.protocol.messages import SKEW_WARNING_MS

from linju_desktop.domain.i18n import register, tr
from linju_desktop.services.attachments import blob_path
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store
from linju_desktop.store.reads import changes

register(
    {
        MESSAGES["not_enrolled"]: "本机尚未在区服务器登记。请向社区办公室索取登记码，然后运行："
        "linju sync enroll --server 服务器地址 --code 登记码",
        MESSAGES[
            "unreachable"
        ]: "无法连接区服务器 {url}。请检查网线或无线网络后重试；记录都已安全保存在本机。",
        MESSAGES[
            "timeout"
        ]: "区服务器没有及时响应（网络较慢或不稳定）。请稍后重试；已发送的内容不会丢失。",
        MESSAGES["unauthorized"]: "区服务器已不再接受本机（访问权限已被撤销或更换）。"
        "请向社区办公室索取新的登记码并重新登记。",
        MESSAGES["forbidden"]: "区服务器拒绝了请求：{reason}。请社区办公室核查本站点的权限。",
        MESSAGES[
            "bad_code"
        ]: "登记码未被接受：{reason}。请核对登记码，或向社区办公室索取新的登记码（每个登记码只能使用一次）。",
        MESSAGES["server_error"]: "区服务器出现故障（HTTP {status}）。请稍后重试；数据没有丢失。",
        MESSAGES["refused"]: "区服务器拒绝了请求（HTTP {status}）：{reason}",
        MESSAGES["protocol"]: "区服务器使用的同步版本与本程序不同。请安装最新版邻居软件。",
        MESSAGES["bad_response"]: "区服务器的应答无法识别（{detail}）。请稍后重试。",
        MESSAGES["cancelled"]: "同步已取消。已发送的内容会保留，其余的下次同步时发送。",
        MESSAGES[
            "bundle_invalid"
        ]: "同步文件 {name} 已损坏或在生成后被改动过，未予使用。请重新索取。",
        MESSAGES["bundle_foreign"]: "同步文件 {name} 属于其他站点，未予使用。",
        MESSAGES["bundle_unreadable"]: "文件 {name} 不是邻居软件的同步文件。",
        # needs-attention reasons made on this side
        "This program does not know the record book {table}.": "本程序不认识台账“{table}”。请安装最新版邻居软件。",
        "Fields {fields} are unknown to this program; install the newest Linju.": "本程序不认识字段 {fields}；请安装最新版邻居软件。",
        "The district's change could not be applied here: {detail}": "区里发来的修改无法在本机应用：{detail}",
        "The records of {table} here and at the district differ ({local} rows here, "
        "{server} there).": "本机与区里的“{table}”记录不一致（本机 {local} 条，区里 {server} 条）。",
        # what to do, by kind of item
        "The district server did not accept this change. Check the record and correct it; "
        "the correction is sent at the next sync.": "区服务器没有接受这条修改。请核对并改正该记录，改正后会在下次同步时发送。",
        "This record was changed here and at the district at the same time. Both values "
        "are kept below; check which is right and edit the record if needed.": "这条记录在本机和区里同时被修改过。两边的内容都保留在下方；请核对哪一个正确，如有需要请直接修改该记录。",
        "The district already has a different change with the same number. Tell the "
        "community office; do not delete anything.": "区里已有一条编号相同但内容不同的修改。请告知社区办公室，不要删除任何数据。",
        "Do not delete anything; tell the community office so the two copies can be "
        "compared.": "请不要删除任何数据；请告知社区办公室，以便核对两边的数据。",
        "This station could not apply a change sent by the district. Tell the community "
        "office.": "本机无法应用区里发来的一条修改。请告知社区办公室。",
        # status and run summaries
        "Enrolled: station {name} ({id}) at {url}": "登记成功：站点 {name}（{id}），服务器 {url}",
        "Not enrolled; changes wait on this computer.": "尚未登记；修改都保存在本机等待同步。",
        "Server: {url}  Station: {name} ({id})": "服务器：{url}  站点：{name}（{id}）",
        "Last sync: {when} ({result})": "上次同步：{when}（{result}）",
        "Not synced yet": "尚未同步",
        "Changes waiting for sync: {n}": "待同步的修改：{n} 条",
        "Photos and files waiting: {n}": "待上传的照片和文件：{n} 个",
        "Needs attention: {n}": "需要处理：{n} 项",
        "Sent {sent}, received {received}, {requests} request(s).": "已发送 {sent} 条，收到 {received} 条，共 {requests} 次请求。",
        "Photos uploaded: {n} ({kb} KB).": "已上传照片和文件 {n} 个（{kb} KB）。",
        "Everything is in sync with the district.": "已与区里完全同步。",
        "{n} item(s) need attention: run `linju sync status` to see them.": "有 {n} 项需要处理：运行 linju sync status 查看。",
        "The records of {tables} differ from the district's. This was not hidden or "
        "overwritten; tell the community office.": "“{tables}”的记录与区里不一致。程序没有隐藏或覆盖这一差异；请告知社区办公室。",
        "This computer's clock differs from the district server's by {minutes} minutes. "
        "Please set the correct time (sync is not affected).": "本机时钟与区服务器相差 {minutes} 分钟。请校准电脑时间（同步不受影响）。",
        "Wrote {path}: {operations} change(s), {blobs} file(s). Take it to the community "
        "office; bring back their reply file and run: linju sync import-bundle FILE": "已写入 {path}：{operations} 条修改，{blobs} 个文件。请带到社区办公室；带回回复文件后运行：linju sync import-bundle 文件",
        "Applied {path}: {received} change(s) received, {sent} acknowledged.": "已应用 {path}：收到 {received} 条修改，确认 {sent} 条。",
        "ok": "正常",
        "attention": "有需要处理的事项",
        "mismatch": "数据不一致",
        "error": "失败",
        "cancelled": "已取消",
        "rejected": "被拒收",
        "conflict": "冲突",
        "apply": "无法应用",
        "checksum": "校验不一致",
    }
)

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
    """One sync; raises SyncError("not_enrolled"), otherwise the report carries any error."""
    engine = SyncEngine(
        SqliteStationStore(store),
        session=session,
        progress=progress,
        cancel_event=cancel_event,
        **engine_options,
    )
    return engine.run()


def export_bundle(store: Store, path: Path) -> dict[str, int]:
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
