"""`linju-server simulate-district`: stations built by the desktop's code, synced over HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from helpers import peek_rows
from linju_sync.server import cli
from linju_sync.server.db import Database, rows, stations
from linju_sync.server.simulate import plan_district
from sqlalchemy import func, select

from linju_desktop.store.database import Store
from linju_desktop.store.schema import SYNCED_TABLES


def simulate(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "linju_sync.server.cli", *args]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)


def station_rows(folder: Path) -> dict[str, set[str]]:
    """The live row ids of a station folder, by table."""
    with Store(folder, migrate=False) as store:
        return {
            t: {r["id"] for r in peek_rows(store, f"SELECT id FROM {t} WHERE deleted = 0")}
            for t in SYNCED_TABLES
        }


def test_three_stations_sync_to_a_running_server(server, tmp_path):
    work = tmp_path / "work"
    res = simulate(
        "--data-dir",
        str(server.data_dir),
        "--database-url",
        server.url,
        "simulate-district",
        "--stations",
        "3",
        "--years",
        "1",
        "--seed",
        "11",
        "--server",
        server.base,
        "--work",
        str(work),
        "--jobs",
        "2",
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "3/3 stations synced" in res.stdout
    assert "checksums matched 3" in res.stdout
    summary = json.loads((work / "summary.json").read_text(encoding="utf-8"))
    assert summary["fully_synced"] == summary["checksums_matched"] == 3
    manifest = json.loads((work / "stations.json").read_text(encoding="utf-8"))
    assert len({s["name"] for s in manifest}) == 3

    db = Database(server.url, migrate=False)
    try:
        with db.read() as conn:
            on_server = {
                r.id: r
                for r in conn.execute(
                    select(stations).where(stations.c.id.in_([s["station_id"] for s in manifest]))
                )
            }
            counts = Counter(
                {
                    (r.station_id, r.tbl): r.n
                    for r in conn.execute(
                        select(rows.c.station_id, rows.c.tbl, func.count().label("n"))
                        .where(rows.c.deleted == 0)
                        .group_by(rows.c.station_id, rows.c.tbl)
                    )
                }
            )
    finally:
        db.dispose()

    seen: dict[str, str] = {}  # row id -> station folder
    for s in manifest:
        st = on_server[s["station_id"]]
        assert (st.name, st.community, st.street) == (s["name"], s["community"], s["street"])
        assert st.name.endswith("小区综合党支部") and st.community.endswith("社区")
        assert st.street.endswith("街道") and st.token_hash and st.last_sync_at
        mine = station_rows(work / s["folder"])
        assert len(mine["members"]) >= 20 and len(mine["meetings"]) > 50
        for table, ids in mine.items():
            # the district holds exactly as many live rows as the station
            assert counts[(s["station_id"], table)] == len(ids), table
            for row_id in ids:
                assert seen.setdefault(row_id, s["folder"]) == s["folder"], "shared row id"
    # the station's own branch row names it as the server does
    with Store(work / manifest[0]["folder"], migrate=False) as store:
        branch = peek_rows(store, "SELECT name, community, street FROM branch WHERE deleted = 0")
    assert [(b["name"], b["community"], b["street"]) for b in branch] == [
        (manifest[0]["name"], manifest[0]["community"], manifest[0]["street"])
    ]


def test_without_a_server_it_starts_and_stops_its_own(tmp_path):
    work = tmp_path / "work"
    res = simulate(
        "--data-dir",
        str(tmp_path / "district"),
        "simulate-district",
        "--stations",
        "2",
        "--work",
        str(work),
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "server started at http://127.0.0.1:" in res.stdout
    assert "checksums matched 2" in res.stdout
    assert "problems collected" in res.stdout  # the figures next to the source district's


def test_the_desktop_package_is_required(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "linju_desktop", None)  # as if not installed
    code = cli.main(["--data-dir", str(tmp_path / "d"), "simulate-district", "--stations", "1"])
    assert code == 2
    assert "linju-desktop" in capsys.readouterr().err
    assert not (tmp_path / "d" / "server.sqlite3").exists()


def test_the_server_package_does_not_import_the_desktop():
    probe = (
        "import sys, linju_sync.server.cli, linju_sync.server.simulate; "
        "print(sorted(m for m in sys.modules if m.startswith('linju_desktop')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_district_plan_scales_and_repeats():
    full = plan_district(526, seed=1)
    assert len({s.street for s in full}) == 5
    assert len({s.community for s in full}) == 52
    assert len({s.name for s in full}) == 526
    assert len({s.seed for s in full}) == 526
    assert all(20 <= s.members <= 60 for s in full)
    small = plan_district(3, seed=1)
    assert len({s.street for s in small}) == len({s.community for s in small}) == 1
    assert plan_district(40, seed=2) == plan_district(40, seed=2)
    assert plan_district(40, seed=2) != plan_district(40, seed=3)
