"""Consultations: the art. 278 tally (property tests against a plain-fraction model),
votes refused by name, and cost sharing that adds up exactly."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linju_desktop.domain import consultations as c
from linju_desktop.domain.errors import ValidationError


def homes(*areas: int, floor: int = 1) -> dict[str, dict]:
    return {f"h{i}": {"room": f"{i + 1}01", "floor": floor, "area": a} for i, a in enumerate(areas)}


def test_a_lift_needs_three_quarters_of_the_voters_and_two_thirds_taking_part():
    hh = homes(*[10_000] * 12)
    votes = {f"h{i}": "agree" for i in range(6)} | {"h6": "disagree", "h7": "abstain"}
    t = c.tally(hh, votes, "lift")
    assert t.special and t.voting == 8 and t.not_voted == 4
    assert t.participation_number.need == 8 and t.participation_met
    assert t.agreement_number.need == 6 and t.agreement_number.met  # 6/8 = 3/4 passes
    assert t.passes
    t = c.tally(hh, votes | {"h8": "disagree"}, "lift")  # 6/9 < 3/4
    assert t.participation_met and not t.agreement_met and not t.passes


def test_other_matters_need_more_than_half_and_area_counts_separately():
    hh = homes(5_000, 5_000, 20_000)
    votes = {"h0": "agree", "h1": "agree", "h2": "disagree"}
    t = c.tally(hh, votes, "other")
    assert not t.special and t.agreement_number.met  # 2 of 3 owners
    assert not t.agreement_area.met  # but 10,000 of 30,000 area
    assert not t.passes
    half = c.tally(homes(1, 1), {"h0": "agree", "h1": "disagree"}, "other")
    assert not half.agreement_number.met  # exactly half is not more than half


def test_too_few_taking_part_fails_whatever_they_say():
    t = c.tally(homes(*[100] * 9), {f"h{i}": "agree" for i in range(5)}, "lift")
    assert t.agreement_met and not t.participation_met and not t.passes
    assert c.tally(homes(100), {}, "lift").passes is False


@st.composite
def consultations(draw):
    n = draw(st.integers(1, 40))
    areas = draw(st.lists(st.integers(1, 30_000), min_size=n, max_size=n))
    choices = draw(
        st.lists(st.sampled_from(["agree", "disagree", "abstain", None]), min_size=n, max_size=n)
    )
    hh = homes(*areas)
    votes = {f"h{i}": ch for i, ch in enumerate(choices) if ch}
    return hh, votes, draw(st.sampled_from(sorted(c.MATTERS)))


@given(consultations())
def test_the_tally_is_the_rule_in_fractions(case):
    hh, votes, matter = case
    t = c.tally(hh, votes, matter)
    area = sum(h["area"] for h in hh.values())
    voting = [h for h in hh if h in votes]
    v_area = sum(hh[h]["area"] for h in voting)
    agreeing = [h for h in voting if votes[h] == "agree"]
    a_area = sum(hh[h]["area"] for h in agreeing)
    took_part = Fraction(v_area, area) >= Fraction(2, 3) and Fraction(len(voting), len(hh)) >= (
        Fraction(2, 3)
    )
    if not voting:
        agreed = False
    elif matter in c.SPECIAL_MATTERS:
        agreed = Fraction(a_area, v_area) >= Fraction(3, 4) and Fraction(
            len(agreeing), len(voting)
        ) >= Fraction(3, 4)
    else:
        agreed = Fraction(a_area, v_area) > Fraction(1, 2) and Fraction(
            len(agreeing), len(voting)
        ) > Fraction(1, 2)
    assert t.passes == (took_part and agreed)
    assert t.agree + t.disagree + t.abstain + t.not_voted == len(hh)
    # each threshold's `need` is the smallest count that meets it
    for th in (t.participation_area, t.participation_number, t.agreement_area):
        if th.of:
            assert th.need <= th.of + 1


def test_votes_are_refused_by_name():
    hh = homes(100, 100)
    with pytest.raises(ValidationError, match="不属于本次协商"):
        c.check_vote("elsewhere", "agree", hh, {})
    with pytest.raises(ValidationError, match=r"101.*已表决"):
        c.check_vote("h0", "agree", hh, {"h0": "disagree"})
    c.check_vote("h0", "agree", hh, {"h0": "disagree"}, correcting=True)
    with pytest.raises(ValidationError, match="同意、不同意或弃权"):
        c.check_vote("h1", "maybe", hh, {})


def test_a_closed_consultation_is_read_only():
    with pytest.raises(ValidationError, match="已结束"):
        c.check_open("final")
    c.check_open("open")


def test_areas_are_exact_hundredths():
    assert c.area_centi("86.5") == 8650 and c.area_centi(" 120 ") == 12000
    assert c.area_text(8650) == "86.50"
    for bad in ("0", "-3", "abc", "", "nan"):
        with pytest.raises(ValidationError, match="建筑面积"):
            c.area_centi(bad)


def test_cost_sharing_of_a_lift_by_floor():
    hh = {f"h{f}": {"floor": f, "area": 8000} for f in range(1, 7)}
    coeff = c.parse_coefficients({1: "0", 2: "0.6", 3: "0.8", 4: "1", 5: "1.2", 6: "1.4"})
    shares = c.cost_shares(30_000_000, hh, coeff)  # 300,000 yuan
    assert shares["h1"] == 0 and sum(shares.values()) == 30_000_000
    assert shares["h2"] < shares["h3"] < shares["h4"] < shares["h5"] < shares["h6"]
    assert shares["h4"] == 6_000_000


def test_cost_sharing_refuses_bad_tables():
    hh = {"a": {"floor": 1, "area": 1}, "b": {"floor": 2, "area": 1}}
    with pytest.raises(ValidationError, match=r"2层.*系数"):
        c.parse_coefficients({1: "1", 2: "-0.5"})
    with pytest.raises(ValidationError, match="2层"):
        c.cost_shares(100, hh, {1: Fraction(1)})
    with pytest.raises(ValidationError, match="无法分摊"):
        c.cost_shares(100, hh, {1: Fraction(0), 2: Fraction(0)})
    for total in (0, -5, 1.5, "100"):
        with pytest.raises(ValidationError, match="总额"):
            c.cost_shares(total, hh, {1: Fraction(1), 2: Fraction(1)})


@given(
    st.integers(1, 10**10),
    st.lists(st.tuples(st.integers(1, 30), st.integers(1, 30_000)), min_size=1, max_size=60),
    st.dictionaries(st.integers(1, 30), st.decimals(0, 5, places=2, allow_nan=False), min_size=30),
    st.booleans(),
)
def test_shares_add_up_and_stay_within_a_fen_of_their_quota(total, rows, raw, by_area):
    hh = {f"h{i}": {"floor": f, "area": a} for i, (f, a) in enumerate(rows)}
    coeff = c.parse_coefficients({k: str(v) for k, v in raw.items()})
    weights = {h: coeff[v["floor"]] * (v["area"] if by_area else 1) for h, v in hh.items()}
    whole = sum(weights.values())
    if whole == 0:
        with pytest.raises(ValidationError):
            c.cost_shares(total, hh, coeff, by_area=by_area)
        return
    shares = c.cost_shares(total, hh, coeff, by_area=by_area)
    assert sum(shares.values()) == total
    for h, share in shares.items():
        quota = Fraction(total) * weights[h] / whole
        assert share >= 0 and abs(share - quota) < 1
        if weights[h] == 0:
            assert share == 0


def test_outcome_and_addendum_need_their_parts():
    with pytest.raises(ValidationError, match="结果"):
        c.check_outcome("maybe", "2026-05-01")
    with pytest.raises(ValidationError, match="日期"):
        c.check_outcome("approved", "")
    c.check_outcome("carried_out", "2026-05-01")
    with pytest.raises(ValidationError, match="补充"):
        c.check_addendum("  ")


def test_an_outcome_cannot_be_dated_after_today():
    """Issue 9, point 5: refused where it cannot be (the suite's today: 2026-11-28)."""
    c.check_outcome("approved", "2026-11-28")
    with pytest.raises(ValidationError, match="不能晚于今天") as refused:
        c.check_outcome("approved", "2026-11-29")
    assert [p.field for p in refused.value.problems] == ["outcome_date"]
