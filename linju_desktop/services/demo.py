"""Demo stations: a compound branch with its records, for trying Linju out,
screenshots and printouts (REALISTIC) and for the benchmarks (STRESS, the
issue's "ten-year station").

generate() fills an empty store in one transaction with bulk inserts. Rows are
written in their final form (finalised minutes, requests in their current
state with the full event history), exactly as the services would have left
them; the change log is filled by the triggers as for any write.

A Profile holds the volumes. Both follow the rhythms of domain/meetings.py
(monthly committee, group and theme-day meetings, quarterly branch assemblies
and party classes, the yearly life meeting in December).

REALISTIC (defaults: this year so far and the previous whole year, 40
members) is one branch's year as DOMAIN.md derives it from the district's
figures: 4-5 building party groups, about 9 centre households, roughly 100
meetings a year (joint meetings quarterly, about 7 neighbour meetings of 5-15
residents), a full attendance roll for every meeting with a roster, 30-50
resident requests, and 35-70 expenses of tens to a few thousand yuan that
spend nearly all of the 14,500 yuan allocation; a couple of mistyped entries
are reversed.

STRESS (defaults: 10 years, 500 members) and how it scales:
- meetings: about 200 a year; joint meetings monthly, the rest beyond the
  rhythms are neighbour meetings. Scales with `years`.
- attendance: 4 rows per member and year (20,000 by default). A branch of
  500 would produce many times that if every meeting had a roll, so rolls are
  kept for every committee meeting, for the last year's meetings and for a
  random share of older ones until the budget is used; the other minutes give
  the counts in their text, as paper minutes do.
- expenses: about 1,000 a year of small amounts against an allocation of
  14,500 yuan (1,450,000 fen); a few reversals. Scales with `years`.
- requests: 4 per member and year (20,000 by default) with about 5 events
  each, following the legal transitions of domain/requests.py.

Everything, ids included, comes from random.Random(seed): the same seed gives
the same station (only HLC stamps and change-log op ids differ). generate() can
name another branch (community, street) and take the ids from their own seed, as
the district simulation (`linju-server simulate-district`) does for each station.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from linju_desktop.domain import clock
from linju_desktop.domain import funds as fund_rules
from linju_desktop.domain import meetings as meeting_rules
from linju_desktop.domain import requests as req_rules
from linju_desktop.domain.dates import add_months, anniversary
from linju_desktop.domain.identity import check_char
from linju_desktop.domain.members import ADMISSION_AGE
from linju_desktop.services.members import initials
from linju_desktop.store.database import Store
from linju_desktop.store.reads import members as member_reads
from linju_desktop.store.schema import SYNCED_TABLES

Progress = Callable[[str, int, int], None]

ALLOCATION_SOURCE = "区委组织部"


@dataclass(frozen=True)
class Profile:
    """How big a demo station is and how busy its years are.

    Ranges are (low, high), both included; counts per year are drawn for each
    calendar year and scaled down for a partial one. A fixed range (low ==
    high) draws nothing from the random stream, so STRESS stays what it was.
    """

    name: str
    years: int  # default length of the record
    members: int  # default size of the roster
    # True: start on 1 January so the first year is whole (this year so far and
    # the previous ones); False: start exactly `years` before today.
    calendar_years: bool
    groups: tuple[int, int]  # building party groups, one per building
    centre_households: tuple[int, int] | None  # None: about one steady member in twenty
    # Neighbour meetings fill up to this many meetings a year; None: they are
    # counted by neighbour_meetings_per_year instead.
    meetings_per_year: int | None
    neighbour_meetings_per_year: tuple[int, int]
    neighbour_residents: tuple[int, int]  # residents counted at each neighbour meeting
    joint_meetings_per_year: int  # 12 monthly, 4 quarterly (a divisor of 12)
    # Attendance rows per member and year (rolls for a share of the meetings);
    # None: every meeting with a roster has its full roll.
    attendance_per_member_year: int | None
    requests_per_member_year: int | None  # None: requests_per_year instead
    requests_per_year: tuple[int, int]
    # Cumulative shares of requests planned to end archived, rated and done
    # (when time allows); the rest stay open somewhere in the loop.
    request_plan: tuple[float, float, float]
    expenses_per_year: tuple[int, int]
    expense_spread: float  # sigma of the lognormal factor on each category's typical amount
    min_expense_fen: int
    allocation_fen: int
    spend_share: tuple[float, float]  # of the allocation, for a year that does not overdraw
    overdraw_chance: float  # per whole year
    reversal_chance: float  # per expense
    # True: the reversed entry is an extra mistyped copy (ten times the amount)
    # and the right entry stands, so spending stays on target; False: the entry
    # itself is reversed.
    reversal_keeps_entry: bool

    def __post_init__(self) -> None:
        if not 0 < self.joint_meetings_per_year <= 12 or 12 % self.joint_meetings_per_year:
            raise ValueError("joint meetings a year must divide 12 (evenly spaced months)")


# The ten-year station's volumes under their old names (tests and benchmarks use them).
MEETINGS_PER_YEAR = 200
ATTENDANCE_PER_MEMBER_YEAR = 4
EXPENSES_PER_YEAR = 1000
REQUESTS_PER_MEMBER_YEAR = 4
ALLOCATION_FEN = 1_450_000

# The ten-year station of the benchmarks: volumes many times a real branch's.
STRESS = Profile(
    name="stress",
    years=10,
    members=500,
    calendar_years=False,
    groups=(6, 10),
    centre_households=None,
    meetings_per_year=MEETINGS_PER_YEAR,
    neighbour_meetings_per_year=(0, 0),  # unused: neighbour meetings fill up to 200
    neighbour_residents=(12, 60),
    joint_meetings_per_year=12,
    attendance_per_member_year=ATTENDANCE_PER_MEMBER_YEAR,
    requests_per_member_year=REQUESTS_PER_MEMBER_YEAR,
    requests_per_year=(0, 0),  # unused: per member and year instead
    # Mostly "done" with no follow-up yet: about five events per request, the
    # volume the benchmarks are sized for.
    request_plan=(0.15, 0.2, 0.985),
    expenses_per_year=(EXPENSES_PER_YEAR, EXPENSES_PER_YEAR),
    expense_spread=0.6,
    min_expense_fen=100,
    allocation_fen=ALLOCATION_FEN,
    spend_share=(0.8, 0.95),
    overdraw_chance=0.1,
    reversal_chance=0.01,
    reversal_keeps_entry=False,
)

# One branch's year as DOMAIN.md derives it from the district's figures: the
# station for screenshots, printouts and a first look.
REALISTIC = Profile(
    name="realistic",
    years=2,
    members=40,
    calendar_years=True,
    groups=(4, 5),
    centre_households=(8, 10),
    meetings_per_year=None,
    neighbour_meetings_per_year=(6, 8),
    neighbour_residents=(5, 15),
    joint_meetings_per_year=4,
    attendance_per_member_year=None,
    requests_per_member_year=None,
    requests_per_year=(30, 50),
    request_plan=(0.6, 0.75, 0.97),
    expenses_per_year=(35, 70),
    expense_spread=0.8,  # a few big entries (New Year visits, printing) among small ones
    min_expense_fen=2000,
    allocation_fen=ALLOCATION_FEN,
    spend_share=(0.96, 0.995),
    overdraw_chance=0.0,
    reversal_chance=0.02,
    reversal_keeps_entry=True,
)
BATCH = 5000  # rows per insert_many call: bounds memory, keeps executemany large

# The station is in one city (Beijing): UTC+8, and its districts' region codes.
UTC_OFFSET = dt.timedelta(hours=8)
REGION_CODES = (
    "110101", "110102", "110105", "110106", "110107", "110108", "110111", "110112",
    "110113", "110114", "110115",
)  # fmt: skip

# (surname, relative frequency per mille), after the 2020 census lists.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22),
    ("赵", 20), ("吴", 19), ("周", 19), ("徐", 15), ("孙", 15), ("马", 14), ("朱", 13),
    ("胡", 12), ("郭", 12), ("何", 11), ("高", 11), ("林", 11), ("罗", 10), ("郑", 9),
    ("梁", 9), ("谢", 8), ("宋", 8), ("唐", 8), ("许", 7), ("韩", 7), ("冯", 7), ("邓", 7),
    ("曹", 7), ("彭", 6), ("曾", 6), ("肖", 6), ("田", 6), ("董", 5), ("袁", 5), ("潘", 5),
    ("于", 5), ("蒋", 5), ("蔡", 5), ("余", 5), ("杜", 5), ("叶", 4), ("程", 4), ("苏", 4),
    ("魏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("沈", 4), ("姚", 4), ("卢", 4), ("姜", 3),
    ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 3),
    ("廖", 3), ("贾", 3), ("夏", 3), ("韦", 3), ("付", 3), ("方", 3), ("白", 3), ("邹", 3),
    ("孟", 3), ("熊", 3), ("秦", 3), ("邱", 3), ("江", 3), ("尹", 3), ("薛", 2), ("闫", 2),
    ("段", 2), ("雷", 2), ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2),
    ("顾", 2), ("毛", 2), ("郝", 2), ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2), ("严", 2),
    ("武", 2), ("戴", 2), ("孔", 2), ("欧阳", 0.6), ("司马", 0.3), ("上官", 0.3),
    ("诸葛", 0.2),
)  # fmt: skip
_SURNAME_NAMES = [s for s, _ in SURNAMES]
_SURNAME_CUM = [sum(w for _, w in SURNAMES[: i + 1]) for i in range(len(SURNAMES))]

# Given names: whole names typical of a generation, and characters to combine.
OLD_MALE: tuple[str, ...] = (
    "建国", "建华", "建军", "国强", "国庆", "卫国", "卫东", "志强", "志刚", "德胜", "振华", "长江", "保国", "树林", "学军",
    "红旗", "永福", "德明", "文华", "玉山", "福生", "金山", "广义", "守仁", "连生", "跃进", "胜利", "宝林", "春生", "兴旺",
)  # fmt: skip
OLD_FEMALE: tuple[str, ...] = (
    "秀英", "桂英", "玉兰", "秀兰", "淑珍", "凤英", "桂兰", "丽华", "淑华", "红梅", "爱华", "秀珍", "玉珍", "翠兰", "素芬",
    "桂芝", "凤兰", "秀芳", "淑英", "玉梅", "金凤", "兰英", "彩霞", "美兰", "春花", "秀云", "素珍", "玉英", "月娥", "惠兰",
)  # fmt: skip
MALE_CHARS = "伟刚勇毅俊峰强军平东文辉力明永健志兴良海山波宁福龙国胜学祥才武新利清飞彬杰涛成康光天达安进林博诚振磊民浩亮超斌栋鹏泽晨宇轩然睿"
FEMALE_CHARS = "秀娟英华慧美娜静淑惠玉萍红玲芬芳燕春兰凤洁梅琳云雪荣霞香艳佳琼珍莉晶妍倩婷颖露瑶怡丹蓉君琴薇梦岚馨悦欣晓雯萱雨涵"
MINORITY_NAMES: tuple[tuple[str, str, str], ...] = (
    ("阿依古丽·买买提", "female", "维吾尔族"), ("艾力·吐尔逊", "male", "维吾尔族"),
    ("巴特尔", "male", "蒙古族"), ("其其格", "female", "蒙古族"), ("扎西", "male", "藏族"),
    ("卓玛", "female", "藏族"), ("阿不都·热合曼", "male", "维吾尔族"),
    ("乌云娜", "female", "蒙古族"),
)  # fmt: skip
HAN_LIKE_MINORITIES = ("回族", "满族", "朝鲜族", "土家族", "壮族")

EDUCATION_OLD = ("小学", "初中", "初中", "高中", "高中", "中专", "大专", "本科")
EDUCATION_YOUNG = ("高中", "大专", "本科", "本科", "本科", "硕士研究生", "博士研究生")
EMPLOYERS = (
    "朝阳区卫生健康委员会", "朝阳区教育委员会", "北京市第八十中学", "朝阳区人民法院",
    "中国建设银行北京朝阳支行", "北京燃气集团", "朝阳区城市管理委员会", "北京地铁运营有限公司",
    "国家电网北京朝阳供电公司", "朝阳区税务局",
)  # fmt: skip
DESTINATIONS = ("广东省深圳市", "上海市浦东新区", "浙江省杭州市", "海南省三亚市", "四川省成都市")
LEFT_REASONS = ("组织关系转出", "组织关系转出", "去世")
TRANSFER_ORGS = (
    "海淀区学院路街道某社区党委", "丰台区方庄街道芳城园社区党委", "通州区梨园镇某社区党支部",
    "天津市河西区友谊路街道某社区党委",
)  # fmt: skip

# The station's own identity (generate() takes others: a simulated district has many).
BRANCH_NAME = "幸福里小区综合党支部"
COMPOUNDS: tuple[str, ...] = ("幸福里小区", "幸福里北区")
COMMUNITY = "幸福里社区"
STREET = "和平街道"
DISTRICT = "朝阳区"

# {community}: the branch's community, so a simulated station meets in its own.
PLACES = (
    "{community}党群服务站二楼会议室",
    "{community}党群服务站活动室",
    "小区议事厅",
    "社区居委会会议室",
)
DEPARTMENTS = (
    "街道城管执法队", "街道综合行政执法队", "区供电公司", "区自来水公司", "北京燃气集团",
    "社区居委会", "物业服务中心", "派出所社区警务室", "区住房和城乡建设委员会",
)  # fmt: skip

# Request categories (weights) with descriptions; {b} is a building.
REQUEST_TEXTS: dict[str, tuple[int, tuple[str, ...]]] = {
    "flying_lead": (8, ("{b}楼道有人从窗户拉电线给电动车充电，存在安全隐患",
                        "{b}单元门口飞线充电，晚上电线横在路上",
                        "希望在{b}附近增设电动车充电桩")),
    "parking": (14, ("{b}楼下消防通道长期被车辆占用", "小区外来车辆乱停，{b}门口无法通行",
                     "地下车库{b}入口处有僵尸车，请求清理")),
    "rubbish": (12, ("{b}垃圾桶满了没人清运，气味很大", "{b}楼道堆放杂物和装修垃圾",
                     "垃圾分类点{b}旁的厨余垃圾桶破损")),
    "street_lights": (8, ("{b}门前路灯不亮已有一周", "小区北门到{b}的路段没有照明，老人夜里不敢出门")),
    "lifts": (9, ("{b}电梯经常停运，老人上下楼困难", "{b}电梯运行有异响，请求检修",
                  "{b}老旧小区加装电梯意见征集")),
    "illegal_structures": (4, ("{b}顶层住户私搭阳光房", "{b}一楼住户占用绿地搭建棚子")),
    "utilities": (10, ("{b}自来水水压低，高层用不上水", "{b}地下室水管漏水",
                       "{b}楼道闻到燃气味", "{b}单元停电，请求尽快抢修")),
    "neighbour_disputes": (10, ("{b}楼上漏水到楼下，两家协商不成", "{b}邻居养狗噪音扰民",
                                "{b}邻居在楼道堆放物品引发矛盾")),
    "elderly_help": (15, ("{b}独居老人需要代买药品", "{b}高龄老人希望有人上门理发",
                          "{b}老人不会用手机预约挂号，请求帮办", "{b}空巢老人需要定期探访")),
    "emergency": (2, ("{b}有老人在家摔倒，家属联系不上", "{b}楼道冒烟，疑似电动车起火")),
    "other": (8, ("建议在{b}附近设置休息座椅", "{b}楼顶防水层老化，雨天渗水", "咨询{b}房屋产权办理事宜")),
}  # fmt: skip
_REQ_CATS = list(REQUEST_TEXTS)
_REQ_CUM = [sum(REQUEST_TEXTS[c][0] for c in _REQ_CATS[: i + 1]) for i in range(len(_REQ_CATS))]
RESULTS = (
    "已联系相关方处理完毕，现场复核无问题", "党员上门协调，双方达成一致", "已协调物业维修完成",
    "已报街道相关部门，问题已解决", "已上门帮办完成", "已清理完毕",
)  # fmt: skip

EXPENSE_CATEGORIES: dict[str, tuple[int, float, tuple[str, ...], tuple[str, ...]]] = {
    # code: (weight, typical fen, purposes, payees)
    "activities": (30, 3000.0, ("主题党日活动用品", "重温入党誓词活动横幅", "七一活动茶歇", "红色观影活动车费"),
                   ("社区便民超市", "幸福里广告制作部", "京东商城")),
    "hardship_visits": (8, 8000.0, ("走访慰问困难党员", "春节慰问老党员", "看望生病党员"),
                        ("社区便民超市", "华联超市")),
    "training": (12, 2500.0, ("党员培训教材", "学习资料复印", "党课讲座资料"),
                 ("新华书店", "社区打印店")),
    "station_upkeep": (15, 1800.0, ("党群服务站饮用水", "会议室灯管更换", "服务站保洁用品"),
                       ("桶装水配送站", "五金店", "社区便民超市")),
    "materials": (25, 1200.0, ("宣传栏海报打印", "党建宣传册印刷", "公示栏展板制作"),
                  ("社区打印店", "幸福里广告制作部")),
    "other": (10, 1000.0, ("办公文具", "快递费", "签字笔和笔记本"), ("文具店", "顺丰速运")),
}  # fmt: skip
_EXP_CATS = list(EXPENSE_CATEGORIES)
_EXP_CUM = [
    sum(EXPENSE_CATEGORIES[c][0] for c in _EXP_CATS[: i + 1]) for i in range(len(_EXP_CATS))
]

AGENDAS: dict[str, tuple[str, ...]] = {
    "branch_assembly": ("传达上级党组织会议精神", "讨论发展党员工作", "通报本季度支部工作", "讨论预备党员转正"),
    "committee": ("研究本月支部工作安排", "研判群众诉求和派单情况", "研究经费使用", "讨论党员教育管理"),
    "group": ("学习党的创新理论", "交流楼栋党员联系群众情况", "收集楼栋居民意见"),
    "party_class": ("专题党课：学习党章", "专题党课：全心全意为人民服务", "专题党课：社区治理中的党员作用"),
    "theme_day": ("重温入党誓词", "志愿服务：清理楼道杂物", "参观红色教育基地", "学习先进典型事迹"),
    "life_meeting": ("开展批评与自我批评", "民主评议党员"),
    "joint": ("三方联动：研究小区停车管理", "三方联动：物业服务质量通报", "三方联动：老旧小区改造意见"),
    "neighbour": ("听取居民意见建议", "协商解决楼栋公共事务", "通报诉求办理情况"),
}  # fmt: skip


@dataclass(frozen=True)
class Identity:
    """Who the demo branch is: its name, compounds and place in the district."""

    name: str = BRANCH_NAME
    compounds: tuple[str, ...] = COMPOUNDS
    community: str = COMMUNITY
    street: str = STREET
    district: str = DISTRICT


@dataclass
class _Member:
    id: str
    name: str
    gender: str
    birth: dt.date
    joined: dt.date
    kind: str
    building: int
    group: int
    left: dt.date | None
    mobility: str
    role: str | None = None


class _Sink:
    """Buffers rows per table and writes them with insert_many in big batches."""

    def __init__(self, store: Store, progress: Progress | None, totals: dict[str, int]) -> None:
        self.store = store
        self.progress = progress
        self.totals = totals
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in SYNCED_TABLES}
        self.counts: dict[str, int] = dict.fromkeys(SYNCED_TABLES, 0)

    def add(self, table: str, row: dict[str, Any]) -> None:
        buf = self.buffers[table]
        buf.append(row)
        if len(buf) >= BATCH:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.buffers):
            buf = self.buffers[name]
            if not buf:
                continue
            self.store.insert_many(name, buf)
            self.counts[name] += len(buf)
            buf.clear()
            if self.progress:
                total = max(self.totals.get(name, 0), self.counts[name])
                self.progress(name, self.counts[name], total)


class _Generator:
    def __init__(
        self,
        store: Store,
        profile: Profile,
        years: int,
        members: int,
        seed: int,
        today: dt.date,
        progress: Progress | None,
        identity: Identity = Identity(),
        id_seed: int | str | None = None,
    ) -> None:
        self.rng = random.Random(seed)
        # Own stream: ids don't shift the data. A separate id_seed lets stations that share
        # a server (which refuses another station's ids) never share an id.
        self.id_rng = random.Random(f"ids-{seed}" if id_seed is None else f"ids-{id_seed}")
        self.identity = identity
        self.p = profile
        self.years = years
        self.n_members = members
        self.today = today
        self.start = (
            dt.date(today.year - years + 1, 1, 1)
            if profile.calendar_years
            else _years_before(today, years)
        )
        self.now_local = dt.datetime.combine(today, dt.time(18, 0))
        self.totals = _expected(profile, years, members)
        self.sink = _Sink(store, progress, self.totals)
        self.used_ids: set[str] = set()
        self.used_mobiles: set[str] = set()

    # -- small helpers ---------------------------------------------------------
    def new_id(self) -> str:
        return str(uuid.UUID(int=self.id_rng.getrandbits(128), version=4))

    def draw(self, span: tuple[int, int]) -> int:
        lo, hi = span
        return lo if lo == hi else self.rng.randint(lo, hi)  # a fixed count draws nothing

    def day_between(self, a: dt.date, b: dt.date) -> dt.date:
        return a + dt.timedelta(days=self.rng.randint(0, max(0, (b - a).days)))

    def year_spans(self) -> list[tuple[int, dt.date, dt.date, float]]:
        """(year, first day, last day, share of the year) for each calendar year covered."""
        spans = []
        for year in range(self.start.year, self.today.year + 1):
            first = max(self.start, dt.date(year, 1, 1))
            last = min(self.today, dt.date(year, 12, 31))
            if first <= last:
                share = ((last - first).days + 1) / (366 if year % 4 == 0 else 365)
                spans.append((year, first, last, share))
        return spans

    def mobile(self) -> str:
        while True:
            m = self.rng.choice("3456789")
            text = f"1{m}{self.rng.randint(0, 999_999_999):09d}"
            if text not in self.used_mobiles:
                self.used_mobiles.add(text)
                return text

    def name(self, gender: str, born: int) -> str:
        r = self.rng
        surname = _SURNAME_NAMES[bisect.bisect_left(_SURNAME_CUM, r.random() * _SURNAME_CUM[-1])]
        if born < 1966 and r.random() < 0.6:
            given = r.choice(OLD_MALE if gender == "male" else OLD_FEMALE)
        else:
            chars = MALE_CHARS if gender == "male" else FEMALE_CHARS
            given = r.choice(chars) if r.random() < 0.35 else r.choice(chars) + r.choice(chars)
        return surname + given

    def id_number(self, birth: dt.date, gender: str) -> str:
        while True:
            seq = self.rng.randint(0, 499) * 2 + (1 if gender == "male" else 0)
            first17 = f"{self.rng.choice(REGION_CODES)}{birth:%Y%m%d}{seq:03d}"
            number = first17 + check_char(first17)
            # A real number can end in 000, but the validator warns (Excel damage).
            if number not in self.used_ids and not number.endswith("000"):
                self.used_ids.add(number)
                return number

    def address(self, building: int) -> tuple[str, str, str]:
        return (
            f"{building}号楼",
            f"{self.rng.randint(1, 4)}单元",
            f"{self.rng.randint(1, 18)}{self.rng.randint(1, 4):02d}",
        )

    # -- the branch and its people -----------------------------------------------
    def run(self) -> dict[str, int]:
        self.sink.add(
            "branch",
            {
                "id": self.new_id(),
                "name": self.identity.name,
                "compounds": json.dumps(list(self.identity.compounds), ensure_ascii=False),
                "community": self.identity.community,
                "street": self.identity.street,
                "district": self.identity.district,
            },
        )
        self.n_buildings = self.draw(self.p.groups)
        self.group_ids = [self.new_id() for _ in range(self.n_buildings)]
        self.make_members()
        self.make_groups()
        self.make_meetings()
        self.make_requests()
        self.make_funds()
        from linju_desktop.services import demo_neighbourhood as nb  # it imports this module

        nb.NeighbourhoodMaker(self, nb.STRESS if self.p.name == "stress" else nb.REALISTIC).run()
        self.sink.flush()
        if self.p.joint_meetings_per_year == 4:
            # A station that holds its joint meetings quarterly says so in Settings, or its
            # register would name eight "missing" months a year.
            rhythms = {t.code: t.rhythm for t in meeting_rules.MEETING_TYPES}
            self.sink.store.set_setting("meeting_rhythms", {**rhythms, "joint": "quarterly"})
        return {t: n for t, n in self.sink.counts.items()}

    def make_members(self) -> None:
        r, today = self.rng, self.today
        self.members: list[_Member] = []
        self.member_rows: list[dict[str, Any]] = []  # stored once roles are known
        retire_born = min(1965, today.year - 56)
        for _ in range(self.n_members):
            x = r.random()
            gender = "male" if r.random() < 0.52 else "female"
            extension = 0
            if x < 0.05:  # probationary: admitted within the last year
                kind, person = (
                    "probationary",
                    r.choice(("in_service", "in_service", "student", "unemployed")),
                )
                joined = today - dt.timedelta(days=r.randint(20, 330))
                born_year = r.randint(1975, min(2000, joined.year - 19))
            else:
                kind = "full"
                if x < 0.65:
                    person, born_year = "retired", r.randint(1935, retire_born)
                elif x < 0.95:
                    person, born_year = "in_service", r.randint(retire_born + 1, 2000)
                else:
                    person = r.choice(("unemployed", "other"))
                    born_year = r.randint(1960, 2000)
                joined = None
            birth = dt.date(born_year, r.randint(1, 12), r.randint(1, 28))
            adult = anniversary(birth, ADMISSION_AGE)
            if joined is None:
                latest = min(anniversary(birth, 55), today - dt.timedelta(days=800))
                joined = self.day_between(adult, max(adult, latest))
            assert joined >= adult
            full = None
            if kind == "full":
                if r.random() < 0.02:
                    extension = 6
                full = add_months(joined, 12 + extension)
            ethnicity = "汉族"
            if r.random() < 0.02:
                name, gender, ethnicity = r.choice(MINORITY_NAMES)
            else:
                name = self.name(gender, born_year)
                if r.random() < 0.04:
                    ethnicity = r.choice(HAN_LIKE_MINORITIES)
            building = r.randint(1, self.n_buildings)
            b, unit, room = self.address(building)
            left: dt.date | None = None
            left_reason = None
            mobility, destination = "normal", ""
            y = r.random()
            if y < 0.03:
                left = self.day_between(self.start, today - dt.timedelta(days=10))
                left_reason = r.choice(LEFT_REASONS)
            elif y < 0.05 and person != "retired":
                mobility, destination = "mobile", r.choice(DESTINATIONS)
            elif y < 0.06:
                mobility = "lost_contact"
            reporting = person == "in_service" and r.random() < 0.5
            m = _Member(
                self.new_id(),
                name,
                gender,
                birth,
                joined,
                kind,
                building,
                building - 1,
                left,
                mobility,
            )
            self.members.append(m)
            notes = ""
            if mobility == "lost_contact":
                notes = "半年以上未参加组织生活，电话无法接通，已报社区党委"
            elif left_reason == "去世":
                notes = "因病去世"
            self.member_rows.append(
                {
                    "id": m.id,
                    "name": name,
                    "name_initials": initials(name),
                    "gender": gender,
                    "ethnicity": ethnicity,
                    "birth_date": birth.isoformat(),
                    "id_number": self.id_number(birth, gender),
                    "mobile": self.mobile() if r.random() < 0.95 else "",
                    "education": r.choice(EDUCATION_OLD if born_year < 1966 else EDUCATION_YOUNG),
                    "joined_date": joined.isoformat(),
                    "full_date": full.isoformat() if full else None,
                    "member_kind": kind,
                    "committee_role": None,
                    "probation_extended_months": extension,
                    "person_kind": person,
                    "party_group_id": self.group_ids[building - 1],
                    "building": b,
                    "unit": unit,
                    "room": room,
                    "is_centre_household": False,
                    "is_reporting": reporting,
                    "reporting_employer": r.choice(EMPLOYERS) if reporting else "",
                    "mobility": mobility,
                    "mobile_destination": destination,
                    "status": "left" if left else "active",
                    "left_date": left.isoformat() if left else None,
                    "left_reason": left_reason,
                    "notes": notes,
                }
            )
            if left and left_reason != "去世":
                self.transfer(m, left)

    def transfer(self, m: _Member, left: dt.date) -> None:
        r = self.rng
        valid = (add_months(left, 3) - left).days
        received = left + dt.timedelta(days=r.randint(3, 40))
        self.sink.add(
            "transfers",
            {
                "id": self.new_id(),
                "member_id": m.id,
                "member_name": m.name,
                "direction": "out",
                "other_org": r.choice(TRANSFER_ORGS),
                "letter_no": f"京朝组转字〔{left.year}〕{r.randint(1, 300)}号",
                "issued_date": left.isoformat(),
                "valid_days": valid,
                "valid_until": (left + dt.timedelta(days=valid)).isoformat(),
                "sent_date": left.isoformat(),
                "cross_province": 0,
                "dues_paid_to": f"{left:%Y-%m}",
                "received_date": received.isoformat() if received <= self.today else None,
                "receipt_date": None,
                "notes": "",
            },
        )

    def make_groups(self) -> None:
        r = self.rng
        steady = [
            m
            for m in self.members
            if m.left is None and m.kind == "full" and m.mobility == "normal"
        ]
        chosen = r.sample(steady, min(4, len(steady)))
        roles = ("secretary", "organisation", "propaganda", "discipline")
        self.committee = []
        for m, role in zip(chosen, roles, strict=False):
            m.role = role
            self.committee.append(m)
        self.secretary = self.committee[0] if self.committee else self.members[0]
        self.recorder = self.committee[1] if len(self.committee) > 1 else self.secretary
        self.leaders: list[_Member] = []
        for g in range(self.n_buildings):
            local = [m for m in steady if m.group == g] or steady or self.members
            leader = r.choice(local)
            self.leaders.append(leader)
            self.sink.add(
                "party_groups",
                {
                    "id": self.group_ids[g],
                    "name": f"{g + 1}号楼党小组",
                    "leader_id": leader.id,
                    "buildings": f"{g + 1}号楼",
                    "notes": "",
                },
            )
        if self.p.centre_households is None:
            centres = [m for m in steady if r.random() < 0.05] or steady[:1]
        else:
            centres = r.sample(steady, min(self.draw(self.p.centre_households), len(steady)))
        roles_of = {m.id: m.role for m in self.committee}
        centre_ids = {m.id for m in centres}
        for row in self.member_rows:
            row["committee_role"] = roles_of.get(row["id"])
            row["is_centre_household"] = row["id"] in centre_ids
            self.sink.add("members", row)
        del self.member_rows
        for m in centres:
            for _ in range(r.randint(5, 20)):
                b, unit, room = self.address(m.building)
                self.sink.add(
                    "contact_households",
                    {
                        "id": self.new_id(),
                        "member_id": m.id,
                        "building": b,
                        "unit": unit,
                        "room": room,
                        "resident": self.name(r.choice(("male", "female")), 1950),
                        "phone": self.mobile(),
                        "notes": r.choice(("", "独居老人", "高龄", "残疾人家庭")),
                    },
                )

    # -- meetings --------------------------------------------------------------------
    def make_meetings(self) -> None:
        r, start, today = self.rng, self.start, self.today
        plan: list[tuple[dt.date, str, int | None]] = []  # (date, type, group)
        theme_day = r.randint(5, 25)
        # Joint meetings in evenly spaced months: every month for 12, Feb/May/Aug/Nov for 4.
        step = 12 // self.p.joint_meetings_per_year
        month = dt.date(start.year, start.month, 1)
        while month <= today:

            def on(day: int, _m: dt.date = month) -> dt.date:
                return _m.replace(day=min(day, 28))

            plan.append((on(r.randint(1, 10)), "committee", None))
            plan.extend((on(r.randint(8, 26)), "group", g) for g in range(self.n_buildings))
            plan.append((on(theme_day), "theme_day", None))
            if (month.month - 1) % step == step // 2:
                plan.append((on(r.randint(11, 28)), "joint", None))
            if month.month in (1, 4, 7, 10):
                plan.append((on(r.randint(12, 28)), "branch_assembly", None))
                plan.append((on(r.randint(12, 28)), "party_class", None))
            if month.month == 12:
                plan.append((on(r.randint(15, 28)), "life_meeting", None))
            month = add_months(month, 1)
        plan = [p for p in plan if start <= p[0] <= today]
        if self.p.meetings_per_year is not None:
            extra = self.p.meetings_per_year * self.years - len(plan)
            plan.extend((self.day_between(start, today), "neighbour", None) for _ in range(extra))
        else:
            for _, first, last, share in self.year_spans():
                n = round(self.draw(self.p.neighbour_meetings_per_year) * share)
                plan.extend((self.day_between(first, last), "neighbour", None) for _ in range(n))
        plan.sort(key=lambda p: (p[0], p[1], p[2] or 0))

        rosters = [self.roster(d, t, g) for d, t, g in plan]
        rolled: set[int] = {i for i, roster in enumerate(rosters) if roster}
        if self.p.attendance_per_member_year is not None:
            # Attendance rolls within the budget: committee always, then the last
            # year, then a random share of older meetings (see the module docstring).
            budget = self.p.attendance_per_member_year * self.n_members * self.years
            recent = today - dt.timedelta(days=365)
            order = sorted(
                range(len(plan)),
                key=lambda i: (plan[i][1] != "committee", plan[i][0] < recent, r.random()),
            )
            rolled = set()
            used = 0
            for i in order:
                n = len(rosters[i])
                if n and used + n <= budget:
                    rolled.add(i)
                    used += n
        self.neighbour_meetings: list[tuple[dt.date, str]] = []
        for i, (day, kind, group) in enumerate(plan):
            self.meeting(day, kind, group, rosters[i], i in rolled)

    def active_on(self, m: _Member, day: dt.date) -> bool:
        return m.joined <= day and (m.left is None or m.left > day)

    def roster(self, day: dt.date, kind: str, group: int | None) -> list[_Member]:
        if kind in ("joint", "neighbour"):
            return []
        if kind == "committee":
            return [m for m in self.committee if self.active_on(m, day)]
        if kind == "group":
            return [m for m in self.members if m.group == group and self.active_on(m, day)]
        return [m for m in self.members if self.active_on(m, day)]

    def meeting(
        self, day: dt.date, kind: str, group: int | None, roster: Sequence[_Member], rolled: bool
    ) -> None:
        r = self.rng
        mid = self.new_id()
        type_name = meeting_rules.MEETING_TYPE_BY_CODE[kind].name
        if kind == "group" and group is not None:
            title = f"{day.year}年{day.month}月{group + 1}号楼党小组会"
            chair, place = self.leaders[group], f"{group + 1}号楼楼栋议事点"
        else:
            title = f"{day:%Y年%m月%d日}{type_name}"
            chair = self.secretary
            place = r.choice(PLACES).format(community=self.identity.community)
        agenda = r.sample(AGENDAS[kind], min(2, len(AGENDAS[kind])))
        absent: list[tuple[_Member, str]] = []
        present = 0
        for m in roster:
            if m.mobility != "normal":
                absent.append((m, "away"))
            elif r.random() < 0.08:
                absent.append((m, r.choice(("sick", "personal", "away"))))
            else:
                present += 1
        expected = len(roster)
        resident_count = self.draw(self.p.neighbour_residents) if kind == "neighbour" else None
        lines = [f"会议议程：{'；'.join(agenda)}。"]
        if expected:
            lines.append(f"应到{expected}人，实到{present}人，缺席{len(absent)}人。")
            if absent:
                names = "、".join(
                    f"{m.name}（{meeting_rules.ABSENCE_REASONS[why]}）" for m, why in absent[:6]
                )
                lines.append(f"缺席：{names}{'等' if len(absent) > 6 else ''}。")
        if resident_count:
            lines.append(f"参会居民{resident_count}人。")
        lines.append(f"{chair.name}主持会议，{self.recorder.name}记录。")
        lines.append(f"与会同志围绕“{agenda[0]}”进行了讨论，大家结合小区实际踊跃发言。")
        decisions = r.choice((
            "会议一致同意上述安排，由支委分工落实。", "形成意见：相关诉求纳入派单，限期办结。",
            "会议决定：下月组织党员志愿服务活动。", "会议通过了本季度工作计划。",
        ))  # fmt: skip
        recent_draft = (self.today - day).days < 14 and r.random() < 0.5
        finalised = dt.datetime.combine(day + dt.timedelta(days=r.randint(0, 3)), dt.time(10, 0))
        finalised = min(finalised, self.now_local)
        hour = r.choice((9, 14, 15, 19))
        self.sink.add(
            "meetings",
            {
                "id": mid,
                "type": kind,
                "title": title,
                "date": day.isoformat(),
                "start_time": f"{hour:02d}:00:00",
                "end_time": f"{hour + 1:02d}:30:00",
                "place": place,
                "chair_id": chair.id,
                "recorder_id": self.recorder.id,
                "agenda": "\n".join(agenda),
                "minutes": "\n".join(lines),
                "decisions": decisions,
                "resident_count": resident_count,
                "status": "draft" if recent_draft else "final",
                "finalised_at": None if recent_draft else _utc(finalised),
            },
        )
        if kind == "neighbour":
            self.neighbour_meetings.append((day, mid))
        if rolled:
            why = {m.id: reason for m, reason in absent}
            for m in roster:
                reason = why.get(m.id)
                self.sink.add(
                    "attendance",
                    {
                        "id": self.new_id(),
                        "meeting_id": mid,
                        "member_id": m.id,
                        "status": "absent" if reason else "present",
                        "reason": reason,
                    },
                )
        if not recent_draft and r.random() < 0.02:
            written = min(finalised + dt.timedelta(days=r.randint(1, 20)), self.now_local)
            self.sink.add(
                "addenda",
                {
                    "id": self.new_id(),
                    "meeting_id": mid,
                    "author": self.secretary.name,
                    "text": r.choice(
                        (
                            "补充：会议记录中的开始时间应为9:30。",
                            "更正：缺席人员名单漏记一人，已补正。",
                            "补充：会后已将决议向全体党员通报。",
                        )
                    ),
                    "written_at": _utc(written),
                },
            )

    # -- resident requests ---------------------------------------------------------------
    def make_requests(self) -> None:
        r = self.rng
        latest = self.now_local - dt.timedelta(minutes=5)

        def daytime(day: dt.datetime) -> dt.datetime:
            # Daytime (08:00-21:00 local) on that day, never after "now".
            at = day.replace(
                hour=r.randint(8, 20), minute=r.randint(0, 59), second=r.randint(0, 59)
            )
            return min(at, latest)

        moments = []
        if self.p.requests_per_member_year is not None:
            n = self.p.requests_per_member_year * self.n_members * self.years
            span = int(
                (self.now_local - dt.datetime.combine(self.start, dt.time(8))).total_seconds()
            )
            base = dt.datetime.combine(self.start, dt.time(0))
            for _ in range(n):
                moments.append(daytime(base + dt.timedelta(seconds=r.randint(0, span))))
        else:
            for _, first, last, share in self.year_spans():
                n = round(self.draw(self.p.requests_per_year) * share)
                for _ in range(n):
                    day = dt.datetime.combine(self.day_between(first, last), dt.time(0))
                    moments.append(daytime(day))
        moments.sort()
        members_now = [m for m in self.members if m.left is None and m.mobility == "normal"]
        neighbour_days = [d for d, _ in self.neighbour_meetings]
        seq: dict[int, int] = {}
        for at in moments:
            seq[at.year] = seq.get(at.year, 0) + 1
            self.request(at, f"{at.year}-{seq[at.year]:05d}", members_now, neighbour_days)

    def request(
        self,
        at: dt.datetime,
        number: str,
        members_now: list[_Member],
        neighbour_days: list[dt.date],
    ) -> None:
        r = self.rng
        rid = self.new_id()
        cat = _REQ_CATS[bisect.bisect_left(_REQ_CUM, r.random() * _REQ_CUM[-1])]
        building = r.randint(1, self.n_buildings)
        b, unit, room = self.address(building)
        description = r.choice(REQUEST_TEXTS[cat][1]).format(b=b)
        source = r.choices(
            ("neighbour_meeting", "visit", "call", "whistle", "other"), (15, 35, 30, 12, 8)
        )[0]
        meeting_id = None
        if source == "neighbour_meeting":
            k = bisect.bisect_right(neighbour_days, at.date()) - 1
            if k >= 0 and (at.date() - neighbour_days[k]).days <= 30:
                meeting_id = self.neighbour_meetings[k][1]
            else:
                source = "visit"
        limit = req_rules.CATEGORY_BY_CODE[cat].limit_hours
        due = at + dt.timedelta(hours=limit)
        secretary = self.secretary.name
        # The plan: how far the loop gets if time allows.
        x = r.random()
        outcomes = zip(("archived", "rated", "done"), self.p.request_plan, strict=True)
        goal = next((g for g, edge in outcomes if x < edge), "stuck")
        if goal == "stuck" and (self.now_local - at).days > 45:
            # A real station chases old cases: only recent ones stay stuck past their limit.
            goal = "done"
        events: list[tuple[str, str | None, str, dt.datetime, str, str | None, dict | None]] = []
        t = at
        state = "registered"
        events.append(("register", None, state, t, secretary, None, None))
        now = self.now_local
        urgent = limit <= 24

        def step(
            action: str,
            hours: float,
            actor: str,
            note: str | None = None,
            details: dict | None = None,
        ) -> bool:
            nonlocal t, state
            moment = t + dt.timedelta(hours=hours)
            if moment > now:
                return False
            sources, target = req_rules.TRANSITIONS[action]
            assert state in sources, (state, action)
            events.append((action, state, target, moment, actor, note, details))
            t, state = moment, target
            return True

        def quick(lo: float, hi: float) -> float:
            return r.uniform(lo, hi) * (0.1 if urgent else 1.0)

        handling = department = assignee = None
        result = rating = rating_note = None
        closed: dt.datetime | None = None

        def complete() -> bool:
            # Mostly within the time limit; about one in twelve runs late (overdue).
            nonlocal result, closed
            late = r.random() >= 0.92
            hours = limit * (r.uniform(1, 2) if late else r.uniform(0.1, 0.9))
            text = r.choice(RESULTS)
            if not step("complete", hours, assignee_name, details={"result": text}):
                return False
            result, closed = text, t
            return True

        assignee_name = secretary
        ok = step("assess", quick(0.3, 20), secretary)
        stop = {"stuck": r.choice(("assessed", "dispatched", "accepted", "in_progress"))}
        while ok and state != stop.get(goal):
            if state == "assessed":
                handling = (
                    "department"
                    if source == "whistle" or r.random() < 0.15
                    else ("member" if r.random() < 0.7 else "branch")
                )
                details: dict[str, Any] = {"handling": handling}
                assignee, department, assignee_name = None, None, secretary
                if handling == "member":
                    who = r.choice(members_now) if members_now else self.secretary
                    assignee, assignee_name = who.id, who.name
                    details["assignee_member_id"] = who.id
                elif handling == "department":
                    department = r.choice(DEPARTMENTS)
                    assignee_name = department
                    details["department"] = department
                ok = step("dispatch", quick(0.2, 6), secretary, details=details)
            elif state == "dispatched":
                if r.random() < 0.03:
                    ok = step(
                        "return",
                        quick(1, 24),
                        assignee_name,
                        note="不属于本支部职责范围，退回重新研判",
                    )
                else:
                    ok = step("accept", quick(0.1, 12), assignee_name)
            elif state == "returned":
                ok = step("assess", quick(1, 24), secretary, note="重新研判，改派")
            elif state == "accepted":
                quick_job = r.random() >= 0.08  # most jobs need no separate "start"
                ok = complete() if quick_job else step("start", quick(1, 24), assignee_name)
            elif state == "in_progress":
                ok = complete()
            elif state == "done":
                if goal == "done":
                    break
                y = r.random()
                given = "satisfied" if y < 0.85 else "basically" if y < 0.96 else "unsatisfied"
                note = "居民对办理结果不满意" if given == "unsatisfied" else None
                ok = step("rate", r.uniform(2, 72), secretary, note=note, details={"rating": given})
                if ok:
                    rating, rating_note = given, note
            elif state == "rated":
                if goal == "rated":
                    break
                if rating == "unsatisfied" and r.random() < 0.6:
                    ok = step("reopen", r.uniform(1, 24), secretary, note="继续协调，重新办理")
                    if ok:
                        closed = None
                else:
                    note = (
                        "已尽力协调，居民诉求超出支部职权，已做好解释"
                        if rating == "unsatisfied"
                        else None
                    )
                    ok = step("archive", r.uniform(1, 240), secretary, note=note)
            else:  # archived
                break
        self.sink.add(
            "requests",
            {
                "id": rid,
                "number": number,
                "resident": self.name(r.choice(("male", "female")), 1955),
                "contact": self.mobile(),
                "building": b,
                "unit": unit,
                "room": room,
                "category": cat,
                "description": description,
                "source": source,
                "meeting_id": meeting_id,
                "state": state,
                "handling": handling,
                "assignee_id": assignee,
                "department": department,
                "registered_at": _utc(at),
                "due_at": _utc(due),
                "result": result,
                "rating": rating,
                "rating_note": rating_note,
                "closed_at": _utc(closed) if closed else None,
            },
        )
        for action, src, dst, moment, actor, note, details in events:
            self.sink.add(
                "request_events",
                {
                    "id": self.new_id(),
                    "request_id": rid,
                    "action": action,
                    "from_state": src,
                    "to_state": dst,
                    "actor": actor,
                    "at": _utc(moment),
                    "note": note,
                    "details": json.dumps(details, ensure_ascii=False) if details else None,
                },
            )
        if meeting_id:
            self.sink.add(
                "followups",
                {
                    "id": self.new_id(),
                    "meeting_id": meeting_id,
                    "request_id": rid,
                    "text": f"跟进诉求{number}：{description}",
                    "done": state in req_rules.RESOLVED_STATES,
                },
            )

    # -- funds -------------------------------------------------------------------------
    def make_funds(self) -> None:
        r, p = self.rng, self.p
        for year, first, last, share in self.year_spans():
            self.sink.add(
                "allocations",
                {
                    "id": self.new_id(),
                    "year": year,
                    "amount_fen": p.allocation_fen,
                    "source": ALLOCATION_SOURCE,
                    "note": f"{year}年度党组织工作经费",
                },
            )
            n = round(self.draw(p.expenses_per_year) * share)
            if not n:
                continue
            # Most years end under budget; now and then a full year overdraws a little.
            overdraw = share > 0.99 and r.random() < p.overdraw_chance
            target = p.allocation_fen * (1.03 if overdraw else share * r.uniform(*p.spend_share))
            cats = [
                _EXP_CATS[bisect.bisect_left(_EXP_CUM, r.random() * _EXP_CUM[-1])] for _ in range(n)
            ]
            weights = [
                EXPENSE_CATEGORIES[c][1] * r.lognormvariate(0, p.expense_spread) for c in cats
            ]
            factor = target / sum(weights)
            days = sorted(self.day_between(first, last) for _ in range(n))
            spent = 0
            least = p.min_expense_fen
            for cat, w, day in zip(cats, weights, days, strict=True):
                amount = max(least, int(w * factor))
                if r.random() < 0.7:
                    amount = max(least, round(amount, -2))  # whole yuan, as most receipts are
                _, _, purposes, payees = EXPENSE_CATEGORIES[cat]
                spent += amount
                eid = self.new_id()
                row = {
                    "id": eid,
                    "year": year,
                    "date": day.isoformat(),
                    "amount_fen": amount,
                    "payee": r.choice(payees),
                    "purpose": r.choice(purposes),
                    "category": cat,
                    "approver": self.secretary.name,
                    "reverses_id": None,
                    "notes": "",
                    "overdraw_reason": "年底慰问任务重，经支委会研究同意超支，次年报区委组织部核销"
                    if spent > p.allocation_fen
                    else None,
                }
                assert cat in fund_rules.CATEGORY_NAMES
                self.sink.add("expenses", row)
                if r.random() < p.reversal_chance:  # a wrong entry, reversed
                    when = min(day + dt.timedelta(days=r.randint(0, 20)), last)
                    note = "金额录入错误，冲销"
                    if p.reversal_keeps_entry:
                        # A mistyped copy (one digit too many) next to the right entry.
                        eid = self.new_id()
                        row = {**row, "id": eid, "amount_fen": amount * 10, "overdraw_reason": None}
                        self.sink.add("expenses", row)
                        note = "金额多录一位，冲销"
                    self.sink.add(
                        "expenses",
                        {
                            **row,
                            "id": self.new_id(),
                            "date": when.isoformat(),
                            "amount_fen": -row["amount_fen"],
                            "reverses_id": eid,
                            "overdraw_reason": None,
                            "notes": note,
                        },
                    )
                    if not p.reversal_keeps_entry:
                        spent -= amount


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _utc(local: dt.datetime) -> str:
    return (local - UTC_OFFSET).strftime("%Y-%m-%dT%H:%M:%SZ")


def _mean(span: tuple[int, int]) -> float:
    return (span[0] + span[1]) / 2


def _expected(p: Profile, years: int, members: int) -> dict[str, int]:
    """Rough row counts per table, for progress reports only."""
    if p.meetings_per_year is not None:
        meetings = p.meetings_per_year * years
    else:
        # Monthly committee, theme day and group meetings; 4 assemblies, 4
        # classes and the life meeting; joint and neighbour meetings.
        monthly = 12 * (2 + _mean(p.groups)) + 9 + p.joint_meetings_per_year
        meetings = round((monthly + _mean(p.neighbour_meetings_per_year)) * years)
    if p.attendance_per_member_year is not None:
        attendance = p.attendance_per_member_year * members * years
    else:
        # 21 whole-branch meetings and 12 group meetings a year, plus the committee's.
        attendance = (33 * members + 12 * 4) * years
    if p.requests_per_member_year is not None:
        requests = p.requests_per_member_year * members * years
    else:
        requests = round(_mean(p.requests_per_year) * years)
    return {
        "members": members,
        "meetings": meetings,
        "attendance": attendance,
        "expenses": round(_mean(p.expenses_per_year) * years),
        "requests": requests,
        "request_events": 5 * requests,
        "tasks": 500 * years if p.name == "stress" else 25 * years,
        "service_hours": 3000 * years if p.name == "stress" else 120 * years,
    }


def generate(
    store: Store,
    *,
    profile: Profile = STRESS,
    years: int | None = None,
    members: int | None = None,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
    branch_name: str = BRANCH_NAME,
    compounds: Sequence[str] = COMPOUNDS,
    community: str = COMMUNITY,
    street: str = STREET,
    id_seed: int | str | None = None,
) -> dict[str, int]:
    """Fill an empty store with a demo branch; returns the rows inserted per table.

    `years` and `members` default to the profile's. STRESS stays the default
    here so the benchmarks and tests keep their volumes; the CLI and the
    screenshots ask for REALISTIC.
    `progress(table, done, expected)` is called after each batch written.
    `branch_name`, `compounds`, `community` and `street` name the branch (default: the
    one demo branch). Row ids come from `id_seed` when given, else from `seed`: stations
    syncing to one server need different ids (the server refuses another station's).
    Raises ValueError if the store already has members or the sizes make no sense.
    """
    years = profile.years if years is None else years
    members = profile.members if members is None else members
    if years < 1 or members < 10:
        raise ValueError("a demo station needs at least 1 year and 10 members")
    if member_reads.has_members(store):
        raise ValueError("the store already has members: the demo needs an empty store")
    identity = Identity(branch_name, tuple(compounds), community, street)
    gen = _Generator(
        store,
        profile,
        years,
        members,
        seed,
        today or clock.today(),
        progress,
        identity,
        id_seed,
    )
    with store.large_cache(), store.transaction():
        return gen.run()
