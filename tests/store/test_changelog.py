"""Every write to a synced table leaves a change-log row in the same transaction."""

from __future__ import annotations

import json
import sqlite3

import pytest
from helpers import peek_conn, peek_rows, peek_scalar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linju_desktop.store.database import Store
from linju_desktop.store.schema import SYNCED_TABLES


def rebuild_from_log(store: Store) -> dict[str, dict[str, dict]]:
    """Replay the change log into plain dicts: table -> id -> columns."""
    tables: dict[str, dict[str, dict]] = {t: {} for t in SYNCED_TABLES}
    for entry in peek_rows(store, "SELECT * FROM change_log ORDER BY seq"):
        changes = json.loads(entry["changes"])
        rows = tables[entry["tbl"]]
        if entry["kind"] == "insert":
            row = dict.fromkeys(SYNCED_TABLES[entry["tbl"]])
            row["deleted"] = 0
            row.update(changes)
            rows[entry["row_id"]] = row
        else:
            assert entry["prev_hlc"] is not None
            rows[entry["row_id"]].update(changes)
        rows[entry["row_id"]]["updated_hlc"] = entry["hlc"]
    return tables


def actual(store: Store) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = {}
    for table, cols in SYNCED_TABLES.items():
        out[table] = {
            r["id"]: {c: r[c] for c in [*cols, "deleted", "updated_hlc"]}
            for r in peek_rows(store, f"SELECT * FROM {table}")
        }
    return out


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "data")
    yield s
    s.close()


names = st.text(alphabet="张王李赵陈刘杨黄周吴abc", min_size=1, max_size=6)
ops = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), names),
        st.tuples(st.just("update"), st.integers(0, 50), names),
        st.tuples(st.just("tombstone"), st.integers(0, 50)),
        st.tuples(st.just("noop"), st.integers(0, 50)),
    ),
    max_size=40,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=ops)
def test_replaying_the_log_rebuilds_every_table(tmp_path_factory, ops):
    store = Store(tmp_path_factory.mktemp("cl"))
    try:
        ids: list[str] = []
        for op in ops:
            if op[0] == "insert":
                with store.transaction():
                    ids.append(store.insert("members", {"name": op[1], "status": "active"}))
                    store.insert("requests", {"resident": op[1], "state": "registered"})
            elif ids and op[0] == "update":
                store.update("members", ids[op[1] % len(ids)], {"name": op[2], "notes": op[2]})
            elif ids and op[0] == "tombstone":
                store.tombstone("members", ids[op[1] % len(ids)])
            elif ids and op[0] == "noop":
                # same values: no change, so no log row and no new stamp
                row = store.get("members", ids[op[1] % len(ids)], include_deleted=True)
                assert row is not None
                assert store.update("members", row["id"], {"name": row["name"]}) is False
        assert rebuild_from_log(store) == actual(store)
    finally:
        store.close()


def test_raw_sql_writes_are_captured_or_refused(store):
    with store.transaction():
        mid = store.insert("members", {"name": "张三", "status": "active"})
    before = peek_scalar(store, "SELECT count(*) FROM change_log")
    # a write that forgets the stamp is refused by the guard trigger
    with pytest.raises(sqlite3.IntegrityError, match="updated_hlc"):
        peek_conn(store).execute("UPDATE members SET name = '李四' WHERE id = ?", (mid,))
    # rows are never deleted, only tombstoned
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        peek_conn(store).execute("DELETE FROM members WHERE id = ?", (mid,))
    # a hand-written update with a stamp is still logged
    peek_conn(store).execute(
        "UPDATE members SET name = '李四', updated_hlc = '9999999999999-0000-0000000000000000' "
        "WHERE id = ?",
        (mid,),
    )
    assert peek_scalar(store, "SELECT count(*) FROM change_log") == before + 1
    assert rebuild_from_log(store) == actual(store)


def test_a_failed_action_leaves_neither_data_nor_log(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("members", {"name": "王五", "status": "active"})
        raise RuntimeError("the user's action failed half-way")
    assert peek_scalar(store, "SELECT count(*) FROM members") == 0
    assert peek_scalar(store, "SELECT count(*) FROM change_log") == 0


def test_log_rows_carry_previous_values_and_increasing_stamps(store):
    with store.transaction():
        mid = store.insert("members", {"name": "赵六", "status": "active"})
    store.update("members", mid, {"name": "赵陆", "mobile": "13800138000"})
    store.tombstone("members", mid)
    log = peek_rows(store, "SELECT * FROM change_log ORDER BY seq")
    assert [e["kind"] for e in log] == ["insert", "update", "tombstone"]
    assert json.loads(log[1]["previous"]) == {"name": "赵六", "mobile": None}
    assert json.loads(log[1]["changes"]) == {"name": "赵陆", "mobile": "13800138000"}
    assert log[1]["prev_hlc"] == log[0]["hlc"]
    stamps = [e["hlc"] for e in log]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert len({e["op_id"] for e in log}) == 3


def test_expenses_are_append_only_and_final_minutes_read_only(store):
    with store.transaction():
        eid = store.insert("expenses", {"year": 2026, "amount_fen": 100, "date": "2026-01-02"})
        meet = store.insert("meetings", {"type": "committee", "status": "final"})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.update("expenses", eid, {"amount_fen": 50})
    with pytest.raises(sqlite3.IntegrityError, match="read-only"):
        store.update("meetings", meet, {"minutes": "changed later"})


def test_bulk_inserts_log_exactly_what_the_trigger_would(store):
    from linju_desktop.store.database import BULK_ROWS

    rows = [
        {"name": f"成员{i}", "status": "active", "building": str(i % 7)}
        for i in range(BULK_ROWS + 50)
    ]
    with store.transaction():
        store.insert("members", {"name": "单条", "status": "active", "building": "1"})
        store.insert_many("members", rows)
    log = peek_rows(store, "SELECT * FROM change_log ORDER BY seq")
    assert len(log) == len(rows) + 1
    # the single (trigger-written) row and a bulk-written row have the same shape
    assert set(json.loads(log[0]["changes"])) == set(json.loads(log[1]["changes"]))
    assert rebuild_from_log(store) == actual(store)
    trigger = "SELECT count(*) FROM sqlite_master WHERE name = 'members_log_insert'"
    assert peek_scalar(store, trigger) == 1


def test_a_failed_bulk_insert_restores_the_trigger_and_writes_nothing(store):
    from linju_desktop.store.database import BULK_ROWS

    rows = [{"id": "same-id", "name": "重复"}] * (BULK_ROWS + 1)  # primary key clash
    with pytest.raises(sqlite3.IntegrityError):
        store.insert_many("members", rows)
    assert peek_scalar(store, "SELECT count(*) FROM members") == 0
    assert peek_scalar(store, "SELECT count(*) FROM change_log") == 0
    assert peek_scalar(
        store, "SELECT count(*) FROM sqlite_master WHERE name = 'members_log_insert'"
    )
    with store.transaction():
        store.insert("members", {"name": "之后"})
    assert peek_scalar(store, "SELECT count(*) FROM change_log") == 1


def test_compaction_thins_only_what_the_district_acknowledged(store):
    from linju_desktop.store import changelog
    from linju_desktop.store.reads import changes

    a = store.insert("members", {"name": "张三", "mobile": "1"})
    b = store.insert("members", {"name": "李四"})
    for mobile in ("2", "3", "4"):
        store.update("members", a, {"mobile": mobile})
    store.update("members", b, {"notes": "备注"})
    acked = changes.last_seq(store)
    store.update("members", a, {"name": "张三丰", "mobile": "5"})  # not acknowledged
    unacked = peek_rows(store, "SELECT * FROM change_log WHERE seq > ?", (acked,))
    state = actual(store)
    assert changelog.compact(store) == 0  # nothing acknowledged yet
    store.set_setting("sync_uploaded_seq", acked)
    assert changelog.compact(store) == 4
    log = peek_rows(store, "SELECT * FROM change_log ORDER BY seq")
    assert [(r["row_id"], r["kind"], r["changes"]) for r in log[:2]] == [
        (a, "compacted", "{}"),
        (b, "compacted", "{}"),
    ]
    assert log[0]["prev_hlc"] is None  # inserted here
    assert log[2:] == unacked  # untouched
    assert actual(store) == state  # the records themselves never change
    assert changes.pending_changes(store) == 1
    assert changelog.compact(store) == 0  # nothing new acknowledged

    # re-enrolled elsewhere: the thin rows become inserts of the acknowledged state, and
    # the log replays to the records again
    with store.transaction():
        assert changelog.rehydrate(store) == 2
    log = peek_rows(store, "SELECT * FROM change_log ORDER BY seq")
    assert json.loads(log[0]["changes"]) == {"name": "张三", "mobile": "4", "deleted": 0}
    assert json.loads(log[1]["changes"]) == {"name": "李四", "notes": "备注", "deleted": 0}
    assert log[2] == unacked[0]
    assert rebuild_from_log(store) == state


def test_compaction_goes_on_where_it_stopped_and_keeps_tombstones(store):
    from linju_desktop.store import changelog
    from linju_desktop.store.reads import changes

    row = store.insert("members", {"name": "王五", "mobile": "1"})
    store.set_setting("sync_uploaded_seq", changes.last_seq(store))
    assert changelog.compact(store) == 0  # one row: thinned, none removed
    store.update("members", row, {"mobile": "2"})
    store.update("members", row, {"mobile": "3", "notes": "n"})
    with store.transaction():
        peek_conn(store).execute(
            "UPDATE members SET deleted = 1, updated_hlc = ? WHERE id = ?", (store._tick(), row)
        )
    store.set_setting("sync_uploaded_seq", changes.last_seq(store))
    assert changelog.compact(store) == 3
    (log,) = peek_rows(store, "SELECT * FROM change_log")
    assert log["kind"] == "compacted"
    with store.transaction():
        changelog.rehydrate(store)
    assert json.loads(peek_scalar(store, "SELECT changes FROM change_log")) == {
        "name": "王五",
        "mobile": "3",
        "notes": "n",
        "deleted": 1,
    }
    assert rebuild_from_log(store) == actual(store)


@pytest.mark.parametrize("span, chunk", [(1, 1), (3, 2)])
def test_compaction_in_small_steps_leaves_what_one_pass_does(tmp_path, span, chunk):
    from linju_desktop.store import changelog
    from linju_desktop.store.reads import changes

    logs = []
    for name, steps in (("one", {}), ("small", {"span": span, "chunk": chunk})):
        with Store(tmp_path / name) as store:
            ids = [store.insert("members", {"name": f"成员{i}"}) for i in range(6)]
            store.update("members", ids[1], {"notes": "a"})
            store.update("members", ids[4], {"notes": "b"})
            store.update("members", ids[1], {"notes": "c"})
            store.set_setting("sync_uploaded_seq", changes.last_seq(store) - 1)
            store.update("members", ids[2], {"notes": "d"})  # not acknowledged
            assert changelog.compact(store, **steps) == 2
            logs.append(
                [
                    (r["row_id"], r["kind"], r["changes"], r["previous"])
                    for r in peek_rows(store, "SELECT * FROM change_log ORDER BY seq")
                ]
            )
            ids_of = {i: n for n, i in enumerate(ids)}
            logs[-1] = [(ids_of[r[0]], *r[1:]) for r in logs[-1]]
    assert logs[0] == logs[1]
    assert [kind for _i, kind, *_ in logs[0]] == ["compacted"] * 6 + ["update", "update"]
