"""Shared fixtures: every test gets its own data folder; none touches a real profile."""

from __future__ import annotations

import pytest

from linju_desktop.domain.i18n import set_language
from linju_desktop.store.database import Store


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
