"""The station's side of the sync engine's StationStore interface, over Store.

Settings it keeps (local, never synced): sync_server_url, sync_station_id,
sync_station_name, sync_token, sync_own_keys and sync_district_keys (the bundle keys),
sync_signing_key (only on a station enrolled before bundle keys, until it registers them),
sync_uploaded_seq (the change-log seq the server acknowledged; the status bar reads it),
sync_download_cursor (the server feed seq applied) and last_sync_at.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from linju_sync.client.station import (
    BlobInfo,
    Credentials,
    Cursors,
    PendingBatch,
    StepOutcome,
    SyncLogEntry,
)
from linju_sync.protocol.bundle import PrivateKeys, PublicKeys
from linju_sync.protocol.hlc import HybridClock
from linju_sync.protocol.messages import Checksum, FeedOperation, Operation, OpResult

from linju_desktop import __version__
from linju_desktop.services.attachments import blob_path
from linju_desktop.services.sync_reasons import attention_reason
from linju_desktop.store import changelog
from linju_desktop.store import sync_queries as q
from linju_desktop.store.database import Store
from linju_desktop.store.reads import changes

_CRED_KEYS = {
    "server_url": "sync_server_url",
    "station_id": "sync_station_id",
    "station_name": "sync_station_name",
    "token": "sync_token",
    "signing_key": "sync_signing_key",
}
# The station's private bundle keys live here, in the station database, beside the token:
# the file is 0600 and holds the ID numbers the keys protect anyway, and a restored backup
# brings token, keys and cursors back together (a separate key file could be lost, or come
# back from another day than the database it belongs to).
_OWN_KEYS, _DISTRICT_KEYS = "sync_own_keys", "sync_district_keys"
PROBLEM_STATUSES = ("rejected", "conflict", "mismatch")


def utc_now() -> str:
    # Sync bookkeeping runs on the computer's real clock, as the HLC and the server do,
    # never on a pinned domain/clock (a pinned date must not skew sync intervals).
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class SqliteStationStore:
    """StationStore over the desktop's record book (one Store, used from one thread)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.node_id = store.node_id
        self.client_app = f"linju-desktop {__version__}; schema {store.schema_version()}"

    # -- enrollment --------------------------------------------------------------------
    def credentials(self) -> Credentials | None:
        values = {k: self.store.get_setting(s) for k, s in _CRED_KEYS.items()}
        if not values["token"] or not values["server_url"]:
            return None
        own, district = self.store.get_setting(_OWN_KEYS), self.store.get_setting(_DISTRICT_KEYS)
        return Credentials(
            **{k: str(v or "") for k, v in values.items()},
            own_keys=PrivateKeys(own["sign"], own["box"]) if own else None,
            district_keys=PublicKeys(district["sign"], district["box"]) if district else None,
        )

    def save_credentials(self, creds: Credentials) -> None:
        with self.store.transaction():
            previous = self.store.get_setting("sync_station_id")
            for k, s in _CRED_KEYS.items():
                q.put_setting(self.store, s, getattr(creds, k) or None)
            own, district = creds.own_keys, creds.district_keys
            q.put_setting(
                self.store, _OWN_KEYS, {"sign": own.sign, "box": own.box} if own else None
            )
            q.put_setting(self.store, _DISTRICT_KEYS, district.as_json() if district else None)
            if previous != creds.station_id:
                # another station (or a fresh server): the feed starts from the beginning
                # and every local change goes up again (op ids keep that idempotent)
                q.put_setting(self.store, "sync_download_cursor", 0)
                q.put_setting(self.store, "sync_uploaded_seq", 0)
                q.forget_uploaded_blobs(self.store)
                # what compaction thinned out goes up again with its values
                changelog.rehydrate(self.store)

    def forget_token(self) -> None:
        with self.store.transaction():
            q.put_setting(self.store, "sync_token", None)

    # -- cursors and the upload queue -----------------------------------------------------
    def cursors(self) -> Cursors:
        return Cursors(
            int(self.store.get_setting("sync_uploaded_seq", 0) or 0),
            int(self.store.get_setting("sync_download_cursor", 0) or 0),
        )

    def pending_count(self, after_seq: int) -> int:
        return changes.changes_after(self.store, after_seq)

    def pending_tables(self, after_seq: int) -> set[str]:
        return q.pending_tables(self.store, after_seq)

    def pending_operations(self, after_seq: int, max_ops: int, max_bytes: int) -> PendingBatch:
        ops, last, more = q.pending_operations(self.store, after_seq, max_ops, max_bytes)
        return PendingBatch(ops, last, more)

    # -- one committed step --------------------------------------------------------------------
    def commit_step(
        self,
        *,
        sent: list[Operation],
        upload_seq: int,
        results: list[OpResult],
        feed: list[FeedOperation],
        next_cursor: int,
    ) -> StepOutcome:
        out = StepOutcome()
        now = utc_now()
        with self.store.transaction():
            cur = self.cursors()
            # An old reply (a bundle imported late) must not undo newer progress.
            feed = [op for op in feed if op.seq > cur.download_cursor]
            items = self._result_items(sent, results)
            # the clock's horizon: nothing the clock would refuse to merge is applied
            applied = q.apply_feed(self.store, feed, upload_seq, self._clock().horizon())
            items.extend(applied.problems)
            if applied.max_hlc:
                self._clock().receive(applied.max_hlc)
            out.applied, out.skipped_fields = applied.applied, applied.skipped_fields
            out.attention = q.add_attention(self.store, items, now) if items else 0
            q.put_setting(self.store, "sync_uploaded_seq", max(cur.uploaded_seq, upload_seq))
            q.put_setting(self.store, "sync_download_cursor", max(cur.download_cursor, next_cursor))
        return out

    def _clock(self) -> HybridClock:
        # The transaction's clock: receive() here is saved to meta with the commit, so
        # stamps made after the sync sort after everything the district sent.
        clock = self.store.transaction_clock()
        if clock is None:
            raise RuntimeError("commit_step must run inside a transaction")
        return clock

    @staticmethod
    def _result_items(sent: list[Operation], results: list[OpResult]) -> list[dict[str, Any]]:
        by_id = {op.op_id: op for op in sent}
        items = []
        for r in results:
            status = r.status
            if status == "duplicate" and (r.conflict or r.code):
                # The server replays the first verdict's detail: the answer that carried a
                # conflict or refusal was lost on the way, so this is its only chance to
                # reach the needs-attention list.
                status = "conflict" if r.conflict else "rejected"
            if status not in PROBLEM_STATUSES:
                continue
            op = by_id.get(r.op_id)
            local = op.changes if op else None
            server: Any = None
            if r.conflict:
                local = {f: v.get("local") for f, v in r.conflict.items() if isinstance(v, dict)}
                server = {
                    f: {"server": v.get("server"), "kept": v.get("kept")}
                    for f, v in r.conflict.items()
                    if isinstance(v, dict)
                }
            template, params = attention_reason(r.code, r.params)
            items.append(
                {
                    **params,
                    "status": status,
                    "op_id": r.op_id,
                    "tbl": op.table if op else None,
                    "row_id": op.row_id if op else None,
                    "reason": template,
                    "local_value": json.dumps(local, ensure_ascii=False) if local else None,
                    "server_value": json.dumps(server, ensure_ascii=False) if server else None,
                }
            )
        return items

    # -- verification -----------------------------------------------------------------------
    def local_checksums(self, tables: list[str]) -> dict[str, Checksum]:
        return q.table_checksums(self.store, tables)

    def record_checksum_mismatch(self, tables: dict[str, tuple[Checksum, Checksum]]) -> None:
        items = [
            {
                "status": "checksum",
                "tbl": t,
                "reason": "The records of {table} here and at the district differ "
                "({local} rows here, {server} there).",
                "table": t,
                "local": local.rows,
                "server": server.rows,
                "local_value": json.dumps(asdict(local)),
                "server_value": json.dumps(asdict(server)),
            }
            for t, (local, server) in tables.items()
        ]
        with self.store.transaction():
            q.add_attention(self.store, items, utc_now())

    # -- attachments --------------------------------------------------------------------------
    def blobs_to_upload(self) -> list[BlobInfo]:
        out = []
        for sha, size in q.blobs_not_uploaded(self.store):
            path = blob_path(self.store, sha)
            if path.exists():  # a file still being copied in is picked up next time
                out.append(BlobInfo(sha, path.stat().st_size or size))
        return out

    def read_blob(self, sha256: str, offset: int, size: int) -> bytes:
        with blob_path(self.store, sha256).open("rb") as fh:
            fh.seek(offset)
            return fh.read(size)

    def mark_blobs_uploaded(self, hashes: list[str]) -> None:
        with self.store.transaction():
            q.mark_blobs(self.store, hashes, utc_now())

    def partial_blob(self) -> str | None:
        return self.store.get_setting("sync_blob_partial")

    def set_partial_blob(self, sha256: str | None) -> None:
        self.store.set_setting("sync_blob_partial", sha256)

    # -- the sync log -----------------------------------------------------------------------------
    def write_log(self, entry: SyncLogEntry) -> None:
        row = asdict(entry)
        row["details"] = json.dumps(row["details"], ensure_ascii=False)
        with self.store.transaction():
            q.write_log(self.store, row)
            if entry.result in ("ok", "attention", "mismatch"):
                q.put_setting(self.store, "last_sync_at", entry.finished_at)
            if entry.skew_ms is not None:
                q.put_setting(self.store, "sync_skew_ms", entry.skew_ms)

    # -- for the status screen and the CLI ------------------------------------------------------
    def attention(self) -> list[dict[str, Any]]:
        return q.open_attention(self.store)

    def attention_count(self) -> int:
        return q.count_open_attention(self.store)

    def resolve(self, item_id: int) -> None:
        with self.store.transaction():
            q.resolve_attention(self.store, item_id, utc_now())

    def log(self, limit: int = 20) -> list[dict[str, Any]]:
        return q.recent_log(self.store, limit)

    def write_log_for_bundle(self, report: Any, name: str) -> None:
        now = utc_now()
        self.write_log(
            SyncLogEntry(
                started_at=now,
                finished_at=now,
                result=report.result,
                sent=report.sent,
                received=report.received,
                server_time=report.server_time,
                message=f"bundle {name}",
                details={"bundle": name, "mismatched": report.mismatched},
            )
        )
