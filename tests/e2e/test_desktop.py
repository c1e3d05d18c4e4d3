"""The real program as a subprocess: `python -m linju_desktop --self-test` opens the window,
visits every page and form, and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys


def run_desktop(*args: str, data_dir=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    env.pop("LINJU_DATA_DIR", None)
    cmd = [sys.executable, "-m", "linju_desktop", *args]
    if data_dir:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300
    )


def test_self_test_on_a_fresh_temporary_folder():
    r = run_desktop("--self-test")
    assert r.returncode == 0, r.stderr
    assert "self-test passed" in r.stdout


def test_self_test_on_a_demo_station(tmp_path):
    from linju_desktop.services import demo
    from linju_desktop.store.database import Store

    with Store(tmp_path / "data") as store:
        demo.generate(store, years=1, members=50, seed=5)
    r = run_desktop("--self-test", data_dir=tmp_path / "data")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "data" / "linju.sqlite3").stat().st_mode & 0o077 == 0


def test_self_test_in_english(tmp_path):
    r = run_desktop("--self-test", "--lang", "en", data_dir=tmp_path / "en")
    assert r.returncode == 0, r.stderr


def test_newer_database_exits_with_a_reason(tmp_path):
    import sqlite3

    from linju_desktop.store.database import Store

    Store(tmp_path / "d").close()
    conn = sqlite3.connect(tmp_path / "d" / "linju.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    # the message box cannot be clicked offscreen; --self-test must not hang either
    r = run_desktop("--self-test", data_dir=tmp_path / "d")
    assert r.returncode == 2
