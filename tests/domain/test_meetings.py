"""Meetings: types, attendance, quorum, due meetings, final minutes, democratic review."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linju_desktop.domain import i18n
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.meetings import (
    ABSENCE_REASONS,
    MEETING_TYPE_BY_CODE,
    MEETING_TYPES,
    check_attendance,
    check_editable,
    check_review_ratings,
    check_times,
    counts,
    due_meetings,
    max_excellent,
    quorum,
    type_label,
)


@pytest.fixture(autouse=True)
def _chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


def row(member, status, kind="full", reason=None, note=None):
    return {
        "member_id": member,
        "status": status,
        "member_kind": kind,
        "reason": reason,
        "note": note,
    }


def test_meeting_types():
    assert [(t.code, t.name) for t in MEETING_TYPES] == [
        ("branch_assembly", "支部党员大会"),
        ("committee", "支部委员会"),
        ("group", "党小组会"),
        ("party_class", "党课"),
        ("theme_day", "主题党日"),
        ("life_meeting", "组织生活会"),
        ("joint", "联席会（三方联动）"),
        ("neighbour", "邻里会"),
    ]
    assert MEETING_TYPE_BY_CODE["branch_assembly"].rhythm == "quarterly"
    assert MEETING_TYPE_BY_CODE["committee"].rhythm == "monthly"
    assert MEETING_TYPE_BY_CODE["life_meeting"].rhythm == "yearly"
    assert MEETING_TYPE_BY_CODE["neighbour"].rhythm == "as_needed"
    assert [t.code for t in MEETING_TYPES if t.quorum] == ["branch_assembly", "committee"]
    assert type_label("party_class") == "党课"
    i18n.set_language("en")
    assert type_label("party_class") == "Party class"


def test_absence_reasons():
    assert list(ABSENCE_REASONS.values()) == ["病假", "事假", "外出", "其他"]


def test_attendance_checks():
    problems = check_attendance(
        [
            row("a", "present"),
            row("b", "absent"),
            row("c", "absent", reason="sick"),
            row("d", "absent", reason="other"),
            row("e", "absent", reason="other", note="照顾孙子"),
            row("f", "late"),
            row("a", "present"),
            row("g", "non_voting", kind="guest"),
        ]
    )
    assert [(p.field, p.text()) for p in problems] == [
        ("attendance[1].reason", "请填写缺席原因"),
        ("attendance[3].note", "请说明其他缺席原因"),
        ("attendance[5].status", "请标明出席情况：出席、缺席或列席"),
        ("attendance[6].member_id", "此人重复登记"),
    ]


def test_counts_against_roster():
    c = counts(
        [
            row("a", "present"),
            row("b", "absent", reason="sick"),
            row("x", "non_voting", kind="guest"),
            row("y", "present", kind="guest"),  # not on the roster: not 实到
        ],
        ["a", "b", "c", "a"],
    )
    assert (c.expected, c.present, c.absent, c.non_voting) == (3, 1, 1, 1)
    assert c.unrecorded == ("c",)


@pytest.mark.parametrize(
    ("full_present", "full_absent", "met", "required"),
    [
        (3, 3, False, 4),  # exactly half is not more than half
        (4, 3, True, 4),  # 4 of 7
        (3, 4, False, 4),
        (1, 0, True, 1),
        (2, 2, False, 3),
        (3, 2, True, 3),
    ],
)
def test_branch_assembly_quorum_more_than_half(full_present, full_absent, met, required):
    rows = [row(f"p{i}", "present") for i in range(full_present)]
    rows += [row(f"a{i}", "absent", reason="away") for i in range(full_absent)]
    q = quorum("branch_assembly", rows)
    assert (q.met, q.required, q.present_voting, q.total_voting) == (
        met,
        required,
        full_present,
        full_present + full_absent,
    )


def test_probationary_members_never_count():
    rows = [
        row("f1", "present"),
        row("f2", "absent", reason="sick"),
        row("f3", "absent", reason="sick"),
        row("p1", "present", kind="probationary"),
        row("p2", "present", kind="probationary"),
        row("g", "non_voting", kind="guest"),
        row("f4", "non_voting"),  # a full member from elsewhere sitting in (列席)
    ]
    q = quorum("branch_assembly", rows)
    assert (q.met, q.present_voting, q.required, q.total_voting) == (False, 1, 2, 3)


def test_committee_quorum():
    rows = [row("s", "present"), row("o", "present"), row("x", "absent", reason="away")]
    q = quorum("committee", rows)
    assert (q.met, q.required) == (True, 2)


def test_no_rule_or_nobody_to_vote():
    assert quorum("party_class", [row("a", "absent", reason="sick")]).met is None
    assert quorum("branch_assembly", [row("p", "present", kind="probationary")]).met is None


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["present", "absent", "non_voting"]),
            st.sampled_from(["full", "probationary", "guest"]),
        ),
        max_size=40,
    )
)
def test_quorum_properties(rows):
    q = quorum("branch_assembly", [row(str(i), s, k, "sick") for i, (s, k) in enumerate(rows)])
    voting = [(s, k) for s, k in rows if k == "full" and s != "non_voting"]
    assert q.total_voting == len(voting)
    assert q.present_voting == sum(1 for s, _ in voting if s == "present")
    if q.total_voting:
        assert q.met == (2 * q.present_voting > q.total_voting)
    else:
        assert q.met is None


def test_due_meetings_defaults():
    today = dt.date(2024, 5, 20)
    held = [
        ("committee", dt.date(2024, 5, 3)),
        ("branch_assembly", dt.date(2024, 4, 10)),  # Q2: counts
        ("group", dt.date(2024, 4, 28)),  # last month: does not count for May
        ("life_meeting", dt.date(2023, 12, 20)),  # last year
    ]
    due = {d.code: d for d in due_meetings(None, held, today)}
    assert set(due) == {"group", "party_class", "theme_day", "life_meeting", "joint"}
    assert (due["group"].period_start, due["group"].period_end) == (
        dt.date(2024, 5, 1),
        dt.date(2024, 5, 31),
    )
    assert due["party_class"].period_end == dt.date(2024, 6, 30)
    assert due["life_meeting"].period_end == dt.date(2024, 12, 31)


def test_due_meetings_custom_rhythms_and_period_edges():
    rhythms = {"joint": "as_needed", "committee": "monthly", "party_class": "quarterly"}
    due = due_meetings(rhythms, [("party_class", dt.date(2024, 10, 1))], dt.date(2024, 12, 31))
    assert [(d.code, d.period_start, d.period_end) for d in due] == [
        ("committee", dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    ]
    feb = due_meetings({"group": "monthly"}, [], dt.date(2024, 2, 10))
    assert feb[0].period_end == dt.date(2024, 2, 29)
    with pytest.raises(ValueError):
        due_meetings({"group": "weekly"}, [], dt.date(2024, 2, 10))


def test_finalised_minutes_are_read_only():
    check_editable("draft")
    with pytest.raises(ValidationError) as info:
        check_editable("final")
    assert str(info.value) == "会议记录已定稿，不能修改；如需更正，请添加补充说明"
    with pytest.raises(ValueError):
        check_editable("finalised")


def test_times():
    assert check_times(dt.time(9), dt.time(10, 30)) == []
    assert check_times(dt.time(9), None) == []
    assert [p.field for p in check_times(dt.time(10), dt.time(9))] == ["end_time"]


@pytest.mark.parametrize(("n", "most"), [(0, 0), (2, 0), (3, 1), (8, 2), (9, 3), (31, 10)])
def test_max_excellent(n, most):
    assert max_excellent(n) == most


def test_review_ratings():
    ok = {"a": "excellent", "b": "qualified", "c": "basically_qualified"}
    assert check_review_ratings(ok) == []
    too_many = {"a": "excellent", "b": "excellent", "c": "qualified", "d": "qualified"}
    (p,) = check_review_ratings(too_many)
    assert p.text() == "评为优秀的不能超过参评人数的三分之一：4 人中最多 1 人，现为 2 人"
    missing = check_review_ratings({"a": "qualified", "b": None, "c": "good"})
    assert [p.field for p in missing] == ["ratings[b]", "ratings[c]"]


@given(st.lists(st.sampled_from(["excellent", "qualified", "basically_qualified"]), max_size=60))
def test_review_excellent_rule(ratings):
    problems = check_review_ratings({i: r for i, r in enumerate(ratings)})
    assert bool(problems) == (3 * ratings.count("excellent") > len(ratings))


def test_other_reason_keeps_its_note_in_the_one_reason_column():
    from linju_desktop.domain.meetings import reason_label, reason_value, split_reason

    stored = reason_value("other", "  在外地照看孙子 ")
    assert stored == "other:在外地照看孙子"
    assert split_reason(stored) == ("other", "在外地照看孙子")
    assert split_reason("sick") == ("sick", "")
    assert reason_value("sick", "ignored") == "sick"
    assert reason_value("other", "") == "other"  # refused below: 其他 needs its note
    assert reason_label(stored) == "其他：在外地照看孙子"
    assert reason_label("sick") == "病假"
    ok = [{"member_id": "a", "status": "absent", "reason": stored}]
    assert check_attendance(ok) == []
    bare = [{"member_id": "a", "status": "absent", "reason": "other"}]
    assert [p.field for p in check_attendance(bare)] == ["attendance[0].note"]
