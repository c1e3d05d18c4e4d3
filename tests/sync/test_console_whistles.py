"""吹哨报到 in the console: a department's queue and its steps reach the station, checked by
the request state machine; the district dispatches new requests; scope holds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from tests.sync.conftest import BACKENDS
from tests.sync.console_support import (
    DEPARTMENT,
    District,
    person,
    running_district,
)


@pytest.fixture(scope="module", params=BACKENDS)
def district(request, tmp_path_factory) -> Iterator[District]:
    with running_district(request.param, tmp_path_factory, "whistles") as d:
        yield d


@pytest.fixture(scope="module")
def people(district):
    s = district.server
    return {
        "district": person(s, "qu", "district"),
        "street": person(s, "dongfeng", "street", "东风街道"),
        "department": person(s, "chengguan", "department", DEPARTMENT),
        "other": person(s, "shuiwu", "department", "区水务局"),
    }


def _whistled_ids(page: str) -> set[str]:
    return set(re.findall(r'href="/whistles/([0-9a-f-]{36})"', page))


def test_each_sees_its_own_queue(district, people):
    every = _whistled_ids(people["district"].get("/whistles").text)
    assert len(every) == 3  # one per station
    mine = _whistled_ids(people["department"].get("/whistles").text)
    assert mine == every
    assert _whistled_ids(people["other"].get("/whistles").text) == set()
    street = _whistled_ids(people["street"].get("/whistles").text)
    assert len(street) == 1
    for rid in every:
        assert people["other"].get(f"/whistles/{rid}").status_code == 404
        assert people["street"].get(f"/whistles/{rid}").status_code == (
            200 if rid in street else 404
        )


def test_steps_reach_the_station_and_follow_the_state_machine(district, people):
    dept = people["department"]
    st = district.stations["幸福里社区"]
    rid = next(
        r for r in _whistled_ids(dept.get("/whistles").text)
        if "幸福里" in dept.get(f"/whistles/{r}").text
    )  # fmt: skip
    too_early = dept.post(f"/whistles/{rid}/act", {"action": "complete", "text": "修好了"})
    assert too_early.status_code == 409 and "已派单" in too_early.text
    assert dept.post(f"/whistles/{rid}/act", {"action": "accept"}).status_code == 303
    assert dept.post(f"/whistles/{rid}/act", {"action": "complete", "text": ""}).status_code == 400
    done = dept.post(f"/whistles/{rid}/act", {"action": "complete", "text": "已更换灯泡"})
    assert done.status_code == 303
    page = dept.get(f"/whistles/{rid}").text
    assert "已更换灯泡" in page and "接单" in page
    feed = st.sync()["operations"]
    changes = [f["changes"] for f in feed if f["row_id"] == rid and f["table"] == "requests"]
    assert changes[-1]["state"] == "done" and changes[-1]["result"] == "已更换灯泡"
    events = [f["changes"] for f in feed if f["table"] == "request_events"]
    assert [e["action"] for e in events if e["request_id"] == rid] == ["accept", "complete"]
    assert "报告办理结果" in people["district"].get("/audit").text


def test_forms_need_csrf_and_the_right_role(district, people):
    dept = people["department"]
    rid = next(iter(_whistled_ids(dept.get("/whistles").text)))
    forged = dept.http.post(dept.base + f"/whistles/{rid}/act",
                            data={"action": "accept", "csrf": "x"}, allow_redirects=False)  # fmt: skip
    assert forged.status_code == 403
    assert people["district"].post(f"/whistles/{rid}/act", {"action": "accept"}).status_code == 404


def test_district_dispatches_a_new_request(district, people):
    qu = people["district"]
    st = district.stations["东风社区"]
    bad = qu.post("/whistles/dispatch", {"station": st.id, "resident": "", "description": "x",
                                         "category": "parking"})  # fmt: skip
    assert bad.status_code == 400
    outside = people["street"]
    assert outside.post("/whistles/dispatch", {"station": st.id}).status_code == 404
    r = qu.post("/whistles/dispatch", {"station": st.id, "resident": "王大爷", "description": "楼道堆物",
                                       "category": "rubbish", "department": "区城管委", "hours": "48"})  # fmt: skip
    assert r.status_code == 303 and "whistles?done=" in r.headers["location"]
    feed = st.sync()["operations"]
    new = [
        f["changes"]
        for f in feed
        if f["table"] == "requests" and f["changes"].get("resident") == "王大爷"
    ]
    assert new and new[0]["state"] == "dispatched" and new[0]["department"] == "区城管委"
    assert json.dumps(new[0], ensure_ascii=False).count("楼道堆物") == 1


def test_overdue_requests_are_flagged_first(district, people):
    """The fixture's whistled requests fell due in April and are still dispatched: the
    queue flags them overdue (on top), and the station list counts them per station."""
    from tests.sync.console_support import GEOGRAPHY

    page = people["department"].get("/whistles").text
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]  # the open ones
    rows = body.split("</tr>")[:-1]
    assert rows and 'class="stale"' in rows[0] and "超期" in rows[0]
    late = {name for name, _, _ in GEOGRAPHY if any(name in r and "超期" in r for r in rows)}
    assert late  # at least one is still open (another test may have finished one)
    stations = people["district"].get("/stations").text
    for name, _, community in GEOGRAPHY:
        st = district.stations[community]
        row = stations.split(f'href="/stations/{st.id}"', 1)[1].split("</tr>", 1)[0]
        assert ('<strong class="warn">1</strong>' in row) == (name in late), name


def test_the_district_sees_what_it_dispatched_with_its_time_limit(district, people):
    qu = people["district"]
    st = district.stations["光明社区"]
    r = qu.post("/whistles/dispatch", {"station": st.id, "resident": "李阿姨", "description": "单元门禁坏了",
                                       "category": "other", "hours": "24"})  # fmt: skip
    assert r.status_code == 303
    page = qu.get("/whistles").text
    mine = page.split('id="dispatched"', 1)[1]
    assert "单元门禁坏了" in mine and "光明小区综合党支部" in mine
    # another street does not see it, nor any department (none was named)
    assert "单元门禁坏了" not in people["street"].get("/whistles").text
    assert "单元门禁坏了" not in people["department"].get("/whistles").text
