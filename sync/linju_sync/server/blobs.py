"""Attachments by SHA-256, uploaded tus-style: ask the offset, send from there.

Files live under DATA/blobs/<aa>/<sha256> once complete and verified; an upload in progress
is DATA/blobs/partial/<station>/<sha256>, whose committed length is the "received" column
(bytes beyond it, from a write cut half way, are cut off before the next chunk lands).
Uploads are per station: a station cannot learn whether another station holds a file.

A district's Monday morning brings ten thousand photos, most sent whole in one PATCH:
such an upload is hashed in memory and written once, beside its final place, then renamed
into it (no partial file written and read back), and the statements are built once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, select

from linju_sync.server.common import now_iso
from linju_sync.server.db import Database, blobs
from linju_sync.server.private import ensure_private_dir, make_private, private_opener

MAX_BLOB_BYTES = 1024 * 1024 * 1024

_MINE = (blobs.c.station_id == bindparam("sid")) & (blobs.c.sha256 == bindparam("sha"))
_STATE = select(blobs.c.received, blobs.c.length, blobs.c.complete).where(_MINE)
_SET = ("length", "received", "complete", "updated_at")
_UPDATE = blobs.update().where(_MINE).values({c: bindparam(f"new_{c}") for c in _SET})
_INSERT = blobs.insert()


class BlobError(Exception):
    def __init__(self, status: int, reason: str, offset: int | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.offset = offset


@dataclass
class BlobState:
    received: int
    length: int | None
    complete: bool


class BlobStore:
    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.root = Path(data_dir) / "blobs"
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._dirs: set[Path] = set()  # folders made private already (stat'ed once)

    def path(self, sha: str) -> Path:
        return self.root / sha[:2] / sha

    def _partial(self, station_id: str, sha: str) -> Path:
        return self.root / "partial" / station_id / sha

    def _lock(self, station_id: str, sha: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault((station_id, sha), threading.Lock())

    def _folder(self, path: Path) -> Path:
        """ensure_private_dir(path), once per folder of this process."""
        if path not in self._dirs:
            ensure_private_dir(path)
            self._dirs.add(path)
        return path

    def state(self, station_id: str, sha: str) -> BlobState:
        with self.db.read() as conn:
            r = conn.execute(_STATE, {"sid": station_id, "sha": sha}).first()
        if r is None:
            return BlobState(0, None, False)
        return BlobState(int(r.received), int(r.length), bool(r.complete))

    def missing(self, station_id: str, hashes: list[str]) -> list[str]:
        have: set[str] = set()
        with self.db.read() as conn:
            for i in range(0, len(hashes), 500):
                have.update(
                    conn.execute(
                        select(blobs.c.sha256).where(
                            blobs.c.station_id == station_id,
                            blobs.c.complete == 1,
                            blobs.c.sha256.in_(hashes[i : i + 500]),
                        )
                    ).scalars()
                )
        return [h for h in dict.fromkeys(hashes) if h not in have]

    def _save(self, station_id: str, sha: str, length: int, received: int, complete: bool) -> None:
        values = dict(zip(_SET, (length, received, int(complete), now_iso()), strict=True))
        with self.db.write() as conn:
            new = {f"new_{c}": v for c, v in values.items()}
            if conn.execute(_UPDATE, {"sid": station_id, "sha": sha, **new}).rowcount:
                return
            conn.execute(_INSERT, {"station_id": station_id, "sha256": sha, **values})

    def patch(self, station_id: str, sha: str, offset: int, length: int, chunk: bytes) -> int:
        """Append `chunk` at `offset`; returns the new offset. 409 (with the server's
        offset) when the client's offset is not the server's."""
        if length < 0 or length > MAX_BLOB_BYTES:
            raise BlobError(413, f"attachments may be at most {MAX_BLOB_BYTES} bytes")
        with self._lock(station_id, sha):
            st = self.state(station_id, sha)
            if st.length is not None and st.length != length:
                raise BlobError(
                    409,
                    f"Upload-Length {length} differs from the upload's {st.length}",
                    st.received,
                )
            if st.complete:
                if offset != st.received:
                    raise BlobError(409, "the upload is already complete", st.received)
                return st.received
            if offset != st.received:
                raise BlobError(
                    409, f"the server holds {st.received} bytes of this file", st.received
                )
            if offset + len(chunk) > length:
                raise BlobError(400, "the chunk runs past Upload-Length", st.received)
            if offset == 0 and len(chunk) == length:
                return self._whole(station_id, sha, chunk, tried=st.length is not None)
            part = self._partial(station_id, sha)
            self._folder(part.parent)
            with open(part, "ab+", opener=private_opener) as fh:
                fh.truncate(offset)  # drop what a cut-off earlier write left beyond the offset
                fh.seek(offset)
                fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            received = offset + len(chunk)
            if received < length:
                self._save(station_id, sha, length, received, False)
                return received
            digest = hashlib.sha256()
            with open(part, "rb") as fh:
                while block := fh.read(1024 * 1024):
                    digest.update(block)
            if digest.hexdigest() != sha:
                part.unlink(missing_ok=True)
                self._save(station_id, sha, length, 0, False)
                raise BlobError(
                    422, "the uploaded bytes do not match the sha256; upload again from 0", 0
                )
            self.store_file(station_id, sha, part, length)
            return length

    def _whole(self, station_id: str, sha: str, data: bytes, tried: bool) -> int:
        """A file sent whole: verified in memory, written (and synced) beside its place
        in the store, renamed into it, marked complete. Nothing is written when the
        bytes do not match, nor when the store holds the file already (another station's
        copy of the same bytes). `tried`: an earlier upload may have left a partial file."""
        if tried:
            self._partial(station_id, sha).unlink(missing_ok=True)
        if hashlib.sha256(data).hexdigest() != sha:
            self._save(station_id, sha, len(data), 0, False)
            raise BlobError(
                422, "the uploaded bytes do not match the sha256; upload again from 0", 0
            )
        dest = self.path(sha)
        if not dest.exists():
            tmp = self._folder(dest.parent) / f".{sha}.{threading.get_ident()}"
            try:
                with open(tmp, "wb", opener=private_opener) as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, dest)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        self._save(station_id, sha, len(data), len(data), True)
        return len(data)

    def store_file(self, station_id: str, sha: str, src: Path, length: int) -> None:
        """Move a verified file into the store (shared by content) and mark it complete."""
        dest = self.path(sha)
        self._folder(dest.parent)
        if dest.exists():
            src.unlink(missing_ok=True)
        else:
            os.replace(src, dest)
        make_private(dest)  # photos of people and documents: owner-only like the database
        self._save(station_id, sha, length, length, True)

    def put_stream(self, station_id: str, sha: str, chunks: Iterable[bytes]) -> None:
        """Store a whole blob from an iterator of bytes (offline bundles), verifying it."""
        part = self._partial(station_id, sha)
        self._folder(part.parent)
        digest = hashlib.sha256()
        n = 0
        with open(part, "wb", opener=private_opener) as fh:
            for chunk in chunks:
                digest.update(chunk)
                fh.write(chunk)
                n += len(chunk)
        if digest.hexdigest() != sha:
            part.unlink(missing_ok=True)
            raise BlobError(422, f"attachment {sha} does not match its hash")
        self.store_file(station_id, sha, part, n)

    def remove_partials(self, station_id: str) -> None:
        self._dirs.clear()
        shutil.rmtree(self.root / "partial" / station_id, ignore_errors=True)
