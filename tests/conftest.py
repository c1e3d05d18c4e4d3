"""Shared fixtures: every test gets its own data folder; none touches a real profile."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from linju_desktop.domain.i18n import set_language
from linju_desktop.store.database import Store

# Shared 2-core machines make per-example deadlines flaky; CI runs the same examples every
# time (derandomize) so a failure there reproduces with `CI=1 pytest ...`.
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("LINJU_DATA_DIR", str(tmp_path / "default-profile"))
    monkeypatch.setenv("LINJU_LANG", "zh_CN")
    set_language("zh_CN")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "data")
    yield s
    s.close()
