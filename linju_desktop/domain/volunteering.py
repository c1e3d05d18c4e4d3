"""Volunteers, the activity library, goods, hours and points (志愿服务与积分).

Rules the civil-affairs guidance on volunteer records (2021) and the 2023 rules against
formalism set, as this module encodes them:
- The organiser records who served, what, where, when and how many hours; a volunteer is
  kept with the least personal data (a name, optionally a phone and where they live) and
  the date they agreed to be recorded (consent).
- Hours are typed once, per person per task, 0 < h <= 24, and at most 24 a day per person.
  Points are never typed: they follow from the task record by the rule the task took from
  the library when it was published (so editing the library later changes no past points).
- Points are exchanged for goods: an exchange reduces the balance and the stock, and is
  undone only by a reversing entry, never erased.
- Nothing here ranks people: a person's figures belong to that person's record only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from linju_sync.protocol import points as points_rule

from linju_desktop.domain import clock
from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.domain.i18n import tr

VOLUNTEER_KINDS: dict[str, str] = {
    "member": "党员",
    "reporting": "报到党员（下沉）",
    "resident": "居民",
    "youth": "青少年志愿者",
}

RULES: dict[str, str] = {  # the codes are linju_sync.protocol.points.RULES
    "per_hour": "按小时",
    "per_task": "按次",
    "per_rating": "按评价",
}

CATEGORIES: dict[str, str] = {
    "environment": "环境整治",
    "elderly": "为老助残",
    "safety": "平安守护",
    "civility": "文明宣传",
    "mutual_help": "邻里互助",
}


@dataclass(frozen=True)
class Item:
    category: str
    name: str
    rule: str
    points: int  # per hour, per task, or for a 满意 rating


def _items(category: str, rule: str, points: int, names: str) -> list[Item]:
    return [Item(category, n, rule, points) for n in names.split()]


# The default library: 5 categories, 39 items (the source district's count). Editable.
DEFAULT_ITEMS: tuple[Item, ...] = (
    *_items(
        "environment",
        "per_hour",
        10,
        "楼道清理 垃圾分类引导 绿化养护 小广告清理 飞线充电劝导 车辆停放引导 卫生死角清理 "
        "环境卫生大扫除",
    ),
    *_items("elderly", "per_task", 20, "帮办代办 代购代缴 助餐送餐 理发义剪"),
    *_items("elderly", "per_hour", 10, "陪同就医 上门探访 读报陪聊 健康监测"),
    *_items(
        "safety",
        "per_hour",
        10,
        "治安巡逻 消防隐患排查 防诈骗宣传 电动车安全检查 门岗值守 汛期巡查 疫苗接种引导",
    ),
    *_items(
        "civility",
        "per_hour",
        8,
        "政策宣讲 文艺活动 读书会 移风易俗宣传 节日活动组织 青少年课堂 普法宣传 垃圾分类宣讲",
    ),
    *_items("mutual_help", "per_rating", 20, "家电维修 矛盾调解 管道疏通"),
    *_items("mutual_help", "per_hour", 10, "法律咨询 心理疏导 便民服务日 邻里议事协助 志愿者培训"),
)

DEFAULT_GOODS: tuple[tuple[str, int, int], ...] = (
    # name, points per unit, opening stock
    ("洗衣液", 100, 40),
    ("毛巾", 50, 60),
    ("抽纸（一提）", 30, 80),
    ("食用油（5升）", 200, 20),
    ("理发券", 40, 50),
)

MAX_MINUTES_A_DAY = 24 * 60

_MSG_NAME = "Enter the volunteer's name"
_MSG_KIND = "Choose what kind of volunteer this is: member, reporting member, resident or youth"
_MSG_CONSENT = "Enter the date the volunteer agreed to be recorded"
_MSG_CONSENT_FUTURE = "The volunteer cannot have agreed on a day still to come: check the date"
_MSG_EMPLOYER = "Enter the employer of the reporting member"
_MSG_RULE = "Choose the points rule: per hour, per task or per rating"
_MSG_POINTS = "Points must be a whole number from 0 to 10000"
_MSG_CATEGORY = "Choose one of the activity categories"
_MSG_ITEM_NAME = "Enter the name of the activity"
_MSG_HOURS = "Hours must be a number more than 0 and at most 24, such as 2 or 1.5"
_MSG_DAY_FULL = "{name} already has {hours} hours on {day}; a day has at most 24"
_MSG_GOODS_NAME = "Enter the name of the goods"
_MSG_STOCK = "Stock must be a whole number, 0 or more"
_MSG_QUANTITY = "The quantity must be a whole number, 1 or more"
_MSG_BALANCE = "{name} has {balance} points; this exchange needs {points}"
_MSG_OUT_OF_STOCK = "Only {stock} of “{goods}” are left; {quantity} asked"
_MSG_NOT_EXCHANGE = "Only an exchange can be reversed"
_MSG_REVERSED = "This exchange has already been reversed"
_MSG_REVERSE_NOTE = "Say why the exchange is reversed"


def kind_label(kind: str) -> str:
    return tr(VOLUNTEER_KINDS[kind])


def rule_label(rule: str) -> str:
    return tr(RULES[rule])


def category_label(category: str) -> str:
    return tr(CATEGORIES.get(category, category))


def check_volunteer(fields: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if not str(fields.get("name") or "").strip():
        problems.append(Problem("name", _MSG_NAME))
    kind = fields.get("kind")
    if kind not in VOLUNTEER_KINDS:
        problems.append(Problem("kind", _MSG_KIND))
    consent = str(fields.get("consent_date") or "")
    if not consent:
        problems.append(Problem("consent_date", _MSG_CONSENT))
    elif consent > clock.today().isoformat():  # ISO days compare as text
        problems.append(Problem("consent_date", _MSG_CONSENT_FUTURE))
    if kind == "reporting" and not str(fields.get("employer") or "").strip():
        problems.append(Problem("employer", _MSG_EMPLOYER))
    return problems


def check_item(fields: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if fields.get("category") not in CATEGORIES:
        problems.append(Problem("category", _MSG_CATEGORY))
    if not str(fields.get("name") or "").strip():
        problems.append(Problem("name", _MSG_ITEM_NAME))
    if fields.get("rule") not in RULES:
        problems.append(Problem("rule", _MSG_RULE))
    points = fields.get("points")
    if isinstance(points, bool) or not isinstance(points, int) or not 0 <= points <= 10_000:
        problems.append(Problem("points", _MSG_POINTS))
    return problems


def check_goods(name: str, points: Any, stock: Any) -> list[Problem]:
    problems: list[Problem] = []
    if not name.strip():
        problems.append(Problem("name", _MSG_GOODS_NAME))
    if isinstance(points, bool) or not isinstance(points, int) or not 0 < points <= 10_000:
        problems.append(Problem("points", _MSG_POINTS))
    if isinstance(stock, bool) or not isinstance(stock, int) or stock < 0:
        problems.append(Problem("stock", _MSG_STOCK))
    return problems


# -- hours ----------------------------------------------------------------------------


def minutes_of(hours: Any) -> int:
    """Hours as typed ("2", "1.5", 3, Decimal) in whole minutes; 0 < h <= 24 else refused."""
    try:
        value = Decimal(str(hours).strip())
    except (InvalidOperation, ValueError):
        value = Decimal("NaN")
    if not value.is_finite() or value <= 0 or value > 24:
        raise ValidationError([Problem("hours", _MSG_HOURS)])
    minutes = int((value * 60).to_integral_value())
    if minutes <= 0:
        raise ValidationError([Problem("hours", _MSG_HOURS)])
    return minutes


def hours_text(minutes: int) -> str:
    """Minutes as hours for people: 90 -> "1.5", 120 -> "2", 20 -> "0.33"."""
    value = (Decimal(minutes) / 60).quantize(Decimal("0.01")).normalize()
    return f"{value:f}"


def check_day(name: str, day: str, minutes_already: int, minutes: int) -> list[Problem]:
    """A person's hours on one day, across tasks, stay within 24."""
    if minutes_already + minutes > MAX_MINUTES_A_DAY:
        return [
            Problem(
                "hours",
                _MSG_DAY_FULL,
                {"name": name, "hours": hours_text(minutes_already), "day": day},
            )
        ]
    return []


# -- points ---------------------------------------------------------------------------

# The rule lives in the wire protocol: the district's figures count points by the same code.
points_for = points_rule.points_for


@dataclass(frozen=True)
class Exchange:
    points: int  # negative: what the balance loses
    quantity: int


def exchange(
    *, name: str, balance: int, goods: str, cost: int, stock: int, quantity: Any
) -> Exchange:
    """An exchange of `quantity` goods at `cost` points each, within balance and stock."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise ValidationError([Problem("quantity", _MSG_QUANTITY)])
    problems: list[Problem] = []
    need = cost * quantity
    if need > balance:
        problems.append(
            Problem("quantity", _MSG_BALANCE, {"name": name, "balance": balance, "points": need})
        )
    if quantity > stock:
        problems.append(
            Problem(
                "quantity",
                _MSG_OUT_OF_STOCK,
                {"stock": stock, "goods": goods, "quantity": quantity},
            )
        )
    if problems:
        raise ValidationError(problems)
    return Exchange(-need, quantity)


def reversal(entry: Mapping[str, Any], reversed_ids: Iterable[str], note: str) -> Exchange:
    """The entry that undoes an exchange: points and quantity back, once."""
    if entry.get("kind") != "exchange":
        raise ValidationError([Problem("entry", _MSG_NOT_EXCHANGE)])
    if entry["id"] in set(reversed_ids):
        raise ValidationError([Problem("entry", _MSG_REVERSED)])
    if not note.strip():
        raise ValidationError([Problem("note", _MSG_REVERSE_NOTE)])
    return Exchange(-int(entry["points"]), -int(entry["quantity"]))


def stock_left(opening: int, exchanged: Iterable[int]) -> int:
    """Opening stock less the net quantity exchanged (reversals are negative quantities)."""
    return opening - sum(exchanged)
