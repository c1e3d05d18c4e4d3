"""Sync over a faulty link: 200 random trials through our own fault-injection proxy
(tests/netproxy.py) in front of a real server process, local edits in between, then a
clean sync straight to the server. Client and server must end identical by checksum
and by export, with every local operation applied on the server exactly once.

LINJU_FAULT_SEED and LINJU_FAULT_TRIALS replay or lengthen a run.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
from collections import Counter
from typing import Any

from helpers import peek_rows
from linju_sync.client import records
from linju_sync.server.db import Database
from netproxy import DEFAULT_FAULTS, NetProxy
from sqlalchemy import text
from sync_support import District, comparable, district_on, enrolled_store  # noqa: F401

from linju_desktop.services import attachments, demo
from linju_desktop.services import sync as sync_service
from linju_desktop.services.exporting import export_all
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store

SEED = int(os.environ.get("LINJU_FAULT_SEED", "20240604"))
TRIALS = int(os.environ.get("LINJU_FAULT_TRIALS", "200"))
# what a broken link may legitimately end a sync with; anything else is a bug
LINK_ERRORS = {"unreachable", "timeout", "server_error", "bad_response"}


def point_at(store: Store, url: str) -> None:
    """Change the sync URL the way settings do: same station, so cursors are kept."""
    station = SqliteStationStore(store)
    creds = station.credentials()
    assert creds is not None
    station.save_credentials(dataclasses.replace(creds, server_url=url))


def edit(store: Store, rng: random.Random, folder: Any, n: int) -> None:
    """A few of a secretary's edits: new members, changed fields, removals, photos."""
    live = [r["id"] for r in peek_rows(store, "SELECT id FROM members WHERE deleted = 0")]
    for _ in range(n):
        what = rng.random()
        with store.transaction():
            if what < 0.3 or not live:
                live.append(
                    store.insert(
                        "members", {"name": f"党员{rng.randrange(10**6)}", "status": "active"}
                    )
                )
            elif what < 0.8:
                row = rng.choice(live)
                field = rng.choice(["mobile", "building", "notes"])
                store.update("members", row, {field: f"{field}-{rng.randrange(10**6)}"})
            elif what < 0.95:
                row = live.pop(rng.randrange(len(live)))
                store.tombstone("members", row)
            else:
                mid = store.insert("meetings", {"title": "主题党日", "status": "draft"})
        if what >= 0.95:
            photo = folder / f"photo-{rng.randrange(10**9)}.jpg"
            photo.write_bytes(rng.randbytes(rng.randint(20_000, 60_000)))
            attachments.attach(store, "meetings", mid, photo)


def server_ops(server: District, station_id: str) -> list[tuple[str, str]]:
    """(op_id, first verdict) of every operation the server recorded for the station."""
    db = Database(server.db_url, migrate=False)
    try:
        with db.read() as c:
            rows = c.execute(
                text("SELECT op_id, status FROM applied_ops WHERE station_id = :s"),
                {"s": station_id},
            ).all()
        return [(r[0], r[1]) for r in rows]
    finally:
        db.dispose()


def versions(export: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {t: {r["id"]: r["updated_hlc"] for r in rows} for t, rows in export["tables"].items()}


def test_random_faults_end_identical_with_every_op_exactly_once(
    tmp_path,
    district_on,  # noqa: F811
    monkeypatch,
):
    district = district_on
    rng = random.Random(SEED)
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    demo.generate(store, years=1, members=30)
    photos = tmp_path / "photos"
    photos.mkdir()

    # every verdict the client actually received (answers cut on the way are not seen)
    verdicts: Counter[str] = Counter()
    parse = records.parse_response

    def counting_parse(body: Any, sent: Any = None) -> Any:
        resp = parse(body, sent)  # with the compact answer's "ok" ones filled in
        verdicts.update(r.status for r in resp.results)
        return resp

    monkeypatch.setattr(records, "parse_response", counting_parse)

    outcomes: Counter[str] = Counter()
    with NetProxy(
        district.port, seed=SEED, faults=DEFAULT_FAULTS, max_cut=12_000, max_delay=0.2
    ) as proxy:
        point_at(store, proxy.url)
        for trial in range(TRIALS):
            report = sync_service.run_sync(
                store,
                retries=rng.choice([0, 0, 0, 1, 2]),
                backoff=0.0,
                max_ops=rng.choice([10, 25, 60]),
                chunk_bytes=rng.choice([8 * 1024, 32 * 1024]),
            )
            ctx = f"trial {trial} (seed {SEED})"
            if report.error is not None:
                assert report.error.code in LINK_ERRORS, f"{ctx}: {report.error!r}"
                outcomes[report.error.code] += 1
            else:
                outcomes["ok"] += 1
            # a broken link never makes the two sides disagree or the user act
            assert not report.mismatched, f"{ctx}: {report.mismatched}"
            assert report.attention == 0, f"{ctx}: {SqliteStationStore(store).attention()}"
            if rng.random() < 0.6:
                edit(store, rng, photos, rng.randint(1, 25))
        stats = proxy.stats
    print(f"seed {SEED}: {dict(outcomes)}; verdicts {dict(verdicts)}; proxy {stats}")

    # the faults really happened, mid-stream, and the sync also got through at times
    assert outcomes["ok"] > 0 and sum(outcomes.values()) - outcomes["ok"] >= TRIALS // 10, outcomes
    assert all(stats.modes[m] > 0 for m in DEFAULT_FAULTS), stats.modes
    assert verdicts["duplicate"] > 0, verdicts  # answers were lost after the server applied

    # a clean sync straight to the district
    point_at(store, district.url)
    final = sync_service.run_sync(store, backoff=0.0)
    assert final.fully_synced, final.error
    assert not final.mismatched and not final.unchecked  # identical by checksum
    station = SqliteStationStore(store)
    assert station.pending_count(station.cursors().uploaded_seq) == 0
    assert station.blobs_to_upload() == []  # every photo arrived

    # every local operation reached the server exactly once, and was applied (not a
    # duplicate re-applied: the server keeps one verdict per op id, and it is "ok")
    local_ops = [r["op_id"] for r in peek_rows(store, "SELECT op_id FROM change_log")]
    assert len(local_ops) == len(set(local_ops))
    on_server = server_ops(district, sid)
    assert sorted(op for op, _ in on_server) == sorted(local_ops)
    assert Counter(status for _, status in on_server) == {"ok": len(local_ops)}
    assert set(verdicts) <= {"ok", "duplicate"}, verdicts

    # nothing lost: the district's rows are the station's, field for field and version
    export_all(store, tmp_path / "station.json")
    mine = json.loads((tmp_path / "station.json").read_text(encoding="utf-8"))
    theirs = district.export(sid, tmp_path / "district.json")
    assert comparable(theirs) == comparable(mine)
    assert versions(theirs) == versions(mine)
