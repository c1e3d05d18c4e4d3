"""The demo station: valid people, legal histories, exact money, captured changes."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest
from helpers import peek_conn, peek_rows, peek_scalar

from linju_desktop.domain.dates import anniversary
from linju_desktop.domain.identity import parse_id
from linju_desktop.domain.requests import TRANSITIONS
from linju_desktop.services import demo
from linju_desktop.store.database import Store
from linju_desktop.store.schema import SYNCED_TABLES

TODAY = dt.date(2025, 6, 15)
YEARS, MEMBERS = 2, 60


def make(tmp_path, name: str, **kw) -> tuple[Store, dict[str, int]]:
    store = Store(tmp_path / name)
    args = {"years": YEARS, "members": MEMBERS, "seed": 7, "today": TODAY, **kw}
    return store, demo.generate(store, **args)


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    store, counts = make(tmp_path_factory.mktemp("demo"), "a")
    yield store, counts
    store.close()


def make_realistic(tmp_path, name: str, **kw) -> tuple[Store, dict[str, int]]:
    store = Store(tmp_path / name)
    args = {"profile": demo.REALISTIC, "seed": 7, "today": TODAY, **kw}
    return store, demo.generate(store, **args)


@pytest.fixture(scope="module")
def realistic(tmp_path_factory):
    store, counts = make_realistic(tmp_path_factory.mktemp("demo"), "r")
    yield store, counts
    store.close()


@pytest.fixture(params=["station", "realistic"])
def any_station(request):
    """The checks that hold for every profile run on both stations."""
    return request.getfixturevalue(request.param)


def test_counts_match_the_tables_and_the_sizes(station):
    store, counts = station
    for table in SYNCED_TABLES:
        assert counts[table] == peek_scalar(store, f"SELECT count(*) FROM {table}"), table
    assert counts["members"] == MEMBERS
    assert counts["meetings"] == demo.MEETINGS_PER_YEAR * YEARS
    budget = demo.ATTENDANCE_PER_MEMBER_YEAR * MEMBERS * YEARS
    assert 0.8 * budget <= counts["attendance"] <= budget
    assert counts["requests"] == demo.REQUESTS_PER_MEMBER_YEAR * MEMBERS * YEARS
    assert 4.5 * counts["requests"] <= counts["request_events"] <= 7 * counts["requests"]
    assert abs(counts["expenses"] - demo.EXPENSES_PER_YEAR * YEARS) <= 0.05 * 2000
    assert counts["allocations"] == YEARS + 1  # the partial first and current years too
    assert {"secretary", "organisation", "propaganda", "discipline"} == {
        r["committee_role"]
        for r in peek_rows(
            store, "SELECT committee_role FROM members WHERE committee_role IS NOT NULL"
        )
    }


def test_counts_scale_with_years_and_members(tmp_path, station):
    _, small = station
    store, big = make(tmp_path, "b", years=2 * YEARS, members=2 * MEMBERS)
    store.close()
    assert big["meetings"] == 2 * small["meetings"]
    assert big["requests"] == 4 * small["requests"]
    assert 3.2 * small["attendance"] <= big["attendance"] <= 4.8 * small["attendance"]
    assert 1.8 * small["expenses"] <= big["expenses"] <= 2.2 * small["expenses"]


def test_members_have_valid_ids_and_were_adults_when_admitted(any_station):
    store, _ = any_station
    rows = peek_rows(store, "SELECT * FROM members")
    assert len({r["id_number"] for r in rows}) == len(rows)
    for r in rows:
        parsed = parse_id(r["id_number"], TODAY)
        assert not parsed.warnings
        assert parsed.gender == r["gender"]
        assert parsed.birth_date.isoformat() == r["birth_date"]
        assert 1935 <= parsed.birth_date.year <= 2000
        birth = dt.date.fromisoformat(r["birth_date"])
        joined = dt.date.fromisoformat(r["joined_date"])
        assert joined >= anniversary(birth, 18)
        assert joined <= TODAY
        if r["member_kind"] == "full":
            assert dt.date.fromisoformat(r["full_date"]) > joined
        else:
            assert r["member_kind"] == "probationary" and r["full_date"] is None
        if r["status"] == "left":
            assert r["left_date"] and r["left_reason"]


def test_request_histories_follow_the_loop(any_station):
    store, _ = any_station
    events = defaultdict(list)
    for e in peek_rows(store, "SELECT * FROM request_events ORDER BY at, created_hlc"):
        events[e["request_id"]].append(e)
    requests = peek_rows(store, "SELECT * FROM requests")
    assert set(events) == {r["id"] for r in requests}
    for req in requests:
        chain = events[req["id"]]
        first, rest = chain[0], chain[1:]
        assert (first["action"], first["from_state"], first["to_state"]) == (
            "register",
            None,
            "registered",
        )
        assert first["at"] == req["registered_at"]
        state, at = "registered", first["at"]
        for e in rest:
            sources, target = TRANSITIONS[e["action"]]
            assert state in sources and e["from_state"] == state and e["to_state"] == target
            assert e["at"] > at
            state, at = target, e["at"]
        assert state == req["state"]
        assert req["due_at"] > req["registered_at"]
        assert (req["closed_at"] is not None) == (state in ("done", "rated", "archived"))


def test_money_is_integer_fen_and_reversals_link(any_station):
    store, _ = any_station
    assert (
        peek_scalar(store, "SELECT count(*) FROM expenses WHERE typeof(amount_fen) != 'integer'")
        == 0
    )
    assert peek_scalar(store, "SELECT count(*) FROM allocations WHERE amount_fen != 1450000") == 0
    by_id = {r["id"]: r for r in peek_rows(store, "SELECT * FROM expenses")}
    reversals = [r for r in by_id.values() if r["reverses_id"]]
    for r in reversals:
        original = by_id[r["reverses_id"]]
        assert original["reverses_id"] is None
        assert r["amount_fen"] == -original["amount_fen"] and r["year"] == original["year"]
    assert all(r["amount_fen"] > 0 for r in by_id.values() if not r["reverses_id"])


def test_attendance_refers_to_members_and_meetings(station):
    store, _ = station
    orphans = peek_scalar(
        store,
        "SELECT count(*) FROM attendance a WHERE a.member_id NOT IN (SELECT id FROM members) "
        "OR a.meeting_id NOT IN (SELECT id FROM meetings)",
    )
    assert orphans == 0
    assert (
        peek_scalar(
            store, "SELECT count(*) FROM attendance WHERE status = 'absent' AND reason IS NULL"
        )
        == 0
    )
    assert peek_scalar(store, "SELECT count(*) FROM meetings WHERE status = 'final'") > 0.9 * 400


def test_change_log_has_one_insert_per_row(any_station):
    store, counts = any_station
    logged = {
        r["tbl"]: r["n"]
        for r in peek_rows(store, "SELECT tbl, count(*) AS n FROM change_log GROUP BY tbl")
    }
    assert logged == {t: n for t, n in counts.items() if n}
    assert peek_scalar(store, "SELECT count(*) FROM change_log WHERE kind != 'insert'") == 0
    assert peek_scalar(store, "SELECT count(DISTINCT row_id) FROM change_log") == sum(
        counts.values()
    )


def _content(store: Store) -> dict[str, list[tuple]]:
    out = {}
    for table, cols in SYNCED_TABLES.items():
        names = ", ".join(["id", *cols])
        out[table] = [
            tuple(r) for r in peek_conn(store).execute(f"SELECT {names} FROM {table} ORDER BY id")
        ]
    return out


def test_same_seed_same_station(tmp_path, station):
    store, _ = station
    again, _ = make(tmp_path, "again")
    other, _ = make(tmp_path, "other", seed=8)
    try:
        assert _content(again) == _content(store)
        assert _content(other)["members"] != _content(store)["members"]
    finally:
        again.close()
        other.close()


def test_refuses_a_store_with_members(station):
    store, _ = station
    with pytest.raises(ValueError):
        demo.generate(store, years=1, members=10)


def test_reports_progress(tmp_path):
    seen: list[tuple[str, int, int]] = []
    store = Store(tmp_path / "p")
    try:
        demo.generate(store, years=1, members=20, today=TODAY, progress=lambda *a: seen.append(a))
    finally:
        store.close()
    tables = {t for t, _, _ in seen}
    assert {"members", "meetings", "requests", "request_events", "expenses"} <= tables
    assert all(0 < done <= total for _, done, total in seen)


# -- the realistic station (DOMAIN.md, "What one branch's year looks like") -----------
WHOLE_YEAR = str(TODAY.year - 1)  # REALISTIC covers last year whole and this year so far


def _per_type(store: Store, year: str) -> dict[str, int]:
    rows = peek_rows(
        store,
        "SELECT type, count(*) AS n FROM meetings WHERE substr(date, 1, 4) = ? GROUP BY type",
        [year],
    )
    return {r["type"]: r["n"] for r in rows}


def test_realistic_branch_has_the_domain_sizes(realistic):
    store, counts = realistic
    assert counts["members"] == demo.REALISTIC.members == 40
    assert 4 <= counts["party_groups"] <= 5
    assert 8 <= peek_scalar(store, "SELECT count(*) FROM members WHERE is_centre_household") <= 10
    assert counts["allocations"] == demo.REALISTIC.years == 2
    assert peek_scalar(store, "SELECT min(date) FROM meetings") >= f"{WHOLE_YEAR}-01-01"
    assert (
        len(peek_rows(store, "SELECT DISTINCT committee_role FROM members")) == 5
    )  # 4 roles + NULL


def test_realistic_meetings_follow_the_yearly_rhythm(realistic):
    store, counts = realistic
    by_type = _per_type(store, WHOLE_YEAR)
    neighbour = by_type.pop("neighbour")
    assert 6 <= neighbour <= 8
    assert by_type == {
        "committee": 12,
        "group": 12 * counts["party_groups"],
        "party_class": 4,
        "branch_assembly": 4,
        "theme_day": 12,
        "life_meeting": 1,
        "joint": 4,
    }
    assert 90 <= sum(by_type.values()) + neighbour <= 110
    residents = peek_rows(store, "SELECT resident_count FROM meetings WHERE type = 'neighbour'")
    assert residents and all(5 <= r["resident_count"] <= 15 for r in residents)


def test_realistic_register_names_no_missing_period(realistic):
    """The realistic branch holds its joint meetings quarterly and says so in Settings, so its
    printed register of a whole year names no month or quarter without a meeting."""
    from linju_desktop.reports.catalogue import Order, build
    from linju_desktop.reports.period import Period

    store, _ = realistic
    assert store.get_setting("meeting_rhythms")["joint"] == "quarterly"
    period = Period.year(int(WHOLE_YEAR))
    doc = build(store, Order("meetings", period=period), today=period.end)
    summary = {row[0]: row for row in doc.tables()[1].rows}
    assert summary["联席会（三方联动）"][2:4] == [4, 4]
    assert {row[-1] for row in summary.values()} <= {"无", "—", ""}, summary


def test_realistic_meetings_have_full_rolls(realistic):
    store, _ = realistic
    members = peek_rows(store, "SELECT * FROM members")
    group_of_name = {
        r["name"]: r["id"] for r in peek_rows(store, "SELECT id, name FROM party_groups")
    }
    rolls: dict[str, set[str]] = defaultdict(set)
    for a in peek_rows(store, "SELECT meeting_id, member_id FROM attendance"):
        rolls[a["meeting_id"]].add(a["member_id"])
    for m in peek_rows(store, "SELECT * FROM meetings"):
        day = m["date"]
        active = [
            r
            for r in members
            if r["joined_date"] <= day and (r["left_date"] is None or r["left_date"] > day)
        ]
        if m["type"] in ("joint", "neighbour"):
            expected = set()  # no roster: residents and partners are counted, not rolled
        elif m["type"] == "committee":
            expected = {r["id"] for r in active if r["committee_role"]}
        elif m["type"] == "group":
            building = m["title"].split("月", 1)[1].removesuffix("党小组会")
            group = group_of_name[f"{building}党小组"]
            expected = {r["id"] for r in active if r["party_group_id"] == group}
        else:
            expected = {r["id"] for r in active}
        assert rolls.get(m["id"], set()) == expected, m["title"]
        assert m["type"] in ("joint", "neighbour") or expected


def test_realistic_requests_and_funds(realistic):
    store, _ = realistic
    requests = peek_scalar(
        store, "SELECT count(*) FROM requests WHERE substr(registered_at, 1, 4) = ?", [WHOLE_YEAR]
    )
    assert 30 <= requests <= 50
    year = int(WHOLE_YEAR)
    entries = peek_rows(store, "SELECT * FROM expenses WHERE year = ?", [year])
    assert 30 <= len(entries) <= 80
    reversed_ids = {e["reverses_id"] for e in entries if e["reverses_id"]}
    standing = [e for e in entries if not e["reverses_id"] and e["id"] not in reversed_ids]
    # Tens to a few thousand yuan.
    assert all(2_000 <= e["amount_fen"] <= 500_000 for e in standing)
    spent = sum(e["amount_fen"] for e in entries)
    allocation = peek_scalar(store, "SELECT amount_fen FROM allocations WHERE year = ?", [year])
    assert allocation == 1_450_000
    assert 0.93 * allocation <= spent <= allocation
    assert not any(e["overdraw_reason"] for e in entries)
    reversals = peek_scalar(store, "SELECT count(*) FROM expenses WHERE reverses_id IS NOT NULL")
    assert 1 <= reversals <= 5


def test_realistic_same_seed_same_station(tmp_path, realistic):
    store, _ = realistic
    again, _ = make_realistic(tmp_path, "again")
    other, _ = make_realistic(tmp_path, "other", seed=8)
    try:
        assert _content(again) == _content(store)
        assert _content(other)["members"] != _content(store)["members"]
    finally:
        again.close()
        other.close()


def test_realistic_early_in_january(tmp_path):
    # Two days into the year: the previous whole year carries the station.
    store, counts = make_realistic(tmp_path, "jan", today=dt.date(2026, 1, 2))
    try:
        assert counts["allocations"] == 2
        assert 90 <= sum(_per_type(store, "2025").values()) <= 110
        assert not peek_scalar(store, "SELECT count(*) FROM meetings WHERE date > '2026-01-02'")
    finally:
        store.close()


# -- the neighbourhood's books ---------------------------------------------------------
def test_neighbourhood_work_follows_the_rules(any_station):
    from linju_desktop.domain import consultations as crules
    from linju_desktop.services import consultations as cons
    from linju_desktop.services import volunteering as vol
    from linju_desktop.store.reads import neighbourhood as reads

    store, counts = any_station
    assert counts["tasks"] and counts["service_hours"] and counts["points_ledger"]
    assert counts["activity_items"] == 39 and counts["consultations"]
    over = peek_rows(
        store,
        "SELECT volunteer_id, day FROM service_hours GROUP BY volunteer_id, day "
        "HAVING sum(minutes) > 1440 OR min(minutes) <= 0",
    )
    assert over == []
    # hours only on tasks carried out, by people who took them
    assert not peek_rows(
        store,
        "SELECT h.id FROM service_hours h JOIN tasks t ON t.id = h.task_id "
        "WHERE t.state NOT IN ('done', 'rated') OR NOT EXISTS (SELECT 1 FROM task_takers k "
        "WHERE k.task_id = t.id AND k.volunteer_id = h.volunteer_id)",
    )
    for v in reads.volunteers(store):
        assert vol.balance(store, v["id"]) >= 0, v["name"]
    assert all(g["left"] >= 0 for g in reads.goods(store))
    for c in reads.consultations(store):
        t = cons.tally(store, c["id"])
        if c["status"] == "final":
            assert (c["outcome"] in ("approved", "carried_out")) == t.passes, c["title"]
        if c["total_fen"]:
            assert sum(cons.cost_sharing(store, c["id"]).shares.values()) == c["total_fen"]
        assert c["matter"] in crules.MATTERS
    assert peek_scalar(store, "SELECT count(*) FROM votes") == peek_scalar(
        store, "SELECT count(DISTINCT household_id) FROM votes"
    )
    assert peek_scalar(store, "SELECT count(*) FROM tasks") == peek_scalar(
        store, "SELECT count(DISTINCT number) FROM tasks"
    )
    assert not peek_rows(
        store, "SELECT id FROM tasks WHERE substr(number, 2, 4) != substr(date, 1, 4)"
    )


def test_realistic_neighbourhood_has_the_domain_sizes(realistic):
    from linju_desktop.reports.figures import station_figures
    from linju_desktop.reports.period import Period

    store, _ = realistic
    n = station_figures(store, Period.year(int(WHOLE_YEAR)))["neighbourhood"]
    assert 12 <= n["activities"] <= 30  # about 17 a year, errands besides
    assert 300 * 60 <= n["service_minutes"] <= 900 * 60  # some 570 hours
    assert 0 <= n["consultations_held"] <= 3


def test_no_template_placeholder_is_left_in_any_text(any_station):
    # the tasks' places once printed "{community}党群服务站…" on the task list
    store, _ = any_station
    leftovers = [
        (table, value)
        for table, rows in _content(store).items()
        for row in rows
        for value in row
        if isinstance(value, str) and re.search(r"\{[a-z_]+\}", value)
    ]
    assert leftovers == []
