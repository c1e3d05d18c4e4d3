"""Receipts and meeting photos made smaller before they are stored: a phone photo of a
receipt is 4-12 MB, and every one is synced to the district. The original is kept only
when the user asks (a detail might matter)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImageReader

from linju_desktop.services.attachments import MAX_MB

LONG_EDGE = 2400  # pixels: a receipt stays readable when printed on A4
SMALL_ENOUGH = 1_500_000  # bytes: smaller files are stored as they are

T = TypeVar("T")


def limit_text() -> str:
    """What the choosers say about the files they take (the limit the service enforces)."""
    return QCoreApplication.translate(
        "photos",
        "Photos (JPEG, PNG, HEIC…) or PDF scans, at most {mb} MB each. "
        "Large photos are made smaller unless you keep the originals.",
    ).format(mb=MAX_MB)


def shrink(path: Path, folder: Path) -> Path:
    """A smaller JPEG copy of a large photo in `folder`, or `path` itself when it is small,
    not a photo Qt can read (a PDF, HEIC), or would not get smaller. Safe off the UI thread."""
    try:
        if path.stat().st_size <= SMALL_ENOUGH:
            return path
    except OSError:
        return path  # the service names the unreadable file
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        return path
    if max(size.width(), size.height()) > LONG_EDGE:
        scaled = size.scaled(QSize(LONG_EDGE, LONG_EDGE), Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}.jpg"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{path.stem}-{n}.jpg"
    if not image.save(str(target), "JPG", 85) or target.stat().st_size >= path.stat().st_size:
        target.unlink(missing_ok=True)
        return path
    return target


def with_smaller_photos(
    paths: list[Path], keep_originals: bool, store_them: Callable[[list[Path]], T]
) -> T:
    """Call store_them with the files to store: large photos made smaller unless the
    originals are wanted. The smaller copies live only until they are stored. Receipts
    and meeting photos go through here; safe off the UI thread."""
    if keep_originals or not paths:
        return store_them(list(paths))
    with tempfile.TemporaryDirectory(prefix="linju-photos-") as folder:
        return store_them([shrink(p, Path(folder)) for p in paths])
