"""Owner-only files of the district server.

The database holds every station's ID numbers: the server's folder, database, attachments
and exports are its owner's alone whatever the umask (a umask of 022 would leave new files
readable by every local user). On Windows the per-user ACLs of the folder do this job.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

POSIX = sys.platform != "win32"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as 0700; an existing folder of ours is closed
    too. One the administrator made for the service under another owner keeps its mode."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    if POSIX:
        for folder in {path, *missing}:
            if folder.stat().st_uid == os.geteuid():
                os.chmod(folder, 0o700)
    return path


def private_opener(path: str | os.PathLike[str], flags: int) -> int:
    """An `opener` for open(): new files are 0600 from the start, old ones are closed too."""
    fd = os.open(path, flags, 0o600)
    if POSIX:
        os.fchmod(fd, 0o600)
    return fd


def make_private(path: Path) -> None:
    if POSIX and path.exists():
        os.chmod(path, 0o600)
