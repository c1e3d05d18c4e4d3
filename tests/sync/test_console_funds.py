"""经费 in the console: the district sets allocations (one by one or from a file) that
reach the stations on their next sync, a bad file applies nothing, and the 公示 workbook
holds real numbers; no other role sees any of it."""

from __future__ import annotations

import ast
import io
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import requests

from tests.sync.conftest import BACKENDS
from tests.sync.console_support import (
    DEPARTMENT,
    GEOGRAPHY,
    District,
    Person,
    person,
    running_district,
)

NAMES = {community: name for name, _street, community in GEOGRAPHY}
# spent in the current year by _records(): 123.45 yuan times (n + 1), all "activities"
SPENT = {community: 12_345 * (n + 1) for n, (_, _, community) in enumerate(GEOGRAPHY)}


@pytest.fixture(scope="module", params=BACKENDS)
def district(request, tmp_path_factory) -> Iterator[District]:
    with running_district(request.param, tmp_path_factory, "funds") as d:
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


def _allocated(p: Person, year: int) -> dict[str, int]:
    """Each community's allocated fen for the year, from the figures API."""
    out = {}
    for community in NAMES:
        f = p.get(f"/api/v1/district/figures?year={year}&community={community}").json()
        out[community] = f["funds"]["allocated_fen"]
    return out


def _upload(
    p: Person, year: int, name: str, content: bytes, csrf: bool = True
) -> requests.Response:
    data = {"year": str(year), **({"csrf": p.csrf} if csrf else {})}
    return p.http.post(
        p.base + "/funds/upload", data=data, files={"file": (name, content)}, timeout=60,
        allow_redirects=False,
    )  # fmt: skip


def _problems(page: str) -> dict[int, str]:
    found = re.findall(r'<th scope="row">第 (\d+) 行</th><td>(.*?)</td>', page)
    return {int(row): reason for row, reason in found}


def _row(page: str, station_id: str) -> str:
    found = re.search(rf'<tr id="station-{station_id}">(.*?)</tr>', page, re.S)
    assert found, page[:500]
    return found.group(1)


def _allocation_ops(resp: dict, year: int) -> list[dict]:
    return [
        o for o in resp["operations"]
        if o["table"] == "allocations" and o["changes"].get("year") == year
    ]  # fmt: skip


# -- who may ------------------------------------------------------------------------------
def test_only_the_district_has_funds(district, people):
    year = district.year + 9
    sid = district.stations["幸福里社区"].id
    csv = f"站点,金额（元）\n{NAMES['幸福里社区']},100\n".encode()
    for role in ("street", "community", "department"):
        p = people[role]
        assert p.get("/funds").status_code == 404, role
        assert p.get(f"/funds?year={year}").status_code == 404, role
        assert p.get(f"/funds/notice.xlsx?year={year}").status_code == 404, role
        r = p.post("/funds/allocate", {"station": sid, "year": year, "amount": "100"})
        assert r.status_code == 404, role
        assert _upload(p, year, "a.csv", csv).status_code == 404, role
        assert "经费" not in p.get("/password").text  # not in the menu either
    assert set(_allocated(people["district"], year).values()) == {0}
    r = requests.get(district.server.base + "/funds", allow_redirects=False, timeout=10)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_the_funds_page_is_keyboard_and_print_friendly(district, people):
    r = people["district"].get(f"/funds?year={district.year}")
    assert r.status_code == 200 and "Content-Security-Policy" in r.headers
    page = r.text
    for name in NAMES.values():
        assert name in page
    assert "<script" not in page and "style=" not in page
    for tag in re.findall(r"<input[^>]*>", page):
        if 'type="hidden"' in tag or 'name="csrf"' in tag:
            continue
        found = re.search(r'id="([^"]+)"', tag)
        assert found, tag
        assert f'<label for="{found.group(1)}"' in page, tag
    for label in ("下拨", "已支出", "结余", "使用率", "活动经费", "困难党员慰问"):
        assert label in page


# -- one station at a time ----------------------------------------------------------------
def test_setting_an_allocation_reaches_the_station(district, people):
    p = people["district"]
    st = district.stations["东风社区"]
    year = district.year
    st.sync()  # catch up first: only this change should come down
    r = p.post("/funds/allocate", {"station": st.id, "year": year, "amount": "14,500.50"})
    assert r.status_code == 303, r.text[:500]
    assert r.headers["location"].startswith(f"/funds?year={year}")
    ops = _allocation_ops(st.sync(), year)
    assert len(ops) == 1 and ops[0]["changes"]["amount_fen"] == 1_450_050
    assert ops[0]["changes"]["source"] == "district"

    page = p.get(r.headers["location"]).text
    assert "14,500.50 元" in page  # the message, said from the figures
    row = _row(page, st.id)
    assert "14,500.50" in row and "14,130.15" in row  # allocated, and left after 370.35 spent
    assert _allocated(p, year)["东风社区"] == 1_450_050

    # changed again: the same allocation row of the year, changed in place
    p.post("/funds/allocate", {"station": st.id, "year": year, "amount": "20000"})
    again = _allocation_ops(st.sync(), year)
    assert [o["row_id"] for o in again] == [ops[0]["row_id"]]
    assert again[0]["changes"]["amount_fen"] == 2_000_000
    assert _allocated(p, year)["东风社区"] == 2_000_000
    audit = p.get("/audit").text
    assert "设置下拨" in audit and f"{year} 年度：20,000.00 元" in audit


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("12.345", "两位小数"), ("-5", "负数"), ("abc", "不是有效的金额"), ("", "请填写金额"),
     ("1e3", "不是有效的金额")],
)  # fmt: skip
def test_a_bad_amount_is_explained_beside_its_field(district, people, typed, reason):
    p = people["district"]
    st = district.stations["光明社区"]
    year = district.year + 8
    r = p.post("/funds/allocate", {"station": st.id, "year": year, "amount": typed})
    assert r.status_code == 400
    row = _row(r.text, st.id)
    assert reason in row and 'aria-invalid="true"' in row
    assert f'id="amount-error-{st.id}"' in row
    assert _allocated(p, year)["光明社区"] == 0


def test_an_unknown_station_or_year_is_refused(district, people):
    p = people["district"]
    assert (
        p.post("/funds/allocate", {"station": "nope", "year": 2026, "amount": "1"}).status_code
        == 404
    )
    sid = district.stations["光明社区"].id
    r = p.post("/funds/allocate", {"station": sid, "year": 1999, "amount": "1"})
    assert r.status_code == 400 and "2000" in r.text
    assert p.get("/funds?year=abc").status_code == 400


def test_forms_without_the_csrf_token_are_refused(district, people):
    p = people["district"]
    year = district.year + 7
    sid = district.stations["光明社区"].id
    r = p.http.post(
        p.base + "/funds/allocate", data={"station": sid, "year": year, "amount": "1"},
        allow_redirects=False, timeout=10,
    )  # fmt: skip
    assert r.status_code == 403 and "表单已过期" in r.text
    csv = f"站点,金额（元）\n{NAMES['光明社区']},100\n".encode()
    r = _upload(p, year, "a.csv", csv, csrf=False)
    assert r.status_code == 403
    assert set(_allocated(p, year).values()) == {0}


# -- files --------------------------------------------------------------------------------
def test_an_upload_with_a_bad_row_applies_nothing(district, people):
    p = people["district"]
    year = district.year + 3
    before = _allocated(p, year)
    csv = (
        f"站点,金额（元）\n{NAMES['幸福里社区']},100\n不存在的支部,200\n{NAMES['东风社区']},300\n"
    ).encode("utf-8-sig")
    r = _upload(p, year, "bad.csv", csv)
    assert r.status_code == 400
    assert _problems(r.text) == {3: "没有名称或编号为“不存在的支部”的站点"}
    assert "未导入任何数据" in r.text
    assert _allocated(p, year) == before == dict.fromkeys(NAMES, 0)


def test_every_bad_row_is_named_with_its_reason(district, people):
    p = people["district"]
    year = district.year + 3
    xf, gm, df = (NAMES[c] for c in ("幸福里社区", "光明社区", "东风社区"))
    csv = (
        f'站点,金额（元）\n{xf},"1,000"\n{xf},5\n{gm},-1\n{df},1.005\n'
        f"{district.stations['东风社区'].id},\n,7\n"
    ).encode()
    r = _upload(p, year, "bad.csv", csv)
    assert r.status_code == 400
    problems = _problems(r.text)
    assert sorted(problems) == [3, 4, 5, 6, 7]
    assert "已在第 2 行出现" in problems[3]
    assert "负数" in problems[4]
    assert "两位小数" in problems[5]
    assert "请填写金额" in problems[6]
    assert "未填写站点" in problems[7]
    assert set(_allocated(p, year).values()) == {0}


def test_a_good_xlsx_upload_applies_every_row(district, people, tmp_path):
    p = people["district"]
    year = district.year + 1
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["站点", "金额（元）", "备注"])
    ws.append([NAMES["幸福里社区"], 12000, "按人数"])
    ws.append([district.stations["光明社区"].id, "8,000.50", ""])  # by id, as text
    ws.append([NAMES["东风社区"], 9999.99, None])
    buf = io.BytesIO()
    wb.save(buf)
    for st in district.stations.values():
        st.sync()
    r = _upload(p, year, "下拨.xlsx", buf.getvalue())
    assert r.status_code == 303, r.text[-2000:]
    page = p.get(r.headers["location"]).text
    assert "3 个站点" in page
    want = {"幸福里社区": 1_200_000, "光明社区": 800_050, "东风社区": 999_999}
    assert _allocated(p, year) == want
    for community, st in district.stations.items():
        ops = _allocation_ops(st.sync(), year)
        assert [o["changes"]["amount_fen"] for o in ops] == [want[community]]
    assert "上传下拨表" in p.get("/audit").text


def test_a_gb18030_csv_upload_applies_every_row(district, people):
    p = people["district"]
    year = district.year + 2
    csv = (
        "站点名称,金额,街道\n"
        f'{NAMES["幸福里社区"]},"15,000.00",和平街道\n'
        f"{NAMES['光明社区']},１５０００,和平街道\n"  # full-width digits from an input method
        f"{NAMES['东风社区']},0.5,东风街道\n"
    ).encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        csv.decode("utf-8")  # so the GB18030 path is what is tested
    r = _upload(p, year, "下拨.csv", csv)
    assert r.status_code == 303, r.text[-2000:]
    assert _allocated(p, year) == {"幸福里社区": 1_500_000, "光明社区": 1_500_000, "东风社区": 50}


@pytest.mark.parametrize(
    ("name", "content", "status", "says"),
    [
        ("a.xlsx", b"PK\x03\x04 not really a workbook", 400, "不是有效的 .xlsx"),
        ("a.xlsx", b"just some text", 400, "不是有效的 .xlsx"),
        ("a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, 400, ".xls"),
        ("a.pdf", b"%PDF-1.4", 400, "只能上传"),
        ("a.csv", "站点\n甲\n".encode(), 400, "找不到列名"),
        ("a.csv", b"\xff\xfe\x00\x00binary", 400, "不是 UTF-8 或 GB18030"),
        ("a.csv", b"", 400, "文件是空的"),
        ("", b"", 400, "请选择"),  # what a browser sends when no file was chosen
        ("big.csv", b"x" * (2 * 1024 * 1024 + 10), 413, "超过 2 MB"),
        ("long.csv", ("站点,金额\n" + "甲,1\n" * 5001).encode(), 400, "超过 5000 行"),
    ],
)
def test_a_file_that_is_not_a_table_gets_a_clear_message(
    district, people, name, content, status, says
):
    p = people["district"]
    year = district.year + 6
    r = _upload(p, year, name, content)
    assert r.status_code == status, r.text[-1000:]
    assert says in r.text
    assert 'id="upload-error"' in r.text
    assert set(_allocated(p, year).values()) == {0}


# -- the notice -----------------------------------------------------------------------------
def test_the_notice_workbook_has_numbers_and_sums(district, people, tmp_path):
    p = people["district"]
    year = district.year
    set_to = {"幸福里社区": "10000", "光明社区": "20,000.10", "东风社区": "30000.5"}
    for community, amount in set_to.items():
        sid = district.stations[community].id
        r = p.post("/funds/allocate", {"station": sid, "year": year, "amount": amount})
        assert r.status_code == 303
    r = p.get(f"/funds/notice.xlsx?year={year}")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    path = tmp_path / "notice.xlsx"
    path.write_bytes(r.content)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert str(year) in ws["A1"].value and "公示" in ws["A1"].value
    head = [c.value for c in ws[3]]
    assert head[:6] == ["街道", "社区", "站点", "下拨", "已支出", "结余"]
    assert "活动经费" in head
    rows = {r[2]: r for r in ws.iter_rows(min_row=4, max_row=6, values_only=True)}
    allocated = {"幸福里社区": 10000, "光明社区": 20000.10, "东风社区": 30000.50}
    for community, name in NAMES.items():
        row = rows[name]
        assert isinstance(row[3], int | float) and row[3] == pytest.approx(allocated[community])
        assert row[4] == pytest.approx(SPENT[community] / 100)
        assert row[5] == pytest.approx(allocated[community] - SPENT[community] / 100)
        assert row[6 + head[6:].index("活动经费")] == pytest.approx(SPENT[community] / 100)
    total = [c.value for c in ws[7]]
    assert total[0] == "合计" and total[3] == "=SUM(D4:D6)"
    assert all(str(v).startswith("=SUM(") for v in total[3:])
    assert ws["D4"].number_format == "#,##0.00"
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"  # A4
    assert ws.print_title_rows == "$3:$3"
    every = " ".join(str(c) for r in ws.iter_rows(values_only=True) for c in r if c is not None)
    for personal in ("党员0", "居民", "1390000", "110101"):  # names, phones, ID numbers
        assert personal not in every
    audit = p.get("/audit").text
    assert "经费公示表（Excel）" in audit


# -- words ----------------------------------------------------------------------------------
def test_every_word_on_the_funds_page_has_its_chinese():
    import linju_sync.server.web.app  # noqa: F401 (registers every module's words)
    from linju_sync.server.web import funds_pages
    from linju_sync.server.web.i18n import CATALOGUE

    source = Path(funds_pages.__file__)
    said = {
        node.args[0].value
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t"
        and node.args and isinstance(node.args[0], ast.Constant)
    }  # fmt: skip
    literal = re.compile(r"""\bt\((?:"([^"]+)"|'([^']+)')""")
    for template in (source.parent / "templates").glob("funds*.html"):
        said |= {a or b for a, b in literal.findall(template.read_text(encoding="utf-8"))}
    missing = sorted(s for s in said if s not in CATALOGUE["zh_CN"])
    assert not missing and len(said) > 40
