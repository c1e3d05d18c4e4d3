"""A damaged station database is explained, never a traceback: every command and the window
say in Chinese what is wrong and which GOOD backup to restore, and exit 2.

The damage is what a failing disk or a yanked USB stick does: a few pages in the middle of
the file overwritten, so the file still opens and most records still read."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from linju_desktop.store import backup

PAGES_HIT = (8192, 40960)


def linju(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LINJU_DATA_DIR"}
    env.update(PYTHONIOENCODING="utf-8", LINJU_LANG="zh_CN")
    return subprocess.run(
        [sys.executable, "-m", "linju_desktop.cli", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def damage(db: Path, seed: int = 11) -> None:
    """Overwrite 4 KiB at each of PAGES_HIT with random bytes (after folding in the WAL)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    rnd = random.Random(seed)
    with open(db, "r+b") as fh:
        for offset in PAGES_HIT:
            fh.seek(offset)
            fh.write(rnd.randbytes(4096))


class Station:
    """A demo station, backed up (GOOD), then damaged; a damaged copy of the database also
    sits in the backups folder under a newer name, as today's `linju restore` left it."""

    def __init__(self, folder: Path, good: Path, bad_backup: Path) -> None:
        self.folder = folder
        self.good = good
        self.bad_backup = bad_backup

    def copy(self, to: Path) -> Station:
        shutil.copytree(self.folder, to)
        return Station(
            to,
            to / "backups" / self.good.name,
            to / "backups" / self.bad_backup.name,
        )


@pytest.fixture(scope="module")
def damaged_template(tmp_path_factory: pytest.TempPathFactory) -> Station:
    folder = tmp_path_factory.mktemp("damaged") / "station"
    r = linju("demo", data=folder)
    assert r.returncode == 0, r.stderr
    good = folder / "backups" / "good.sqlite3"  # renamed below to sort as a real backup
    r = linju("backup", "--out", str(good), data=folder)
    assert r.returncode == 0, r.stderr
    good = good.rename(folder / "backups" / "linju-20300101-000000-000000-manual.sqlite3")
    db = folder / "linju.sqlite3"
    damage(db)
    bad_backup = folder / "backups" / "linju-20300102-000000-000000-before-restore.sqlite3"
    shutil.copyfile(db, bad_backup)
    return Station(folder, good, bad_backup)


@pytest.fixture
def station(damaged_template: Station, tmp_path: Path) -> Station:
    return damaged_template.copy(tmp_path / "station")


def assert_explained(r: subprocess.CompletedProcess[str], st: Station) -> None:
    out = r.stdout + r.stderr
    assert "Traceback" not in out, out
    assert r.returncode == 2, out
    assert "损坏" in r.stderr, out
    assert st.good.name in r.stderr, out  # the newest GOOD backup, not the damaged newer one
    assert st.bad_backup.name not in r.stderr, out


COMMANDS = {
    "overview": [],
    "check": ["check"],
    "export all": ["export", "all", "--out", "{tmp}/x.json"],
    "export members": ["export", "members", "--out", "{tmp}/x.xlsx"],
    "print annual": ["print", "annual", "--out", "{tmp}/x.pdf"],
    "sync status": ["sync", "status"],
    "backup": ["backup"],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_explains_the_damage(station, tmp_path, name):
    before = sorted(p.name for p in (station.folder / "backups").iterdir())
    args = [a.format(tmp=tmp_path) for a in COMMANDS[name]]
    r = linju(*args, data=station.folder)
    assert_explained(r, station)
    for out in ("x.json", "x.xlsx", "x.pdf"):
        assert not (tmp_path / out).exists()
    # no copy of the damaged file joins the backups (the daily one and `linju backup` alike)
    assert sorted(p.name for p in (station.folder / "backups").iterdir()) == before


def test_the_window_explains_the_damage(station):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    env.pop("LINJU_DATA_DIR", None)
    r = subprocess.run(
        [sys.executable, "-m", "linju_desktop", "--self-test", "--data-dir", str(station.folder)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert_explained(r, station)


def test_restore_refuses_a_damaged_backup_and_lists_the_good_ones(station):
    before = (station.folder / "linju.sqlite3").read_bytes()
    r = linju("restore", str(station.bad_backup), data=station.folder)
    out = r.stdout + r.stderr
    assert r.returncode == 2 and "Traceback" not in out, out
    assert "损坏" in r.stderr and "未恢复" in r.stderr, out
    assert f"linju restore {station.good}" in r.stderr, out
    assert (station.folder / "linju.sqlite3").read_bytes() == before


def test_after_a_restore_the_advice_still_names_a_good_backup(station):
    r = linju("restore", str(station.good), data=station.folder)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    # the damaged database is kept aside for experts, never among the backups
    kept = [p for p in station.folder.glob("*.sqlite3") if p.name != "linju.sqlite3"]
    assert len(kept) == 1 and kept[0].name in r.stdout
    assert not backup.check_file(kept[0])[0]
    for saved in (station.folder / "backups").glob("linju-*.sqlite3"):
        ok, detail, _version = backup.check_file(saved)
        assert ok or saved == station.bad_backup, (saved, detail)
    assert linju("check", data=station.folder).returncode == 0
    damage(station.folder / "linju.sqlite3", seed=12)
    assert_explained(linju("check", data=station.folder), station)


def test_damage_met_while_the_window_runs_is_explained_once(station, monkeypatch, capsys):
    """Past the check at start, a slot reading a broken page ends in sys.excepthook: the
    window's hook explains it once (message box and stderr) and closes with status 2."""
    from PySide6.QtWidgets import QMessageBox

    from linju_desktop.gui import app as gui_app

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: boxes.append(text))

    class App:
        def __init__(self) -> None:
            self.codes: list[int] = []

        def exit(self, code: int) -> None:
            self.codes.append(code)

    others: list[BaseException] = []
    app = App()
    hook = gui_app.damage_hook(app, station.folder, lambda _k, exc, _tb: others.append(exc))  # type: ignore[arg-type]
    for _ in range(2):
        exc = sqlite3.DatabaseError("database disk image is malformed")
        hook(type(exc), exc, None)
    other = ValueError("not about the file")
    hook(ValueError, other, None)
    assert len(boxes) == 1 and str(station.good) in boxes[0]
    assert str(station.good) in capsys.readouterr().err
    assert app.codes == [2]
    assert others == [other]
