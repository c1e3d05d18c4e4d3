"""Unsaved meeting minutes kept on disk while typing, so a crash or power cut loses at most
a few seconds: one small JSON file per meeting (or "new") in the station's data folder,
readable only by its owner (minutes name people), removed once the meeting is saved."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from linju_desktop.store.paths import ensure_private_dir

INTERVAL_MS = 3000  # a draft is at most this old when the power goes
TEXTS = ("title", "others", "place", "agenda", "minutes", "decisions")


def folder(data_dir: Path) -> Path:
    return data_dir / "drafts"


def path_for(data_dir: Path, meeting_id: str | None) -> Path:
    return folder(data_dir) / f"meeting-{meeting_id or 'new'}.json"


def write(data_dir: Path, meeting_id: str | None, texts: dict[str, str]) -> Path:
    """Replace the draft atomically (a cut during the write leaves the previous one)."""
    target = path_for(data_dir, meeting_id)
    ensure_private_dir(target.parent)
    tmp = target.with_suffix(".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"meeting_id": meeting_id, "texts": texts}, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    if sys.platform != "win32":
        os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    if sys.platform != "win32":  # the rename itself reaches the disk (NTFS journals it)
        folder_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)
    return target


def read(data_dir: Path, meeting_id: str | None) -> dict[str, str] | None:
    try:
        data = json.loads(path_for(data_dir, meeting_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    texts = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(texts, dict):
        return None
    return {k: str(v) for k, v in texts.items() if k in TEXTS}


def remove(data_dir: Path, meeting_id: str | None) -> None:
    path_for(data_dir, meeting_id).unlink(missing_ok=True)


def pending(data_dir: Path) -> list[str | None]:
    """Meetings with a draft left behind (None: a new meeting), for the next start."""
    out: list[str | None] = []
    for p in sorted(folder(data_dir).glob("meeting-*.json")):
        key = p.stem.removeprefix("meeting-")
        out.append(None if key == "new" else key)
    return out
