"""Importing rosters in the three formats the secretaries have: UTF-8 CSV, GB18030 CSV, xlsx."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import openpyxl
import pytest
from helpers import TODAY, make_id, peek_rows, peek_scalar

from linju_desktop.services.roster_import import import_members
from linju_desktop.store import queries
from linju_desktop.store.queries import ListQuery

# the copy the program ships (the shared original is checked in tests/domain/test_members.py)
TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "roster-template.csv"
HEADER = [
    "姓名",
    "性别",
    "民族",
    "出生日期",
    "身份证号",
    "手机号",
    "学历",
    "入党日期",
    "转正日期",
    "党员类别",
    "人员类别",
    "党小组",
    "楼栋",
    "单元",
    "房号",
    "党员中心户",
    "报到党员",
    "报到单位",
    "备注",
]


def good_rows(n: int = 3) -> list[list[str]]:
    rng = random.Random(7)
    names = ["张建国", "李秀英", "王淑珍", "欧阳明", "刘䶮"]  # 䶮 is outside GBK, inside GB18030
    rows = []
    for i in range(n):
        male = i % 2 == 0
        birth = dt.date(1950 + i, 1 + i % 12, 10)
        rows.append(
            [
                names[i % len(names)] + ("" if i < 5 else str(i)),
                "男" if male else "女",
                "汉",
                "",
                make_id(birth, male, rng),
                "1380013800" + str(i % 10),
                "高中",
                f"{1975 + i}年7月1日",
                f"{1976 + i}/7/1",
                "正式党员",
                "离退休",
                "一组",
                "3",
                "2",
                "501",
                "否",
                "否",
                "",
                "老党员",
            ]
        )
    rows[-1][0] = "刘䶮"  # rare character: survives GB18030 and xlsx
    return rows


def bad_rows() -> list[list[str]]:
    rows = good_rows(3)
    rows[0][4] = rows[0][4][:-1] + ("0" if rows[0][4][-1] != "0" else "1")  # check char wrong
    rows[1][4] = "1.10105E+17"  # Excel scientific notation
    rows[2][8] = "1970-01-01"  # full membership before joining
    return rows


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    text = "\r\n".join(",".join(r) for r in [HEADER, *rows]) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


FORMATS = {
    "utf8-bom": lambda p, rows: write_csv(p.with_suffix(".csv"), rows, "utf-8-sig"),
    "utf8": lambda p, rows: write_csv(p.with_suffix(".csv"), rows, "utf-8"),
    "gb18030": lambda p, rows: write_csv(p.with_suffix(".csv"), rows, "gb18030"),
    "xlsx": lambda p, rows: write_xlsx(p.with_suffix(".xlsx"), rows),
}


def test_template_header_matches_the_shared_template():
    assert TEMPLATE.read_text(encoding="utf-8-sig").strip().split(",") == HEADER


@pytest.mark.parametrize("fmt", FORMATS)
def test_good_file_imports_and_reimport_changes_nothing(store, tmp_path, fmt):
    path = FORMATS[fmt](tmp_path / "roster", good_rows(5))
    report = import_members(store, path, TODAY)
    assert (report.added, report.refused, report.ok) == (5, 0, True)
    assert peek_scalar(store, "SELECT count(*) FROM members WHERE name = '刘䶮'") == 1
    log_before = peek_scalar(store, "SELECT count(*) FROM change_log")
    again = import_members(store, path, TODAY)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    assert peek_scalar(store, "SELECT count(*) FROM change_log") == log_before
    assert peek_scalar(store, "SELECT count(*) FROM members") == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_bad_rows_are_reported_with_row_column_and_reason(store, tmp_path, fmt):
    path = FORMATS[fmt](tmp_path / "bad", [*good_rows(1), *bad_rows()])
    report = import_members(store, path, TODAY)
    assert report.added == 1 and report.refused == 3 and not report.ok
    errors = {(p.row, p.column) for p in report.problems if not p.warning}
    assert (3, "身份证号") in errors and (4, "身份证号") in errors and (5, "转正日期") in errors
    sci = next(p for p in report.problems if p.row == 4 and p.column == "身份证号")
    assert "文本" in sci.message  # tells the user to format the column as text
    assert "第 4 行" in str(sci)


def test_corrected_file_updates_the_member(store, tmp_path):
    rows = good_rows(2)
    import_members(store, FORMATS["utf8"](tmp_path / "a", rows), TODAY)
    rows[0][5] = "13912345678"
    report = import_members(store, FORMATS["utf8"](tmp_path / "b", rows), TODAY)
    assert (report.updated, report.unchanged) == (1, 1)
    assert (
        peek_scalar(store, "SELECT mobile FROM members WHERE name = ?", (rows[0][0],))
        == "13912345678"
    )


def test_same_id_twice_in_one_file(store, tmp_path):
    rows = good_rows(2)
    rows.append(list(rows[0]))
    report = import_members(store, FORMATS["utf8"](tmp_path / "dup", rows), TODAY)
    assert report.refused == 1
    assert any("第 2 行" in p.message for p in report.problems if p.row == 4)


def test_english_headers_are_accepted(store, tmp_path):
    rows = good_rows(1)
    path = tmp_path / "en.csv"
    path.write_text(
        "name,id number,phone\n" + f"{rows[0][0]},{rows[0][4]},13800138000\n", encoding="utf-8"
    )
    assert import_members(store, path, TODAY).added == 1


def test_a_file_without_the_key_columns_is_refused(store, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("foo,bar\n1,2\n", encoding="utf-8")
    report = import_members(store, path, TODAY)
    assert not report.ok and report.added == 0 and report.problems[0].row == 1


def test_import_is_in_the_change_log(store, tmp_path):
    import_members(store, FORMATS["xlsx"](tmp_path / "r", good_rows(3)), TODAY)
    inserts = peek_rows(store, "SELECT changes FROM change_log WHERE tbl = 'members'")
    assert len(inserts) == 3 and all(json.loads(r["changes"])["id_number"] for r in inserts)


def many_rows(n: int, start: int = 0) -> list[list[str]]:
    """n good rows with distinct ID numbers (more than a batch: the bulk write path)."""
    rng = random.Random(start)
    rows = []
    for i in range(start, start + n):
        row = list(good_rows(1)[0])
        birth = dt.date(1940 + i % 50, 1 + i % 12, 1 + i % 28)
        row[0] = "王" + "建国秀英志强"[i % 6] + "明华平安"[i // 6 % 4]
        row[1] = "男" if i % 2 == 0 else "女"
        row[4] = make_id(birth, i % 2 == 0, rng)
        row[5] = f"139{i:08d}"
        row[7], row[8] = f"{birth.year + 25}-07-01", f"{birth.year + 26}-07-01"
        rows.append(row)
    return rows


def test_a_large_file_adds_updates_and_the_search_finds_it(store, tmp_path):
    first = many_rows(300)
    report = import_members(store, write_csv(tmp_path / "a.csv", first, "utf-8"), TODAY)
    assert (report.added, report.refused) == (300, 0), report.problems[:3]
    for row in first[:10]:
        row[18] = "新备注"  # notes: ten members change
    second = first + many_rows(250, start=300)
    report = import_members(store, write_csv(tmp_path / "b.csv", second, "utf-8"), TODAY)
    assert (report.added, report.updated, report.unchanged) == (250, 10, 290)
    kinds = peek_rows(store, "SELECT kind, count(*) AS n FROM change_log GROUP BY kind")
    assert {r["kind"]: r["n"] for r in kinds if r["kind"] in ("insert", "update")} == {
        "insert": 550 + 1,  # and the party group 一组, made once
        "update": 10,
    }
    assert peek_scalar(store, "SELECT count(*) FROM members WHERE notes = '新备注'") == 10
    found = queries.page(store, ListQuery("members", search="13900000512"))
    assert [r["mobile"] for r in found] == ["13900000512"]


def test_a_cancelled_import_keeps_the_rows_before_the_cancel(store, tmp_path):
    path = write_csv(tmp_path / "a.csv", many_rows(450), "utf-8")
    report = import_members(store, path, TODAY, progress=lambda done, total: done < 400)
    assert (report.rows, report.added) == (399, 399)
    assert peek_scalar(store, "SELECT count(*) FROM members") == 399
    assert peek_scalar(store, "SELECT count(*) FROM change_log WHERE tbl = 'members'") == 399
