"""Property test: compacting the change log (changelog.compact) never changes what sync
achieves. Stations edit, add and tombstone records, the district edits too, and in any
order they sync, compact, back up and restore a backup (one taken since their last sync:
an older one would lose work the district already holds, which no log can bring back).
At the end every station syncs and must equal the district, with no needs-attention item
but conflicts and no checksum disagreement; then each station is enrolled on a second,
empty district server, which must end up with exactly the station's records although
everything acknowledged had been compacted to thin rows (changelog.rehydrate fills them
from the records again).

A real `linju-server` process per district (the `district` fixture and one more here)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from helpers import peek_conn, peek_rows
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from linju_sync.server.db import Database, default_url
from linju_sync.server.ingest import district_write
from linju_sync.server.service import Server
from sync_support import District, comparable, district, enrolled_store  # noqa: F401

from linju_desktop.services import sync as sync_service
from linju_desktop.services.exporting import export_all
from linju_desktop.services.restore import restore
from linju_desktop.store import backup, changelog
from linju_desktop.store.database import Store

FIELDS = ["name", "mobile", "notes", "building"]
_counter = itertools.count()

step = st.one_of(
    st.tuples(
        st.sampled_from(["edit", "district"]),
        st.integers(0, 1),
        st.integers(0, 5),
        st.sampled_from(FIELDS),
    ),
    st.tuples(
        st.sampled_from(["add", "tombstone", "sync", "compact", "backup", "restore"]),
        st.integers(0, 1),
        st.integers(0, 5),
        st.just(""),
    ),
)


class Station:
    def __init__(self, folder: Path, store: Store, sid: str, members: list[str]) -> None:
        self.folder, self.store, self.sid, self.members = folder, store, sid, members
        self.fresh_backup: Path | None = None  # a backup taken since the last sync
        self.district_edited = False


def sync(st_: Station) -> None:
    report = sync_service.run_sync(st_.store, retries=0, backoff=0.0)
    assert report.error is None, report.error
    assert not report.mismatched, report.mismatched
    st_.fresh_backup = None


def exported(store: Store, path: Path) -> dict:
    export_all(store, path)
    return comparable(json.loads(path.read_text(encoding="utf-8")))


# The main suite runs the first generated examples; the `fault` mark (.ci/run's later
# step) runs the full count.
QUICK_EXAMPLES, FULL_EXAMPLES = 2, 6


@pytest.mark.parametrize(
    "examples",
    [
        pytest.param(QUICK_EXAMPLES, id="sqlite"),
        pytest.param(FULL_EXAMPLES, id="sqlite-full", marks=pytest.mark.fault),
    ],
)
def test_sync_converges_across_compactions_and_restores(
    tmp_path_factory,
    district,  # noqa: F811
    examples,
):
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],  # shrinking takes many minutes of servers
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(program=st.lists(step, min_size=6, max_size=24))
    def converges(program):
        check_program(tmp_path_factory, district, program)

    converges()


def check_program(tmp_path_factory, district, program):  # noqa: F811
    tmp = tmp_path_factory.mktemp("compaction")
    inproc = Server(Database(default_url(district.data_dir), migrate=False), district.data_dir)
    second = District(tmp / "second")
    second.start()
    try:
        stations = []
        for k in range(2):
            sid = district.add_station(f"第{next(_counter)}党支部")
            store = enrolled_store(tmp / f"station{k}", district, sid)
            with store.transaction():
                members = [
                    store.insert("members", {"name": f"党员{k}-{i}", "status": "active"})
                    for i in range(3)
                ]
            st_ = Station(tmp / f"station{k}", store, sid, members)
            sync(st_)
            stations.append(st_)
        for kind, k, m, arg in program:
            st_ = stations[k]
            mid = st_.members[m % len(st_.members)]
            value = f"v{next(_counter)}"
            if kind == "edit":
                st_.store.update("members", mid, {arg: value})
            elif kind == "district":
                st_.district_edited = True
                with inproc.db.write(st_.sid) as c:
                    district_write(c, inproc.clock, st_.sid, "members", mid, {arg: value + "d"})
            elif kind == "add":
                st_.members.append(st_.store.insert("members", {"name": value}))
            elif kind == "tombstone":
                with st_.store.transaction():
                    peek_conn(st_.store).execute(
                        "UPDATE members SET deleted = 1 - deleted, updated_hlc = ? WHERE id = ?",
                        (st_.store._tick(), mid),
                    )
            elif kind == "sync":
                sync(st_)
            elif kind == "compact":
                changelog.compact(st_.store, chunk=2)
            elif kind == "backup":
                st_.fresh_backup = backup.make_backup(st_.store)
            elif kind == "restore" and st_.fresh_backup is not None:
                restore(st_.folder, st_.fresh_backup, current=st_.store)
                st_.store = Store(st_.folder)
                known = {r["id"] for r in peek_rows(st_.store, "SELECT id FROM members")}
                st_.members = [x for x in st_.members if x in known]
        for k, st_ in enumerate(stations):
            for _ in range(2):
                sync(st_)
            changelog.compact(st_.store)
            sync(st_)  # idle, after compaction: checksums still agree
            items = sync_service.status(st_.store).attention
            assert {i["status"] for i in items} <= {"conflict"}, items
            mine = exported(st_.store, tmp / f"mine{k}.json")
            theirs = comparable(district.export(st_.sid, tmp / f"district{k}.json"))
            assert theirs == mine, f"station {k} diverged; program {program}"
            # a new, empty server gets everything again from the compacted log
            sid2 = second.add_station(f"第{next(_counter)}党支部")
            sync_service.enroll_station(st_.store, second.url, second.enrollment_code(sid2))
            sync(st_)
            again = comparable(second.export(sid2, tmp / f"second{k}.json"))
            assert again == exported(st_.store, tmp / f"mine{k}b.json"), program
            st_.store.close()
    finally:
        second.stop()
        inproc.db.dispose()
