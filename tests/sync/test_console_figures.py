"""The district's figures equal the sum of the stations' own `linju report figures`.

Real station folders written by the desktop's code (the simulator's builder, with a
geography of two streets and three communities), enrolled and synced over HTTP to a real
server; each station's own figures come from its own store (the function behind
`linju report figures`, and that command itself for one station). The district's API,
export-free, must give exactly their sum for every key, every scope and every period kind.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from linju_sync import figures
from linju_sync.server.simulate import PlannedStation, build_and_sync

from linju_desktop.reports.figures import station_figures
from linju_desktop.reports.period import Period
from linju_desktop.store.database import Store
from tests.sync.conftest import BACKENDS, ServerProc, database_url
from tests.sync.console_support import District, person

# (street, community, members): two streets, three communities, one with two stations
GEOGRAPHY = (
    ("和平街道", "幸福里社区", 24),
    ("和平街道", "幸福里社区", 31),
    ("和平街道", "光明社区", 22),
    ("东风街道", "东风社区", 27),
)
LAST_DAY = dt.date(dt.date.today().year - 1, 12, 31)


@pytest.fixture(scope="module", params=BACKENDS)
def synced(request, tmp_path_factory) -> Iterator[tuple[District, list[dict[str, Any]]]]:
    data = tmp_path_factory.mktemp(f"figures-{request.param}")
    url, pg = database_url(request.param, data)
    server = ServerProc(data, url)
    server.cli("init")
    server.start()
    try:
        made = []
        for i, (street, community, members) in enumerate(GEOGRAPHY, start=1):
            name = f"测试{i}号小区综合党支部"
            sid = server.last_line(
                "add-station", name, "--street", street, "--community", community
            )
            code = server.last_line("enroll", sid)
            planned = PlannedStation(
                index=i, name=name, compounds=(f"测试{i}号小区",), community=community,
                street=street, members=members, seed=1000 + i,
            )  # fmt: skip
            folder = data / f"station-{i}"
            res = build_and_sync(planned, sid, code, server.base, folder, years=1,
                                 last_day=LAST_DAY)  # fmt: skip
            assert not res.error and res.checksums_match, res.error
            made.append({"street": street, "community": community, "folder": folder})
        yield District(server, {}, LAST_DAY.year), made
    finally:
        server.stop()
        if pg is not None:
            pg.drop()


def _own(folder: Path, start: dt.date, end: dt.date) -> dict[str, Any]:
    with Store(folder, migrate=False) as store:
        return station_figures(store, Period(start, end))


def _keys_equal(got: dict[str, Any], want: dict[str, Any], where: str) -> None:
    assert set(got) == set(want), where
    for key in want:
        assert got[key] == want[key], (where, key)


PERIODS = {
    "": lambda y: (dt.date(y, 1, 1), dt.date(y, 12, 31)),
    "&quarter=2": lambda y: (dt.date(y, 4, 1), dt.date(y, 6, 30)),
    "&month=3": lambda y: (dt.date(y, 3, 1), dt.date(y, 3, 31)),
}


def test_district_figures_are_the_sum_of_the_stations_own(synced):
    district, made = synced
    year = district.year
    qu = person(district.server, "qu", "district")
    scopes = {
        "": lambda m: True,
        "&street=和平街道": lambda m: m["street"] == "和平街道",
        "&street=东风街道": lambda m: m["street"] == "东风街道",
        "&community=幸福里社区": lambda m: m["community"] == "幸福里社区",
        "&community=光明社区": lambda m: m["community"] == "光明社区",
    }
    for period, bounds in PERIODS.items():
        start, end = bounds(year)
        own = [(m, _own(m["folder"], start, end)) for m in made]
        for query, chosen in scopes.items():
            want = figures.combine(f for m, f in own if chosen(m))
            r = qu.get(f"/api/v1/district/figures?year={year}{period}{query}")
            assert r.status_code == 200, r.text[:300]
            _keys_equal(r.json(), want, f"{period}{query}")
    # the station's numbers are not all zero: the comparison means something
    whole = qu.get(f"/api/v1/district/figures?year={year}").json()
    for key in ("members", "party_groups", "centre_households", "neighbour_meetings",
                "neighbour_meeting_residents", "joint_meetings", "requests_total",
                "requests_closed"):  # fmt: skip
        assert whole[key] > 0, key
    assert whole["funds"]["allocated_fen"] > 0 and whole["funds"]["spent_fen"] > 0
    assert all(whole["rates"][k]["denominator"] > 0 for k in whole["rates"])


def test_the_scoped_accounts_and_the_cli_give_the_same_numbers(synced):
    district, made = synced
    server, year = district.server, district.year
    start, end = PERIODS[""](year)
    own = {str(m["folder"]): _own(m["folder"], start, end) for m in made}

    def total(pick: str, value: str) -> dict[str, Any]:
        return figures.combine(own[str(m["folder"])] for m in made if m[pick] == value)

    street = person(server, "heping", "street", "和平街道")
    community = person(server, "xingfu", "community", "幸福里社区")
    _keys_equal(
        street.get(f"/api/v1/district/figures?year={year}").json(),
        total("street", "和平街道"),
        "street account",
    )
    _keys_equal(
        community.get(f"/api/v1/district/figures?year={year}").json(),
        total("community", "幸福里社区"),
        "community account",
    )
    cli = server.cli("figures", "--year", str(year), "--street", "东风街道", "--json")
    _keys_equal(json.loads(cli.stdout), total("street", "东风街道"), "linju-server figures")
    # the station's own command prints the very numbers the district adds up
    folder = made[0]["folder"]
    out = subprocess.run(
        [sys.executable, "-m", "linju_desktop.cli", "--data-dir", str(folder), "report",
         "figures", "--year", str(year), "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == json.loads(json.dumps(own[str(folder)]))
