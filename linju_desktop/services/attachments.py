"""Photos and scans stored once by SHA-256 under the data folder (sync uploads by hash)."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
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


def attach(store: Store, owner_table: str, owner_id: str, source: Path, caption: str = "") -> str:
    if owner_table not in OWNERS:
        raise ValueError(f"attachments cannot belong to {owner_table}")
    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise ValidationError([Problem("file", _MSG_MISSING, {"name": source.name})]) from exc
    if size > MAX_BYTES:
        raise ValidationError([Problem("file", _MSG_TOO_BIG, {"name": source.name})])
    digest = hashlib.sha256()
    with source.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = blob_path(store, sha)
    if not target.exists():
        ensure_private_dir(target.parent)
        fd, tmp = tempfile.mkstemp(dir=target.parent)
        os.close(fd)
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
        make_private(target)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    with store.transaction():
        return store.insert(
            "attachments",
            {
                "owner_table": owner_table,
                "owner_id": owner_id,
                "sha256": sha,
                "filename": source.name,
                "mime": mime,
                "size": size,
                "caption": caption,
            },
        )


def list_for(store: Store, owner_table: str, owner_id: str) -> list[dict]:
    return reads.of_record(store, owner_table, owner_id)
