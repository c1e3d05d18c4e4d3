"""An expense with its receipts is one call and one transaction; an overdraw asks for a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import TODAY, peek_rows, peek_scalar

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import attachments, funds


def _log_rows(store) -> int:
    return peek_scalar(store, "SELECT count(*) FROM change_log")


def _photo(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_expense_and_receipts_are_saved_together(store, tmp_path):
    funds.set_allocation(store, TODAY.year, 1000_00)
    a = _photo(tmp_path, "发票.jpg", b"\xff\xd8\xff first")
    b = _photo(tmp_path, "小票.png", b"\x89PNG\r\n\x1a\n second")
    result = funds.record_expense(
        store,
        date=TODAY,
        amount_fen=300_00,
        category="activities",
        purpose="七一主题党日",
        payee="超市",
        receipts=[a, b],
    )
    assert result.saved and result.needs_reason is None and result.warnings == ()
    rows = attachments.list_for(store, "expenses", result.expense_id)
    assert [r["filename"] for r in rows] == ["发票.jpg", "小票.png"]
    assert {r["id"] for r in rows} == set(result.receipt_ids)
    assert (
        attachments.blob_path(store, rows[1]["sha256"]).read_bytes() == b"\x89PNG\r\n\x1a\n second"
    )
    logged = peek_rows(store, "SELECT tbl FROM change_log WHERE tbl IN ('expenses', 'attachments')")
    assert sorted(r["tbl"] for r in logged) == ["attachments", "attachments", "expenses"]


def test_overdraw_without_a_reason_is_a_result_and_saves_nothing(store, tmp_path):
    funds.set_allocation(store, TODAY.year, 100_00)
    photo = _photo(tmp_path, "r.jpg", b"\xff\xd8\xff receipt")
    before = _log_rows(store)
    values = dict(date=TODAY, amount_fen=250_00, category="other", purpose="慰问", receipts=[photo])
    asked = funds.record_expense(store, **values)
    assert not asked.saved and asked.expense_id is None
    assert asked.needs_reason is not None and asked.needs_reason.field == "overdraw_reason"
    assert asked.needs_reason.params["shortfall"] == "150.00"
    assert not asked.allocation_missing
    assert _log_rows(store) == before
    assert peek_scalar(store, "SELECT count(*) FROM attachments") == 0
    # Asked before copying: no file was stored for an expense that was not saved.
    assert not store.attachments_dir.exists() or not any(store.attachments_dir.rglob("*.*"))
    done = funds.record_expense(store, overdraw_reason="支委会同意", **values)
    assert done.saved and done.needs_reason is None
    assert [w.field for w in done.warnings] == ["amount"]  # overdrawn, shown as a warning
    assert store.get("expenses", done.expense_id)["overdraw_reason"] == "支委会同意"
    assert len(done.receipt_ids) == 1


def test_overdraw_in_a_year_without_allocation_says_so(store):
    result = funds.record_expense(
        store, date=TODAY, amount_fen=5_00, category="other", purpose="打印"
    )
    assert result.needs_reason is not None and result.allocation_missing


def test_a_receipt_that_cannot_be_read_leaves_nothing_half_saved(store, tmp_path):
    funds.set_allocation(store, TODAY.year, 1000_00)
    good = _photo(tmp_path, "good.jpg", b"\xff\xd8\xff good")
    folder = tmp_path / "not-a-file.jpg"
    folder.mkdir()  # stat() works, reading fails
    before = _log_rows(store)
    for bad in (tmp_path / "missing.jpg", folder):
        with pytest.raises(ValidationError) as err:
            funds.record_expense(
                store,
                date=TODAY,
                amount_fen=50_00,
                category="materials",
                purpose="展板",
                receipts=[good, bad],
            )
        assert err.value.problems[0].field == "file"
        assert bad.name in err.value.problems[0].text()
    assert peek_scalar(store, "SELECT count(*) FROM expenses") == 0
    assert peek_scalar(store, "SELECT count(*) FROM attachments") == 0
    assert _log_rows(store) == before


def test_field_problems_raise_before_anything_is_copied(store, tmp_path):
    photo = _photo(tmp_path, "r.jpg", b"\xff\xd8\xff receipt")
    with pytest.raises(ValidationError) as err:
        funds.record_expense(
            store, date=TODAY, amount_fen=5_00, category="", purpose=" ", receipts=[photo]
        )
    assert {p.field for p in err.value.problems} == {"category", "purpose"}
    assert not store.attachments_dir.exists() or not any(store.attachments_dir.rglob("*.*"))


def test_reversal_refusal_is_decided_by_the_service(store):
    funds.set_allocation(store, TODAY.year, 1000_00)
    eid, _ = funds.add_expense(
        store, date=TODAY, amount_fen=120_00, category="materials", purpose="展板"
    )
    assert funds.reversal_refusal(store, eid) == []
    rid = funds.reverse(store, eid, "录错")
    assert [p.text() for p in funds.reversal_refusal(store, eid)] == ["这笔账目已经冲销过了"]
    assert funds.reversal_refusal(store, rid)[0].field == "entry"
    assert funds.reversal_refusal(store, "no-such-id")[0].text() == "该支出记录不存在"


def test_receipts_are_told_by_content_not_by_name(store, tmp_path):
    import os

    funds.set_allocation(store, TODAY.year, 1000_00)
    fake = _photo(tmp_path, "发票.jpg", os.urandom(4096))  # random bytes named .jpg
    text = _photo(tmp_path, "scan.pdf", b"just text, not a PDF")
    pdf = _photo(tmp_path, "扫描.PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 body")
    webp = _photo(tmp_path, "w.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 data")
    heic = _photo(tmp_path, "h.heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00")
    values = dict(date=TODAY, amount_fen=10_00, category="other", purpose="慰问")
    with pytest.raises(ValidationError) as err:
        funds.record_expense(store, receipts=[pdf, fake, text], **values)
    named = [p.params["name"] for p in err.value.problems]
    assert named == ["发票.jpg", "scan.pdf"]
    assert all("PDF" in p.text() for p in err.value.problems)
    assert peek_scalar(store, "SELECT count(*) FROM expenses") == 0
    assert not store.attachments_dir.exists() or not any(store.attachments_dir.rglob("*"))
    found = attachments.check_files([pdf, webp, heic])
    assert list(found.values()) == ["application/pdf", "image/webp", "image/heic"]


def test_a_receipt_over_the_limit_is_refused_before_the_expense_is_saved(store, tmp_path):
    big = tmp_path / "大照片.jpg"
    with big.open("wb") as fh:
        fh.write(b"\xff\xd8\xff")
        fh.truncate(attachments.MAX_BYTES + 1)  # sparse: 50 MB + 1 byte on disk for real
    with pytest.raises(ValidationError) as err:
        funds.record_expense(
            store, date=TODAY, amount_fen=1, category="other", purpose="x", receipts=[big]
        )
    assert "50 MB" in err.value.problems[0].text()
    assert peek_scalar(store, "SELECT count(*) FROM expenses") == 0


def test_receipts_join_an_existing_expense_which_stays_as_recorded(store, tmp_path):
    funds.set_allocation(store, TODAY.year, 1000_00)
    eid, _ = funds.add_expense(
        store, date=TODAY, amount_fen=88_00, category="other", purpose="慰问老党员"
    )
    before = dict(store.get("expenses", eid))
    a = _photo(tmp_path, "补的发票.png", b"\x89PNG\r\n\x1a\n later")
    ids = funds.add_receipts(store, eid, [a])
    assert len(ids) == 1
    rows = attachments.list_for(store, "expenses", eid)
    assert [r["filename"] for r in rows] == ["补的发票.png"]
    after = dict(store.get("expenses", eid))
    assert (after["amount_fen"], after["purpose"]) == (before["amount_fen"], before["purpose"])
    with pytest.raises(ValidationError):
        funds.add_receipts(store, eid, [_photo(tmp_path, "x.jpg", b"not an image")])
    with pytest.raises(ValidationError):
        funds.add_receipts(store, "no-such-id", [a])
    assert len(attachments.list_for(store, "expenses", eid)) == 1
