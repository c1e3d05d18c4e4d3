"""The sync engine against a real district server process on loopback."""

from __future__ import annotations

import json
import math
import os
import threading

import pytest
from helpers import peek_rows, peek_scalar
from linju_sync.client.engine import SyncEngine
from linju_sync.protocol.messages import MAX_OPS_PER_BATCH, PIPELINE_DEPTH
from sync_support import Counter, comparable, district, enrolled_store  # noqa: F401

from linju_desktop.services import demo
from linju_desktop.services import sync as sync_service
from linju_desktop.services.exporting import export_all
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store


def pending(store: Store) -> int:
    return peek_scalar(
        store,
        "SELECT count(*) FROM change_log WHERE seq > ?",
        (int(store.get_setting("sync_uploaded_seq", 0)),),
    )


def run(store: Store, counter: Counter | None = None, **opts):
    return sync_service.run_sync(
        store, session=counter.session if counter else None, backoff=0.0, **opts
    )


def test_first_sync_of_a_demo_station_matches_the_district(tmp_path, district):  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    demo.generate(store, years=1, members=40)
    n = pending(store)
    counter = Counter()
    report = run(store, counter)
    assert report.error is None, report.error
    assert report.fully_synced and report.sent == n
    assert not report.mismatched and not report.unchecked
    assert counter.count("/api/v1/sync") <= math.ceil(n / MAX_OPS_PER_BATCH) + 1
    assert pending(store) == 0
    assert store.get_setting("last_sync_at")
    # the district holds exactly the station's rows
    export_all(store, tmp_path / "station.json")
    mine = json.loads((tmp_path / "station.json").read_text(encoding="utf-8"))
    theirs = district.export(sid, tmp_path / "district.json")
    assert comparable(theirs) == comparable(mine)


def test_nothing_to_do_is_one_request(tmp_path, district):  # noqa: F811
    store = enrolled_store(tmp_path / "station", district)
    with store.transaction():
        store.insert("members", {"name": "张三", "status": "active"})
    assert run(store).fully_synced
    counter = Counter()
    report = run(store, counter)
    assert report.fully_synced and report.sent == 0
    assert counter.count() == 1


def test_n_operations_take_ceil_n_over_batch_requests(tmp_path, district):  # noqa: F811
    store = enrolled_store(tmp_path / "station", district)
    assert run(store).fully_synced
    n = 1234
    with store.transaction():
        store.insert_many("members", [{"name": f"党员{i}", "status": "active"} for i in range(n)])
    counter = Counter()
    report = run(store, counter)
    assert report.fully_synced and report.sent == n
    assert math.ceil(n / MAX_OPS_PER_BATCH) <= counter.count() <= math.ceil(n / 500) + 1
    assert sorted(counter.sent_op_ids) == sorted(
        r["op_id"] for r in peek_rows(store, "SELECT op_id FROM change_log")
    )


def test_a_lost_answer_resends_at_most_the_batches_in_flight(tmp_path, district):  # noqa: F811
    store = enrolled_store(tmp_path / "station", district)
    n = 1700
    with store.transaction():
        store.insert_many("members", [{"name": f"党员{i}", "status": "active"} for i in range(n)])
    counter = Counter()
    counter.fail_on = {2}  # the second batch reaches the district; its answer is lost
    first = run(store, counter, retries=0)
    assert first.error is not None and first.error.code == "unreachable"
    assert pending(store) == n - 500  # only the first, answered, batch counts as sent
    second = run(store, counter, retries=0)
    assert second.fully_synced, second.error
    sent = counter.sent_op_ids
    # re-sent at most the batches in flight: the lost one and the one sent beside it
    assert len(sent) - n <= PIPELINE_DEPTH * MAX_OPS_PER_BATCH
    assert set(sent) == {r["op_id"] for r in peek_rows(store, "SELECT op_id FROM change_log")}
    assert not second.mismatched  # the district holds every op exactly once


def test_feed_operations_arrive_and_do_not_echo(tmp_path, district):  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    assert run(store).fully_synced
    log_before = peek_scalar(store, "SELECT count(*) FROM change_log")
    district.cli("allocate", sid, "2027", "14500")
    report = run(store)
    assert report.fully_synced, report.error
    assert report.received >= 1
    rows = peek_rows(store, "SELECT * FROM allocations WHERE year = 2027 AND deleted = 0")
    assert [r["amount_fen"] for r in rows] == [1450000]
    # applied remote rows never enter the upload queue
    assert peek_scalar(store, "SELECT count(*) FROM change_log") == log_before
    counter = Counter()
    again = run(store, counter)
    assert again.sent == 0 and counter.count() == 1
    # and the clock moved past the district's stamp: a later local edit sorts after it
    with store.transaction():
        store.update("allocations", rows[0]["id"], {"note": "已核对"})
    assert store.get("allocations", rows[0]["id"])["updated_hlc"] > rows[0]["updated_hlc"]


def test_a_refused_change_goes_to_needs_attention_and_blocks_nothing(tmp_path, district):  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    district.cli("allocate", sid, "2027", "10000")
    assert run(store).fully_synced
    alloc = peek_rows(store, "SELECT id FROM allocations WHERE year = 2027")[0]["id"]
    # the station changes a district-owned amount while the district changes it too
    with store.transaction():
        store.update("allocations", alloc, {"amount_fen": 999})
        store.insert("members", {"name": "李四", "status": "active"})
    district.cli("allocate", sid, "2027", "20000")
    report = run(store)
    assert report.error is None
    assert report.attention >= 1 and not report.fully_synced
    items = SqliteStationStore(store).attention()
    assert any(i["tbl"] == "allocations" and i["status"] in ("rejected", "conflict") for i in items)
    text = sync_service.explain(items[0])
    assert "区" in text  # told in Chinese what happened and what to do
    # the member in the same batch still reached the district
    assert pending(store) == 0
    # the district's value wins for a district-owned field
    assert store.get("allocations", alloc)["amount_fen"] == 2000000


def test_revoked_token_is_a_clear_error(tmp_path, district):  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    district.cli("revoke", sid)
    report = run(store, retries=0)
    assert report.error is not None and report.error.code == "unauthorized"
    assert "撤销" in sync_service.message(report.error)
    assert SqliteStationStore(store).log(1)[0]["result"] == "error"


def test_unreachable_server_is_a_clear_error(tmp_path, district):  # noqa: F811
    store = enrolled_store(tmp_path / "station", district)
    district.stop()
    report = run(store, retries=0)
    assert report.error is not None and report.error.code == "unreachable"
    assert "无法连接区服务器" in sync_service.message(report.error)


def test_a_clock_a_day_wrong_warns_but_syncs(tmp_path, district, monkeypatch):  # noqa: F811
    import linju_sync.client.records as records
    from linju_sync.protocol import hlc

    store = enrolled_store(tmp_path / "station", district)
    day = 24 * 3600 * 1000
    monkeypatch.setattr(records, "wall_millis", lambda: hlc.wall_millis() - day)
    with store.transaction():
        store.insert("members", {"name": "王五", "status": "active"})
    report = run(store)
    assert report.fully_synced, report.error
    assert report.skew_warning and abs(report.skew_ms - day) < 60_000
    assert sync_service.status(store).skew_warning


def test_photos_upload_in_resumable_chunks(tmp_path, district):  # noqa: F811
    from linju_desktop.services import attachments

    store = enrolled_store(tmp_path / "station", district)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(700_000))
    with store.transaction():
        mid = store.insert("meetings", {"title": "主题党日", "status": "draft"})
    attachments.attach(store, "meetings", mid, photo)
    counter = Counter()
    counter.fail_on = {3}  # 1 records, 2 blobs/missing, 3 first chunk: its answer is lost
    first = run(store, counter, retries=0, chunk_bytes=256 * 1024)
    assert first.error is not None
    assert pending(store) == 0  # the records went first and are safely there
    progress: list[tuple[str, int, int | None]] = []
    second = sync_service.run_sync(
        store,
        session=counter.session,
        chunk_bytes=256 * 1024,
        progress=lambda p: progress.append((p.phase, p.done, p.total)),
    )
    assert second.fully_synced, second.error
    assert second.blobs_uploaded == 1
    assert ("photos", 700_000, 700_000) in progress
    # resumed from the server's offset (HEAD): no byte went twice
    assert counter.count() and ("HEAD" in {m for m, _ in counter.calls})
    assert counter.patch_bytes == 700_000
    counter.reset()
    third = run(store, counter)
    assert third.fully_synced and counter.count() == 1  # nothing asks about photos again


def test_cancel_between_requests(tmp_path, district):  # noqa: F811
    store = enrolled_store(tmp_path / "station", district)
    with store.transaction():
        store.insert_many(
            "members", [{"name": f"党员{i}", "status": "active"} for i in range(1200)]
        )
    cancel = threading.Event()

    def progress(p):
        if p.phase == "records" and p.done >= 500:
            cancel.set()

    engine = SyncEngine(SqliteStationStore(store), progress=progress, cancel_event=cancel)
    report = engine.run()
    assert report.error is not None and report.error.code == "cancelled"
    assert pending(store) == 700
    assert run(store).fully_synced


def test_not_enrolled(tmp_path):
    from linju_sync.client.errors import SyncError

    with Store(tmp_path / "station") as store, pytest.raises(SyncError) as err:
        sync_service.run_sync(store)
    assert err.value.code == "not_enrolled"
