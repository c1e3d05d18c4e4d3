"""Counts and checksums kept by triggers (store/counters.py) always equal what a full scan
gives: after any mix of writes, bulk inserts, tombstones, writes from a plain sqlite3
session, rolled-back transactions and moves of the acknowledged position."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import peek_conn, peek_rows, peek_scalar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linju_sync.protocol.messages import table_checksum

from linju_desktop.store import sync_queries
from linju_desktop.store.database import BULK_ROWS, Store
from linju_desktop.store.paths import DB_FILENAME
from linju_desktop.store.queries import ListQuery, count
from linju_desktop.store.reads import changes
from linju_desktop.store.schema import SYNCED_TABLES

FIXTURES = Path(__file__).parent / "fixtures"


def scanned(store: Store) -> tuple[int, dict[str, int], dict[str, object]]:
    up = changes.uploaded_seq(store)
    pending = peek_scalar(store, "SELECT count(*) FROM change_log WHERE seq > ?", (up,))
    live = {
        t: peek_scalar(store, f"SELECT count(*) FROM {t} WHERE deleted = 0") for t in SYNCED_TABLES
    }
    sums = {
        t: table_checksum(
            peek_conn(store).execute(f"SELECT id, updated_hlc, deleted FROM {t}").fetchall()
        )
        for t in SYNCED_TABLES
    }
    return pending, live, sums


def assert_kept(store: Store) -> None:
    pending, live, sums = scanned(store)
    assert changes.pending_changes(store) == pending
    up = changes.uploaded_seq(store)
    per_table = peek_rows(
        store, "SELECT tbl, count(*) AS n FROM change_log WHERE seq > ? GROUP BY tbl", (up,)
    )
    assert {r["tbl"]: r["n"] for r in changes.pending_by_table(store)} == {
        r["tbl"]: r["n"] for r in per_table
    }
    assert changes.live_counts(store, SYNCED_TABLES) == live
    assert sync_queries.table_checksums(store, list(SYNCED_TABLES)) == sums
    assert peek_scalar(store, "SELECT count(*) FROM checksum_dirty") == 0  # all folded
    # a second read folds nothing and answers the same
    assert sync_queries.table_checksums(store, list(SYNCED_TABLES)) == sums


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "data")
    yield s
    s.close()


names = st.text(alphabet="张王李赵陈abc", min_size=1, max_size=5)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), names),
        st.tuples(st.just("update"), st.integers(0, 30), names),
        st.tuples(st.just("tombstone"), st.integers(0, 30)),
        st.tuples(st.just("raw"), st.integers(0, 30)),
        st.tuples(st.just("rollback"), names),
        st.tuples(st.just("ack"), st.integers(0, 60)),
        st.tuples(st.just("check"), st.just(0)),
    ),
    max_size=30,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(program=steps)
def test_counters_and_checksums_match_a_full_scan(tmp_path_factory, program):
    with Store(tmp_path_factory.mktemp("st")) as store:
        ids: list[str] = []
        for step in program:
            kind = step[0]
            if kind == "insert":
                ids.append(store.insert("members", {"name": step[1]}))
            elif kind == "update" and ids:
                store.update("members", ids[step[1] % len(ids)], {"name": step[2]})
            elif kind == "tombstone" and ids:
                with store.transaction():
                    row_id = ids[step[1] % len(ids)]
                    peek_conn(store).execute(
                        "UPDATE members SET deleted = 1 - deleted, updated_hlc = ? WHERE id = ?",
                        (store._tick(), row_id),
                    )
            elif kind == "raw" and ids:
                # a hand-run sqlite3 session: no function of this program is registered
                raw = sqlite3.connect(store.path)
                with raw:
                    raw.execute(
                        "UPDATE members SET notes = 'x', updated_hlc = updated_hlc || 'z' "
                        "WHERE id = ?",
                        (ids[step[1] % len(ids)],),
                    )
                raw.close()
            elif kind == "rollback":
                with pytest.raises(RuntimeError), store.transaction():
                    store.insert("members", {"name": step[1]})
                    raise RuntimeError
            elif kind == "ack":
                top = changes.last_seq(store)
                store.set_setting("sync_uploaded_seq", min(step[1], top))
            elif kind == "check":
                assert_kept(store)
        assert_kept(store)


def test_bulk_inserts_and_list_totals(store):
    store.insert_many("members", [{"name": f"甲{i}"} for i in range(BULK_ROWS + 5)])
    assert count(store, ListQuery("members")) == BULK_ROWS + 5
    assert_kept(store)
    store.set_setting("sync_uploaded_seq", changes.last_seq(store))
    assert changes.pending_changes(store) == 0
    store.set_setting("sync_uploaded_seq", 0)  # a new server: everything goes up again
    assert_kept(store)


def test_a_version_3_station_gets_its_counts_and_checksums(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURES / "station-v3.sqlite3", folder / DB_FILENAME)
    with Store(folder) as store:
        assert changes.pending_changes(store) == peek_scalar(
            store, "SELECT count(*) FROM change_log"
        )
        assert_kept(store)
        store.update("members", "m1", {"mobile": "13800000009"})
        assert_kept(store)
