"""The district console under test: a real server process with a small district (two
streets, three communities, three stations with records synced over the real API), and
people of every role logged in with requests.Session (cookies, CSRF) as a browser would."""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests

from tests.sync.conftest import ServerProc, Station, database_url

PASSWORD = "区里的新密码2026!"

# (name, street, community)
GEOGRAPHY = (
    ("幸福里小区综合党支部", "和平街道", "幸福里社区"),
    ("光明小区综合党支部", "和平街道", "光明社区"),
    ("东风小区综合党支部", "东风街道", "东风社区"),
)
DEPARTMENT = "区城管委"


@dataclass
class Person:
    """A logged-in browser session of one console account."""

    base: str
    username: str
    role: str
    scope: str
    http: requests.Session = field(default_factory=requests.Session)
    csrf: str = ""

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.http.get(self.base + path, timeout=30, allow_redirects=False, **kw)

    def post(self, path: str, data: dict[str, Any] | None = None, **kw: Any) -> requests.Response:
        body = {"csrf": self.csrf, **(data or {})}
        return self.http.post(self.base + path, data=body, timeout=30, allow_redirects=False, **kw)

    def refresh_csrf(self, path: str = "/password") -> None:
        page = self.http.get(self.base + path, timeout=30)
        found = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert found, page.text[:500]
        self.csrf = found.group(1)


def person(server: ServerProc, username: str, role: str, scope: str = "") -> Person:
    """Make an account with the CLI, log in with its initial password, set a new one."""
    args = ["add-user", username, "--role", role] + (["--scope", scope] if scope else [])
    initial = server.last_line(*args)
    p = Person(server.base, username, role, scope)
    r = p.http.post(
        server.base + "/login",
        data={"username": username, "password": initial, "next": "/"},
        timeout=30,
    )
    assert r.url.endswith("/password"), r.text[:300]
    p.csrf = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)  # type: ignore[union-attr]
    r = p.post("/password", {"old": initial, "new": PASSWORD, "again": PASSWORD})
    assert r.status_code == 303, r.text[:300]
    return p


def _records(st: Station, year: int, n: int) -> list[dict[str, Any]]:
    """A few records of each kind: members, a group, meetings, requests (one whistled to
    DEPARTMENT), an allocation-free expense."""
    group = str(uuid.uuid4())
    ops = [st.op("party_groups", {"name": "1号楼党小组", "leader_id": None, "buildings": "1号楼"},
                 row_id=group)]  # fmt: skip
    for i in range(3 + n):
        ops.append(
            st.op(
                "members",
                {
                    "name": f"党员{n}{i}",
                    "gender": "male",
                    "id_number": f"11010119500101{i:03d}{n}",
                    "mobile": f"1390000{n:02d}{i:02d}",
                    "joined_date": "2000-07-01",
                    "full_date": "2001-07-01",
                    "member_kind": "full",
                    "party_group_id": group,
                    "is_centre_household": int(i == 0),
                    "status": "active",
                },
            )
        )
    for month in range(1, 4):
        ops.append(st.op("meetings", {"type": "committee", "title": f"{month}月支委会",
                                      "date": f"{year}-{month:02d}-10", "status": "final"}))  # fmt: skip
    ops.append(st.op("meetings", {"type": "neighbour", "title": "邻里会", "date": f"{year}-03-15",
                                  "resident_count": 10 + n, "status": "final"}))  # fmt: skip
    for i in range(2 + n):
        whistled = i == 0
        ops.append(
            st.op(
                "requests",
                {
                    "number": f"{year}-{i + 1:05d}",
                    "resident": f"居民{i}",
                    "contact": "13800000000",
                    "category": "street_lights",
                    "description": "路灯不亮",
                    "source": "visit",
                    "state": "dispatched" if whistled else "done",
                    "handling": "department" if whistled else "branch",
                    "department": DEPARTMENT if whistled else None,
                    "registered_at": f"{year}-04-0{i + 1}T02:00:00Z",
                    "due_at": f"{year}-04-1{i + 1}T02:00:00Z",
                },
            )
        )
    ops.append(st.op("expenses", {"year": year, "date": f"{year}-05-01", "amount_fen": 12_345 * (n + 1),
                                  "category": "activities", "purpose": "主题党日", "payee": "超市"}))  # fmt: skip
    return ops


@dataclass
class District:
    server: ServerProc
    stations: dict[str, Station]  # community -> station
    year: int


@contextmanager
def running_district(backend: str, tmp_path_factory: Any, prefix: str) -> Iterator[District]:
    """A real server process on `backend` with the small district built and synced."""
    data = tmp_path_factory.mktemp(f"{prefix}-{backend}")
    url, pg = database_url(backend, data)
    proc = ServerProc(data, url)
    proc.cli("init")
    proc.start()
    try:
        yield build_district(proc)
    finally:
        proc.stop()
        if pg is not None:
            pg.drop()


def build_district(server: ServerProc) -> District:
    year = dt.date.today().year
    stations: dict[str, Station] = {}
    for n, (name, street, community) in enumerate(GEOGRAPHY):
        sid = server.last_line("add-station", name, "--street", street, "--community", community)
        st = server.enroll(sid)
        resp = st.sync(_records(st, year, n))
        assert all(r["status"] == "ok" for r in resp["results"]), resp["results"]
        stations[community] = st
    return District(server, stations, year)


def stamp(ms: int, node: str, counter: int = 0) -> str:
    return f"{ms:013d}-{counter:04X}-{node}"


def make_member_conflict(st: Station) -> str:
    """Two computers of the station edit the same member from the same version; the
    server's one is newer, so the server keeps its own mobile and ID number."""
    now = int(time.time() * 1000)
    laptop, office = "a" * 16, "b" * 16
    rid = str(uuid.uuid4())
    ins = st.op(
        "members",
        {"name": "冲突党员", "mobile": "13911112222", "id_number": "110101198001010011",
         "member_kind": "full", "status": "active"},
        row_id=rid, hlc=stamp(now, laptop),
    )  # fmt: skip
    assert st.sync([ins])["results"][0]["status"] == "ok"
    later = st.op(
        "members", {"mobile": "13933334444", "id_number": "110101198001010022"}, rid, "update",
        ins["hlc"], stamp(now + 20, laptop),
    )  # fmt: skip
    earlier = st.op(
        "members", {"mobile": "13955556666", "id_number": "110101198001010033"}, rid, "update",
        ins["hlc"], stamp(now + 10, office),
    )  # fmt: skip
    assert st.sync([later])["results"][0]["status"] == "ok"
    res = st.sync([earlier])["results"][0]
    assert res["status"] == "conflict"
    assert res["conflict"]["mobile"] == {
        "local": "13955556666",
        "server": "13933334444",
        "kept": "13933334444",
    }
    return rid
