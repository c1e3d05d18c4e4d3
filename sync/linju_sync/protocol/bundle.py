"""Offline bundles: a sync request (or its reply) on a USB stick, signed with the station's key.

A bundle is a zip file:

    manifest.json   {"format": "linju-bundle", "version": 1, "kind": "request" | "reply",
                     "station_id": str, "created": ISO-8601 UTC,
                     "request": <SyncRequest JSON>   (kind "request")
                     "response": <SyncResponse JSON> (kind "reply"),
                     "blobs": [sha256, ...]}
    blobs/<sha256>  the attachment bytes, one file per hash listed in the manifest
    signature       hex HMAC-SHA256, keyed by bytes.fromhex(signing_key) (Enrollment), over
                    the exact manifest.json bytes followed by each listed blob's sha256
                    (ASCII hex) in manifest order

Reading checks the signature and that every blob's bytes hash to its name, so a changed
byte anywhere (manifest, blob, signature) or a bundle signed with another station's key is
refused with BundleError. Pure standard library: both the client and the server use it.

A bundle's identity (Bundle.digest) is the sha256 of its manifest bytes: a copy of the
file has the same one, so a reader can tell a bundle it has already applied.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from linju_sync.protocol.messages import SHA256

FORMAT = "linju-bundle"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature"
BLOB_DIR = "blobs/"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # a manifest is JSON of at most a few batches
_CHUNK = 1024 * 1024


class BundleError(ValueError):
    """A bundle that is not one, is damaged, was changed, or belongs to another station."""


class BundleUnreadable(BundleError):
    """Not a Linju bundle at all (not a zip, no manifest, unknown format or version)."""


class BundleForeign(BundleError):
    """The bundle names another station than the one reading it."""


class BundleTampered(BundleError):
    """The signature or a blob hash does not match: changed after writing, or foreign key."""


@dataclass
class Bundle:
    """A verified bundle. Blob bytes stay in the zip until asked for."""

    path: Path
    manifest: dict[str, Any]
    blobs: list[str] = field(default_factory=list)
    digest: str = ""  # sha256 hex of manifest.json (which lists the blobs' hashes)

    @property
    def kind(self) -> str:
        return str(self.manifest.get("kind", "request"))

    @property
    def station_id(self) -> str:
        return str(self.manifest["station_id"])

    @property
    def request(self) -> dict[str, Any] | None:
        return self.manifest.get("request")

    @property
    def response(self) -> dict[str, Any] | None:
        return self.manifest.get("response")

    def open_blob(self, sha256: str) -> IO[bytes]:
        """A binary stream of one blob (close it, or use it in a with block)."""
        if sha256 not in self.blobs:
            raise KeyError(sha256)
        zf = zipfile.ZipFile(self.path)
        stream = zf.open(BLOB_DIR + sha256)
        _close = stream.close

        def close() -> None:  # closing the stream closes its zip file too
            _close()
            zf.close()

        stream.close = close  # type: ignore[method-assign]
        return stream

    def iter_blob(self, sha256: str) -> Iterator[bytes]:
        with self.open_blob(sha256) as fh:
            while chunk := fh.read(_CHUNK):
                yield chunk


def sign(signing_key: str, manifest_bytes: bytes, blob_hashes: Iterable[str]) -> str:
    try:
        key = bytes.fromhex(signing_key)
    except (ValueError, TypeError) as exc:
        raise BundleError("the signing key is not hex") from exc
    mac = hmac.new(key, manifest_bytes, hashlib.sha256)
    for sha in blob_hashes:
        mac.update(sha.encode("ascii"))
    return mac.hexdigest()


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_bundle(
    path: str | os.PathLike[str],
    *,
    station_id: str,
    signing_key: str,
    request: dict[str, Any] | None = None,
    response: dict[str, Any] | None = None,
    blobs: Iterable[tuple[str, str | os.PathLike[str] | bytes]] = (),
) -> Path:
    """Write a signed bundle atomically. Give `request` (station -> server) or `response`
    (server -> station). `blobs` are (sha256, file path or bytes); each is hashed while
    copied and a wrong hash raises BundleError (the file changed under us)."""
    if (request is None) == (response is None):
        raise ValueError("a bundle carries either a request or a response")
    out = Path(path)
    items = list(blobs)
    hashes: list[str] = []
    for sha, _src in items:
        if not isinstance(sha, str) or not SHA256.match(sha):
            raise BundleError(f"not a sha256: {sha!r}")
        if sha not in hashes:
            hashes.append(sha)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "kind": "request" if request is not None else "reply",
        "station_id": station_id,
        "created": _utc_now(),
        "blobs": hashes,
    }
    if request is not None:
        manifest["request"] = request
    else:
        manifest["response"] = response
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode()
    fd, tmp = tempfile.mkstemp(dir=out.parent if str(out.parent) else ".", suffix=".part")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            zf.writestr(MANIFEST, manifest_bytes, compress_type=zipfile.ZIP_DEFLATED)
            done: set[str] = set()
            for sha, src in items:
                if sha in done:
                    continue
                done.add(sha)
                digest = hashlib.sha256()
                # photos are already compressed: store them as they are
                with zf.open(BLOB_DIR + sha, "w") as dst:
                    if isinstance(src, bytes):
                        digest.update(src)
                        dst.write(src)
                    else:
                        with open(src, "rb") as fh:
                            while chunk := fh.read(_CHUNK):
                                digest.update(chunk)
                                dst.write(chunk)
                if digest.hexdigest() != sha:
                    raise BundleError(f"attachment {sha} does not match its hash")
            zf.writestr(SIGNATURE, sign(signing_key, manifest_bytes, hashes))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def _read_manifest(zf: zipfile.ZipFile) -> tuple[bytes, dict[str, Any]]:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError as exc:
        raise BundleUnreadable("not a Linju bundle: manifest.json is missing") from exc
    if info.file_size > MAX_MANIFEST_BYTES:
        raise BundleUnreadable("the bundle manifest is too large")
    raw = zf.read(MANIFEST)
    try:
        manifest = json.loads(raw)
    except ValueError as exc:
        raise BundleUnreadable("the bundle manifest is damaged") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleUnreadable("not a Linju bundle")
    if manifest.get("version") != VERSION:
        raise BundleUnreadable(f"bundle version {manifest.get('version')!r} is not supported")
    if not isinstance(manifest.get("station_id"), str):
        raise BundleUnreadable("the bundle names no station")
    blobs = manifest.get("blobs", [])
    if not isinstance(blobs, list) or not all(
        isinstance(b, str) and SHA256.match(b) for b in blobs
    ):
        raise BundleUnreadable("the bundle's attachment list is damaged")
    return raw, manifest


def peek_station(path: str | os.PathLike[str]) -> str:
    """The station a bundle claims to come from (unverified: to look up its key)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return str(_read_manifest(zf)[1]["station_id"])
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleUnreadable(f"not a Linju bundle: {exc}") from exc


def read_bundle(
    path: str | os.PathLike[str], signing_key: str, station_id: str | None = None
) -> Bundle:
    """Open and verify a bundle; raises BundleUnreadable (not a bundle), BundleForeign
    (names a station other than `station_id`, when given) or BundleTampered (signature or
    blob hash wrong). Blob contents are checked against their hashes here, once."""
    p = Path(path)
    try:
        with zipfile.ZipFile(p) as zf:
            raw, manifest = _read_manifest(zf)
            if station_id is not None and manifest["station_id"] != station_id:
                raise BundleForeign(
                    f"the bundle belongs to station {manifest['station_id']}, not {station_id}"
                )
            try:
                signature = zf.read(SIGNATURE).decode("ascii").strip()
            except (KeyError, UnicodeDecodeError) as exc:
                raise BundleTampered("the bundle is not signed") from exc
            hashes: list[str] = manifest.get("blobs", [])
            expected = sign(signing_key, raw, hashes)
            if not hmac.compare_digest(expected, signature):
                raise BundleTampered(
                    "the bundle's signature does not match this station's key: "
                    "it was changed after it was written, or it belongs to another station"
                )
            names = set(zf.namelist())
            for sha in hashes:
                if BLOB_DIR + sha not in names:
                    raise BundleTampered(f"attachment {sha} is missing from the bundle")
                digest = hashlib.sha256()
                with zf.open(BLOB_DIR + sha) as fh:
                    while chunk := fh.read(_CHUNK):
                        digest.update(chunk)
                if digest.hexdigest() != sha:
                    raise BundleTampered(
                        f"attachment {sha} was changed after the bundle was written"
                    )
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BundleUnreadable(f"the bundle file is damaged: {exc}") from exc
    kind = manifest.get("kind", "request")
    body = manifest.get("request" if kind == "request" else "response")
    if kind not in ("request", "reply") or not isinstance(body, dict):
        raise BundleUnreadable("the bundle carries neither a request nor a reply")
    return Bundle(p, manifest, list(hashes), hashlib.sha256(raw).hexdigest())
