"""The demo station's neighbourhood work: volunteers, tasks and errands with their hours and
ratings, points exchanged for goods, and consultations with households, votes, cost
sharing and outcomes. Called by services/demo.py with its generator (random stream, ids,
batched writes), so the same seed gives the same station.

The rows obey the domain's rules (checked by tests/services/test_demo.py through the
services' own reads): hours 0 < h <= 24 a day per person, exchanges within the balance the
task records earn and within the stock, one vote per household, outcomes as the art. 278
tally of the votes decides, cost shares adding up to the total.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from linju_sync.protocol.points import points_for

from linju_desktop.domain import consultations as crules
from linju_desktop.domain import volunteering as vrules
from linju_desktop.services.consultations import vote_id
from linju_desktop.services.demo import EMPLOYERS, PLACES, _utc

if TYPE_CHECKING:
    from linju_desktop.services.demo import _Generator


@dataclass(frozen=True)
class Volumes:
    volunteers: tuple[int, int]  # people on the volunteer list besides members
    member_share: float  # of active members who volunteer
    tasks_per_year: tuple[int, int]
    errand_share: float
    takers: tuple[int, int]  # volunteers on an ordinary task
    consultations_per_year: tuple[int, int]
    floors: tuple[int, int]  # of the building a consultation concerns


REALISTIC = Volumes((14, 20), 0.6, (20, 24), 0.25, (10, 16), (1, 2), (5, 7))
# 10 years: about 5,000 tasks, 30,000 hour entries and 200 consultations.
STRESS = Volumes((250, 250), 0.6, (500, 500), 0.3, (6, 10), (20, 20), (6, 18))

ERRANDS = (
    ("帮办代办", "代办高龄津贴认证", "已陪同完成认证"),
    ("代购代缴", "代缴水电燃气费", "已代缴并送回票据"),
    ("陪同就医", "陪同到社区医院复诊", "已陪同就诊并取药"),
    ("助餐送餐", "为独居老人送午餐", "已按时送达"),
    ("家电维修", "修理电视机", "更换了电源板"),
    ("上门探访", "探望独居老人", "老人身体状况良好"),
    ("管道疏通", "疏通厨房下水道", "已疏通"),
)
RESULTS = ("按计划完成", "完成，居民反映良好", "完成，发现问题已报物业", "完成")
ELDERLY = [
    "张奶奶",
    "李大爷",
    "王奶奶",
    "赵大爷",
    "刘奶奶",
    "陈大爷",
    "杨奶奶",
    "孙大爷",
    "周奶奶",
    "吴大爷",
]
COEFFICIENTS = ("0", "0.4", "0.6", "0.8", "1", "1.1", "1.2", "1.3", "1.4", "1.5")
CONSULTATION_TITLES = {
    "lift": "{b}{u}加装电梯",
    "renovation": "{b}{u}更换老旧燃气管道",
    "repair_funds": "{b}使用维修资金修缮屋面防水",
    "other": "{b}楼道增设电动车充电桩",
}


class NeighbourhoodMaker:
    def __init__(self, gen: _Generator, volumes: Volumes) -> None:
        self.g, self.v, self.r = gen, volumes, gen.rng
        self.earned: dict[str, int] = {}
        self.minutes_on: dict[tuple[str, dt.date], int] = {}

    def run(self) -> None:
        self.library()
        self.people()
        self.tasks()
        self.exchanges()
        self.consultations()

    def library(self) -> None:
        self.items: list[dict[str, Any]] = []
        for i, item in enumerate(vrules.DEFAULT_ITEMS):
            row = {"id": self.g.new_id(), **vars(item), "active": 1, "sort": i}
            self.items.append(row)
            self.g.sink.add("activity_items", row)
        self.by_name = {i["name"]: i for i in self.items}
        scale = 1 if self.v is REALISTIC else 20
        self.goods = []
        for name, points, stock in vrules.DEFAULT_GOODS:
            row = {"id": self.g.new_id(), "name": name, "points": points,
                   "stock": stock * scale, "active": 1}  # fmt: skip
            self.goods.append(row)
            self.g.sink.add("goods", row)

    def people(self) -> None:
        g, r = self.g, self.r
        consent = g.start
        self.people_ids: list[str] = []
        active = [m for m in g.members if m.left is None and m.mobility == "normal"]
        for m in active:
            if r.random() < self.v.member_share:
                self._person(m.name, "member", consent, member_id=m.id, building=m.building)
        for _ in range(g.draw(self.v.volunteers)):
            kind = r.choices(("resident", "reporting", "youth"), (6, 3, 1))[0]
            born = r.randint(2005, 2010) if kind == "youth" else r.randint(1950, 1995)
            name = g.name(r.choice(("male", "female")), born)
            employer = r.choice(EMPLOYERS) if kind == "reporting" else ""
            self._person(name, kind, g.day_between(g.start, g.today), employer=employer,
                         building=r.randint(1, g.n_buildings))  # fmt: skip

    def _person(self, name: str, kind: str, consent: dt.date, **extra: Any) -> None:
        g = self.g
        building, unit, room = g.address(extra.pop("building"))
        row = {"id": g.new_id(), "name": name, "kind": kind, "consent_date": consent.isoformat(),
               "phone": g.mobile() if kind != "youth" else "", "building": building,
               "unit": unit, "room": room, **extra}  # fmt: skip
        self.people_ids.append(row["id"])
        g.sink.add("volunteers", row)

    def tasks(self) -> None:
        g = self.g
        self.served: list[tuple[str, dt.date]] = []  # (person, day) of each hour entry
        days: list[dt.date] = []
        spans = g.year_spans()
        for _year, first, last, share in spans:
            if last == g.today:  # a fortnight's tasks already published ahead
                last += dt.timedelta(days=14)
            n = round(g.draw(self.v.tasks_per_year) * share)
            days += [g.day_between(first, last) for _ in range(n)]
        seq: dict[int, int] = {}
        for day in sorted(days):
            seq[day.year] = seq.get(day.year, 0) + 1
            self.task(day, f"R{day.year}-{seq[day.year]:05d}")

    def task(self, day: dt.date, number: str) -> None:
        g, r = self.g, self.r
        errand = r.random() < self.v.errand_share
        if errand:
            item_name, title, result = r.choice(ERRANDS)
            resident = r.choice(ELDERLY)
            places = 1
        else:
            item_name = r.choice([i["name"] for i in self.items if i["category"] != "elderly"])
            title, result, resident = f"{item_name}（{day.month}月）", r.choice(RESULTS), ""
            places = g.draw(self.v.takers) + r.randint(0, 2)
        item = self.by_name[item_name]
        age = (g.today - day).days
        state = "published"
        if age >= 0:
            state = r.choices(("rated", "done", "cancelled"), (85, 12, 3) if age > 14 else
                              (40, 50, 10))[0]  # fmt: skip
        elif age > -7 and r.random() < 0.6:
            state = "taken"
        published = dt.datetime.combine(day - dt.timedelta(days=r.randint(2, 10)), dt.time(9))
        rating = None
        if state == "rated":
            rating = r.choices(("satisfied", "basically", "unsatisfied"), (85, 12, 3))[0]
        row = {
            "id": g.new_id(), "number": number, "kind": "errand" if errand else "task",
            "item_id": item["id"], "category": item["category"], "title": title,
            "date": day.isoformat(), "place": "" if errand else r.choice(PLACES).format(community=g.identity.community),
            "places": places, "source": r.choices(("plan", "request", "neighbour_meeting"),
                                                  (6, 3, 1))[0],
            "resident": resident,
            "resident_address": f"{r.randint(1, g.n_buildings)}号楼" if errand else "",
            "rule": item["rule"], "points": item["points"], "state": state,
            "result": result if state in ("done", "rated") else None,
            "rating": rating, "published_at": _utc(published),
            "done_at": _utc(dt.datetime.combine(day, dt.time(17))) if state in ("done", "rated")
            else None,
            "rated_at": _utc(dt.datetime.combine(day + dt.timedelta(days=2), dt.time(10)))
            if state == "rated" else None,
            "cancel_note": "天气原因取消" if state == "cancelled" else None,
        }  # fmt: skip
        g.sink.add("tasks", row)
        if state == "published":
            return
        takers = r.sample(self.people_ids, min(places, max(1, places - r.randint(0, 1))))
        for v in takers:
            g.sink.add("task_takers", {"id": g.new_id(), "task_id": row["id"], "volunteer_id": v,
                                       "taken_at": _utc(published + dt.timedelta(days=1))})  # fmt: skip
        if state not in ("done", "rated"):
            return
        for v in takers:
            minutes = r.choice((90, 120, 150, 180, 180, 240, 300))
            if self.minutes_on.get((v, day), 0) + minutes > vrules.MAX_MINUTES_A_DAY:
                continue
            self.minutes_on[(v, day)] = self.minutes_on.get((v, day), 0) + minutes
            g.sink.add("service_hours", {"id": g.new_id(), "task_id": row["id"],
                                         "volunteer_id": v, "day": day.isoformat(),
                                         "minutes": minutes, "recorded_by": "书记"})  # fmt: skip
            earned = points_for(row["rule"], row["points"], minutes, state, rating)
            self.earned[v] = self.earned.get(v, 0) + earned
            self.served.append((v, day))

    def exchanges(self) -> None:
        """Some people exchange part of their points, on the latest day they served; a few
        exchanges are reversed (wrong person recorded)."""
        g, r = self.g, self.r
        last_day: dict[str, dt.date] = {}
        first_day: dict[str, dt.date] = {}
        for v, day in self.served:
            last_day[v] = max(day, last_day.get(v, day))
            first_day[v] = min(day, first_day.get(v, day))
        left = {x["id"]: x["stock"] for x in self.goods}
        for v in sorted(last_day, key=self.people_ids.index):
            balance = self.earned.get(v, 0)
            for _ in range(r.randint(0, 3)):
                # the balance checked is the whole record's (as the service does), so any
                # day the person has served by is a fair day to exchange
                day = g.day_between(first_day[v], last_day[v])
                goods = r.choice(self.goods)
                if goods["points"] > balance or left[goods["id"]] < 1 or r.random() < 0.3:
                    continue
                balance -= goods["points"]
                left[goods["id"]] -= 1
                entry = {"id": g.new_id(), "volunteer_id": v, "kind": "exchange",
                         "goods_id": goods["id"], "quantity": 1, "points": -goods["points"],
                         "date": day.isoformat(), "recorded_by": "书记"}  # fmt: skip
                g.sink.add("points_ledger", entry)
                if r.random() < 0.03:
                    g.sink.add("points_ledger", {**entry, "id": g.new_id(), "kind": "reversal",
                                                 "quantity": -1, "points": goods["points"],
                                                 "reverses_id": entry["id"],
                                                 "note": "登记错人，冲正"})  # fmt: skip
                    balance += goods["points"]
                    left[goods["id"]] += 1

    def consultations(self) -> None:
        g = self.g
        meetings = list(getattr(g, "neighbour_meetings", []))
        for _year, first, last, share in g.year_spans():
            for _ in range(round(g.draw(self.v.consultations_per_year) * max(share, 0.5))):
                self.consultation(g.day_between(first, last), meetings)

    def consultation(self, opened: dt.date, meetings: list[tuple[dt.date, str]]) -> None:
        g, r = self.g, self.r
        matter = r.choices(("lift", "renovation", "repair_funds", "other"), (6, 2, 1, 1))[0]
        b, u = f"{r.randint(1, g.n_buildings)}号楼", f"{r.randint(1, 4)}单元"
        cid = g.new_id()
        linked = [mid for day, mid in meetings if 0 <= (opened - day).days <= 40][:2]
        households: dict[str, dict[str, Any]] = {}
        floors = g.draw(self.v.floors)
        for floor in range(1, floors + 1):
            for side in (1, 2):
                hid = g.new_id()
                area = r.choice((6050, 7230, 7810, 8590, 9120))
                households[hid] = {"floor": floor, "area": area}
                g.sink.add("households", {"id": hid, "consultation_id": cid,
                                          "room": f"{floor}{side:02d}", "floor": floor,
                                          "area": area, "owner": g.name(r.choice(("male", "female")),
                                                                       r.randint(1940, 1990))})  # fmt: skip
        ongoing = (g.today - opened).days < 45
        keen = r.uniform(0.75, 1.0)
        votes: dict[str, str] = {}
        for hid, h in households.items():
            if r.random() < (0.55 if ongoing else 0.9):
                low = h["floor"] <= 2 and matter == "lift"
                p_agree = keen * (0.6 if low else 1.05)
                votes[hid] = "agree" if r.random() < p_agree else r.choice(("disagree", "abstain"))
        for hid, choice in votes.items():
            g.sink.add("votes", {"id": vote_id(hid), "consultation_id": cid, "household_id": hid,
                                 "choice": choice, "recorded_by": "书记",
                                 "recorded_at": _utc(dt.datetime.combine(
                                     opened + dt.timedelta(days=r.randint(1, 30)),
                                     dt.time(19)))})  # fmt: skip
        row: dict[str, Any] = {"id": cid, "title": CONSULTATION_TITLES[matter].format(b=b, u=u),
                               "matter": matter, "building": b, "unit": u,
                               "meeting_ids": json.dumps(linked), "opened_date": opened.isoformat(),
                               "status": "open"}  # fmt: skip
        if matter == "lift":
            coeff = {
                f: COEFFICIENTS[min(f - 1, len(COEFFICIENTS) - 1)] for f in range(1, floors + 1)
            }
            row.update(
                total_fen=r.randint(30, 60) * 1_000_000,
                by_area=0,
                coefficients=json.dumps({str(k): v for k, v in coeff.items()}),
            )
            crules.cost_shares(row["total_fen"], households,
                               {k: Fraction(v) for k, v in coeff.items()})  # fmt: skip
        if not ongoing:
            t = crules.tally(households, votes, matter)
            decided = opened + dt.timedelta(days=r.randint(30, 45))
            row.update(outcome="approved" if t.passes else "rejected",
                       outcome_date=decided.isoformat(), status="final",
                       closed_at=_utc(dt.datetime.combine(decided, dt.time(20))))  # fmt: skip
            done = decided + dt.timedelta(days=r.randint(120, 300))
            if t.passes and done <= g.today:
                row.update(outcome="carried_out", carried_out_date=done.isoformat())
        g.sink.add("consultations", row)
