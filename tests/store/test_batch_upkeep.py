"""Batches (bulk inserts, the district's feed) keep the search index and the counters by a
few statements: they leave what the per-row triggers would have left."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from helpers import peek_conn, peek_rows
from linju_sync.protocol.messages import FeedOperation

from linju_desktop.store import batch_upkeep, queries
from linju_desktop.store import sync_queries as q
from linju_desktop.store.database import BULK_ROWS, Store
from linju_desktop.store.queries import ListQuery
from linju_desktop.store.schema import SEARCHED, SYNCED_TABLES
from tests.store.test_counters import assert_kept

NODE = "ffffeeeeddddcccc"
BASE_MS = time.time_ns() // 1_000_000


def index_of(store: Store, table: str) -> dict[str, str]:
    """id -> the text the search index holds for it."""
    return {
        r["id"]: r["body"]
        for r in peek_rows(
            store,
            f"SELECT t.id AS id, f.body AS body FROM {table} t JOIN {table}_fts f "
            "ON f.rowid = t.rowid",
        )
    }


def triggers(store: Store) -> dict[str, str]:
    return {
        r["name"]: r["sql"]
        for r in peek_rows(store, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }


def _inactive(self: batch_upkeep.BatchUpkeep) -> batch_upkeep.BatchUpkeep:
    """The reference: no batch path, every row through the triggers."""
    self.search = self.counts = False
    self._taken = {}
    return self


def members(n: int) -> list[dict]:
    return [
        {
            "id": str(uuid.UUID(int=i + 1)),
            "name": f"党员{i}",
            "name_initials": "dy",
            "building": f"{i % 7}号楼",
            "mobile": f"139{i:08d}",
            "notes": "楼道堆放杂物" if i % 3 else None,
            "status": "active",
        }
        for i in range(n)
    ]


def bulk_then_feed(store: Store) -> None:
    rows = members(BULK_ROWS + 50)
    with store.transaction():
        store.insert_many("members", rows)
    q.table_checksums(store, list(SYNCED_TABLES))  # folded: the feed's updates move them
    ops = []
    for i in range(400):
        seq = i + 1
        stamp = f"{BASE_MS + i:013d}-0000-{NODE}"
        if i % 4 == 0:  # a new request
            changes = {"number": f"D{i:05d}", "resident": "王大妈", "description": "电梯坏了"}
            ops.append(
                FeedOperation(
                    seq,
                    f"op{i}",
                    "requests",
                    str(uuid.UUID(int=10_000 + i)),
                    "insert",
                    stamp,
                    {**changes, "state": "registered", "deleted": 0},
                )
            )
        elif i % 4 == 1:  # a name changed (the index text changes)
            row = rows[i % len(rows)]["id"]
            ops.append(
                FeedOperation(seq, f"op{i}", "members", row, "update", stamp, {"name": f"新名{i}"})
            )
        elif i % 4 == 2:  # a field the index does not hold
            row = rows[i % len(rows)]["id"]
            ops.append(
                FeedOperation(seq, f"op{i}", "members", row, "update", stamp, {"education": "本科"})
            )
        else:  # gone, or a new member
            row = rows[i % len(rows)]["id"] if i % 8 == 3 else str(uuid.UUID(int=20_000 + i))
            kind = "tombstone" if i % 8 == 3 else "insert"
            changes = {"deleted": 1} if kind == "tombstone" else {"name": f"区里{i}", "deleted": 0}
            ops.append(FeedOperation(seq, f"op{i}", "members", row, kind, stamp, changes))
    acked = peek_rows(store, "SELECT max(seq) AS s FROM change_log")[0]["s"]
    with store.transaction():  # local work acknowledged: every district field lands
        res = q.apply_feed(store, ops, acked)
    assert res.applied == len(ops) and not res.problems


def test_bulk_insert_and_feed_index_what_the_triggers_would(tmp_path: Path) -> None:
    fast = Store(tmp_path / "fast")
    before = triggers(fast)
    bulk_then_feed(fast)
    assert triggers(fast) == before  # put back as they were
    assert_kept(fast)  # counters and checksums: what a full scan gives
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(batch_upkeep.BatchUpkeep, "__enter__", _inactive)
        slow = Store(tmp_path / "slow")
        bulk_then_feed(slow)
    for table in ("members", "requests"):
        assert index_of(fast, table) == index_of(slow, table)
        assert index_of(fast, table)  # not both empty
    # the index answers searches: a renamed member by the new name, a tombstone not at all
    names = [r["name"] for r in queries.page(fast, ListQuery("members", search="新名5"))]
    assert "新名5" in names and all("新名5" in n for n in names)
    gone = str(uuid.UUID(int=4))  # rows[3]: tombstoned by the feed, so out of the index
    assert peek_rows(fast, "SELECT deleted FROM members WHERE id = ?", (gone,)) == [{"deleted": 1}]
    assert gone not in index_of(fast, "members")
    fast.close()
    slow.close()


def test_triggers_of_another_shape_stay_per_row(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    conn = peek_conn(store)
    conn.execute("DROP TRIGGER members_search_ai")
    conn.execute(
        "CREATE TRIGGER members_search_ai AFTER INSERT ON members WHEN NEW.deleted = 0 "
        "BEGIN INSERT INTO members_fts(rowid, body) VALUES (NEW.rowid, NEW.name || ' x'); END"
    )
    assert not batch_upkeep.BatchUpkeep(conn, "members").search
    with store.transaction():
        store.insert_many("members", members(BULK_ROWS))
    assert index_of(store, "members")[str(uuid.UUID(int=1))] == "党员0 x"
    store.close()


def test_a_failed_batch_leaves_index_and_triggers_as_they_were(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    before = triggers(store)
    rows = members(BULK_ROWS)
    rows[-1]["id"] = rows[0]["id"]  # the primary key refuses the batch
    with pytest.raises(Exception, match="UNIQUE"), store.transaction():
        store.insert_many("members", rows)
    assert triggers(store) == before
    assert index_of(store, "members") == {}
    store.close()


def test_the_tables_take_the_batch_path(tmp_path: Path) -> None:
    # the triggers of today's schema are recognised (else batches silently go per row)
    store = Store(tmp_path / "s")
    assert all(batch_upkeep.BatchUpkeep(peek_conn(store), t).search for t in SEARCHED)
    assert all(batch_upkeep.BatchUpkeep(peek_conn(store), t).counts for t in SYNCED_TABLES)
    store.close()


def test_a_refused_row_leaves_counts_and_index_right(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    with store.transaction():
        ids = store.insert_many("members", members(BULK_ROWS))
        store.update("members", ids[0], {"id_number": "110105194901010014"})
    q.table_checksums(store, list(SYNCED_TABLES))
    stamp = f"{BASE_MS:013d}-0000-{NODE}"
    ops = [  # a second holder of that ID number (refused here), a rename, a tombstone
        FeedOperation(
            1,
            "a",
            "members",
            str(uuid.uuid4()),
            "insert",
            stamp,
            {"name": "重号", "id_number": "110105194901010014", "deleted": 0},
        ),
        FeedOperation(2, "b", "members", ids[1], "update", stamp, {"name": "改名"}),
        FeedOperation(3, "c", "members", ids[2], "tombstone", stamp, {"deleted": 1}),
        FeedOperation(
            4, "d", "members", ids[3], "update", stamp, {"id_number": "110105194901010014"}
        ),
    ]
    acked = peek_rows(store, "SELECT max(seq) AS s FROM change_log")[0]["s"]
    with store.transaction():
        res = q.apply_feed(store, ops, acked)
    assert res.applied == 2 and len(res.problems) == 2
    assert_kept(store)
    index = index_of(store, "members")
    assert index[ids[1]].startswith("改名") and ids[2] not in index
    assert "重号" not in " ".join(index.values())
    store.close()
