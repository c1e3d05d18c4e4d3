"""Offline bundles, the server's side: the district's keys; verify, apply through the same
ingest, reply.

The district's key pairs (protocol/bundle.py) are in KEY_FILE in the server's data folder,
made on first use and owner-only (0600 in the 0700 folder), and deliberately NOT in the
database: the database (possibly PostgreSQL on another machine, with its own backups) holds
only the stations' public keys, so reading it lets no one forge a reply a station applies.
Back the file up with the data folder: without it, bundles made for the old keys cannot be
opened, and each station needs a new enrollment to learn new ones.

The request in a bundle may hold any number of operations (a week of work without a
link); they are applied in one transaction through the same Ingest as /api/v1/sync, so
op-id dedup makes importing the same bundle twice (or a bundle whose operations also went
up online) harmless - it changes nothing, and answers with a new reply, which is how the
office replaces a reply that got lost - and attachments the station already has are not
stored again. The reply carries every feed operation after the bundle's download cursor:
the station cannot ask for "more" without a link. A revoked station's bundle is refused
like its token: the district revoked it because the computer (and its key) may be in the
wrong hands.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from linju_sync.protocol.bundle import (
    BundleError,
    BundleNotForUs,
    BundleOutdated,
    PrivateKeys,
    PublicKeys,
    peek_station,
    read_bundle,
    write_bundle,
)
from linju_sync.server.auth import Station, get_station
from linju_sync.server.blobs import BlobError, BlobStore
from linju_sync.server.ingest import RequestError, parse_request
from linju_sync.server.private import make_private, private_opener
from linju_sync.server.service import Server, response_json

REPLY_FEED_LIMIT = 1_000_000
KEY_FILE = "district-keys.json"


def district_keys(data_dir: Path) -> PrivateKeys:
    """The district's private keys, made on first use. Simultaneous first uses (several
    worker processes, or threads of one) agree: the file appears complete, by a hard link, or not at all."""
    path = Path(data_dir) / KEY_FILE
    if not path.exists():
        keys = PrivateKeys.generate()
        # a name of its own per call: two threads of one worker (two stations enrolling
        # at once) must not write, link or remove each other's file
        tmp = path.with_name(f"{KEY_FILE}.{os.getpid()}.{uuid.uuid4().hex}.part")
        with open(tmp, "w", encoding="utf-8", opener=private_opener) as fh:
            json.dump({"sign": keys.sign, "box": keys.box}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # never replaces keys another process made meanwhile
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    make_private(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    return PrivateKeys(str(data["sign"]), str(data["box"]))


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
    if station is None or not (station.sign_public and station.box_public):
        raise BundleRefused(
            f"refused: the bundle names station {station_id!r}, which is unknown here, was "
            "never enrolled, or has not yet registered its bundle keys (it does so at its "
            "next online sync; a station that cannot go online must be enrolled again)"
        )
    _refuse_revoked(station)
    keys = district_keys(server.data_dir)
    sender = PublicKeys(station.sign_public, station.box_public)
    try:
        bundle = read_bundle(path, keys, sender.sign, station.id)
    except BundleNotForUs as exc:
        raise BundleRefused(
            "refused: the bundle was encrypted for another district server's key (or for "
            "this server's before its keys were replaced); nothing was applied"
        ) from exc
    except (BundleOutdated, BundleError) as exc:
        raise BundleRefused(f"refused: {exc}; nothing was applied") from exc
    if bundle.kind != "request" or bundle.request is None:
        raise BundleRefused("refused: this is a reply bundle; import it at the station")
    try:
        req = parse_request(bundle.request, max_ops=None)
    except RequestError as exc:
        raise BundleRefused(f"refused: the bundle's request is malformed: {exc.reason}") from exc
    store = BlobStore(server.db, server.data_dir)
    for sha in store.missing(station.id, bundle.blobs):  # a replay stores nothing again
        try:
            store.put_stream(station.id, sha, bundle.iter_blob(sha))
        except (BlobError, BundleError) as exc:
            reason = exc.reason if isinstance(exc, BlobError) else str(exc)
            raise BundleRefused(f"refused: {reason}") from exc
    with server.db.write(station.id) as conn:
        # again under the station's lock: a revocation or new enrollment committed
        # meanwhile wins
        now = get_station(conn, station.id)
        if now is not None:
            _refuse_revoked(now)
        if now is None or now.sign_public != station.sign_public:
            raise BundleRefused("refused: the station was enrolled again meanwhile")
        resp, outcome = server.sync_in(conn, station.id, req, "bundle", REPLY_FEED_LIMIT)
    write_bundle(
        reply,
        station_id=station.id,
        sender=keys,
        recipient=sender,
        response=response_json(resp),
    )
    return ImportReport(
        station.id, station.name, outcome.counts, len(bundle.blobs), len(resp.operations), reply
    )
