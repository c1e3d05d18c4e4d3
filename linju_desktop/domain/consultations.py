"""Residents deciding together (小区协商议事): households, votes, the art. 278 tally, cost sharing.

Civil Code art. 278, as encoded here:
- Participation: the owners who take part in the vote (agree, disagree or abstain; a
  household that did not vote does not take part) must hold at least 2/3 of the exclusive
  floor area and be at least 2/3 of the owners by number.
- Special matters (raising or using repair funds, rebuilding or renovating the building
  and its facilities, a lift is one, changing the use of shared parts): the agreeing
  owners must hold at least 3/4 of the voting area and be at least 3/4 of the voting
  owners. Other matters: more than half of each.
Each household is one owner with one vote; areas are whole hundredths of a square metre,
so every comparison is exact integer arithmetic.

Cost sharing: a total in fen split by floor coefficients (e.g. the ground floor 0) by the
largest-remainder method, so the shares add up to the total exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from linju_desktop.domain import clock
from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.domain.i18n import tr

MATTERS: dict[str, str] = {
    "lift": "加装电梯",
    "repair_funds": "筹集或使用维修资金",
    "renovation": "改建、重建建筑物及其附属设施",
    "shared_use": "改变共有部分用途",
    "other": "其他事项",
}
SPECIAL_MATTERS = frozenset({"lift", "repair_funds", "renovation", "shared_use"})

CHOICES: dict[str, str] = {"agree": "同意", "disagree": "不同意", "abstain": "弃权"}
NOT_VOTED = "未表决"

OUTCOMES: dict[str, str] = {
    "approved": "通过",
    "rejected": "未通过",
    "carried_out": "已实施",
}
STATUS_LABELS: dict[str, str] = {"open": "进行中", "final": "已结束"}

_MSG_TITLE = "Say what the residents decide, such as 3号楼2单元加装电梯"
_MSG_MATTER = "Choose the kind of matter"
_MSG_ROOM = "Enter the household's room"
_MSG_FLOOR = "The floor must be a whole number from -5 to 200"
_MSG_AREA = "Enter the floor area in square metres, more than 0, such as 86.5"
_MSG_ROOM_TWICE = "Room {room} is listed twice"
_MSG_NOT_HOUSEHOLD = "This household is not part of the consultation"
_MSG_VOTED = "Room {room} has already voted ({choice}); correct the vote instead"
_MSG_CHOICE = "Choose agree, disagree or abstain"
_MSG_CLOSED = "The consultation is closed; add an addendum instead"
_MSG_OUTCOME = "Choose the outcome: approved, rejected or carried out"
_MSG_OUTCOME_DATE = "Enter the date of the outcome"
_MSG_OUTCOME_FUTURE = "The outcome cannot be dated on a day still to come: check the date"
_MSG_COEFFICIENT = "The coefficient of floor {floor} must be a number 0 or more"
_MSG_NO_COEFFICIENT = "Give floor {floor} a coefficient"
_MSG_TOTAL = "The total must be a whole amount in fen, more than 0"
_MSG_NOTHING_TO_SHARE = "Every household's coefficient is 0: the total cannot be shared"
_MSG_ADDENDUM = "Write the addendum"
_MSG_RULE_SPECIAL = "Agreement of at least 3/4 of the voting area and owners"
_MSG_RULE_ORDINARY = "Agreement of more than 1/2 of the voting area and owners"
_MSG_PARTICIPATION = "Owners holding at least 2/3 of the area and at least 2/3 in number take part"


def matter_label(matter: str) -> str:
    return tr(MATTERS.get(matter, matter))


def choice_label(choice: str | None) -> str:
    return tr(CHOICES[choice]) if choice in CHOICES else tr(NOT_VOTED)


def outcome_label(outcome: str) -> str:
    return tr(OUTCOMES[outcome])


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def is_special(matter: str) -> bool:
    return matter in SPECIAL_MATTERS


def participation_text() -> str:
    return tr(_MSG_PARTICIPATION)


def rule_text(matter: str) -> str:
    """The rule the kind of matter sets, as the forms show it before any vote."""
    return tr(_MSG_RULE_SPECIAL if is_special(matter) else _MSG_RULE_ORDINARY)


def check_consultation(fields: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if not str(fields.get("title") or "").strip():
        problems.append(Problem("title", _MSG_TITLE))
    if fields.get("matter") not in MATTERS:
        problems.append(Problem("matter", _MSG_MATTER))
    return problems


def check_open(status: str) -> None:
    if status == "final":
        raise ValidationError([Problem("status", _MSG_CLOSED)])


def area_centi(value: Any) -> int:
    """Floor area typed in m² ("86.5", 86.5) as whole hundredths of a m²; > 0 else refused."""
    try:
        d = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        d = Decimal("NaN")
    if not d.is_finite() or d <= 0 or d > 100_000:
        raise ValidationError([Problem("area", _MSG_AREA)])
    return int((d * 100).to_integral_value())


def area_text(centi: int) -> str:
    return f"{(Decimal(centi) / 100).quantize(Decimal('0.01'))}"


def check_household(room: str, floor: Any, rooms_already: Iterable[str]) -> list[Problem]:
    problems: list[Problem] = []
    if not room.strip():
        problems.append(Problem("room", _MSG_ROOM))
    elif room.strip() in set(rooms_already):
        problems.append(Problem("room", _MSG_ROOM_TWICE, {"room": room.strip()}))
    if isinstance(floor, bool) or not isinstance(floor, int) or not -5 <= floor <= 200:
        problems.append(Problem("floor", _MSG_FLOOR))
    return problems


def check_belongs(household: Mapping[str, Any] | None, consultation_id: str) -> None:
    if household is None or household.get("consultation_id") != consultation_id:
        raise ValidationError([Problem("household", _MSG_NOT_HOUSEHOLD)])


def check_vote(
    household_id: str,
    choice: str,
    households: Mapping[str, Mapping[str, Any]],
    votes: Mapping[str, str],
    *,
    correcting: bool = False,
) -> None:
    """A vote: for a household of this consultation, one per household (a correction says so)."""
    if household_id not in households:
        raise ValidationError([Problem("household", _MSG_NOT_HOUSEHOLD)])
    problems: list[Problem] = []
    if choice not in CHOICES:
        problems.append(Problem("choice", _MSG_CHOICE))
    if household_id in votes and not correcting:
        room = households[household_id].get("room", "")
        problems.append(
            Problem(
                "household", _MSG_VOTED, {"room": room, "choice": choice_label(votes[household_id])}
            )
        )
    if problems:
        raise ValidationError(problems)


@dataclass(frozen=True)
class Threshold:
    """One side of a rule: `have` of `of`, passing at `need` (the smallest passing count)."""

    have: int
    of: int
    need: int

    @property
    def met(self) -> bool:
        return self.of > 0 and self.have >= self.need


def _at_least(of: int, num: int, den: int) -> int:
    """The smallest n with n/of >= num/den."""
    return -(-of * num // den)


def _more_than(of: int, num: int, den: int) -> int:
    """The smallest n with n/of > num/den."""
    return of * num // den + 1


@dataclass(frozen=True)
class Tally:
    special: bool
    households: int
    area: int
    agree: int
    disagree: int
    abstain: int
    not_voted: int
    agree_area: int
    voting_area: int
    participation_area: Threshold
    participation_number: Threshold
    agreement_area: Threshold
    agreement_number: Threshold

    @property
    def voting(self) -> int:
        return self.agree + self.disagree + self.abstain

    @property
    def participation_met(self) -> bool:
        return self.participation_area.met and self.participation_number.met

    @property
    def agreement_met(self) -> bool:
        return self.agreement_area.met and self.agreement_number.met

    @property
    def passes(self) -> bool:
        return self.participation_met and self.agreement_met

    @property
    def rule_text(self) -> str:
        return tr(_MSG_RULE_SPECIAL if self.special else _MSG_RULE_ORDINARY)

    @property
    def participation_text(self) -> str:
        return tr(_MSG_PARTICIPATION)


def tally(
    households: Mapping[str, Mapping[str, Any]], votes: Mapping[str, str], matter: str
) -> Tally:
    """The live result: `households` id -> {"area": centi-m², ...}, `votes` id -> choice."""
    special = is_special(matter)
    total_area = sum(int(h["area"]) for h in households.values())
    counts = dict.fromkeys(CHOICES, 0)
    agree_area = voting_area = 0
    for hid, choice in votes.items():
        h = households.get(hid)
        if h is None or choice not in CHOICES:
            continue
        counts[choice] += 1
        voting_area += int(h["area"])
        if choice == "agree":
            agree_area += int(h["area"])
    n = len(households)
    voting = sum(counts.values())
    need_share = _at_least if special else _more_than
    num, den = (3, 4) if special else (1, 2)
    return Tally(
        special=special,
        households=n,
        area=total_area,
        agree=counts["agree"],
        disagree=counts["disagree"],
        abstain=counts["abstain"],
        not_voted=n - voting,
        agree_area=agree_area,
        voting_area=voting_area,
        participation_area=Threshold(voting_area, total_area, _at_least(total_area, 2, 3)),
        participation_number=Threshold(voting, n, _at_least(n, 2, 3)),
        agreement_area=Threshold(agree_area, voting_area, need_share(voting_area, num, den)),
        agreement_number=Threshold(counts["agree"], voting, need_share(voting, num, den)),
    )


# -- cost sharing ---------------------------------------------------------------------


def parse_coefficients(raw: Mapping[Any, Any]) -> dict[int, Fraction]:
    """Floor -> coefficient from what was typed ("0", "1.2", 1); negative is refused."""
    out: dict[int, Fraction] = {}
    problems: list[Problem] = []
    for floor, value in raw.items():
        try:
            d = Decimal(str(value).strip())
        except (InvalidOperation, ValueError):
            d = Decimal("NaN")
        if not d.is_finite() or d < 0:
            problems.append(Problem("coefficients", _MSG_COEFFICIENT, {"floor": floor}))
            continue
        out[int(floor)] = Fraction(d)
    if problems:
        raise ValidationError(problems)
    return out


def cost_shares(
    total_fen: Any,
    households: Mapping[str, Mapping[str, Any]],
    coefficients: Mapping[int, Fraction],
    *,
    by_area: bool = False,
) -> dict[str, int]:
    """Each household's share in fen: the total in proportion to its floor's coefficient
    (times its area when `by_area`), rounded down, and the fen left over given one each to
    the largest remainders (ties: the order of `households`). The shares add up exactly."""
    if isinstance(total_fen, bool) or not isinstance(total_fen, int) or total_fen <= 0:
        raise ValidationError([Problem("total", _MSG_TOTAL)])
    weights: dict[str, Fraction] = {}
    missing = sorted({int(h["floor"]) for h in households.values()} - set(coefficients))
    if missing:
        raise ValidationError(
            [Problem("coefficients", _MSG_NO_COEFFICIENT, {"floor": f}) for f in missing]
        )
    for hid, h in households.items():
        c = coefficients[int(h["floor"])]
        if c < 0:
            raise ValidationError(
                [Problem("coefficients", _MSG_COEFFICIENT, {"floor": int(h["floor"])})]
            )
        weights[hid] = c * int(h["area"]) if by_area else c
    whole = sum(weights.values(), Fraction(0))
    if whole == 0:
        raise ValidationError([Problem("coefficients", _MSG_NOTHING_TO_SHARE)])
    shares: dict[str, int] = {}
    remainders: list[tuple[Fraction, int, str]] = []
    for i, (hid, w) in enumerate(weights.items()):
        quota = total_fen * w / whole
        shares[hid] = quota.numerator // quota.denominator
        remainders.append((quota - shares[hid], -i, hid))
    left = total_fen - sum(shares.values())
    for _, _, hid in sorted(remainders, reverse=True)[:left]:
        shares[hid] += 1
    return shares


def check_outcome(outcome: str, date: Any) -> None:
    problems: list[Problem] = []
    if outcome not in OUTCOMES:
        problems.append(Problem("outcome", _MSG_OUTCOME))
    if not date:
        problems.append(Problem("outcome_date", _MSG_OUTCOME_DATE))
    elif str(date) > clock.today().isoformat():  # a vote is recorded once held (ISO days)
        problems.append(Problem("outcome_date", _MSG_OUTCOME_FUTURE))
    if problems:
        raise ValidationError(problems)


def check_addendum(text: str) -> None:
    if not text.strip():
        raise ValidationError([Problem("text", _MSG_ADDENDUM)])
