"""Record-book exports: numbers, dates and local times people can work with, no UUIDs."""

from __future__ import annotations

import csv
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import make_id, peek_rows, peek_scalar

from linju_desktop.services import funds, meetings, members
from linju_desktop.services import resident_requests as rr
from linju_desktop.services.clock import parse_iso
from linju_desktop.services.exporting import BOOKS, export_book
from linju_desktop.services.roster_import import import_members
from linju_desktop.store.database import Store

TODAY = dt.date(2025, 12, 10)
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
REGISTERED = dt.datetime(2025, 12, 1, 3, 38, 32, tzinfo=dt.UTC)  # 11:38:32 in Beijing
COMPLETED = dt.datetime(2025, 12, 2, 17, 5, tzinfo=dt.UTC)  # 01:05 the next day in Beijing


@pytest.fixture
def station(store: Store) -> dict[str, Any]:
    """Four members, a meeting with absentees and a 列席, expenses with a reversal,
    and one request taken through to completion."""
    ids = {}
    for i, name in enumerate(("张三", "李四", "王五", "赵六")):
        ids[name], _ = members.add(
            store,
            {
                "name": name,
                "id_number": make_id(dt.date(1950, 1, 1 + i), True),
                "joined_date": "1980-07-01",
                "full_date": "1981-07-01",
            },
            TODAY,
        )
    mid = meetings.create(
        store,
        "branch_assembly",
        dt.date(2025, 12, 1),
        absent={ids["张三"]: "sick", ids["李四"]: "away"},
        start_time="14:00:00",
        end_time="15:30:00",
        chair_id=ids["王五"],
        recorder_id=ids["赵六"],
    )
    meetings.set_attendance(store, mid, ids["赵六"], "non_voting")

    funds.set_allocation(store, 2025, 1_000_000, "区委组织部")
    wrong, _ = funds.add_expense(
        store,
        date=dt.date(2025, 7, 1),
        amount_fen=123_450,
        category="activities",
        purpose="七一活动",
        payee="文具店",
    )
    funds.add_expense(
        store, date=dt.date(2025, 9, 3), amount_fen=99_999, category="materials", purpose="宣传栏"
    )
    reversal = funds.reverse(store, wrong, "金额录错")

    rid = rr.register_request(
        store, resident="刘阿姨", description="3号楼路灯不亮", category="other", at=REGISTERED
    )
    rr.act(store, rid, "assess", {}, at=REGISTERED)
    rr.act(store, rid, "dispatch", {"handling": "member", "assignee_member_id": ids["王五"]})
    rr.act(store, rid, "accept")
    rr.act(store, rid, "start")
    rr.act(store, rid, "complete", {"result": "已修好"}, at=COMPLETED)
    return {"ids": ids, "meeting": mid, "wrong": wrong, "reversal": reversal, "request": rid}


def sheet(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    out = [{h: c for h, c in zip(header, r, strict=True)} for r in rows[1:]]
    wb.close()
    return header, out


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def local(stored: str) -> dt.datetime:
    # Asia/Shanghai has had no daylight saving since 1991: always UTC+8.
    return parse_iso(stored).replace(tzinfo=None) + dt.timedelta(hours=8)


def test_expense_amounts_are_numbers_that_sum_exactly(store, station, tmp_path):
    out = tmp_path / "expenses.xlsx"
    assert export_book(store, "expenses", out) == 3
    header, rows = sheet(out)
    assert "编号" not in header
    amounts = [r["金额（元）"] for r in rows]
    assert all(isinstance(c.value, (int, float)) for c in amounts)
    assert {c.number_format for c in amounts} == {"#,##0.00"}
    total_fen = peek_scalar(store, "SELECT sum(amount_fen) FROM expenses WHERE deleted = 0")
    assert round(sum(c.value for c in amounts) * 100) == total_fen
    assert [c.value for c in amounts] == [1234.5, -1234.5, 999.99]
    assert all(isinstance(r["日期"].value, dt.datetime) for r in rows)
    assert rows[0]["日期"].value == dt.datetime(2025, 7, 1)
    assert rows[0]["日期"].number_format == "yyyy-mm-dd"
    assert all(isinstance(r["年度"].value, int) for r in rows)
    # the reversal names what it cancels, as a reader finds it in the book
    assert rows[1]["冲销"].value == "冲销 2025-07-01 七一活动 1,234.50"
    assert rows[0]["冲销"].value is None


def test_csv_amounts_and_dates_are_plain_text_numbers(store, station, tmp_path):
    out = tmp_path / "expenses.csv"
    export_book(store, "expenses", out)
    rows = csv_rows(out)
    assert [r["金额（元）"] for r in rows] == ["1234.50", "-1234.50", "999.99"]
    total_fen = peek_scalar(store, "SELECT sum(amount_fen) FROM expenses WHERE deleted = 0")
    assert sum(Decimal(r["金额（元）"]) for r in rows) == Decimal(total_fen) / 100
    assert rows[0]["日期"] == "2025-07-01" and rows[0]["年度"] == "2025"
    assert rows[1]["冲销"] == "冲销 2025-07-01 七一活动 1,234.50"


def test_request_times_are_the_station_local_time(store, station, tmp_path):
    req = store.get("requests", station["request"])
    out = tmp_path / "requests.xlsx"
    export_book(store, "requests", out)
    _, rows = sheet(out)
    (row,) = rows
    assert row["登记时间"].value == dt.datetime(2025, 12, 1, 11, 38, 32)
    assert row["登记时间"].value == local(req["registered_at"])
    assert row["登记时间"].number_format == "yyyy-mm-dd hh:mm"
    assert row["办理期限"].value == local(req["due_at"])
    assert row["办结时间"].value == dt.datetime(2025, 12, 3, 1, 5)
    assert row["承办党员"].value == "王五"

    text = tmp_path / "requests.csv"
    export_book(store, "requests", text)
    (line,) = csv_rows(text)
    assert line["登记时间"] == "2025-12-01 11:38"
    assert line["办结时间"] == "2025-12-03 01:05"
    assert line["编号"] == req["number"]


def test_timezone_setting_moves_the_times(store, station, tmp_path):
    store.set_setting("timezone", "UTC")
    out = tmp_path / "requests.csv"
    export_book(store, "requests", out)
    assert csv_rows(out)[0]["登记时间"] == "2025-12-01 03:38"
    store.set_setting("timezone", "Nowhere/Unknown")  # falls back to Beijing time
    export_book(store, "requests", out)
    assert csv_rows(out)[0]["登记时间"] == "2025-12-01 11:38"


def test_meetings_name_absentees_with_reasons_and_non_voting(store, station, tmp_path):
    out = tmp_path / "meetings.xlsx"
    export_book(store, "meetings", out)
    _, rows = sheet(out)
    (row,) = rows
    assert row["缺席人员"].value == "张三（病假）、李四（外出）"
    assert row["列席人员"].value == "赵六"
    assert (row["应到"].value, row["实到"].value, row["缺席"].value, row["列席"].value) == (
        3,
        1,
        2,
        1,
    )
    assert (row["主持人"].value, row["记录人"].value) == ("王五", "赵六")
    assert row["日期"].value == dt.datetime(2025, 12, 1)
    assert row["开始时间"].value == dt.time(14, 0)
    assert row["结束时间"].value == dt.time(15, 30)

    text = tmp_path / "meetings.csv"
    export_book(store, "meetings", text)
    (line,) = csv_rows(text)
    assert (line["日期"], line["开始时间"], line["结束时间"]) == ("2025-12-01", "14:00", "15:30")
    assert line["缺席人员"] == "张三（病假）、李四（外出）"
    assert line["应到"] == "3"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_no_uuid_anywhere_unless_asked(store, station, tmp_path, suffix):
    for book in BOOKS:
        out = tmp_path / f"{book}{suffix}"
        export_book(store, book, out)
        if suffix == ".xlsx":
            wb = openpyxl.load_workbook(out, read_only=True)
            cells = [v for r in wb.active.iter_rows(values_only=True) for v in r]
            wb.close()
        else:
            text = out.read_text(encoding="utf-8-sig")
            cells = [v for r in csv.reader(text.splitlines()) for v in r]
        assert not [v for v in cells if isinstance(v, str) and UUID_RE.search(v)], book


def test_with_ids_adds_the_ids_in_their_own_columns(store, station, tmp_path):
    out = tmp_path / "expenses.xlsx"
    export_book(store, "expenses", out, with_ids=True)
    header, rows = sheet(out)
    assert header[-2:] == ["编号", "冲销编号"]
    assert all(UUID_RE.fullmatch(r["编号"].value) for r in rows)  # what the other test looks for
    by_id = {r["编号"].value: r for r in rows}
    assert by_id[station["reversal"]]["冲销编号"].value == station["wrong"]
    assert by_id[station["reversal"]]["冲销"].value.startswith("冲销 2025-07-01")
    assert by_id[station["wrong"]]["冲销编号"].value is None

    for book, column, row_id in (
        ("meetings", "编号", station["meeting"]),
        ("requests", "记录编号", station["request"]),
    ):
        out = tmp_path / f"{book}.csv"
        export_book(store, book, out, with_ids=True)
        assert csv_rows(out)[0][column] == row_id


def test_member_dates_are_dates_and_the_roster_reimports(store, station, tmp_path):
    out = tmp_path / "members.xlsx"
    assert export_book(store, "members", out, with_ids=True) == 4
    _, rows = sheet(out)
    assert rows[0]["入党日期"].value == dt.datetime(1980, 7, 1)
    assert rows[0]["入党日期"].number_format == "yyyy-mm-dd"
    assert isinstance(rows[0]["身份证号"].value, str)

    report = import_members(store, out, TODAY)  # the id column is ignored
    assert (report.unchanged, report.refused) == (4, 0)
    other = Store(tmp_path / "other")
    try:
        report = import_members(other, out, TODAY)
        assert (report.added, report.refused) == (4, 0)
        assert peek_scalar(other, "SELECT joined_date FROM members LIMIT 1") == "1980-07-01"
    finally:
        other.close()


def test_demo_station_books_hold_exact_sums_real_dates_and_local_times(tmp_path):
    from linju_desktop.services import demo

    store = Store(tmp_path / "demo")
    try:
        demo.generate(store, years=1, members=20, seed=5, today=TODAY)
        for book in BOOKS:
            export_book(store, book, tmp_path / f"{book}.xlsx")
        _, expenses = sheet(tmp_path / "expenses.xlsx")
        total_fen = peek_scalar(store, "SELECT sum(amount_fen) FROM expenses WHERE deleted = 0")
        amounts = [r["金额（元）"].value for r in expenses]
        assert all(isinstance(v, (int, float)) for v in amounts)
        assert round(sum(Decimal(str(v)) for v in amounts) * 100) == total_fen
        assert all(isinstance(r["日期"].value, dt.datetime) for r in expenses)

        _, requests = sheet(tmp_path / "requests.xlsx")
        stored = {
            r["number"]: r["registered_at"]
            for r in peek_rows(
                store, "SELECT number, registered_at FROM requests WHERE deleted = 0"
            )
        }
        assert requests and all(
            r["登记时间"].value == local(stored[r["编号"].value]) for r in requests
        )
        _, held = sheet(tmp_path / "meetings.xlsx")
        assert all(isinstance(r["日期"].value, dt.datetime) for r in held)
        assert any(r["缺席人员"].value for r in held)
        for book in BOOKS:
            wb = openpyxl.load_workbook(tmp_path / f"{book}.xlsx", read_only=True)
            cells = [v for r in wb.active.iter_rows(values_only=True) for v in r]
            wb.close()
            assert not [v for v in cells if isinstance(v, str) and UUID_RE.search(v)], book
    finally:
        store.close()
