"""Keyset paging walks a list in exactly the order one ORDER BY gives, whatever the page
size, the sort column, its direction, empty values and ties; counts agree with scans."""

from __future__ import annotations

from helpers import peek_conn, peek_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linju_desktop.store import queries
from linju_desktop.store.database import Store
from linju_desktop.store.queries import ListQuery


def everything(store: Store, q: ListQuery) -> list[str]:
    where, params = queries._where(q)
    if q.order_by:
        d = "DESC" if q.descending else "ASC"
        order = f" ORDER BY {q.order_by} {d}, rowid {d}"
    else:
        order = " ORDER BY rowid"
    return [r["id"] for r in peek_rows(store, f"SELECT id FROM {q.table}{where}{order}", params)]


def walked(store: Store, q: ListQuery, size: int) -> list[str]:
    out: list[str] = []
    cursor = None
    while True:
        rows, cursor = queries.page_after(store, q, size, cursor)
        out.extend(r["id"] for r in rows)
        assert all("_k" not in r for r in rows)
        if len(rows) < size:
            return out


buildings = st.one_of(st.none(), st.sampled_from(["1号楼", "2号楼", "3号楼"]))
members = st.lists(
    st.tuples(
        buildings, st.one_of(st.none(), st.sampled_from(["a", "b", "c", "d"])), st.booleans()
    ),
    max_size=40,
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=members,
    order=st.sampled_from(["", "building", "name_initials", "mobile"]),
    descending=st.booleans(),
    size=st.integers(1, 7),
    only=st.one_of(st.none(), st.sampled_from(["1号楼", "2号楼"])),
)
def test_keyset_pages_follow_the_order(tmp_path_factory, rows, order, descending, size, only):
    with Store(tmp_path_factory.mktemp("p")) as store:
        ids = [
            store.insert("members", {"name": "张", "building": b, "name_initials": n})
            for b, n, _gone in rows
        ]
        with store.transaction():
            for row_id, (_b, _n, gone) in zip(ids, rows, strict=True):
                if gone:
                    peek_conn(store).execute(
                        "UPDATE members SET deleted = 1, updated_hlc = ? WHERE id = ?",
                        (store._tick(), row_id),
                    )
        q = ListQuery("members", {"building": only}, order_by=order, descending=descending)
        assert walked(store, q, size) == everything(store, q)
        assert queries.count(store, q) == len(everything(store, q))
        assert [r["id"] for r in queries.page(store, q, limit=1000)] == everything(store, q)


def test_short_searches_read_the_newest_records_only(tmp_path, monkeypatch):
    monkeypatch.setattr(queries, "SHORT_SCAN_ROWS", 5)
    with Store(tmp_path / "data") as store:
        old = store.insert("members", {"name": "电梯甲"})
        for i in range(5):
            store.insert("members", {"name": f"成员{i}"})
        new = store.insert("members", {"name": "电梯乙"})
        q = ListQuery("members", search="电梯")
        assert [r["id"] for r in queries.page(store, q)] == [new]
        assert queries.search_is_bounded(store, "members", "电梯")
        assert not queries.search_is_bounded(store, "members", "电梯甲")
        # three characters and more use the trigram index over every record
        assert [r["id"] for r in queries.page(store, ListQuery("members", search="电梯甲"))] == [
            old
        ]
        assert [h.id for h in queries.search_all(store, "电梯")] == [new]


def test_short_searches_find_text_in_a_large_table(tmp_path):
    # FTS5's own LIKE answers two characters with nothing once the table is large enough
    # to have several index segments; the bounded scan must still find them
    with Store(tmp_path / "data") as store:
        store.insert_many(
            "requests",
            [{"description": f"{'电梯坏了' if i % 7 == 0 else '路灯'} {i}"} for i in range(3000)],
        )
        q = ListQuery("requests", search="电梯")
        assert queries.count(store, q) == len(range(0, 3000, 7))
        assert queries.count(store, ListQuery("requests", search="Z")) == 0
        assert len(queries.search_all(store, "梯")) == 50


def test_short_searches_take_wildcards_and_case_literally(tmp_path):
    with Store(tmp_path / "data") as store:
        ids = {
            text: store.insert("members", {"name": text})
            for text in ("张三 50%", "李四 5_0", "王五 AB", "赵六 a\\b", "钱七 500")
        }

        def found(text: str) -> set[str]:
            return {r["id"] for r in queries.page(store, ListQuery("members", search=text))}

        assert found("0%") == {ids["张三 50%"]}
        assert found("_") == {ids["李四 5_0"]}
        assert found("ab") == {ids["王五 AB"]}  # ASCII letters in either case
        assert found("\\") == {ids["赵六 a\\b"]}
        assert found("0") == {ids["张三 50%"], ids["李四 5_0"], ids["钱七 500"]}
        # a record edited or deleted is found by what it says now
        store.update("members", ids["钱七 500"], {"name": "钱七"})
        store.tombstone("members", ids["张三 50%"])
        assert found("0") == {ids["李四 5_0"]}
