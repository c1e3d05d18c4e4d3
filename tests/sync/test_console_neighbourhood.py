"""The console names the neighbourhood's record books, fields and coded values in Chinese
wherever it lists a record (the conflict list): a vote changed on two computers, a closed
consultation changed at the station; never a code name such as `votes` or `abstain`."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator

import pytest
from linju_sync.protocol.tables import FIELDS
from linju_sync.server.web import app as _pages  # noqa: F401  (registers every page's words)
from linju_sync.server.web import book_names
from linju_sync.server.web import enrollment_pages as pages
from linju_sync.server.web.i18n import language

from tests.sync.conftest import BACKENDS
from tests.sync.console_support import District, person, running_district, stamp

HAN = re.compile(r"[\u4e00-\u9fff]")


def test_every_neighbourhood_book_and_field_has_a_chinese_name():
    token = language.set("zh_CN")
    try:
        for tbl in book_names.BOOKS:
            assert HAN.search(book_names.book_name(tbl, pages.BOOKS)), tbl
            for field in FIELDS[tbl]:
                if field.endswith("_id") or field.endswith("_ids") or field == "sort":
                    continue  # links between records: the page shows the record, not its key
                name = book_names.field_name(tbl, field, pages.FIELDS)
                assert HAN.search(name), f"{tbl}.{field}"
        assert book_names.field_name("service_hours", "minutes", pages.FIELDS) == "服务时长（分钟）"
        assert book_names.field_name("meetings", "minutes", pages.FIELDS) == "会议记录"
        assert pages.shown("choice", "abstain", "votes") == "弃权"
        assert pages.shown("state", "done", "tasks") == "已完成"
        assert pages.shown("state", "done", "requests") == "done"  # the request flow's own
    finally:
        language.reset(token)


@pytest.fixture(scope="module", params=BACKENDS)
def district(request, tmp_path_factory) -> Iterator[District]:
    with running_district(request.param, tmp_path_factory, "neighbourhood") as d:
        yield d


def _rows(page: str, row_id: str) -> list[str]:
    return [
        html
        for _cid, html in re.findall(r'<tr id="conflict-(\d+)">(.*?)</tr>', page, re.S)
        if row_id[:8] in html
    ]


def test_a_vote_changed_on_two_computers_reads_in_chinese(district):
    p = person(district.server, "qu2", "district")
    st = district.stations["光明社区"]
    now = int(time.time() * 1000)
    laptop, office = "c" * 16, "d" * 16
    cid, hid, vid = (str(uuid.uuid4()) for _ in range(3))
    ops = [
        st.op("consultations", {"title": "3号楼2单元加装电梯", "matter": "lift",
                                "status": "open"}, cid),
        st.op("households", {"consultation_id": cid, "room": "301", "floor": 3, "area": 8000},
              hid),
    ]  # fmt: skip
    vote = st.op(
        "votes", {"consultation_id": cid, "household_id": hid, "choice": "agree"}, vid,
        hlc=stamp(now, laptop),
    )  # fmt: skip
    assert all(r["status"] == "ok" for r in st.sync([*ops, vote])["results"])
    later = st.op("votes", {"choice": "disagree"}, vid, "update", vote["hlc"],
                  stamp(now + 20, laptop))  # fmt: skip
    earlier = st.op("votes", {"choice": "abstain"}, vid, "update", vote["hlc"],
                    stamp(now + 10, office))  # fmt: skip
    assert st.sync([later])["results"][0]["status"] == "ok"
    assert st.sync([earlier])["results"][0]["status"] == "conflict"
    page = p.get("/enrollment").text
    (row,) = _rows(page, vid)
    assert "表决" in row and "表决意见" in row and "弃权" in row and "不同意" in row
    assert ">votes" not in row and "abstain" not in row and "disagree" not in row

    # a closed consultation changed at the station: the server keeps its own, and says why
    closed = st.op("consultations", {"status": "final"}, cid, "update")
    assert st.sync([closed])["results"][0]["status"] == "ok"
    late = st.op("consultations", {"title": "3号楼2单元加装电梯（改）"}, cid, "update",
                 prev=ops[0]["hlc"])  # fmt: skip
    st.sync([late])
    page = p.get("/enrollment").text
    (row,) = _rows(page, cid)
    assert "协商议事" in row and "事项" in row and "3号楼2单元加装电梯" in row
    assert "本次协商已在服务器上结束" in row and "会议记录" not in row
    assert "本次协商已结束，不能修改" in row  # why the station's value cannot be chosen


def test_the_station_page_lists_its_tasks_and_consultations_in_words(district):
    p = person(district.server, "qu3", "district")
    st = district.stations["东风社区"]
    cid, tid = str(uuid.uuid4()), str(uuid.uuid4())
    ops = [
        st.op("consultations", {"title": "5号楼更换燃气管道", "matter": "renovation",
                                "status": "final", "outcome": "approved",
                                "opened_date": "2026-03-01"}, cid),
        st.op("tasks", {"number": "R2026-00001", "kind": "errand", "title": "代缴水电费",
                        "date": "2026-03-02", "place": "", "resident": "张奶奶",
                        "state": "rated", "rating": "satisfied", "places": 1}, tid),
    ]  # fmt: skip
    assert all(r["status"] == "ok" for r in st.sync(ops)["results"])
    page = p.get(f"/stations/{st.id}").text
    tasks = re.search(r'<table class="wide" id="tasks">(.*?)</table>', page, re.S).group(1)
    matters = re.search(r'<table class="wide" id="consultations">(.*?)</table>', page, re.S)
    assert "代缴水电费" in tasks and "帮办代办" in tasks and "已评单" in tasks and "满意" in tasks
    assert "errand" not in tasks and "rated" not in tasks
    assert "张奶奶" not in page  # the resident served stays at the station
    row = matters.group(1)
    assert "5号楼更换燃气管道" in row and "改建、重建" in row and "已结束" in row and "通过" in row
    assert "renovation" not in row and "final" not in row and "approved" not in row
