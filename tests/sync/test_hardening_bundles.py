"""Offline bundles, hardened: a revoked station's bundle is refused, and replaying a
bundle (at the district) or a reply (at the station) changes nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from typing import Any

from helpers import peek_rows
from linju_sync.protocol.bundle import write_bundle
from sqlalchemy import create_engine, text
from sync_support import District, district, enrolled_store  # noqa: F401

from linju_desktop.services import sync as sync_service
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store
from tests.sync.conftest import ServerProc, Station
from tests.sync.console_support import stamp

# What an import may add to at the district; sync_log and stations.last_sync_at record
# each import and are not data.
DATA_TABLES = {
    "rows": "tbl, row_id",
    "applied_ops": "station_id, op_id",
    "feed": "seq",
    "conflicts": "id",
    "checksums": "station_id, tbl",
    "blobs": "station_id, sha256",
}


def dump(server: ServerProc) -> dict[str, list[Any]]:
    engine = create_engine(server.url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as c:
            return {
                t: [tuple(r) for r in c.execute(text(f"SELECT * FROM {t} ORDER BY {key}"))]
                for t, key in DATA_TABLES.items()
            }
    finally:
        engine.dispose()


def bundle_of(station: Station, path, ops, blobs=()):
    return write_bundle(
        path,
        station_id=station.id,
        sender=station.keys,
        recipient=station.district,
        request=station.body(ops),
        blobs=blobs,
    )


# -- the district's side ----------------------------------------------------------------------
def test_a_revoked_stations_bundle_is_refused(server, tmp_path):
    st = server.enroll(server.add_station("停用站点"))
    photo = b"\xff\xd8revoked" * 100
    sha = hashlib.sha256(photo).hexdigest()
    b = bundle_of(st, tmp_path / "b.zip", [st.op("members", {"name": "停用后"})], [(sha, photo)])
    server.cli("revoke", st.id, "--reason", "电脑丢失")
    before = dump(server)
    reply = tmp_path / "reply.zip"
    res = server.cli("import-bundle", str(b), "--reply", str(reply), check=False)
    assert res.returncode == 1, res.stdout
    assert "refused" in res.stderr and "revoked" in res.stderr and "电脑丢失" in res.stderr
    assert "enroll" in res.stderr  # what to do about it
    assert "applied" not in res.stdout
    assert not reply.exists()
    assert dump(server) == before
    assert not (server.data_dir / "blobs" / sha[:2] / sha).exists()
    out = tmp_path / "export.json"
    server.cli("export", "--station", st.id, "--out", str(out))
    assert json.loads(out.read_text())["tables"]["members"] == []


def test_importing_the_same_station_bundle_twice_duplicates_nothing(server, tmp_path):
    st = server.enroll(server.add_station("重放站点"))
    server.cli("allocate", st.id, "2025", "14500")
    now = int(time.time() * 1000)
    laptop, office = "a" * 16, "b" * 16
    ins = st.op("members", {"name": "重放", "mobile": "13900000000"}, hlc=stamp(now, laptop))
    rid = ins["row_id"]
    later = st.op("members", {"mobile": "13911111111"}, rid, "update", ins["hlc"], stamp(now + 20, laptop))  # fmt: skip
    earlier = st.op("members", {"mobile": "13922222222"}, rid, "update", ins["hlc"], stamp(now + 10, office))  # fmt: skip
    foreign = st.op("allocations", {"year": 2030, "amount_fen": 1})  # the district's book
    photo = b"\xff\xd8replay" * 1000
    sha = hashlib.sha256(photo).hexdigest()
    b = bundle_of(st, tmp_path / "b.zip", [ins, later, earlier, foreign], [(sha, photo)])
    server.cli("import-bundle", str(b), "--reply", str(tmp_path / "r1.zip"))
    first = dump(server)
    assert [r for r in first["conflicts"] if r[1] == st.id]  # the bundle made a conflict
    for n in (2, 3):
        res = server.cli("import-bundle", str(b), "--reply", str(tmp_path / f"r{n}.zip"))
        assert "duplicate 4" in res.stdout, res.stdout
        assert dump(server) == first


# -- the station's side -----------------------------------------------------------------------
def _station_with_a_refused_change(tmp_path, district: District) -> tuple[Store, str]:  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    district.cli("allocate", sid, "2027", "10000")
    assert sync_service.run_sync(store, backoff=0.0).fully_synced
    alloc = peek_rows(store, "SELECT id FROM allocations WHERE year = 2027")[0]["id"]
    with store.transaction():
        store.update("allocations", alloc, {"amount_fen": 999})  # the district's field
        store.insert("members", {"name": "李四", "status": "active"})
    district.cli("allocate", sid, "2027", "20000")  # meanwhile the district changes it too
    return store, sid


def _open_attention(store: Store) -> list[tuple[Any, ...]]:
    return [(i["status"], i["op_id"], i["reason"]) for i in sync_service.status(store).attention]


def test_importing_the_same_reply_again_adds_nothing(tmp_path, district):  # noqa: F811
    store, _sid = _station_with_a_refused_change(tmp_path, district)
    out, reply = tmp_path / "up.linju", tmp_path / "down.linju"
    sync_service.export_bundle(store, out)
    district.cli("import-bundle", str(out), "--reply", str(reply))
    report = sync_service.import_bundle(store, reply)
    assert report.attention == 1
    items = _open_attention(store)
    assert len(items) == 1 and items[0][0] in ("rejected", "conflict")
    log = sync_service.recent_log(store, 100)
    last_sync = store.get_setting("last_sync_at")
    copy = tmp_path / "copy-of-the-reply.linju"  # a copy is the same reply
    shutil.copyfile(reply, copy)
    for again in (reply, copy, reply):
        report = sync_service.import_bundle(store, again)
        assert (report.attention, report.received, report.sent) == (0, 0, 0)
        assert _open_attention(store) == items
    assert sync_service.recent_log(store, 100) == log
    assert store.get_setting("last_sync_at") == last_sync
    # settled by the secretary, it stays settled when the reply turns up again
    SqliteStationStore(store).resolve(sync_service.status(store).attention[0]["id"])
    sync_service.import_bundle(store, copy)
    assert _open_attention(store) == []
    store.close()


def test_an_answer_already_had_online_is_not_added_again_by_the_reply(tmp_path, district):  # noqa: F811
    store, _sid = _station_with_a_refused_change(tmp_path, district)
    out, reply = tmp_path / "up.linju", tmp_path / "down.linju"
    sync_service.export_bundle(store, out)
    # the link came back before the stick reached the office: the same change went online
    report = sync_service.run_sync(store, backoff=0.0)
    assert report.attention == 1
    items = _open_attention(store)
    district.cli("import-bundle", str(out), "--reply", str(reply))
    report = sync_service.import_bundle(store, reply)
    assert report.attention == 0
    assert _open_attention(store) == items
    store.close()
