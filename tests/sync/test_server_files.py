"""The district server's files are its owner's alone, whatever the umask: the database holds
every station's ID numbers. The real `linju-server` runs as a subprocess under umask 022
(the usual default, which would leave new files readable by every local user)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sync_support import Counter, District, enrolled_store

from linju_desktop.services import attachments
from linju_desktop.services import sync as sync_service

pytestmark = pytest.mark.skipif(
    sys.platform == "win32",
    reason="POSIX permission bits; on Windows the per-user folder's ACLs keep the data private",
)

UMASK = 0o022
DB_FILES = ("server.sqlite3", "server.sqlite3-wal", "server.sqlite3-shm")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class UmaskDistrict(District):
    """The loopback district of sync_support, every process started under UMASK."""

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        r = subprocess.run(
            [*self.cmd, "--data-dir", str(self.data_dir), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            timeout=120,
            umask=UMASK,
        )
        if check and r.returncode != 0:
            raise AssertionError(f"linju-server {args} failed: {r.stdout}\n{r.stderr}")
        return r

    def start(self) -> None:
        self.cli("init")
        serve = ["serve", "--host", "127.0.0.1", "--port", str(self.port)]
        self.proc = subprocess.Popen(
            [*self.cmd, "--data-dir", str(self.data_dir), *serve],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            umask=UMASK,
        )
        self.wait_until_up()

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                requests.get(self.url + "/api/v1/status", timeout=1)
                return
            except requests.ConnectionError:
                if self.proc is not None and self.proc.poll() is not None:
                    raise AssertionError("linju-server serve exited") from None
                time.sleep(0.1)
        raise AssertionError("linju-server did not start")


@pytest.fixture
def district(tmp_path: Path) -> Iterator[UmaskDistrict]:
    d = UmaskDistrict(tmp_path / "district")
    d.start()
    yield d
    d.stop()


def test_init_makes_an_owner_only_folder_and_database(tmp_path):
    d = UmaskDistrict(tmp_path / "district")
    d.cli("init")
    assert mode(d.data_dir) == 0o700
    assert (d.data_dir / "server.sqlite3").exists()
    for name in DB_FILES:
        if (d.data_dir / name).exists():
            assert mode(d.data_dir / name) == 0o600, name


def test_an_existing_open_data_folder_is_tightened(tmp_path):
    """A folder made by an older server (or by hand) with umask 022 is closed on the next start."""
    folder = tmp_path / "district"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    d = UmaskDistrict(folder)
    d.cli("init")
    os.chmod(folder / "server.sqlite3", 0o644)
    d.cli("status")
    assert mode(folder) == 0o700
    assert mode(folder / "server.sqlite3") == 0o600


def test_served_sync_blobs_and_exports_are_owner_only(tmp_path, district):
    store = enrolled_store(tmp_path / "station", district)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(700_000))
    with store.transaction():
        mid = store.insert("meetings", {"title": "主题党日", "status": "draft"})
    attachments.attach(store, "meetings", mid, photo)
    # the first chunk lands but its answer is lost: an upload in progress stays on disk
    counter = Counter()
    counter.fail_on = {3}
    first = sync_service.run_sync(
        store, session=counter.session, backoff=0.0, retries=0, chunk_bytes=256 * 1024
    )
    assert first.error is not None
    blobs = district.data_dir / "blobs"
    partials = [p for p in (blobs / "partial").rglob("*") if p.is_file()]
    assert partials, "expected an upload in progress"
    for p in partials:
        assert mode(p) == 0o600, p
    # the server is running: its database and the WAL and shared-memory files exist now
    for name in DB_FILES:
        assert mode(district.data_dir / name) == 0o600, name

    second = sync_service.run_sync(store, session=counter.session, chunk_bytes=256 * 1024)
    assert second.fully_synced, second.error
    assert second.blobs_uploaded == 1
    stored = [p for p in blobs.rglob("*") if p.is_file()]
    assert stored
    for p in stored:
        assert mode(p) == 0o600, p
    for folder in [blobs, *(p for p in blobs.rglob("*") if p.is_dir())]:
        assert mode(folder) == 0o700, folder
    creds = sync_service.status(store).credentials
    assert creds is not None
    counter.session.close()
    store.close()

    out = tmp_path / "station-export.json"
    district.export(creds.station_id, out)
    assert mode(out) == 0o600
    assert mode(district.data_dir) == 0o700
