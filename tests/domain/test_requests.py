"""Resident requests: the closed loop, time limits, the three lists and the three rates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from linju_desktop.domain import i18n
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.requests import (
    ACTION_LABELS,
    CATEGORY_BY_CODE,
    DEFAULT_CATEGORIES,
    LISTS,
    SOURCES,
    STATE_LABELS,
    STATES,
    TRANSITIONS,
    allowed_actions,
    check_category,
    default_limit_hours,
    due_at,
    is_overdue,
    list_of,
    rates,
    transition,
)

UTC = dt.UTC
LIMIT_MSG = "办理时限必须是大于零的小时数"


@pytest.fixture(autouse=True)
def _chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


# Inputs that satisfy each action, for walking the happy paths.
GOOD = {
    "assess": {"category": "street_lights"},
    "dispatch": {"handling": "member", "assignee_member_id": "m-7"},
    "accept": {},
    "return": {"note": "不属于本小区"},
    "start": {},
    "complete": {"result": "已更换灯泡"},
    "rate": {"rating": "satisfied"},
    "archive": {},
    "reopen": {"note": "灯又坏了"},
}


def walk(*actions, rating=None):
    state = "registered"
    for a in actions:
        state = transition(state, a, GOOD[a], rating=rating).state
    return state


def test_happy_path_through_the_closed_loop():
    assert walk("assess", "dispatch", "accept", "start", "complete", "rate", "archive") == (
        "archived"
    )


def test_return_and_reassess():
    assert walk("assess", "dispatch", "return") == "returned"
    assert walk("assess", "dispatch", "return", "assess", "dispatch") == "dispatched"


def test_quick_job_skips_in_progress():
    assert walk("assess", "dispatch", "accept", "complete") == "done"


def test_event_records_from_to_and_cleaned_fields():
    t = transition(
        "assessed",
        "dispatch",
        {"handling": "department", "department": "  街道城管科 ", "note": "", "junk": 1},
    )
    assert t.state == "dispatched"
    assert t.event == {
        "action": "dispatch",
        "from_state": "assessed",
        "to_state": "dispatched",
        "handling": "department",
        "department": "街道城管科",
    }


def test_refusal_names_the_current_state_in_chinese():
    with pytest.raises(ValidationError) as info:
        transition("done", "dispatch", GOOD["dispatch"])
    assert str(info.value) == "该诉求当前状态为“已办结”，不能执行“派单”"
    assert info.value.by_field() == {"state": ["该诉求当前状态为“已办结”，不能执行“派单”"]}


def test_refusal_in_english():
    i18n.set_language("en")
    with pytest.raises(ValidationError) as info:
        transition("archived", "reopen", GOOD["reopen"], rating="unsatisfied")
    assert str(info.value) == "This request is now “Archived”; “Reopen” cannot be done"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({}, "handling"),
        ({"handling": "someone"}, "handling"),
        ({"handling": "member"}, "assignee_member_id"),
        ({"handling": "member", "assignee_member_id": ""}, "assignee_member_id"),
        ({"handling": "department"}, "department"),
        ({"handling": "department", "department": "   "}, "department"),
    ],
)
def test_dispatch_needs_a_handler(fields, field):
    with pytest.raises(ValidationError) as info:
        transition("assessed", "dispatch", fields)
    assert list(info.value.by_field()) == [field]


def test_dispatch_to_branch_needs_nothing_more():
    assert transition("assessed", "dispatch", {"handling": "branch"}).event["handling"] == "branch"


@pytest.mark.parametrize(
    ("state", "action", "fields", "field", "text"),
    [
        ("dispatched", "return", {}, "note", "请填写退单原因"),
        ("dispatched", "return", {"note": "  "}, "note", "请填写退单原因"),
        ("in_progress", "complete", {}, "result", "请填写办理结果"),
        ("done", "rate", {}, "rating", "请选择群众评价：满意、基本满意或不满意"),
        ("done", "rate", {"rating": "满意"}, "rating", "请选择群众评价：满意、基本满意或不满意"),
        ("registered", "assess", {"limit_hours": 0}, "limit_hours", LIMIT_MSG),
        ("registered", "assess", {"limit_hours": 1.5}, "limit_hours", LIMIT_MSG),
    ],
)
def test_required_fields(state, action, fields, field, text):
    with pytest.raises(ValidationError) as info:
        transition(state, action, fields)
    assert info.value.by_field() == {field: [text]}


@pytest.mark.parametrize("rating", ["satisfied", "basically", "unsatisfied"])
def test_ratings(rating):
    t = transition("done", "rate", {"rating": rating})
    assert (t.state, t.event["rating"]) == ("rated", rating)


def test_reopen_only_after_unsatisfied():
    t = transition("rated", "reopen", {"note": "还在漏水"}, rating="unsatisfied")
    assert t.state == "in_progress"
    with pytest.raises(ValidationError, match="只有评价为“不满意”的诉求才能重新办理"):
        transition("rated", "reopen", {"note": "x"}, rating="satisfied")
    with pytest.raises(ValidationError, match="请填写还需要办理的事项"):
        transition("rated", "reopen", {}, rating="unsatisfied")


def test_archiving_an_unsatisfied_request_needs_a_note():
    with pytest.raises(ValidationError, match="请说明归档原因"):
        transition("rated", "archive", {}, rating="unsatisfied")
    assert transition("rated", "archive", {"note": "诉求超出职责"}, rating="unsatisfied").state == (
        "archived"
    )
    assert transition("rated", "archive", {}, rating="basically").state == "archived"


def test_unknown_state_or_action_is_a_bug():
    with pytest.raises(ValueError):
        transition("overdue", "assess", {})
    with pytest.raises(ValueError):
        transition("registered", "fly", {})


def test_overdue_is_not_a_state():
    assert "overdue" not in STATES
    assert set(STATE_LABELS) == set(STATES) == set(LISTS)


def test_allowed_actions():
    assert allowed_actions("registered") == ["assess"]
    assert allowed_actions("dispatched") == ["accept", "return"]
    assert allowed_actions("accepted") == ["start", "complete"]
    assert allowed_actions("rated") == ["archive", "reopen"]
    assert allowed_actions("archived") == []


def test_labels():
    assert STATE_LABELS["returned"] == "已退单"
    assert ACTION_LABELS["return"] == "退单"
    assert set(ACTION_LABELS) == set(TRANSITIONS)
    assert list(SOURCES.values()) == ["邻里会", "来访", "来电", "社区吹哨派单", "其他"]


def test_categories_and_limits():
    names = [c.name for c in DEFAULT_CATEGORIES]
    assert names == [
        "飞线充电",
        "停车",
        "垃圾",
        "路灯",
        "电梯",
        "违建",
        "水电气管道",
        "邻里纠纷",
        "为老服务",
        "紧急",
        "其他",
    ]
    assert CATEGORY_BY_CODE["utilities"].limit_hours == 24
    assert CATEGORY_BY_CODE["emergency"].limit_hours == 2
    assert CATEGORY_BY_CODE["parking"].limit_hours == 168
    assert CATEGORY_BY_CODE["illegal_structures"].limit_hours == 360
    assert default_limit_hours("no-such") == 168
    assert check_category("parking") == []
    assert check_category("parking", ["own"])[0].text() == "未知的诉求类别“parking”"


def test_due_and_overdue():
    registered = dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    due = due_at(registered, 2)
    assert due == dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert not is_overdue("dispatched", due, due)  # exactly on time is on time
    assert is_overdue("dispatched", due, due + dt.timedelta(seconds=1))
    assert is_overdue("returned", due, due + dt.timedelta(hours=1))
    for finished in ("done", "rated", "archived"):
        assert not is_overdue(finished, due, due + dt.timedelta(days=30))
    assert not is_overdue("registered", None, due)
    with pytest.raises(ValueError):
        due_at(registered, 0)


def test_three_lists():
    assert [list_of(s) for s in ("registered", "assessed", "returned")] == ["problems"] * 3
    assert [list_of(s) for s in ("dispatched", "accepted", "in_progress")] == ["tasks"] * 3
    assert [list_of(s) for s in ("done", "rated", "archived")] == ["results"] * 3


def test_rates():
    reqs = [
        {"state": "registered"},
        {"state": "assessed"},
        {"state": "returned"},
        {"state": "done"},
        {"state": "rated", "rating": "satisfied"},
        {"state": "archived", "rating": "basically"},
        {"state": "archived", "rating": "unsatisfied"},
        {"state": "in_progress", "rating": "unsatisfied"},  # reopened after a rating
    ]
    r = rates(reqs)
    assert (r.response.numerator, r.response.denominator) == (7, 8)
    assert (r.resolution.numerator, r.resolution.denominator) == (4, 8)
    assert (r.satisfaction.numerator, r.satisfaction.denominator) == (2, 4)
    assert r.satisfaction.percent_text() == "50.0%"
    empty = rates([])
    assert empty.response.value is None
    assert empty.satisfaction.percent_text() == "—"


@given(st.lists(st.sampled_from(STATES)))
def test_rates_are_fractions(states):
    r = rates([{"state": s} for s in states])
    for rate in (r.response, r.resolution):
        assert rate.denominator == len(states)
        assert 0 <= rate.numerator <= rate.denominator
    assert r.resolution.numerator <= r.response.numerator


# --- state machine ----------------------------------------------------------

FIELD_CHOICES = st.fixed_dictionaries(
    {},
    optional={
        "handling": st.sampled_from(["branch", "member", "department", "x", None]),
        "assignee_member_id": st.sampled_from(["m-1", "", None]),
        "department": st.sampled_from(["城管", " ", None]),
        "note": st.sampled_from(["原因", "", "  ", None]),
        "result": st.sampled_from(["已解决", "", None]),
        "rating": st.sampled_from(["satisfied", "basically", "unsatisfied", "bad", None]),
        "limit_hours": st.sampled_from([1, 0, -3, 24, None]),
    },
)


class RequestLoop(RuleBasedStateMachine):
    """Random actions with random inputs: only table transitions ever happen."""

    def __init__(self):
        super().__init__()
        self.state = "registered"
        self.rating: str | None = None
        self.history: list[str] = ["registered"]

    @rule(action=st.sampled_from(sorted(TRANSITIONS)), fields=FIELD_CHOICES)
    def act(self, action, fields):
        self._apply(action, fields)

    @rule(data=st.data())
    def act_well(self, data):
        # An offered action with good inputs, so the walk gets deep into the loop.
        actions = allowed_actions(self.state)
        if not actions:
            return
        action = data.draw(st.sampled_from(actions))
        fields = dict(GOOD[action])
        if action == "rate":
            fields["rating"] = data.draw(st.sampled_from(["satisfied", "basically", "unsatisfied"]))
        if action == "archive":
            fields["note"] = data.draw(st.sampled_from(["", "说明"]))
        self._apply(action, fields)

    def _apply(self, action, fields):
        before = self.state
        sources, target = TRANSITIONS[action]
        try:
            t = transition(before, action, fields, rating=self.rating)
        except ValidationError as e:
            # Refusals explain themselves; a wrong state is named in Chinese.
            assert e.problems
            if before not in sources:
                assert f"当前状态为“{STATE_LABELS[before]}”" in str(e)
                assert ACTION_LABELS[action] in str(e)
            return
        assert before in sources, f"{action} allowed from {before}"
        assert t.state == target
        assert t.event["from_state"] == before and t.event["to_state"] == target
        if action == "dispatch":
            assert t.event["handling"] in ("branch", "member", "department")
            if t.event["handling"] == "member":
                assert t.event["assignee_member_id"]
            if t.event["handling"] == "department":
                assert t.event["department"].strip()
        if action == "rate":
            self.rating = t.event["rating"]
        if action == "reopen":
            assert self.rating == "unsatisfied"
        if action in ("return", "reopen"):
            assert t.event["note"]
        self.state = t.state
        self.history.append(t.state)

    @invariant()
    def legal_state(self):
        assert self.state in STATES
        assert list_of(self.state) in ("problems", "tasks", "results")

    @invariant()
    def archived_is_final(self):
        if "archived" in self.history:
            assert self.history[-1] == "archived"

    @invariant()
    def rated_only_after_done(self):
        for prev, nxt in zip(self.history, self.history[1:], strict=False):
            if nxt == "rated":
                assert prev == "done"
            if nxt == "done":
                assert prev in ("accepted", "in_progress")


RequestLoop.TestCase.settings = settings(max_examples=200, stateful_step_count=30)
TestRequestLoop = RequestLoop.TestCase


def test_the_category_is_guessed_from_the_description():
    from linju_desktop.domain.requests import guess_category

    assert guess_category("楼下路灯不亮一周了") == "street_lights"
    assert guess_category("有人在楼道飞线给电动车充电") == "flying_lead"
    assert guess_category("3号楼电梯困人") == "lifts"
    assert guess_category("闻到很浓的煤气味") == "emergency"
    assert guess_category("想问问社区活动时间") == "other"
