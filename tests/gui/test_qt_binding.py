"""The Qt binding itself: a long session must not crash.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method
returning void (QPainter.setPen, QPen.setWidthF, ...). After some hundred thousand calls
None is freed and the interpreter aborts: printing a long ledger, or a window left open
for a day, would crash. pyproject.toml excludes that release; this test runs the
pattern in a child process so a bad binding fails here instead of in a secretary's hands.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtCore import QPointF
app = QGuiApplication([])
image = QImage(10, 10, QImage.Format.Format_RGB32)
painter = QPainter(image)
pen = QPen(QColor(0, 0, 0))
for _ in range(300_000):
    pen.setWidthF(2.0)
    painter.setPen(pen)
    painter.drawLine(QPointF(1, 1), QPointF(2, 2))
painter.end()
print("survived")
"""


def test_void_calls_do_not_free_none():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
    )
    assert run.returncode == 0, run.stderr[-500:]
    assert "survived" in run.stdout
