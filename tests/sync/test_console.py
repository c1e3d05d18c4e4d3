"""The district console against a real server process: accounts, sessions, CSRF,
throttling, scope of every role, the overview and the figures API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import openpyxl
import pytest
import requests
from linju_sync import figures

from tests.sync.conftest import BACKENDS, ServerProc
from tests.sync.console_support import (
    DEPARTMENT,
    District,
    person,
    running_district,
)


@pytest.fixture(scope="module", params=BACKENDS)
def district(request, tmp_path_factory) -> Iterator[District]:
    with running_district(request.param, tmp_path_factory, "console") as d:
        yield d


@pytest.fixture(scope="module")
def people(district):
    s = district.server
    return {
        "district": person(s, "qu", "district"),
        "street": person(s, "heping", "street", "和平街道"),
        "community": person(s, "xingfu", "community", "幸福里社区"),
        "department": person(s, "chengguan", "department", DEPARTMENT),
    }


def test_pages_need_a_login(district):
    base = district.server.base
    for path in ("/", "/stations", "/audit", "/api/v1/district/figures?year=2026"):
        r = requests.get(base + path, allow_redirects=False, timeout=10)
        assert r.status_code == 303 and r.headers["location"].startswith("/login"), path


def test_first_login_must_change_the_password_and_the_new_one_works(district):
    s = district.server
    initial = s.last_line("add-user", "newbie", "--role", "district")
    http = requests.Session()
    r = http.post(s.base + "/login", data={"username": "newbie", "password": initial}, timeout=10)
    assert r.url.endswith("/password") and "第一次登录" in r.text
    assert (
        http.get(s.base + "/", allow_redirects=False, timeout=10).headers["location"] == "/password"
    )
    cookie = next(c for c in http.cookies if c.name == "linju_console")
    assert cookie.has_nonstandard_attr("HttpOnly")
    raw = http.get(s.base + "/password", timeout=10)
    assert "SameSite=strict" in r.history[0].headers["set-cookie"] or raw.ok
    users = s.cli("users").stdout
    assert "newbie\tdistrict" in users


def test_wrong_passwords_are_throttled_and_say_why(district):
    s = district.server
    s.last_line("add-user", "victim", "--role", "district")
    http = requests.Session()
    for _ in range(5):
        r = http.post(
            s.base + "/login", data={"username": "victim", "password": "nope"}, timeout=10
        )
        assert r.status_code == 400 and "用户名或密码不对" in r.text
    r = http.post(s.base + "/login", data={"username": "victim", "password": "nope"}, timeout=10)
    assert "登录失败次数过多" in r.text


def test_forms_need_the_csrf_token(people):
    p = people["district"]
    r = p.http.post(p.base + "/logout", data={"csrf": "forged"}, allow_redirects=False, timeout=10)
    assert r.status_code == 403 and "表单已过期" in r.text
    assert p.get("/").status_code == 200  # still logged in


def test_disabled_account_is_logged_out(district):
    s = district.server
    p = person(s, "leaving", "district")
    assert p.get("/").status_code == 200
    assert s.cli("disable-user", "leaving").returncode == 0
    assert p.get("/").status_code == 303


def test_idle_sessions_end(district):
    s = district.server
    p = person(s, "idler", "district")
    assert p.get("/").status_code == 200
    from linju_sync.server.db import Database, web_sessions
    from sqlalchemy import update

    db = Database(s.url, migrate=False)  # the session last seen 31 minutes ago
    try:
        with db.write() as conn:
            stamp = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=31)).strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            )
            conn.execute(
                update(web_sessions)
                .where(web_sessions.c.username == "idler")
                .values(last_seen=stamp)
            )
    finally:
        db.dispose()
    r = p.get("/")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


# -- scope: every role against every route ------------------------------------------------
def _station_ids(district):
    return {c: st.id for c, st in district.stations.items()}


def test_every_role_sees_only_its_area(district, people):
    ids = _station_ids(district)
    mine = {
        "district": set(ids),
        "street": {"幸福里社区", "光明社区"},
        "community": {"幸福里社区"},
        "department": set(),
    }
    for role, p in people.items():
        for community, sid in ids.items():
            status = p.get(f"/stations/{sid}").status_code
            assert status == (200 if community in mine[role] else 404), (role, community)
        listing = p.get("/stations")
        if role == "department":
            assert listing.status_code == 404
            assert p.get("/api/v1/district/figures").status_code == 404
            assert p.get("/").headers["location"] == "/whistles"
            continue
        for community, sid in ids.items():
            assert (sid in listing.text) == (community in mine[role]), (role, community)
        f = p.get(f"/api/v1/district/figures?year={district.year}").json()
        assert f["stations"] == len(mine[role])
    for role in ("street", "community", "department"):
        assert people[role].get("/audit").status_code == 404


def test_a_filter_never_widens_the_scope(district, people):
    """Another area's street or community answers 404 in the API, the page and exports."""
    year = district.year
    asks = {
        "community": (
            "&community=东风社区",
            "&street=东风街道",
            "&street=和平街道&community=光明社区",
        ),
        "street": ("&community=东风社区", "&street=东风街道"),
    }
    for role, filters in asks.items():
        p = people[role]
        for query in filters:
            for path in ("/api/v1/district/figures", "/", "/overview.xlsx", "/overview.pdf"):
                r = p.get(f"{path}?year={year}{query}")
                assert r.status_code == 404, (role, path, query)
                assert "东风小区" not in r.text
    # within one's area the same filter works; the district's filters only narrow
    street = people["street"].get(f"/api/v1/district/figures?year={year}&community=光明社区")
    assert street.status_code == 200 and street.json()["stations"] == 1
    nowhere = people["district"].get(f"/api/v1/district/figures?year={year}&street=无此街道")
    assert nowhere.status_code == 200 and nowhere.json()["stations"] == 0


def test_station_page_masks_ids_and_phones_and_is_audited(district, people):
    p = people["district"]
    st = district.stations["东风社区"]
    page = p.get(f"/stations/{st.id}").text
    assert "110101195001010002" not in page and "110***********0002" in page
    assert "13900000200" not in page and "139****0200" in page
    audit = p.get("/audit").text
    assert "查看站点台账" in audit and st.id in audit


# -- figures ------------------------------------------------------------------------------
def _station_figures(server: ServerProc, station_id: str, year: int) -> dict:
    """One station's own figures, from its rows as the server exported them."""
    out = server.cli("export", "--station", station_id, "--out", str(server.data_dir / "x.json"))
    assert out.returncode == 0
    import json

    tables = json.loads((server.data_dir / "x.json").read_text())["tables"]
    start, end = figures.year_period(year)
    return figures.station_figures(
        start=start, end=end, members=tables.get("members", []),
        party_groups=tables.get("party_groups", []), transfers=tables.get("transfers", []),
        meetings=tables.get("meetings", []), requests=tables.get("requests", []),
        first_responses={}, allocations=tables.get("allocations", []),
        expenses=tables.get("expenses", []), tasks=tables.get("tasks", []),
        service_hours=tables.get("service_hours", []),
        points_ledger=tables.get("points_ledger", []),
        consultations=tables.get("consultations", []),
    )  # fmt: skip


def test_district_figures_are_the_sum_of_the_stations(district, people):
    s = district.server
    own = {c: _station_figures(s, st.id, district.year) for c, st in district.stations.items()}
    scopes = {
        "": list(own),
        "&street=和平街道": ["幸福里社区", "光明社区"],
        "&community=东风社区": ["东风社区"],
    }
    for query, communities in scopes.items():
        got = people["district"].get(f"/api/v1/district/figures?year={district.year}{query}").json()
        want = figures.combine(own[c] for c in communities)
        for key in ("stations", "members", "party_groups", "centre_households", "meetings_by_type",
                    "neighbour_meetings", "neighbour_meeting_residents", "joint_meetings",
                    "requests_total", "requests_by_list", "requests_closed",
                    "neighbourhood"):  # fmt: skip
            assert got[key] == want[key], (query, key)
        assert got["funds"]["spent_fen"] == want["funds"]["spent_fen"]
        assert got["rates"]["resolution"] == want["rates"]["resolution"]
    cli = s.cli("figures", "--year", str(district.year), "--json").stdout
    import json

    assert json.loads(cli)["members"] == figures.combine(own.values())["members"]


def test_figures_follow_new_data(district, people):
    p = people["district"]
    before = p.get(f"/api/v1/district/figures?year={district.year}").json()["members"]
    st = district.stations["东风社区"]
    st.sync([st.op("members", {"name": "新党员", "joined_date": "2010-01-01",
                               "full_date": "2011-01-01", "member_kind": "full", "status": "active"})])  # fmt: skip
    after = p.get(f"/api/v1/district/figures?year={district.year}").json()["members"]
    assert after == before + 1


def test_station_list_follows_new_data(district, people):
    """The list's rows and table are reused between loads: a station's sync must still
    show on the next load, in its own row only."""
    import re

    p = people["district"]
    st = district.stations["东风社区"]

    def overdue(page: str) -> str:
        row = page.split(f'href="/stations/{st.id}"', 1)[1].split("</tr>", 1)[0]
        found = re.search(r'<strong class="warn">(\d+)</strong></td>\s*<td class="due">', row)
        return found.group(1) if found else ""

    before = p.get("/stations").text
    assert p.get("/stations").text == before  # nothing changed: the same page
    ops = [st.op("requests", {"number": "2020-00099", "resident": "居民", "category": "street_lights",
                              "description": "楼道灯坏了", "source": "visit", "state": "dispatched",
                              "handling": "branch", "registered_at": "2020-01-01T02:00:00Z",
                              "due_at": "2020-01-08T02:00:00Z"})]  # fmt: skip
    assert st.sync(ops)["results"][0]["status"] == "ok"
    after = p.get("/stations").text
    assert int(overdue(after) or 0) == int(overdue(before) or 0) + 1
    others = [r for r in after.split("<tr")[1:] if f"/stations/{st.id}" not in r]
    assert all(r in before for r in others)


def test_overview_page_and_excel_export(district, people, tmp_path):
    p = people["street"]
    page = p.get(f"/?year={district.year}")
    assert page.status_code == 200
    assert "<svg" in page.text and "幸福里社区" in page.text and "东风社区" not in page.text
    for header in ("Content-Security-Policy", "X-Frame-Options"):
        assert header in page.headers
    x = p.get(f"/overview.xlsx?year={district.year}")
    assert x.status_code == 200
    path = tmp_path / "o.xlsx"
    path.write_bytes(x.content)
    wb = openpyxl.load_workbook(path)
    values = {r[0]: r[1] for r in wb.worksheets[0].iter_rows(min_row=4, values_only=True) if r[0]}
    api = p.get(f"/api/v1/district/figures?year={district.year}").json()
    assert values["在册党员"] == api["members"]
    assert "总览（Excel）" in people["district"].get("/audit").text


def test_overview_pdf_has_the_figures(district, people, tmp_path):
    import pypdf

    p = people["community"]
    r = p.get(f"/overview.pdf?year={district.year}")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    path = tmp_path / "o.pdf"
    path.write_bytes(r.content)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    # pypdf reads fpdf2's CID font codes with a NUL before each character (poppler and
    # browsers read the same file cleanly); the characters themselves are right.
    text = text.replace("\x00", "")
    api = p.get(f"/api/v1/district/figures?year={district.year}").json()
    assert "在册党员" in text and "幸福里社区" in text and "东风社区" not in text
    assert f"{api['requests_total']:,}" in text
    # the Chinese font travels inside the file (a clerk's PC may not have it)
    fonts = pypdf.PdfReader(str(path)).pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]


def test_bad_period_is_a_4xx(people):
    p = people["district"]
    assert p.get("/api/v1/district/figures?year=99999").status_code == 400
    assert p.get("/api/v1/district/figures?year=abc").status_code == 422
    assert p.get("/?year=2026&month=13").status_code == 400


def test_login_never_redirects_elsewhere(district):
    s = district.server
    http = requests.Session()
    r = http.get(s.base + "/login?next=//evil.example/x", timeout=10)
    assert 'value="/"' in r.text


# -- every role against every route ----------------------------------------------------------
def _whistle_ids(district) -> dict[str, str]:
    """community -> the id of the request its station whistled to DEPARTMENT."""
    import json

    out = {}
    for community, st in district.stations.items():
        path = district.server.data_dir / f"w-{community}.json"
        district.server.cli("export", "--station", st.id, "--out", str(path))
        rows = json.loads(path.read_text())["tables"]["requests"]
        out[community] = next(r["id"] for r in rows if r.get("department") == DEPARTMENT)
    return out


def test_every_route_answers_each_role_by_its_area(district, people):
    """200 where the role may look, 404 everywhere else (never the data, never a 500)."""
    ids, whistles = _station_ids(district), _whistle_ids(district)
    area = {
        "district": set(ids),
        "street": {"幸福里社区", "光明社区"},
        "community": {"幸福里社区"},
        "department": set(),
    }
    year = district.year
    for role, p in people.items():
        sees = role != "department"
        district_only = role == "district"
        gets = {
            f"/?year={year}": 200 if sees else 303,
            f"/api/v1/district/figures?year={year}": 200 if sees else 404,
            f"/overview.xlsx?year={year}": 200 if sees else 404,
            f"/overview.pdf?year={year}": 200 if sees else 404,
            "/stations": 200 if sees else 404,
            "/whistles": 200,
            "/audit": 200 if district_only else 404,
            "/funds": 200 if district_only else 404,
            f"/funds/notice.xlsx?year={year}": 200 if district_only else 404,
            "/enrollment": 200 if district_only else 404,
        }
        for community, sid in ids.items():
            mine = community in area[role]
            gets[f"/stations/{sid}"] = 200 if mine else 404
            gets[f"/enrollment/stations/{sid}/revoke"] = 200 if district_only else 404
            gets[f"/whistles/{whistles[community]}"] = (
                200 if (mine or role == "department") else 404
            )
        for path, want in gets.items():
            assert p.get(path).status_code == want, (role, path)
        if not district_only:
            sid = ids["幸福里社区"]
            for path in ("/enrollment/stations", f"/enrollment/stations/{sid}/code",
                         f"/enrollment/stations/{sid}/void", f"/enrollment/stations/{sid}/revoke",
                         "/enrollment/conflicts/1/resolve", "/funds/allocate", "/funds/upload",
                         "/whistles/dispatch"):  # fmt: skip
                assert p.post(path, {}).status_code == 404, (role, path)
        if role != "department":
            act = f"/whistles/{whistles['幸福里社区']}/act"
            assert p.post(act, {"action": "accept"}).status_code == 404, (role, act)


# -- words: what a clerk reads is Chinese -----------------------------------------------------
ALLOWED_LATIN = {"Excel", "PDF", "CSV", "xlsx", "csv", "UTF", "GB18030", "MB"}


def _visible_words(html: str) -> set[str]:
    """Latin words a person reads on a page: text, and titles and labels of elements."""
    import re
    from html.parser import HTMLParser

    texts: list[str] = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            texts.extend(v or "" for k, v in attrs if k in ("title", "aria-label", "placeholder"))

        def handle_data(self, data):
            texts.append(data)

    Reader().feed(html)
    text = re.sub(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", " ", " ".join(texts))  # ids
    words = set(re.findall(r"[A-Za-z]{3,}", text))
    return words - ALLOWED_LATIN


def test_every_page_reads_in_chinese(district, people):
    """No code names or English left on any page a role opens (user names aside)."""
    ids, whistles = _station_ids(district), _whistle_ids(district)
    year = district.year
    names = {p.username for p in people.values()} | {"newbie", "victim", "leaving", "idler"}
    for role, p in people.items():
        paths = ["/whistles", "/password", f"/whistles/{whistles['幸福里社区']}"]
        if role != "department":
            paths += [f"/?year={year}", f"/?year={year}&quarter=2", "/stations",
                      f"/stations/{ids['幸福里社区']}", "/nowhere"]  # fmt: skip
        if role == "district":
            paths += ["/audit", f"/funds?year={year}", "/enrollment"]
        for path in paths:
            r = p.get(path)
            assert r.status_code in (200, 404), (role, path)
            assert _visible_words(r.text) - names == set(), (role, path)


# -- last in the module: what these leave behind would disturb the others ------------------------
def test_logout_ends_the_session_on_the_server(district):
    s = district.server
    p = person(s, "goinghome", "district")
    cookie = p.http.cookies.get("linju_console")
    p.refresh_csrf()
    r = p.post("/logout")
    assert r.status_code == 303 and r.headers["location"] == "/login"
    replay = requests.get(s.base + "/", cookies={"linju_console": cookie}, allow_redirects=False,
                          timeout=10)  # fmt: skip
    assert replay.status_code == 303 and replay.headers["location"].startswith("/login")


def test_passwords_are_stored_as_scrypt_hashes(district):
    from linju_sync.server.db import Database, users
    from sqlalchemy import select

    initial = district.server.last_line("add-user", "hashed", "--role", "district")
    db = Database(district.server.url, migrate=False)
    try:
        with db.read() as conn:
            stored = conn.execute(
                select(users.c.password_hash).where(users.c.username == "hashed")
            ).scalar_one()
    finally:
        db.dispose()
    algorithm, n, r, p, salt, digest = stored.split("$")
    assert (algorithm, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert initial not in stored


def test_failures_from_one_address_are_throttled_across_accounts(district):
    """20 wrong passwords from one address, each for another name, close the door to that
    address even for a right password (the last test: the address stays throttled)."""
    s = district.server
    initial = s.last_line("add-user", "lastone", "--role", "district")
    http = requests.Session()
    for i in range(20):
        r = http.post(s.base + "/login", data={"username": f"guess{i}", "password": "x"},
                      timeout=10)  # fmt: skip
        # earlier tests' failures came from this address too: the door may close sooner
        assert r.status_code == 400 and (
            "用户名或密码不对" in r.text or "登录失败次数过多" in r.text
        )
    r = http.post(s.base + "/login", data={"username": "lastone", "password": initial},
                  allow_redirects=False, timeout=10)  # fmt: skip
    assert r.status_code == 400 and "登录失败次数过多" in r.text
