"""Where Linju keeps its files: --data-dir, then LINJU_DATA_DIR, then the per-user folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Linju"
DB_FILENAME = "linju.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("LINJU_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def ensure_private_dir(path: Path) -> Path:
    """Create a folder readable only by its owner (personal data lives here)."""
    path.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(path, 0o700)
    return path


def make_private(path: Path) -> None:
    if sys.platform != "win32" and path.exists():
        os.chmod(path, 0o600)


def create_private(path: Path) -> None:
    """Create an empty file as 0600 before SQLite fills it: a chmod afterwards leaves a moment
    in which others could open it, and SQLite gives -wal/-shm the database file's mode."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    make_private(path)
