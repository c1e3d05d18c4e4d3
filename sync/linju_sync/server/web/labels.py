"""Names of the figures and record-book codes as the console shows them."""

from __future__ import annotations

from linju_sync.server.web.i18n import register

FIGURE_ROWS: tuple[tuple[str, str], ...] = (
    ("stations", "Stations"),
    ("members", "Members on the roll"),
    ("party_groups", "Party groups"),
    ("centre_households", "Centre households"),
    ("meetings_total", "Meetings held"),
    ("neighbour_meetings", "Neighbour meetings"),
    ("neighbour_meeting_residents", "Residents at neighbour meetings"),
    ("joint_meetings", "Joint meetings with owners and property"),
    ("requests_total", "Requests received"),
    ("requests_closed", "Requests closed"),
)

MEETING_TYPES = {
    "branch_assembly": "Branch assembly",
    "committee": "Branch committee",
    "group": "Party group meeting",
    "party_class": "Party class",
    "theme_day": "Theme day",
    "life_meeting": "Organisational life meeting",
    "joint": "Joint meeting",
    "neighbour": "Neighbour meeting",
}

MEMBER_KINDS = {"full": "Full members", "probationary": "Probationary members"}
# The neighbourhood's record books (tasks, service hours, points, consultations), as the
# station's `linju report figures` names them; service time is shown in hours.
NEIGHBOURHOOD = {
    "activities": "Activities carried out",
    "errands": "Errands",
    "service_minutes": "Service time in hours",
    "participants": "People who served",
    "points_issued": "Points issued",
    "points_exchanged": "Points exchanged",
    "goods_exchanged": "Goods exchanged",
    "consultations_held": "Consultations held",
    "consultations_decided": "Consultations decided",
    "lifts_approved": "Lifts approved",
}

LISTS = {"problem": "Problem list", "task": "Task list", "result": "Result list"}
RATES = {
    "response": "Response rate",
    "resolution": "Resolution rate",
    "satisfaction": "Satisfaction rate",
}
CATEGORIES = {
    "activities": "Activities",
    "hardship_visits": "Visits to members in hardship",
    "training": "Training",
    "station_upkeep": "Station upkeep",
    "materials": "Materials",
    "other": "Other",
}
REQUEST_STATES = {
    "registered": "Registered",
    "assessed": "Assessed",
    "dispatched": "Dispatched",
    "accepted": "Accepted",
    "in_progress": "In progress",
    "done": "Done",
    "rated": "Rated",
    "archived": "Archived",
    "returned": "Returned",
}

register(
    {
        "Stations": "站点",
        "Members on the roll": "在册党员",
        "Party groups": "楼栋党小组",
        "Centre households": "党员中心户",
        "Meetings held": "会议总数",
        "Neighbour meetings": "邻里会",
        "Residents at neighbour meetings": "参加邻里会的居民（人次）",
        "Joint meetings with owners and property": "三方联动联席会",
        "Requests received": "收集诉求",
        "Requests closed": "办结诉求",
        "Branch assembly": "支部党员大会",
        "Branch committee": "支部委员会",
        "Party group meeting": "党小组会",
        "Party class": "党课",
        "Theme day": "主题党日",
        "Organisational life meeting": "组织生活会",
        "Joint meeting": "联席会",
        "Neighbour meeting": "邻里会",
        "Full members": "正式党员",
        "Probationary members": "预备党员",
        "Activities carried out": "开展活动",
        "Errands": "帮办代办",
        "Service time in hours": "服务时长（小时）",
        "People who served": "参与服务人数",
        "Points issued": "发放积分",
        "Points exchanged": "兑换积分",
        "Goods exchanged": "兑换物品（件）",
        "Consultations held": "协商议事",
        "Consultations decided": "议定事项",
        "Lifts approved": "表决通过加装电梯",
        "Problem list": "问题清单",
        "Task list": "任务清单",
        "Result list": "成果清单",
        "Response rate": "响应率",
        "Resolution rate": "解决率",
        "Satisfaction rate": "满意率",
        "Activities": "活动经费",
        "Visits to members in hardship": "困难党员慰问",
        "Training": "教育培训",
        "Station upkeep": "阵地维护",
        "Materials": "宣传资料",
        "Other": "其他",
        "Registered": "已登记",
        "Assessed": "已研判",
        "Dispatched": "已派单",
        "Accepted": "已接单",
        "In progress": "办理中",
        "Done": "已办结",
        "Rated": "已评价",
        "Archived": "已归档",
        "Returned": "已退单",
    }
)


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    y, f = divmod(abs(int(fen)), 100)
    return f"{sign}{y:,}.{f:02d}"


def neighbourhood_value(key: str, value: int) -> str:
    """A neighbourhood figure as the page prints it (service minutes as hours)."""
    if key == "service_minutes":
        return f"{value / 60:,.1f}"
    return f"{value:,}"


def percent(rate: dict[str, object]) -> str:
    value = rate.get("value")
    return "—" if value is None else f"{float(value) * 100:.1f}%"  # type: ignore[arg-type]


def mask_id(value: object) -> str:
    text = str(value or "")
    return text[:3] + "*" * (len(text) - 7) + text[-4:] if len(text) >= 8 else "*" * len(text)


def mask_phone(value: object) -> str:
    text = str(value or "")
    return text[:3] + "****" + text[-4:] if len(text) >= 11 else text
