"""A demo station shared by the report tests, built once per module."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from report_support import TODAY

from linju_desktop.services import demo
from linju_desktop.store.database import Store


@pytest.fixture(autouse=True)
def _one_application(qapp):
    """The renderer makes a QGuiApplication when none exists (the command line); in one
    test process the widget tests need a QApplication, so make that one first."""
    return qapp


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("station"))
    demo.generate(s, years=2, members=40, seed=7, today=TODAY)
    yield s
    s.close()
