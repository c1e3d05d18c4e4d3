"""The shared figure definitions (linju_sync.figures), on hand-made rows."""

from __future__ import annotations

import datetime as dt

import pytest
from linju_sync import figures

Y = 2025
START, END = figures.year_period(Y)


def _figs(**rows):
    base = dict(
        members=[],
        party_groups=[],
        transfers=[],
        meetings=[],
        requests=[],
        first_responses={},
        allocations=[],
        expenses=[],
    )
    base.update(rows)
    return figures.station_figures(start=START, end=END, **base)


def test_members_on_the_roll_at_period_end_and_their_changes():
    f = _figs(
        members=[
            {"joined_date": "2000-01-01", "full_date": "2001-01-01"},
            {"joined_date": "2025-03-01", "full_date": None},  # admitted, probationary
            {"joined_date": "2024-06-01", "full_date": "2025-06-01", "is_centre_household": 1},
            {"joined_date": "1990-01-01", "full_date": "1991-01-01", "left_date": "2025-05-01",
             "left_reason": "因病去世"},
            {"joined_date": "2026-01-05", "full_date": None},  # after the period
        ],
        transfers=[
            {"direction": "out", "issued_date": "2025-02-01"},
            {"direction": "in", "issued_date": "2025-12-31"},
            {"direction": "in", "issued_date": "2024-12-31"},
        ],
    )  # fmt: skip
    assert f["members"] == 3
    assert f["members_by_kind"] == {"full": 2, "probationary": 1}
    assert f["centre_households"] == 1
    assert f["member_changes"] == {
        "admitted": 1,
        "became_full": 1,
        "transferred_in": 1,
        "transferred_out": 1,
        "passed_away": 1,
    }


def test_requests_by_local_day_lists_and_rates():
    reqs = [
        # 2024-12-31 17:00 UTC is 2025-01-01 01:00 in Beijing: counts for 2025
        {"id": "a", "registered_at": "2024-12-31T17:00:00Z", "due_at": "2025-01-08T01:00:00Z",
         "state": "rated", "rating": "satisfied"},
        # 2025-12-31 16:30 UTC is already 2026 in Beijing: not counted
        {"id": "b", "registered_at": "2025-12-31T16:30:00Z", "state": "registered"},
        {"id": "c", "registered_at": "2025-05-01T02:00:00Z", "due_at": "2025-05-02T02:00:00Z",
         "state": "in_progress"},
        {"id": "d", "registered_at": "2025-06-01T02:00:00Z", "due_at": "2025-06-08T02:00:00Z",
         "state": "registered"},
        {"id": "e", "registered_at": "2025-07-01T02:00:00Z", "due_at": None,
         "state": "archived", "rating": "unsatisfied"},
    ]  # fmt: skip
    answered = {
        "a": "2025-01-02T00:00:00Z",  # in time
        "c": "2025-05-03T00:00:00Z",  # after its due time
        "e": "2025-07-09T00:00:00Z",  # no due time: any answer counts
    }
    f = _figs(requests=reqs, first_responses=answered)
    assert f["requests_total"] == 4
    assert f["requests_by_list"] == {"problem": 1, "task": 1, "result": 2}
    assert f["requests_closed"] == 2
    assert f["rates"]["response"] == {"numerator": 2, "denominator": 4, "value": 0.5}
    assert f["rates"]["resolution"]["numerator"] == 2
    assert f["rates"]["satisfaction"] == {"numerator": 1, "denominator": 2, "value": 0.5}


def test_meetings_and_funds():
    f = _figs(
        meetings=[
            {"type": "neighbour", "date": "2025-03-01", "resident_count": 12},
            {"type": "neighbour", "date": "2025-04-01", "resident_count": 8},
            {"type": "joint", "date": "2025-04-02"},
            {"type": "committee", "date": "2024-12-31"},
        ],
        allocations=[{"year": 2025, "amount_fen": 1_450_000}, {"year": 2024, "amount_fen": 9}],
        expenses=[
            {"date": "2025-01-02", "amount_fen": 10_000, "category": "training"},
            {"date": "2025-01-03", "amount_fen": -10_000, "category": "training"},  # reversal
            {"date": "2025-02-01", "amount_fen": 2_550, "category": "activities"},
            {"date": "2026-01-01", "amount_fen": 99, "category": "activities"},
        ],
    )
    assert f["meetings_by_type"]["neighbour"] == 2 and f["meetings_by_type"]["committee"] == 0
    assert f["neighbour_meeting_residents"] == 20
    assert f["joint_meetings"] == 1
    assert f["meetings_total"] == 3
    assert f["funds"]["allocated_fen"] == 1_450_000
    assert f["funds"]["spent_fen"] == 2_550
    assert f["funds"]["left_fen"] == 1_450_000 - 2_550
    assert f["funds"]["spent_by_category_fen"]["training"] == 0


def test_combine_adds_counts_and_rate_parts_not_averages():
    a = _figs(
        requests=[{"id": "x", "registered_at": "2025-03-01T00:00:00Z", "state": "done"}],
        first_responses={"x": "2025-03-01T01:00:00Z"},
    )
    b = _figs(
        requests=[
            {"id": f"y{i}", "registered_at": "2025-03-01T00:00:00Z", "state": "registered"}
            for i in range(3)
        ]
    )
    total = figures.combine([a, b])
    assert total["stations"] == 2
    assert total["requests_total"] == 4
    assert total["rates"]["resolution"] == {"numerator": 1, "denominator": 4, "value": 0.25}
    assert total["funds"]["spent_by_category_fen"] == a["funds"]["spent_by_category_fen"]
    with pytest.raises(ValueError):
        figures.combine([])


def test_local_day_uses_the_station_time_zone():
    tz = figures.ZoneInfo("Asia/Shanghai")
    assert figures.local_day("2025-06-30T16:00:00Z", tz) == dt.date(2025, 7, 1)
    assert figures.local_day("garbage", tz) is None


def test_the_neighbourhoods_figures_count_work_not_people():
    tasks = [
        {
            "id": "t1",
            "kind": "task",
            "date": "2025-03-01",
            "state": "rated",
            "rule": "per_hour",
            "points": 10,
            "rating": "satisfied",
        },
        {
            "id": "t2",
            "kind": "errand",
            "date": "2025-04-01",
            "state": "done",
            "rule": "per_task",
            "points": 20,
        },
        {
            "id": "t3",
            "kind": "task",
            "date": "2025-05-01",
            "state": "cancelled",
            "rule": "per_hour",
            "points": 10,
        },
        {
            "id": "t4",
            "kind": "task",
            "date": "2024-12-30",
            "state": "done",
            "rule": "per_hour",
            "points": 10,
        },
    ]
    hours = [
        {"task_id": "t1", "volunteer_id": "a", "day": "2025-03-01", "minutes": 90},
        {"task_id": "t1", "volunteer_id": "b", "day": "2025-03-01", "minutes": 60},
        {"task_id": "t2", "volunteer_id": "a", "day": "2025-04-01", "minutes": 30},
        {"task_id": "t3", "volunteer_id": "c", "day": "2025-05-01", "minutes": 600},
        {"task_id": "t4", "volunteer_id": "d", "day": "2025-01-02", "minutes": 120},
    ]
    ledger = [
        {"kind": "exchange", "points": -50, "quantity": 1, "date": "2025-06-01"},
        {"kind": "exchange", "points": -30, "quantity": 1, "date": "2025-06-02"},
        {"kind": "reversal", "points": 30, "quantity": -1, "date": "2025-06-03"},
    ]
    consultations = [
        {
            "matter": "lift",
            "opened_date": "2025-02-01",
            "outcome": "approved",
            "outcome_date": "2025-05-01",
        },
        {
            "matter": "lift",
            "opened_date": "2024-11-01",
            "outcome": "carried_out",
            "outcome_date": "2025-09-01",
        },
        {
            "matter": "renovation",
            "opened_date": "2025-07-01",
            "outcome": "rejected",
            "outcome_date": "2025-08-01",
        },
        {"matter": "lift", "opened_date": "2025-10-01", "outcome": None, "outcome_date": None},
    ]
    f = _figs(tasks=tasks, service_hours=hours, points_ledger=ledger, consultations=consultations)
    assert f["neighbourhood"] == {
        "activities": 2,  # t1 and t2; t3 cancelled, t4 dated last year
        "errands": 1,
        "service_minutes": 90 + 60 + 30 + 120,  # by the entry's day; not the cancelled task
        "participants": 3,
        "points_issued": 15 + 10 + 20,  # by each task's rule, for tasks dated in the period
        "points_exchanged": 50,
        "goods_exchanged": 1,
        "consultations_held": 3,
        "consultations_decided": 3,
        "lifts_approved": 2,
    }
    both = figures.combine([f, f])
    assert both["neighbourhood"]["service_minutes"] == 2 * f["neighbourhood"]["service_minutes"]
    assert "ranking" not in json_text(f) and "top" not in f["neighbourhood"]


def json_text(value):
    import json

    return json.dumps(value)
