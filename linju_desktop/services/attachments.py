"""Photos and scans stored once by SHA-256 under the data folder (sync uploads by hash)."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.store.database import Store
from linju_desktop.store.paths import ensure_private_dir, make_private
from linju_desktop.store.reads import attachments as reads

MAX_BYTES = 50 * 1024 * 1024
_MSG_MISSING = "The file {name} cannot be read"
_MSG_TOO_BIG = "The file {name} is larger than 50 MB"

OWNERS = {"meetings", "expenses", "requests", "addenda"}


def blob_path(store: Store, sha256: str) -> Path:
    return store.attachments_dir / sha256[:2] / sha256


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the attachments folder, not yet linked to a record."""

    sha256: str
    filename: str
    mime: str
    size: int


def store_file(store: Store, source: Path) -> StoredFile:
    """Copy `source` into the folder (once per content); writes no rows, so a flow can copy
    every file before its transaction and leave nothing half-saved when one fails."""
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError([Problem("file", _MSG_TOO_BIG, {"name": source.name})])
        digest = hashlib.sha256()
        with source.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise ValidationError([Problem("file", _MSG_MISSING, {"name": source.name})]) from exc
    sha = digest.hexdigest()
    target = blob_path(store, sha)
    if not target.exists():
        ensure_private_dir(target.parent)
        fd, tmp = tempfile.mkstemp(dir=target.parent)
        os.close(fd)
        try:
            shutil.copyfile(source, tmp)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        os.replace(tmp, target)
        make_private(target)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return StoredFile(sha, source.name, mime, size)


def link(
    store: Store, owner_table: str, owner_id: str, stored: StoredFile, caption: str = ""
) -> str:
    """The attachment row for a stored file (joins the caller's transaction)."""
    if owner_table not in OWNERS:
        raise ValueError(f"attachments cannot belong to {owner_table}")
    with store.transaction():
        return store.insert(
            "attachments",
            {
                "owner_table": owner_table,
                "owner_id": owner_id,
                "sha256": stored.sha256,
                "filename": stored.filename,
                "mime": stored.mime,
                "size": stored.size,
                "caption": caption,
            },
        )


def attach(store: Store, owner_table: str, owner_id: str, source: Path, caption: str = "") -> str:
    if owner_table not in OWNERS:
        raise ValueError(f"attachments cannot belong to {owner_table}")
    return link(store, owner_table, owner_id, store_file(store, source), caption)


def list_for(store: Store, owner_table: str, owner_id: str) -> list[dict]:
    return reads.of_record(store, owner_table, owner_id)
