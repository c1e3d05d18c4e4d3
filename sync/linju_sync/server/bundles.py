"""Offline bundles, the server's side: verify, apply through the same ingest, reply.

The request in a bundle may hold any number of operations (a week of work without a
link); they are applied in one transaction through the same Ingest as /api/v1/sync, so
op-id dedup makes importing the same bundle twice (or a bundle whose operations also went
up online) harmless, and attachments the station already has are not stored again. The
reply carries every feed operation after the bundle's download cursor: the station cannot
ask for "more" without a link. A revoked station's bundle is refused like its token: the
district revoked it because the computer (and its key) may be in the wrong hands.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from linju_sync.protocol.bundle import BundleError, peek_station, read_bundle, write_bundle
from linju_sync.server.auth import Station, get_station
from linju_sync.server.blobs import BlobError, BlobStore
from linju_sync.server.ingest import RequestError, parse_request
from linju_sync.server.service import Server, response_json

REPLY_FEED_LIMIT = 1_000_000


class BundleRefused(Exception):
    """A clear message for the operator; nothing was applied."""


def _refuse_revoked(station: Station) -> None:
    if station.revoked_at:
        raise BundleRefused(
            f"refused: the access of station {station.name} ({station.id}) was revoked at "
            f"{station.revoked_at}: {station.revoked_reason or 'no reason given'}. Nothing "
            "was applied; enroll the station again with a new code, then export a new bundle"
        )


@dataclass
class ImportReport:
    station_id: str
    station_name: str
    counts: dict[str, int]
    blobs: int
    feed_ops: int
    reply: Path


def import_bundle(server: Server, path: Path, reply: Path) -> ImportReport:
    try:
        station_id = peek_station(path)
    except BundleError as exc:
        raise BundleRefused(f"refused: {exc}") from exc
    with server.db.read() as conn:
        station = get_station(conn, station_id)
    if station is None or not station.signing_key:
        raise BundleRefused(
            f"refused: the bundle names station {station_id!r}, which is unknown here or "
            "was never enrolled"
        )
    try:
        bundle = read_bundle(path, station.signing_key, station.id)
    except BundleError as exc:
        raise BundleRefused(f"refused: {exc}") from exc
    if bundle.kind != "request" or bundle.request is None:
        raise BundleRefused("refused: this is a reply bundle; import it at the station")
    _refuse_revoked(station)
    try:
        req = parse_request(bundle.request, max_ops=None)
    except RequestError as exc:
        raise BundleRefused(f"refused: the bundle's request is malformed: {exc.reason}") from exc
    store = BlobStore(server.db, server.data_dir)
    for sha in store.missing(station.id, bundle.blobs):  # a replay stores nothing again
        try:
            store.put_stream(station.id, sha, bundle.iter_blob(sha))
        except BlobError as exc:
            raise BundleRefused(f"refused: {exc.reason}") from exc
    with server.db.write(station.id) as conn:
        # again under the station's lock: a revocation committed meanwhile wins
        now = get_station(conn, station.id)
        if now is not None:
            _refuse_revoked(now)
        resp, outcome = server.sync_in(conn, station.id, req, "bundle", REPLY_FEED_LIMIT)
    write_bundle(
        reply,
        station_id=station.id,
        signing_key=station.signing_key,
        response=response_json(resp),
    )
    return ImportReport(
        station.id, station.name, outcome.counts, len(bundle.blobs), len(resp.operations), reply
    )
