"""Photos and scans stored once by SHA-256 under the data folder (sync uploads by hash)."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.store.database import Store
from linju_desktop.store.paths import ensure_private_dir, make_private
from linju_desktop.store.reads import attachments as reads

MAX_BYTES = 50 * 1024 * 1024
MAX_MB = MAX_BYTES // (1024 * 1024)
_MSG_MISSING = "The file {name} cannot be read"
_MSG_TOO_BIG = "The file {name} is larger than 50 MB"
_MSG_NOT_PHOTO = (
    "The file {name} is neither a photo (JPEG, PNG, HEIC, WebP, GIF, BMP, TIFF) nor a PDF. "
    "Please choose the photo or scan itself."
)

# What a receipt or photo may be, told by its first bytes (a name can say anything:
# random bytes named .jpg are refused). Checked without Qt, so the core can refuse too.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"%PDF-", 0, "application/pdf"),
)
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}

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


def sniff(head: bytes) -> str | None:
    """The type of a photo or PDF from its first bytes (at least 16), or None."""
    for magic, offset, mime in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "image/avif" if head[8:12] == b"avif" else "image/heic"
    return None


def check_files(sources: Sequence[Path]) -> dict[Path, str]:
    """Each file's type when every one is a readable photo or PDF within the size limit;
    otherwise raises ValidationError naming every file that is not (nothing is copied)."""
    problems: list[Problem] = []
    found: dict[Path, str] = {}
    for source in map(Path, sources):
        try:
            size = source.stat().st_size
            with source.open("rb") as fh:
                head = fh.read(32)
        except OSError:
            problems.append(Problem("file", _MSG_MISSING, {"name": source.name}))
            continue
        mime = sniff(head)
        if size > MAX_BYTES:
            problems.append(Problem("file", _MSG_TOO_BIG, {"name": source.name}))
        elif mime is None:
            problems.append(Problem("file", _MSG_NOT_PHOTO, {"name": source.name}))
        else:
            found[source] = mime
    if problems:
        raise ValidationError(problems)
    return found


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
