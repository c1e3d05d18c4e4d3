"""Tasks' state machine, hours, points by the library's rule, and exchanges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linju_desktop.domain import tasks as t
from linju_desktop.domain import volunteering as v
from linju_desktop.domain.errors import ValidationError


def test_the_default_library_has_five_categories_and_39_items():
    assert {i.category for i in v.DEFAULT_ITEMS} == set(v.CATEGORIES) and len(v.CATEGORIES) == 5
    assert len(v.DEFAULT_ITEMS) == 39
    assert len({i.name for i in v.DEFAULT_ITEMS}) == 39
    for item in v.DEFAULT_ITEMS:
        assert v.check_item(item.__dict__) == []


def test_a_task_goes_published_taken_done_rated():
    step = t.transition("published", "take", {"takers": ["a", "b"], "places": 3})
    assert step.state == "taken"
    step = t.transition("taken", "take", {"takers": ["c"], "taken": ["a", "b"], "places": 3})
    assert step.state == "taken"
    step = t.transition("taken", "complete", {"result": "清理了楼道", "hours_recorded": 3})
    assert step.state == "done" and step.event["result"] == "清理了楼道"
    assert t.transition("done", "rate", {"rating": "satisfied"}).state == "rated"


@pytest.mark.parametrize(
    ("state", "action"),
    [
        ("published", "complete"),
        ("published", "rate"),
        ("done", "take"),
        ("rated", "rate"),
        ("rated", "cancel"),
        ("cancelled", "take"),
        ("taken", "rate"),
    ],
)
def test_illegal_steps_are_refused_by_name(state, action):
    with pytest.raises(ValidationError) as err:
        t.transition(
            state,
            action,
            {
                "takers": ["x"],
                "places": 5,
                "result": "r",
                "hours_recorded": 1,
                "rating": "satisfied",
                "note": "n",
            },
        )
    msg = str(err.value)
    assert t.STATE_LABELS[state] in msg and t.ACTION_LABELS[action] in msg


def test_taking_respects_places_and_nobody_takes_twice():
    with pytest.raises(ValidationError, match="名额"):
        t.transition("taken", "take", {"takers": ["c", "d"], "taken": ["a", "b"], "places": 3})
    with pytest.raises(ValidationError, match=r"王芳.*已经接"):
        t.transition(
            "taken", "take", {"takers": ["a"], "taken": ["a"], "places": 3, "names": {"a": "王芳"}}
        )
    with pytest.raises(ValidationError, match="至少"):
        t.transition("published", "take", {"takers": [], "places": 3})


def test_completing_needs_a_result_and_hours_and_cancelling_a_reason():
    with pytest.raises(ValidationError) as err:
        t.transition("taken", "complete", {"result": " "})
    assert set(err.value.by_field()) == {"result", "hours"}
    with pytest.raises(ValidationError, match="原因"):
        t.transition("published", "cancel", {})


def test_an_errand_is_for_one_named_resident():
    task = {
        "title": "代缴水电费",
        "date": "2026-03-02",
        "places": 1,
        "kind": "errand",
        "source": "plan",
    }
    assert [p.field for p in t.check_task(task)] == ["resident"]
    assert t.check_task(task | {"resident": "李大爷"}) == []
    assert {p.field for p in t.check_task({"kind": "x", "places": 0})} == {
        "title",
        "date",
        "places",
        "kind",
        "source",
    }


def test_hours_are_more_than_zero_and_at_most_24():
    assert v.minutes_of("1.5") == 90 and v.minutes_of(24) == 1440 and v.minutes_of("0.25") == 15
    for bad in (0, -1, "24.5", "abc", "", None, "inf"):
        with pytest.raises(ValidationError, match="24"):
            v.minutes_of(bad)
    assert v.check_day("王芳", "2026-03-02", 20 * 60, 4 * 60) == []
    [p] = v.check_day("王芳", "2026-03-02", 20 * 60, 5 * 60)
    assert "王芳" in p.text() and "20" in p.text()


def test_hours_only_for_takers_of_a_task_under_way():
    t.check_hours_allowed("taken", "a", {"a"}, "王芳")
    with pytest.raises(ValidationError, match=r"王芳.*没有接"):
        t.check_hours_allowed("done", "b", {"a"}, "王芳")
    with pytest.raises(ValidationError):
        t.check_hours_allowed("published", "a", {"a"}, "王芳")


def test_points_follow_the_rule_and_the_record():
    assert v.points_for("per_hour", 10, 90, "done", None) == 15
    assert v.points_for("per_hour", 10, 90, "taken", None) == 0  # not done yet
    assert v.points_for("per_task", 20, 30, "rated", "unsatisfied") == 20
    assert v.points_for("per_rating", 20, 60, "done", None) == 0  # not rated yet
    assert v.points_for("per_rating", 20, 60, "rated", "satisfied") == 20
    assert v.points_for("per_rating", 25, 60, "rated", "basically") == 12
    assert v.points_for("per_rating", 20, 60, "rated", "unsatisfied") == 0


@given(st.integers(0, 1000), st.integers(1, 1440))
def test_per_hour_points_never_exceed_the_exact_product(points, minutes):
    got = v.points_for("per_hour", points, minutes, "done", None)
    assert got * 60 <= points * minutes < (got + 1) * 60


def test_an_exchange_is_within_balance_and_stock_and_reversed_once():
    ex = v.exchange(name="王芳", balance=120, goods="毛巾", cost=50, stock=3, quantity=2)
    assert (ex.points, ex.quantity) == (-100, 2)
    with pytest.raises(ValidationError, match=r"王芳.*120.*150"):
        v.exchange(name="王芳", balance=120, goods="毛巾", cost=50, stock=3, quantity=3)
    with pytest.raises(ValidationError, match="毛巾"):
        v.exchange(name="王芳", balance=1000, goods="毛巾", cost=50, stock=3, quantity=4)
    with pytest.raises(ValidationError, match="数量"):
        v.exchange(name="王芳", balance=1000, goods="毛巾", cost=50, stock=3, quantity=0)
    entry = {"id": "e1", "kind": "exchange", "points": -100, "quantity": 2}
    back = v.reversal(entry, [], "登记错了")
    assert (back.points, back.quantity) == (100, -2)
    with pytest.raises(ValidationError, match="已冲正"):
        v.reversal(entry, ["e1"], "再次")
    with pytest.raises(ValidationError, match="原因"):
        v.reversal(entry, [], "")
    assert v.stock_left(10, [2, 3, -2]) == 7


def test_a_volunteer_needs_a_name_a_kind_and_consent():
    assert {p.field for p in v.check_volunteer({})} == {"name", "kind", "consent_date"}
    assert [
        p.field
        for p in v.check_volunteer(
            {"name": "张伟", "kind": "reporting", "consent_date": "2026-01-02"}
        )
    ] == ["employer"]


def test_consent_cannot_be_given_on_a_day_still_to_come():
    """Issue 9, point 5: dates refused where they cannot be (the suite's today: 2026-11-28)."""
    base = {"name": "张伟", "kind": "resident"}
    assert v.check_volunteer({**base, "consent_date": "2026-11-28"}) == []
    (problem,) = v.check_volunteer({**base, "consent_date": "2026-11-29"})
    assert problem.field == "consent_date" and "今天" in problem.text()
