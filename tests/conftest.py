"""Shared fixtures: every test gets its own data folder; none touches a real profile."""

from __future__ import annotations

import os

import pytest
from helpers import TODAY
from hypothesis import HealthCheck, settings

from linju_desktop.domain import clock
from linju_desktop.domain.i18n import set_language
from linju_desktop.store.database import Store

# Shared 2-core machines make per-example deadlines flaky; CI runs the same examples every
# time (derandomize) so a failure there reproduces with `CI=1 pytest ...`.
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Every test runs on the same day, whatever the real date: "this year", "this quarter",
# a due probation and a date in the future give the same answers in December and on
# New Year's Day. Pinned at import, so session fixtures (the demo station) and the
# programs the tests start (LINJU_TODAY) see it too.
os.environ[clock.ENV] = TODAY.isoformat()
clock.pin(TODAY)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    clock.pin(TODAY)  # again: a test that moved the clock leaves the next one alone
    monkeypatch.setenv(clock.ENV, TODAY.isoformat())
    monkeypatch.setenv("LINJU_DATA_DIR", str(tmp_path / "default-profile"))
    monkeypatch.setenv("LINJU_LANG", "zh_CN")
    set_language("zh_CN")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "data")
    yield s
    s.close()
