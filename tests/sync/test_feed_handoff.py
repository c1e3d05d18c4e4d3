"""Several download pages a local transaction (linju_sync.client.station.FeedHandoff):
the cursor moves with the rows, a crash re-applies nothing twice and loses nothing,
incoming rows never become local changes, and a local change waiting to upload keeps
its fields against the held pages read before it went up."""

from __future__ import annotations

import uuid

from helpers import peek_rows, peek_scalar
from linju_sync.client.engine import SyncEngine
from linju_sync.client.station import FeedHandoff, StepOutcome
from linju_sync.protocol.hlc import HybridClock, wall_millis
from linju_sync.protocol.messages import FeedOperation
from linju_sync.server.db import Database
from linju_sync.server.service import Server
from sync_support import Counter, district, enrolled_store  # noqa: F401

from linju_desktop.services import sync as sync_service
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store

REMOTE = HybridClock("d" * 16)


def page(first_seq: int, n: int) -> list[FeedOperation]:
    """n inserts of new members, feed seqs first_seq.."""
    return [
        FeedOperation(
            first_seq + i,
            uuid.uuid4().hex,
            "members",
            str(uuid.uuid4()),
            "insert",
            REMOTE.tick(),
            {"name": f"区里{first_seq + i}", "status": "active", "deleted": 0},
        )
        for i in range(n)
    ]


def log_size(store: Store) -> int:
    return peek_scalar(store, "SELECT count(*) FROM change_log")


def members(store: Store) -> int:
    return peek_scalar(store, "SELECT count(*) FROM members")


class CountingStation(SqliteStationStore):
    """The real station store, counting its commits."""

    commits = 0

    def commit_step(self, **step):  # type: ignore[no-untyped-def]
        self.commits += 1
        return super().commit_step(**step)


def test_pages_that_only_download_are_committed_together(tmp_path):
    with Store(tmp_path / "station") as store:
        station = CountingStation(store)
        handoff = FeedHandoff(station, limit=250)
        pages = [page(1, 100), page(101, 100), page(201, 100), page(301, 30)]
        for i, p in enumerate(pages):
            out = handoff.step(
                sent=[], upload_seq=0, results=[], feed=p, next_cursor=p[-1].seq,
                more=i < len(pages) - 1,
            )  # fmt: skip
            if i in (0, 1):  # held: nothing written yet, the cursor has not moved
                assert out == StepOutcome() and station.commits == 0
                assert members(store) == 0 and station.cursors().download_cursor == 0
        # 300 would pass the limit of 250: pages 1-3 in one commit, the last page alone
        assert station.commits == 2
        assert members(store) == 330 and station.cursors().download_cursor == 330
        assert log_size(store) == 0  # no incoming row became a local change


def test_a_crash_while_pages_are_held_downloads_them_again_and_applies_each_once(tmp_path):
    pages = [page(1, 200), page(201, 200), page(401, 200), page(601, 200), page(801, 50)]
    with Store(tmp_path / "station") as store:
        handoff = FeedHandoff(SqliteStationStore(store), limit=450)
        for p in pages[:4]:  # 1-3 are committed together at the third; 4 is held
            handoff.step(
                sent=[], upload_seq=0, results=[], feed=p, next_cursor=p[-1].seq, more=True
            )
        assert handoff.held == 200
        # the process dies here: the held page was never written
    with Store(tmp_path / "station") as store:
        station = SqliteStationStore(store)
        cursor = station.cursors().download_cursor
        assert cursor == 600 and members(store) == 600
        # the next sync asks from the cursor: the server sends page 4 again, then page 5
        handoff = FeedHandoff(station, limit=450)
        rest = [p for p in pages if p[0].seq > cursor]
        for i, p in enumerate(rest):
            handoff.step(
                sent=[], upload_seq=0, results=[], feed=p, next_cursor=p[-1].seq,
                more=i < len(rest) - 1,
            )  # fmt: skip
        assert station.cursors().download_cursor == 850
        names = [r["name"] for r in peek_rows(store, "SELECT name FROM members ORDER BY name")]
        assert names == sorted(f"区里{i}" for i in range(1, 851))  # each exactly once
        assert log_size(store) == 0


def test_a_failed_commit_keeps_rows_and_cursor_together(tmp_path):
    """A commit that fails half-way (the disk, a bug) leaves neither the held rows nor
    the cursor: the pages come again."""
    with Store(tmp_path / "station") as store:

        class Failing(SqliteStationStore):
            def commit_step(self, **step):  # type: ignore[no-untyped-def]
                with self.store.transaction():
                    super().commit_step(**step)  # joins this transaction
                    raise OSError("disk gone (test)")

        handoff = FeedHandoff(Failing(store), limit=1000)
        handoff.step(
            sent=[], upload_seq=0, results=[], feed=page(1, 100), next_cursor=100, more=True
        )
        try:
            handoff.step(
                sent=[], upload_seq=0, results=[], feed=page(101, 5), next_cursor=105, more=False
            )
        except OSError:
            pass
        else:
            raise AssertionError("the commit should have failed")
        assert members(store) == 0 and SqliteStationStore(store).cursors().download_cursor == 0
        assert handoff.held == 0  # not tried twice by a later flush


def test_held_pages_are_applied_before_a_local_change_goes_up(tmp_path):
    """Pages held were read before the upload: they are applied with the local change
    still waiting, so a newer local field is not overwritten by an older district one."""
    with Store(tmp_path / "station") as store:
        station = SqliteStationStore(store)
        with store.transaction():
            row = store.insert("members", {"name": "张三", "status": "active"})
        # the district's change, a second older than the local edit below
        old = f"{wall_millis() - 1000:013d}-0000-{'d' * 16}"
        with store.transaction():
            store.update("members", row, {"notes": "本地新备注"})
        uploaded = station.cursors().uploaded_seq
        handoff = FeedHandoff(station)
        district_change = FeedOperation(
            1, uuid.uuid4().hex, "members", row, "update", old, {"notes": "区里旧备注"}
        )
        handoff.step(
            sent=[], upload_seq=uploaded, results=[], feed=[district_change], next_cursor=1,
            more=True,
        )  # fmt: skip
        batch = station.pending_operations(uploaded, 500, 1_000_000)
        assert batch.ops  # the edit and the insert go up in the next request
        out = handoff.step(
            sent=batch.ops, upload_seq=batch.last_seq, results=[], feed=[], next_cursor=1,
            more=False,
        )  # fmt: skip
        assert out.skipped_fields == 1
        assert store.get("members", row)["notes"] == "本地新备注"
        assert station.cursors() == type(station.cursors())(batch.last_seq, 1)


def test_a_refusal_in_a_held_page_is_counted_at_its_commit(tmp_path):
    with Store(tmp_path / "station") as store:
        station = SqliteStationStore(store)
        handoff = FeedHandoff(station)
        bad = FeedOperation(
            1, uuid.uuid4().hex, "members", str(uuid.uuid4()), "insert", "not a stamp",
            {"name": "坏"},
        )  # fmt: skip
        held = handoff.step(sent=[], upload_seq=0, results=[], feed=[bad], next_cursor=1, more=True)
        assert held == StepOutcome()
        out = handoff.step(
            sent=[], upload_seq=0, results=[], feed=page(2, 3), next_cursor=4, more=False
        )
        assert (out.applied, out.attention) == (3, 1)
        assert len(station.attention()) == 1


# -- the engine against a real district server ---------------------------------------------
def allocated(tmp_path, district, n: int) -> Store:  # noqa: F811
    """An enrolled station whose district has set its funds for n years since its last
    sync: n feed operations wait for it."""
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    assert sync_service.run_sync(store, backoff=0.0).fully_synced
    inproc = Server(Database(district.db_url, migrate=False), district.data_dir)
    for year in range(1900, 1900 + n):
        inproc.allocate(sid, year, 100 * year)
    return store


def allocations(store: Store) -> int:
    return peek_scalar(store, "SELECT count(*) FROM allocations WHERE deleted = 0")


def test_the_engine_holds_pages_and_applies_them_when_the_link_breaks(
    tmp_path,
    district,  # noqa: F811
):
    store = allocated(tmp_path, district, 1100)
    log_before = log_size(store)
    counter = Counter()
    counter.fail_on = {3}  # two pages held; the third answer is lost
    station = CountingStation(store)
    first = SyncEngine(station, session=counter.session, backoff=0.0, retries=0).run()
    assert first.error is not None and first.error.code == "unreachable"
    # the two pages held were applied when the sync stopped, in one commit with the cursor
    assert station.commits == 1 and allocations(store) == 1000
    assert station.cursors().download_cursor > 0
    second = sync_service.run_sync(store, backoff=0.0)
    assert second.fully_synced and not second.mismatched, second.error
    assert second.received == 100  # only the page never applied comes again
    assert allocations(store) == 1100
    assert log_size(store) == log_before  # nothing incoming became a local change
    store.close()
