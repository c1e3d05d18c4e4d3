"""The neighbourhood's printouts on the demo station: the task list, one person's service
record, the points ledger and a consultation's 公示, as PDF and workbook; nobody ranked,
no names or phones on the 公示."""

from __future__ import annotations

import openpyxl
import pytest
from report_support import TODAY, YEAR, pdf_text, squeeze

from linju_desktop.reports.catalogue import Order, build, save
from linju_desktop.reports.period import Period, ReportError
from linju_desktop.services import consultations as cons
from linju_desktop.services import volunteering as vol
from linju_desktop.store.reads import neighbourhood as reads

PERIOD = Period.year(YEAR)


def _make(station, tmp_path, order, suffix=".pdf"):
    doc = build(station, order, today=TODAY)
    out = tmp_path / f"{order.kind}{suffix}"
    save(doc, out)
    return doc, out


def test_the_task_list_has_every_task_of_the_period_by_date(station, tmp_path):
    doc, out = _make(station, tmp_path, Order("tasks", period=PERIOD))
    [table] = doc.tables()
    want = reads.tasks(station, year=YEAR)
    assert len(table.rows) == len(want) > 0
    dates = [r[1] for r in table.rows]
    assert dates == sorted(dates)  # by date, never by who did most
    assert table.totals()[5] == sum(int(t["takers"]) for t in want)
    text = squeeze(pdf_text(out))
    assert "派单任务与帮办代办清单" in text and want[0]["number"] in text
    _make(station, tmp_path, Order("tasks", period=PERIOD), ".xlsx")


def test_a_persons_service_record_adds_up_their_own_hours_and_points(station, tmp_path):
    person = next(v for v in reads.volunteers(station) if reads.person_service(station, v["id"]))
    rec = vol.record_of(station, person["id"])
    doc, out = _make(station, tmp_path, Order("service", ident=person["id"]))
    service = doc.tables()[0]
    assert service.totals()[4] == rec.earned and len(service.rows) == len(rec.service)
    text = squeeze(pdf_text(out))
    assert person["name"] in text and "志愿服务记录证明" in text
    assert (person["phone"] or "no phone") not in text  # least personal data
    others = {v["name"] for v in reads.volunteers(station)} - {person["name"]}
    assert not any(name in text for name in others if len(name) > 2)
    with pytest.raises(ReportError, match="志愿者"):
        build(station, Order("service", ident="nobody"))


def test_the_points_ledger_shows_stock_and_entries_by_date(station, tmp_path):
    doc, out = _make(station, tmp_path, Order("points", period=PERIOD), ".xlsx")
    goods, entries = doc.tables()
    assert [r[3] for r in goods.rows] == [int(g["left"]) for g in reads.goods(station)]
    assert [c.title for c in goods.columns][2:] == ["入库", "库存"]
    dates = [r[0] for r in entries.rows]
    assert dates == sorted(dates)
    wb = openpyxl.load_workbook(out)
    assert wb.active is not None


def test_a_consultations_notice_shows_the_rule_the_votes_and_the_shares(station, tmp_path):
    c = next(c for c in reads.consultations(station) if c["total_fen"])
    t = cons.tally(station, c["id"])
    doc, out = _make(station, tmp_path, Order("consultation", ident=c["id"]))
    votes, shares = doc.tables()
    assert len(votes.rows) == t.households
    assert shares.totals()[3].fen == c["total_fen"]
    text = squeeze(pdf_text(out))
    assert c["title"] in text and "四分之三" in text and "三分之二" in text
    owners = [h["owner"] for h in reads.households(station, c["id"]) if h["owner"]]
    assert owners and not any(o in text for o in owners)  # rooms, not names
    _, book = _make(station, tmp_path, Order("consultation", ident=c["title"]), ".xlsx")
    rows = list(openpyxl.load_workbook(book).active.iter_rows(values_only=True))
    first = reads.households(station, c["id"])[0]
    [row] = [
        r for r in rows if r[0] == first["room"] and r[3] in ("同意", "不同意", "弃权", "未表决")
    ]
    assert row[2] == pytest.approx(int(first["area"]) / 100)  # a number Excel can sum
