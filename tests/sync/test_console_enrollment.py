"""The 接入 Enrollment page against a real server process: adding stations, codes on a
printable slip, voiding and revoking, and settling conflicts; district accounts only."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
import requests

from tests.sync.conftest import BACKENDS
from tests.sync.console_support import (
    DEPARTMENT,
    District,
    Person,
    make_member_conflict,
    person,
    running_district,
)

NODE = "abcd1234abcd1234"
FULL_ID = re.compile(r"\d{17}[\dX]")


@pytest.fixture(scope="module", params=BACKENDS)
def district(request, tmp_path_factory) -> Iterator[District]:
    with running_district(request.param, tmp_path_factory, "enrollment") as d:
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


# -- helpers --------------------------------------------------------------------------------
def add_station(
    p: Person, name: str, street: str = "和平街道", community: str = "幸福里社区"
) -> str:
    r = p.post("/enrollment/stations", {"name": name, "street": street, "community": community})
    assert r.status_code == 303, r.text[:500]
    found = re.search(r"station=([0-9a-f-]{36})", r.headers["location"])
    assert found, r.headers["location"]
    return found.group(1)


def issue(p: Person, station_id: str) -> tuple[str, str]:
    """Issue a code through the page; returns (code as read from the slip, slip HTML)."""
    r = p.post(f"/enrollment/stations/{station_id}/code")
    assert r.status_code == 200, r.text[:500]
    found = re.search(r'id="slip-code">([A-Z0-9-]+)<', r.text)
    assert found, r.text[:1000]
    return found.group(1), r.text


def redeem(base: str, code: str) -> requests.Response:
    return requests.post(
        base + "/api/v1/enroll", json={"code": code, "client_node": NODE}, timeout=10
    )


def station_row(page: str, station_id: str) -> str:
    found = re.search(rf'<tr id="station-{station_id}">(.*?)</tr>', page, re.S)
    assert found, station_id
    return found.group(1)


def conflict_rows(page: str, row_id: str) -> dict[str, tuple[int, str]]:
    """Open conflicts of one record on the page: field code -> (conflict id, row HTML)."""
    out = {}
    for cid, html in re.findall(r'<tr id="conflict-(\d+)">(.*?)</tr>', page, re.S):
        if row_id[:8] in html:
            field = re.search(r'-field">.*?<small class="mono">(\w+)</small>', html, re.S)
            assert field, html
            out[field.group(1)] = (int(cid), html)
    return out


# -- who may -------------------------------------------------------------------------------
def test_only_the_district_has_the_enrollment_page(district, people):
    sid = district.stations["幸福里社区"].id
    gets = ["/enrollment", f"/enrollment/stations/{sid}/revoke"]
    posts = {
        "/enrollment/stations": {
            "name": "不该有的站点",
            "street": "和平街道",
            "community": "幸福里社区",
        },
        f"/enrollment/stations/{sid}/code": {},
        f"/enrollment/stations/{sid}/void": {},
        f"/enrollment/stations/{sid}/revoke": {"reason": "x", "confirm": "yes"},
        "/enrollment/conflicts/1/resolve": {"keep": "station"},
    }
    for role in ("street", "community", "department"):
        p = people[role]
        for path in gets:
            assert p.get(path).status_code == 404, (role, path)
        for path, data in posts.items():
            assert p.post(path, data).status_code == 404, (role, path)
        assert 'href="/enrollment"' not in p.get("/whistles" if role == "department" else "/").text
    r = requests.get(district.server.base + "/enrollment", allow_redirects=False, timeout=10)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    page = people["district"].get("/enrollment")
    assert page.status_code == 200 and 'href="/enrollment" aria-current="page"' in page.text
    assert "不该有的站点" not in page.text
    # the station's access still works: nobody else's POST revoked it
    st = district.stations["幸福里社区"]
    ok = requests.get(district.server.base + "/api/v1/status", headers=st.headers, timeout=10)
    assert ok.status_code == 200


def test_forms_need_the_csrf_token(district, people):
    p = people["district"]
    sid = district.stations["东风社区"].id
    for path, data in {
        "/enrollment/stations": {"name": "伪造站点", "street": "东风街道", "community": "东风社区"},
        f"/enrollment/stations/{sid}/code": {},
        f"/enrollment/stations/{sid}/void": {},
        f"/enrollment/stations/{sid}/revoke": {"reason": "伪造", "confirm": "yes"},
        "/enrollment/conflicts/1/resolve": {"keep": "station"},
    }.items():
        for forged in ({}, {"csrf": "forged"}):
            r = p.http.post(
                p.base + path, data={**data, **forged}, allow_redirects=False, timeout=10
            )
            assert r.status_code == 403 and "表单已过期" in r.text, (path, forged)
            assert "slip-code" not in r.text
    assert "伪造站点" not in p.get("/enrollment").text
    st = district.stations["东风社区"]
    ok = requests.get(district.server.base + "/api/v1/status", headers=st.headers, timeout=10)
    assert ok.status_code == 200


# -- stations and codes ---------------------------------------------------------------------
def test_add_a_station_and_it_appears_in_stations(district, people):
    p = people["district"]
    sid = add_station(p, "  新建小区综合党支部  ", " 和平街道 ", "幸福里社区")
    page = p.get(f"/enrollment?done=added&station={sid}").text
    assert "已新增站点 新建小区综合党支部" in page
    assert "未接入" in station_row(page, sid)
    assert "新建小区综合党支部" in p.get("/stations").text
    assert sid in people["street"].get("/stations").text  # under 和平街道: the street sees it
    # the same name in the same community is refused; in another community it is fine
    again = p.post(
        "/enrollment/stations",
        {"name": "新建小区综合党支部", "street": "和平街道", "community": "幸福里社区"},
    )
    assert (
        again.status_code == 409 and "幸福里社区 已有名为 新建小区综合党支部 的站点" in again.text
    )
    assert 'value="新建小区综合党支部"' in again.text  # what was typed stays in the form
    add_station(p, "新建小区综合党支部", "和平街道", "光明社区")
    for missing in ("name", "street", "community"):
        data = {"name": "缺项站点", "street": "和平街道", "community": "光明社区", missing: "  "}
        r = p.post("/enrollment/stations", data)
        assert r.status_code == 400 and "请填写站点名称、所属街道和社区" in r.text, missing
    assert "缺项站点" not in p.get("/stations").text
    assert "新增站点" in p.get("/audit").text


def test_issue_a_code_on_a_slip_and_enroll_with_it(district, people):
    p = people["district"]
    sid = add_station(p, "接入测试小区党支部", "东风街道", "东风社区")
    code, slip = issue(p, sid)
    assert re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){3}", code)
    assert f'id="slip-server">{district.server.base}<' in slip
    assert "接入测试小区党支部" in slip and "有效期至" in slip and "接入步骤" in slip
    for step in ("打开邻居", "同步", "填写服务器地址和接入码", "登记"):
        assert f"<li>{step}</li>" in slip
    assert "<script" not in slip and "style=" not in slip
    page = p.get("/enrollment").text
    assert code not in page and "1 个，有效至" in station_row(page, sid)
    r = redeem(district.server.base, code)
    assert r.status_code == 200, r.text
    assert r.json()["station_id"] == sid and r.json()["station_name"] == "接入测试小区党支部"
    assert redeem(district.server.base, code).status_code == 403  # one time only
    row = station_row(p.get("/enrollment").text, sid)
    assert "已接入" in row and "—" in row  # enrolled, no open code left
    audit = p.get("/audit").text
    assert "生成接入码" in audit and "有效至" in audit and code not in audit


def test_a_voided_code_is_refused(district, people):
    p = people["district"]
    sid = add_station(p, "作废测试小区党支部", "东风街道", "东风社区")
    first, _ = issue(p, sid)
    second, _ = issue(p, sid)  # a new slip ends the older one: one open code at a time
    assert "1 个，有效至" in station_row(p.get("/enrollment").text, sid)
    r = p.post(f"/enrollment/stations/{sid}/void")
    assert r.status_code == 303 and "n=1" in r.headers["location"]
    page = p.get(r.headers["location"]).text
    assert "已作废 1 个未用的接入码" in page
    assert "个，有效至" not in station_row(page, sid)
    for code in (first, second):
        refused = redeem(district.server.base, code)
        assert refused.status_code == 403 and "expired" in refused.json()["detail"]
    third, _ = issue(p, sid)  # a new code after voiding works
    assert redeem(district.server.base, third).status_code == 200
    assert "作废接入码" in p.get("/audit").text


def test_revoke_makes_the_token_fail(district, people):
    p = people["district"]
    base = district.server.base
    sid = add_station(p, "停用测试小区党支部", "和平街道", "光明社区")
    code, _ = issue(p, sid)
    token = redeem(base, code).json()["token"]
    bearer = {"Authorization": f"Bearer {token}"}
    assert requests.get(base + "/api/v1/status", headers=bearer, timeout=10).status_code == 200
    spare, _ = issue(p, sid)  # an open slip must not undo the revocation
    form = p.get(f"/enrollment/stations/{sid}/revoke")
    assert form.status_code == 200
    assert 'for="revoke-reason"' in form.text and 'for="revoke-confirm"' in form.text
    # no reason, or the box not ticked: nothing happens
    for data in ({"reason": "  ", "confirm": "yes"}, {"reason": "电脑丢失"}):
        r = p.post(f"/enrollment/stations/{sid}/revoke", data)
        assert r.status_code == 400 and 'role="alert"' in r.text, data
        assert requests.get(base + "/api/v1/status", headers=bearer, timeout=10).status_code == 200
    r = p.post(f"/enrollment/stations/{sid}/revoke", {"reason": "电脑丢失", "confirm": "yes"})
    assert r.status_code == 303
    gone = requests.get(base + "/api/v1/status", headers=bearer, timeout=10)
    assert gone.status_code == 401 and "电脑丢失" in gone.json()["detail"]
    assert redeem(base, spare).status_code == 403
    row = station_row(p.get(r.headers["location"]).text, sid)
    assert "已停用" in row and "电脑丢失" in row and "/revoke" not in row
    again = p.post(f"/enrollment/stations/{sid}/revoke", {"reason": "再次", "confirm": "yes"})
    assert again.status_code == 409
    assert "停用站点" in p.get("/audit").text
    # enrolling again with a new code is the way back
    fresh, _ = issue(p, sid)
    assert redeem(base, fresh).status_code == 200
    assert "已接入" in station_row(p.get("/enrollment").text, sid)


def test_unknown_stations_and_conflicts_are_404(people):
    p = people["district"]
    nobody = str(uuid.uuid4())
    assert p.get(f"/enrollment/stations/{nobody}/revoke").status_code == 404
    assert p.post(f"/enrollment/stations/{nobody}/code").status_code == 404
    assert p.post(f"/enrollment/stations/{nobody}/void").status_code == 404
    for cid in ("999999", "abc"):
        r = p.post(f"/enrollment/conflicts/{cid}/resolve", {"keep": "station"})
        assert r.status_code == 404, cid
    assert p.post("/enrollment/conflicts/1/resolve", {"keep": "both"}).status_code == 400


# -- conflicts ------------------------------------------------------------------------------
def test_a_conflict_is_shown_masked_and_settled_from_the_page(district, people):
    p = people["district"]
    st = district.stations["光明社区"]
    rid = make_member_conflict(st)
    page = p.get("/enrollment").text
    found = conflict_rows(page, rid)
    assert set(found) == {"mobile", "id_number"}
    mobile_id, mobile_row = found["mobile"]
    id_id, id_row = found["id_number"]
    assert "139****6666" in mobile_row and "139****4444" in mobile_row  # both values
    assert "110***********0033" in id_row and "110***********0022" in id_row
    assert "光明小区综合党支部" in mobile_row and "冲突党员" in mobile_row
    assert "服务器的" in mobile_row and "两边都修改了" in mobile_row
    for full in ("13955556666", "13933334444", "110101198001010033", "110101198001010022"):
        assert full not in page
    assert not FULL_ID.search(page)
    assert 'value="station"' in mobile_row and 'value="server"' in mobile_row

    # the station's mobile goes down with its next sync; for the ID number the server's stays
    r = p.post(f"/enrollment/conflicts/{mobile_id}/resolve", {"keep": "station"})
    assert r.status_code == 303, r.text[:500]
    assert "已处理" in p.get(r.headers["location"]).text
    assert p.post(f"/enrollment/conflicts/{id_id}/resolve", {"keep": "server"}).status_code == 303
    again = p.post(f"/enrollment/conflicts/{mobile_id}/resolve", {"keep": "station"})
    assert again.status_code == 409 and "已经处理过" in again.text
    down = [op for op in st.sync([])["operations"] if op["row_id"] == rid]
    assert [op["changes"] for op in down] == [{"mobile": "13955556666"}]
    assert st.sync([])["operations"] == []  # sent once
    page = p.get("/enrollment").text
    assert conflict_rows(page, rid) == {} and not FULL_ID.search(page)
    audit = p.get("/audit").text
    assert "处理冲突" in audit and "保留站点的值" in audit


def test_a_request_state_cannot_be_written_from_the_page(district, people):
    p = people["district"]
    st = district.stations["东风社区"]
    rid = str(uuid.uuid4())
    ins = st.op(
        "requests",
        {"number": f"{district.year}-09999", "resident": "居民", "contact": "13800001111",
         "category": "other", "description": "楼道堆物", "source": "visit", "state": "done",
         "handling": "branch", "registered_at": f"{district.year}-04-01T02:00:00Z"},
        row_id=rid,
    )  # fmt: skip
    st.sync([ins])
    res = st.sync([st.op("requests", {"state": "registered"}, rid, "update")])["results"][0]
    assert res["status"] == "conflict"
    (cid, html) = conflict_rows(p.get("/enrollment").text, rid)["state"]
    assert 'value="server"' in html and 'value="station"' not in html
    assert "诉求的办理进度只能由站点按流程推进" in html
    r = p.post(f"/enrollment/conflicts/{cid}/resolve", {"keep": "station"})
    assert r.status_code == 400 and "诉求的办理进度只能由站点按流程推进" in r.text
    assert "state" in conflict_rows(r.text, rid)  # still open
    assert p.post(f"/enrollment/conflicts/{cid}/resolve", {"keep": "server"}).status_code == 303
    assert conflict_rows(p.get("/enrollment").text, rid) == {}
    assert [op for op in st.sync([])["operations"] if op["row_id"] == rid] == []


def test_pages_carry_the_security_headers_and_no_inline_code(district, people):
    p = people["district"]
    sid = district.stations["幸福里社区"].id
    for path in ("/enrollment", f"/enrollment/stations/{sid}/revoke"):
        r = p.get(path)
        assert "Content-Security-Policy" in r.headers and r.headers["Cache-Control"] == "no-store"
        assert "<script" not in r.text and "style=" not in r.text
        assert not FULL_ID.search(r.text)
        # every input but the hidden ones has a label
        ids = re.findall(r'<input id="([^"]+)"', r.text)
        assert ids and all(f'for="{i}"' in r.text for i in ids), path
