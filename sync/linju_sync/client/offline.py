"""No link at all: the same sync step carried on a USB stick.

export_bundle() writes what run() would send (every pending operation, in one request,
and the photos the server may lack) into a bundle encrypted to the district's key and
signed with the station's (linju_sync.protocol.bundle);
import_bundle() applies the district's reply through the same commit path as an online
answer (results -> needs-attention list, feed applied without echo, cursors advanced),
so a bundle and an online sync can be mixed in any order: op ids make re-sending
harmless and an old reply never moves a cursor backwards. open_reply() and apply_reply()
are the two halves of import_bundle(), for a caller that keeps the digests of the replies
it applied (linju_desktop.services.sync) and so recognises a replayed one.

register_keys() upgrades a station enrolled before bundle keys (it holds only the old
symmetric key, which the server also kept): over the authenticated API it registers the
public halves of key pairs made here and learns the district's public keys; the server
then forgets the old key, and this station does too.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import requests

from linju_sync.client.engine import SyncReport, compare_checksums
from linju_sync.client.errors import SyncError
from linju_sync.client.records import parse_response
from linju_sync.client.station import Credentials, StationStore
from linju_sync.client.transport import Transport
from linju_sync.protocol.bundle import (
    Bundle,
    BundleError,
    BundleForeign,
    BundleNotForUs,
    BundleOutdated,
    BundleTampered,
    PrivateKeys,
    PublicKeys,
    read_bundle,
    write_bundle,
)
from linju_sync.protocol.hlc import wall_millis
from linju_sync.protocol.messages import PROTOCOL_VERSION, SyncRequest

ALL = 10**9


def register_keys(
    store: StationStore, session: requests.Session | None = None, retries: int = 0
) -> bool:
    """Give a station enrolled before bundle keys its key pairs (see the module docstring).
    False when there was nothing to do; SyncError when the server cannot be reached or
    refuses (the next sync tries again)."""
    creds = store.credentials()
    if creds is None or creds.has_bundle_keys:
        return False
    if creds.own_keys is None:
        # kept before asking: if the answer is lost, the retry sends the same public keys
        creds = replace(creds, own_keys=PrivateKeys.generate())
        store.save_credentials(creds)
    assert creds.own_keys is not None
    t = Transport(creds.server_url, creds.token, session, retries=retries)
    try:
        body = t.post_json("/api/v1/keys", {"public_keys": creds.own_keys.public().as_json()})
    finally:
        t.close()
    try:
        district = PublicKeys.parse(body["district_keys"])
    except (KeyError, TypeError, ValueError) as exc:
        raise SyncError("bad_response", detail=f"keys: {exc}") from exc
    store.save_credentials(replace(creds, district_keys=district, signing_key=""))
    return True


def _bundle_credentials(store: StationStore) -> Credentials:
    creds = store.credentials()
    if creds is None:
        raise SyncError("not_enrolled")
    if not creds.has_bundle_keys:
        raise SyncError("bundle_no_keys")
    return creds


def export_bundle(store: StationStore, path: Path, blob_path: Any) -> dict[str, int]:
    """Write the pending operations and attachments; blob_path(sha) -> local file.
    Nothing is marked as sent: the cursors move only when the reply is imported."""
    creds = _bundle_credentials(store)
    assert creds.own_keys is not None and creds.district_keys is not None
    cur = store.cursors()
    batch = store.pending_operations(cur.uploaded_seq, ALL, ALL)
    req = SyncRequest(
        protocol=PROTOCOL_VERSION,
        operations=batch.ops,
        upload_seq=batch.last_seq,
        download_cursor=cur.download_cursor,
        client_time=wall_millis(),
        client_node=store.node_id,
        want_checksums=True,
    )
    blobs = {b.sha256: Path(blob_path(b.sha256)) for b in store.blobs_to_upload()}
    write_bundle(
        Path(path),
        station_id=creds.station_id,
        sender=creds.own_keys,
        recipient=creds.district_keys,
        request=asdict(req),
        blobs=sorted(blobs.items()),
    )
    return {"operations": len(batch.ops), "blobs": len(blobs)}


def open_reply(store: StationStore, path: Path) -> Bundle:
    """Read and verify a reply bundle for this station; SyncError says what is wrong."""
    creds = _bundle_credentials(store)
    assert creds.own_keys is not None and creds.district_keys is not None
    name = Path(path).name
    try:
        bundle = read_bundle(Path(path), creds.own_keys, creds.district_keys.sign, creds.station_id)
    except BundleForeign as exc:
        raise SyncError("bundle_foreign", name=name) from exc
    except BundleNotForUs as exc:
        raise SyncError("bundle_not_for_us", name=name) from exc
    except BundleOutdated as exc:
        raise SyncError("bundle_outdated", name=name) from exc
    except BundleTampered as exc:
        raise SyncError("bundle_invalid", name=name) from exc
    except BundleError as exc:
        raise SyncError("bundle_unreadable", name=name) from exc
    if bundle.kind != "reply" or not isinstance(bundle.response, dict):
        raise SyncError("bundle_unreadable", name=name)
    return bundle


def import_bundle(store: StationStore, path: Path) -> SyncReport:
    return apply_reply(store, open_reply(store, path))


def apply_reply(store: StationStore, bundle: Bundle) -> SyncReport:
    """Apply a verified reply (from open_reply) through the online commit path."""
    resp = parse_response(bundle.response)
    if resp.protocol != PROTOCOL_VERSION:
        raise SyncError("protocol")
    cur = store.cursors()
    # The operations the reply answers are still in the local queue (the cursor has not
    # moved): read them back for the needs-attention items (table, row, our values).
    answered = {r.op_id for r in resp.results}
    queued = store.pending_operations(cur.uploaded_seq, ALL, ALL).ops
    sent = [op for op in queued if op.op_id in answered]
    # The upload cursor moves past the longest run of queued operations the reply answers
    # (the reply says nothing else about them); anything after goes again, harmlessly.
    prefix = 0
    while prefix < len(queued) and queued[prefix].op_id in answered:
        prefix += 1
    upload_seq = (
        store.pending_operations(cur.uploaded_seq, prefix, ALL).last_seq
        if prefix
        else cur.uploaded_seq
    )
    outcome = store.commit_step(
        sent=sent,
        upload_seq=upload_seq,
        results=resp.results,
        feed=resp.operations,
        next_cursor=resp.next_cursor,
    )
    received = bundle.manifest.get("blobs_received")
    if isinstance(received, list) and received:
        store.mark_blobs_uploaded([str(h) for h in received])
    report = SyncReport(
        sent=len(sent),
        received=outcome.applied,
        attention=outcome.attention,
        skipped_fields=outcome.skipped_fields,
        server_time=resp.server_time,
        warnings=list(resp.warnings),
    )
    if resp.checksums is not None and not resp.has_more:
        compare_checksums(store, resp.checksums, report)
    return report
