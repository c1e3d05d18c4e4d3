"""The rules every printed output keeps, checked on every kind of the demo station: fonts
embedded, branch, title, page numbers and date on every page, long tables' headers
repeated, no text outside its cell, no UUID; workbooks with real types, formulas that add
up and the print setup."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import openpyxl
import pypdf
import pytest
from report_support import TODAY, YEAR, pdf_text, squeeze

from linju_desktop.domain.identity import mask_id
from linju_desktop.reports import model as m
from linju_desktop.reports import pdf
from linju_desktop.reports.catalogue import Order, build, save
from linju_desktop.reports.period import Period
from linju_desktop.store import report_queries as q

PERIOD = Period.year(YEAR)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
NUMBER_AS_TEXT = re.compile(r"^-?[\d,]+\.\d+$")
UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _orders(station) -> list[Order]:
    meetings = q.meetings_between(station, f"{YEAR}-01-01", f"{YEAR}-12-31")
    meeting = next(r for r in meetings if r["rolled"] and r["absent"])
    request = q.requests_registered(station, "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")[-1]
    return [
        Order("meeting", ident=meeting["id"]),
        Order("meetings", period=PERIOD),
        Order("funds", period=PERIOD),
        Order("ledger", period=PERIOD),
        Order("requests", period=PERIOD),
        Order("request", ident=request["number"]),
        Order("roster"),
        Order("annual", period=PERIOD),
        Order("tasks", period=PERIOD),
        Order("points", period=PERIOD),
    ]


@pytest.fixture(scope="module")
def printed(station, tmp_path_factory):
    """Every kind as (document, PDF, workbook)."""
    folder = tmp_path_factory.mktemp("printed")
    out = {}
    for order in _orders(station):
        doc = build(station, order, today=TODAY)
        paths = []
        for suffix in (".pdf", ".xlsx"):
            path = folder / f"{order.kind}{suffix}"
            save(doc, path)
            paths.append(path)
        out[order.kind] = (doc, *paths)
    return out


def test_fonts_are_embedded_in_every_pdf(printed):
    for kind, (_, path, _) in printed.items():
        fonts = {}
        for page in pypdf.PdfReader(str(path)).pages:
            for ref in page["/Resources"]["/Font"].values():
                fonts[ref.idnum] = ref.get_object()
        assert fonts, kind
        for font in fonts.values():
            drawn = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = drawn["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), (kind, font)


def test_every_page_names_branch_title_page_and_date(printed):
    for kind in ("ledger", "meetings", "roster", "funds"):
        doc, path, _ = printed[kind]
        pages = pypdf.PdfReader(str(path)).pages
        assert len(pages) > 1, kind
        for i, page in enumerate(pages, 1):
            text = squeeze(page.extract_text())
            assert f"第{i}页共{len(pages)}页" in text, (kind, i)
            assert squeeze(doc.branch) in text and squeeze(doc.title) in text, (kind, i)
            assert f"打印日期：{doc.printed_on.isoformat()}" in text, (kind, i)


def test_long_tables_repeat_their_header_on_every_page(printed):
    for kind in ("ledger", "meetings", "roster"):
        doc, path, _ = printed[kind]
        table = doc.tables()[0]
        head = [squeeze(c.title) for c in table.columns]
        pages = pypdf.PdfReader(str(path)).pages
        with_rows = 0
        for page in pages:
            text = squeeze(page.extract_text())
            # a page holding rows of the table: a date of the period outside the footer
            if re.search(rf"(?<!打印日期：){YEAR}-\d\d-\d\d", text) or "110*" in text:
                with_rows += 1
                assert all(h in text for h in head), kind
        assert with_rows > 1, kind


def _check_cells(lay: pdf.Layout) -> int:
    """Every text inside the box drawn around it (cells, fields) or, free text, inside the
    margins; returns how many texts sat in a cell."""
    fonts, boxed = pdf._Fonts(), 0
    for page in lay.pages:
        verticals = [op for op in page if isinstance(op, pdf.LineOp) and op.x1 == op.x2]
        for op in page:
            if not isinstance(op, pdf.TextOp):
                continue
            end = op.x + fonts.advance(op.font, op.text)
            around = [v.x1 for v in verticals if min(v.y1, v.y2) <= op.y <= max(v.y1, v.y2)]
            left = [x for x in around if x <= op.x]
            right = [x for x in around if x > op.x]
            if left and right:
                boxed += 1
                assert end <= min(right) + 0.5, op.text
            else:
                assert op.x >= pdf.MARGIN - 1 and end <= lay.width - pdf.MARGIN + 1, op.text
            assert pdf.TOP - 1 <= op.y <= lay.height - pdf.BOTTOM + 1, op.text
    return boxed


def test_no_text_leaves_its_cell_in_any_output(printed):
    for kind, (doc, _, _) in printed.items():
        assert _check_cells(pdf.layout(doc)) > 10, kind


def test_no_text_length_clips_a_column():
    """Longer than anything in the ten-year station: a Latin run with no break, a long
    Chinese text, amounts of every width, in narrow columns."""
    words = ["x" * 180, "幸福里小区综合党支部" * 30, "https://example.org/" + "a/" * 60]
    doc = m.Document(
        kind="t",
        title="长文字",
        branch="测试支部",
        landscape=True,
        blocks=[
            m.Fields([("很长的标签" * 6, w) for w in words]),
            m.Table(
                [
                    m.Column("日期", "date", 0.6),
                    m.Column("内容", weight=0.8),
                    m.Column("金额（元）", "money", 0.5, total=True),
                ],
                [[dt.date(2025, 1, 1), w, m.Money(-99_999_999_99)] for w in words],
                totals_label="合计",
            ),
        ],
    )
    lay = pdf.layout(doc)
    assert _check_cells(lay) > 20
    drawn = "".join(op.text for page in lay.pages for op in page if isinstance(op, pdf.TextOp))
    for w in words:
        assert drawn.count(w[:20]) >= 2  # wrapped, not cut: in the fields and the table


def test_no_uuid_in_anything_printed(printed):
    for kind, (_, path, book) in printed.items():
        assert not UUID.search(pdf_text(path)), kind
        for ws in openpyxl.load_workbook(book).worksheets:
            for row in ws.values:
                assert not any(isinstance(v, str) and UUID.search(v) for v in row), kind


def test_workbooks_have_real_types_and_their_print_setup(printed):
    for kind, (doc, _, book) in printed.items():
        wb = openpyxl.load_workbook(book)
        for ws in wb.worksheets:
            setup = ws.page_setup
            assert str(setup.paperSize) == ws.PAPERSIZE_A4, kind
            assert setup.orientation == ("landscape" if doc.landscape else "portrait")
            assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
            assert ws.sheet_properties.pageSetUpPr.fitToPage
            assert ws.oddHeader.left.text == doc.branch and ws.oddHeader.right.text == doc.title
            assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
            for row in ws.values:
                for v in row:
                    if isinstance(v, str) and not v.startswith("="):
                        assert not NUMBER_AS_TEXT.match(v), (kind, v)  # a number as text
                        assert not UTC_STAMP.search(v), (kind, v)  # a stored UTC time
            if ws.print_title_rows:  # the repeated row is a table's header
                head = int(ws.print_title_rows.split(":")[0].strip("$"))
                titles = [c for c in next(ws.iter_rows(head, head, values_only=True)) if c]
                assert any(titles == [c.title for c in t.columns] for t in doc.tables()), kind
    ledger = openpyxl.load_workbook(printed["ledger"][2]).active
    assert ledger.print_title_rows and ledger.freeze_panes
    roster = openpyxl.load_workbook(printed["roster"][2])
    assert [ws.title for ws in roster.worksheets] == ["党员花名册", "中心户联系户"]
    assert all(ws.print_title_rows for ws in roster.worksheets)
    lists = openpyxl.load_workbook(printed["requests"][2])
    assert [ws.title for ws in lists.worksheets] == ["问题清单", "任务清单", "成果清单"]


def _sum_range(ws, formula: str) -> Decimal:
    col, first, last = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):\1(\d+)\)", formula).groups()
    values = [ws[f"{col}{r}"].value for r in range(int(first), int(last) + 1)]
    return sum((Decimal(str(v)) for v in values if v is not None), Decimal(0))


def test_workbook_totals_are_formulas_over_the_rows_and_add_up(printed):
    for kind in ("funds", "ledger", "tasks"):
        doc, _, book = printed[kind]
        ws = openpyxl.load_workbook(book).active
        expected = [t.totals() for t in doc.tables() if t.totals_label and t.rows]
        found = []
        for row in ws.iter_rows():
            if row[0].value == "合计":
                found.append({c.column - 1: c.value for c in row if str(c.value).startswith("=")})
        assert len(found) == len(expected) > 0, kind
        for formulas, totals in zip(found, expected, strict=True):
            assert formulas, kind
            for col, formula in formulas.items():
                want = totals[col]
                want = Decimal(want.fen) / 100 if isinstance(want, m.Money) else Decimal(want)
                assert _sum_range(ws, formula) == want, (kind, formula)


def test_roster_workbook_masks_ids_and_says_so(station, tmp_path):
    ids = [mb["id_number"] for mb in q.roster(station) if mb["id_number"]]
    for full in (False, True):
        out = tmp_path / f"roster-{full}.xlsx"
        save(build(station, Order("roster", full_ids=full)), out)
        ws = openpyxl.load_workbook(out).worksheets[0]
        cells = {v for row in ws.values for v in row if isinstance(v, str)}
        if full:
            assert set(ids) <= cells and "完整身份证号" in ws.oddFooter.left.text
        else:
            assert not set(ids) & cells and {mask_id(i) for i in ids} <= cells
            assert ws.oddFooter.left.text == "身份证号已隐藏中间位数"
            assert "身份证号已隐藏中间位数。" in cells


def test_ledger_of_part_of_a_year_brings_the_balance_forward(station):
    part = Period(dt.date(YEAR, 7, 1), dt.date(YEAR, 9, 30))
    doc = build(station, Order("ledger", period=part))
    rows = doc.tables()[0].rows
    allocated = sum(a["amount_fen"] for a in q.allocations_for_years(station, YEAR, YEAR))
    before = sum(
        e["amount_fen"] for e in q.expenses_between(station, f"{YEAR}-01-01", f"{YEAR}-06-30")
    )
    within = q.expenses_between(station, part.start.isoformat(), part.end.isoformat())
    assert rows[0][0] == part.start and "期初结余" in rows[0][3]
    assert rows[0][7] == m.Money(allocated - before)
    assert len(rows) == len(within) + 1
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # in date order
    assert rows[-1][7] == m.Money(allocated - before - sum(e["amount_fen"] for e in within))


def test_meeting_record_names_follow_ups_with_request_numbers_and_dated_addenda(station, tmp_path):
    rows = q.meetings_between(station, "2000-01-01", "2099-12-31")
    linked = next(
        mt
        for mt in rows
        if any(f["request_number"] for f in q.meeting_followups(station, mt["id"]))
    )
    added = next(mt for mt in rows if q.meeting_addenda(station, mt["id"]))
    for meeting in (linked, added):
        out = tmp_path / f"{meeting['id']}.pdf"
        save(build(station, Order("meeting", ident=meeting["id"])), out)
        text = squeeze(pdf_text(out))
        for f in q.meeting_followups(station, meeting["id"]):
            assert squeeze(f["text"]) in text and (f["request_number"] or "") in text
        for a in q.meeting_addenda(station, meeting["id"]):
            local = pdf_local_day(station, a["written_at"])
            assert f"补充记录（{local}）" in text and squeeze(a["text"]) in text


def pdf_local_day(station, stamp: str) -> str:
    from linju_desktop.reports.period import local, timezone

    return local(stamp, timezone(station)).date().isoformat()


def test_roster_lists_every_member_by_group_and_the_centre_households_contacts(printed, station):
    doc, path, _ = printed["roster"]
    members = q.roster(station)
    groups = {mb["group_name"] for mb in members if mb["group_name"]}
    *member_tables, contacts = doc.tables()
    assert sum(len(t.rows) for t in member_tables) == len(members)
    assert {t.title.split("（")[0] for t in member_tables} == groups
    centres = {mb["id"] for mb in members if mb["is_centre_household"]}
    kept = [h for h in q.contact_households(station) if h["member_id"] in centres]
    assert len(contacts.rows) == len(kept) > 0
    assert "党员中心户及联系户" in squeeze(pdf_text(path))


def test_request_sheet_shows_intake_dispatch_result_and_rating(station, tmp_path):
    rated = [
        r
        for r in q.requests_registered(station, "2000-01-01T00:00:00Z", "2099-01-01T00:00:00Z")
        if r["rating"] and r["handling"] == "member"
    ][-1]
    out = tmp_path / "sheet.pdf"
    doc = build(station, Order("request", ident=rated["number"]))
    save(doc, out)
    text = squeeze(pdf_text(out))
    assert "登记受理" in text and "派单" in text and f"派往：{rated['assignee_name']}" in text
    assert squeeze(rated["result"]) in text and "群众评价" in text
    steps = doc.tables()[0].rows
    assert all(isinstance(s[0], dt.datetime) and s[4] for s in steps)  # when and who


def test_yearly_summary_is_two_to_four_pages(printed):
    assert 2 <= len(pypdf.PdfReader(str(printed["annual"][1])).pages) <= 4


def test_a_request_sheet_and_a_meeting_record_fit_one_page(station):
    """No page holding only the signature lines: one request or one meeting, one sheet."""
    requests = q.requests_registered(station, "2000-01-01T00:00:00Z", "2099-01-01T00:00:00Z")
    meetings = q.meetings_between(station, "2000-01-01", "2099-12-31")
    orders = [Order("request", ident=r["number"]) for r in requests[::10]]
    orders += [Order("meeting", ident=mt["id"]) for mt in meetings[::10]]
    assert len(orders) > 40
    for order in orders:
        assert pdf.layout(build(station, order)).page_count == 1, order


def test_the_screenshots_script_pictures_every_kind_of_issue_7(station, tmp_path):
    from PySide6.QtGui import QImage

    from linju_desktop.gui.screenshots import print_pages

    pictures = {p.name: p for p in print_pages(station, tmp_path)}
    for kind in ("meeting", "meetings", "funds", "ledger", "requests", "request", "roster"):
        image = QImage(str(pictures[f"print-{kind}.png"]))
        assert not image.isNull() and image.width() > 500, kind
    assert "print-annual.png" in pictures


def test_rows_written_as_text_are_the_rows_openpyxl_writes(printed, tmp_path):
    """The fast row writer against openpyxl's own, sheet XML element by element, for every
    kind (and a text with markup characters and spaces around it)."""
    import xml.etree.ElementTree as ET
    import zipfile

    from linju_desktop.reports import xlsx, xlsx_rows

    docs = [doc for doc, _, _ in printed.values()]
    odd = ' <b>&"甲"</b> '
    docs.append(m.Document(kind="t", title="T", branch="B", blocks=[
        m.Table([m.Column("文字"), m.Column("金额", "money", total=True)],
                [[odd, m.Money(1)], ["=1+1", m.Money(-5)]], totals_label="合计")]))  # fmt: skip
    for doc in docs:
        ours, theirs = tmp_path / "ours.xlsx", tmp_path / "theirs.xlsx"
        xlsx_rows.save(xlsx._Writer(doc, None).run(), str(ours))
        xlsx._Writer(doc, None).run().save(str(theirs))
        with zipfile.ZipFile(ours) as a, zipfile.ZipFile(theirs) as b:
            sheets = [n for n in b.namelist() if n.startswith("xl/worksheets/sheet")]
            assert sorted(sheets) == sorted(n for n in a.namelist() if n in sheets)
            for name in sheets:
                mine, openpyxl_s = (
                    [
                        (e.tag, sorted((k, v) for k, v in e.attrib.items() if "space" not in k),
                         e.text)
                        for e in ET.fromstring(z.read(name)).iter()
                    ]
                    for z in (a, b)
                )  # fmt: skip
                assert mine == openpyxl_s, (doc.kind, name)
    cells = [c for row in openpyxl.load_workbook(ours).active.values for c in row]
    assert odd in cells and "=1+1" in cells
