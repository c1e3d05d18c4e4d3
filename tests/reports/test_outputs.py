"""Every printed output, built from a demo station and checked against the record book:
as PDF (read back with pypdf) and as a workbook (reopened with openpyxl)."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from decimal import Decimal

import openpyxl
import pytest
from report_support import TODAY, YEAR, pdf_text, squeeze

from linju_desktop.domain.identity import mask_id
from linju_desktop.domain.money import capital, format_yuan
from linju_desktop.reports import model as m
from linju_desktop.reports import pdf
from linju_desktop.reports.catalogue import Order, build, save
from linju_desktop.reports.figures import station_figures
from linju_desktop.reports.period import Period, ReportError
from linju_desktop.store import report_queries as q

PERIOD = Period.year(YEAR)


def _make(station, tmp_path, order, suffix=".pdf"):
    doc = build(station, order, today=TODAY)
    out = tmp_path / f"{order.kind}{suffix}"
    save(doc, out)
    return doc, out


def test_meeting_register_lists_every_meeting_of_the_year_once(station, tmp_path):
    doc, out = _make(station, tmp_path, Order("meetings", period=PERIOD))
    text = pdf_text(out)
    meetings = q.meetings_between(station, f"{YEAR}-01-01", f"{YEAR}-12-31")
    assert len(doc.tables()[0].rows) == len(meetings) > 150
    per_day = Counter(mt["date"] for mt in meetings)
    seen = Counter(w for w in text.split() if w.startswith(f"{YEAR}-"))
    for day, n in per_day.items():
        assert seen[day] == n, day
    assert "按规定频次的落实情况" in text
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_register_shows_a_missing_quarter(store, tmp_path):
    from linju_desktop.services import meetings as svc

    for month in (1, 4, 7):  # no branch assembly in Q4
        svc.create(store, "branch_assembly", dt.date(YEAR, month, 5), title=f"{month}月党员大会")
    doc = build(store, Order("meetings", period=PERIOD), today=dt.date(YEAR, 12, 31))
    summary = {r[0]: r for r in doc.tables()[1].rows}
    assert summary["支部党员大会"][2:] == [4, 3, "第4季度"]


def test_funds_notice_sums_equal_the_entries_with_capitals(station, tmp_path):
    doc, out = _make(station, tmp_path, Order("funds", period=PERIOD))
    entries = q.expenses_between(station, f"{YEAR}-01-01", f"{YEAR}-12-31")
    spent = sum(e["amount_fen"] for e in entries)
    allocated = sum(a["amount_fen"] for a in q.allocations_for_years(station, YEAR, YEAR))
    text = squeeze(pdf_text(out))
    assert doc.tables()[1].totals()[4] == m.Money(spent)
    assert format_yuan(spent) in text and capital(spent) in text
    assert capital(allocated) in text and format_yuan(allocated - spent) in text
    reversals = [e for e in entries if e["reverses_id"]]
    assert reversals and text.count("冲销：") == len(reversals)
    assert "公示期" in text and "党支部书记（签字）" in text


def test_ledger_workbook_has_real_numbers_dates_and_formula_totals(station, tmp_path):
    _, out = _make(station, tmp_path, Order("ledger", period=PERIOD), ".xlsx")
    ws = openpyxl.load_workbook(out).active
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "日期")
    rows = list(ws.iter_rows(min_row=header + 1, values_only=True))
    body, totals = rows[:-1], rows[-1]
    entries = q.expenses_between(station, f"{YEAR}-01-01", f"{YEAR}-12-31")
    spent = [r[6] for r in body if r[6] is not None]
    assert len(spent) == len(entries)
    assert all(isinstance(v, (int, float)) for v in spent)
    assert (
        Decimal(str(round(sum(spent), 2))) == Decimal(sum(e["amount_fen"] for e in entries)) / 100
    )
    assert all(isinstance(r[0], dt.datetime) for r in body)
    assert totals[0] == "合计" and str(totals[6]).startswith("=SUM(G")
    assert ws.print_title_rows == f"${header}:${header}"
    assert (
        str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.orientation == "landscape"
    )
    assert "第 &P 页 共 &N 页" in ws.oddFooter.center.text
    # the running balance ends at allocation minus spending
    allocated = sum(a["amount_fen"] for a in q.allocations_for_years(station, YEAR, YEAR))
    assert round(body[-1][7] * 100) == allocated - sum(e["amount_fen"] for e in entries)


def test_roster_masks_ids_unless_asked(station, tmp_path):
    ids = [mb["id_number"] for mb in q.roster(station)]
    doc, out = _make(station, tmp_path, Order("roster"))
    text = squeeze(pdf_text(out))
    assert doc.masked is True and not doc.warnings
    assert not any(i in text for i in ids)
    assert sum(mask_id(i) in text for i in ids) == len(ids)
    assert "身份证号已隐藏中间位数" in text

    full = build(station, Order("roster", full_ids=True))
    out2 = tmp_path / "full.pdf"
    save(full, out2)
    text2 = squeeze(pdf_text(out2))
    assert full.masked is False and full.warnings
    assert all(i in text2 for i in ids)


def test_annual_summary_shows_the_figures(station, tmp_path):
    doc, out = _make(station, tmp_path, Order("annual", period=PERIOD))
    f = station_figures(station, PERIOD)
    text = squeeze(pdf_text(out))
    for word in ("响应率", "解决率", "满意率", "在册党员", "尚未落实的会议事项"):
        assert word in text
    assert format_yuan(f["funds"]["spent_fen"]) in text
    fields = {k: v for b in doc.blocks if isinstance(b, m.Fields) for k, v in b.pairs}
    assert fields["在册党员"] == f["members"]
    assert fields["收集诉求"] == f["requests_total"]
    held = {r[0]: r[2] for r in doc.tables()[0].rows}
    assert held["邻里会"] == f["neighbour_meetings"]
    assert sum(held.values()) == f["meetings_total"]


def test_three_lists_and_one_list(station, tmp_path):
    doc, _ = _make(station, tmp_path, Order("requests", period=PERIOD))
    titles = [t.title for t in doc.tables()]
    assert [t.split("（")[0] for t in titles] == ["问题清单", "任务清单", "成果清单"]
    n = sum(len(t.rows) for t in doc.tables())
    assert n == station_figures(station, PERIOD)["requests_total"]
    only = build(station, Order("requests", period=PERIOD, list_name="result"))
    assert len(only.tables()) == 1 and only.title == "成果清单"
    with pytest.raises(ReportError, match="清单"):
        build(station, Order("requests", period=PERIOD, list_name="wish"))


def test_request_sheet_lists_every_step(station, tmp_path):
    r = q.requests_registered(station, "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")[-1]
    doc, out = _make(station, tmp_path, Order("request", ident=r["number"]))
    steps = q.request_events(station, r["id"])
    assert len(doc.tables()[0].rows) == len(steps)
    assert r["number"] in pdf_text(out)


def test_meeting_record_with_attendance_and_draft_mark(station, tmp_path):
    rows = q.meetings_between(station, f"{YEAR}-01-01", f"{YEAR}-12-31")
    rolled = next(r for r in rows if r["type"] == "branch_assembly" and r["absent"])
    doc, out = _make(station, tmp_path, Order("meeting", ident=rolled["id"][:8]))
    text = squeeze(pdf_text(out))
    absent = [a for a in q.meeting_attendance(station, rolled["id"]) if a["status"] == "absent"]
    assert all(a["name"] in text for a in absent)
    assert "主持人（签字）" in text and "记录人（签字）" in text and "法定人数" in text
    assert not doc.draft

    draft = next(r for r in rows if r["status"] == "draft")
    ddoc = build(station, Order("meeting", ident=draft["id"]))
    assert ddoc.draft and ddoc.warnings
    out2 = tmp_path / "draft.pdf"
    save(ddoc, out2)
    assert "草稿" in pdf_text(out2)


def test_unknown_records_and_empty_years(station, tmp_path):
    with pytest.raises(ReportError, match="nosuch"):
        build(station, Order("meeting", ident="nosuch"))
    with pytest.raises(ReportError, match="1999-00001"):
        build(station, Order("request", ident="1999-00001"))
    for kind in ("meetings", "funds", "ledger", "requests", "annual", "tasks"):
        doc, out = _make(station, tmp_path, Order(kind, period=Period.year(1999)))
        text = squeeze(pdf_text(out))
        assert "本年度无记录" in text and not doc.tables(), kind  # a clear page, no empty table
        assert "合计" not in text and "类别" not in text and "编号" not in text, kind
        _, book = _make(station, tmp_path, Order(kind, period=Period.year(1999)), ".xlsx")
        cells = [c for row in openpyxl.load_workbook(book).active.values for c in row if c]
        assert "本年度无记录" in cells, kind
    # a period that is not a whole year says so; a table empty among others keeps its box
    part = build(
        station, Order("requests", period=Period(dt.date(1999, 3, 1), dt.date(1999, 5, 31)))
    )
    assert squeeze(part.blocks[0].text) == "本期无记录"
    lists = build(station, Order("requests", period=PERIOD))
    assert all(t.empty_text == "本年度无记录" for t in lists.tables())


def test_save_is_atomic(station, tmp_path):
    doc = build(station, Order("ledger", period=PERIOD))
    out = tmp_path / "x.pdf"
    with pytest.raises(pdf.Cancelled):
        save(doc, out, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ReportError, match="不存在"):
        save(doc, tmp_path / "no" / "such" / "x.pdf")
    with pytest.raises(ReportError, match=r"\.pdf"):
        save(doc, tmp_path / "x.docx")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.geteuid() != 0:  # root writes anywhere
        with pytest.raises(ReportError):
            save(doc, locked / "x.pdf")
        assert list(locked.iterdir()) == []


def test_no_text_leaves_its_column_or_the_page(station):
    for order in (
        Order("meetings", period=PERIOD),
        Order("ledger", period=PERIOD),
        Order("roster"),
    ):
        lay = pdf.layout(build(station, order, today=TODAY))
        fonts = pdf._Fonts()
        right = lay.width - pdf.MARGIN + 1
        for page in lay.pages:
            for op in page:
                if isinstance(op, pdf.TextOp):
                    assert op.x >= pdf.MARGIN - 1
                    assert op.x + fonts.advance(op.font, op.text) <= right, op.text
                    assert pdf.TOP - 1 <= op.y <= lay.height - pdf.BOTTOM + 1


def test_a_row_taller_than_a_page_continues_without_loss():
    long = "".join(f"第{i}句会议记录内容，" for i in range(900))
    doc = m.Document(
        kind="t",
        title="长表",
        branch="测试支部",
        blocks=[
            m.Table(
                [m.Column("日期", "date"), m.Column("内容", weight=6)],
                [[dt.date(2025, 1, 1), long]],
            )
        ],
    )
    lay = pdf.layout(doc)
    assert lay.page_count >= 2
    texts = [op.text for page in lay.pages for op in page if isinstance(op, pdf.TextOp)]
    assert "".join(t for t in texts if "句" in t) == long


def test_preview_image_and_page_numbers(station):
    lay = pdf.layout(build(station, Order("ledger", period=PERIOD)))
    img = pdf.page_image(lay, lay.page_count - 1, 40)
    assert img.width() > img.height()  # landscape
    assert not img.isNull()


def test_pdf_text_reads_back_exactly_what_was_printed(tmp_path):
    """Search and copy in a PDF viewer: shared CJK glyphs and digits beside an X."""
    tricky = ["110***********226X", "X226", "党员中心户", "壹角伍分", "幸福里", "列席／居民", "⼾"]
    doc = m.Document(kind="t", title="文字", branch="测试支部", blocks=[m.Text(t) for t in tricky])
    out = tmp_path / "t.pdf"
    save(doc, out)
    lines = pdf_text(out).split("\n")
    for t in tricky[:-1]:
        assert t in lines
    # A radical printed beside the ideograph it shares a glyph with reads as the ideograph.
    assert "户" in lines
