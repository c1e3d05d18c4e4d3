"""How the console names the neighbourhood's record books (tasks and volunteers, hours and
points, consultations and votes), their fields and their coded values, wherever it lists a
record: never a code name such as `task_takers` or `agree` on a page a person reads."""

from __future__ import annotations

from typing import Any

from linju_sync.server.web.i18n import register, t

BOOKS = {
    "volunteers": "Volunteers",
    "activity_items": "Activity library",
    "goods": "Goods for points",
    "tasks": "Tasks and errands",
    "task_takers": "Who took a task",
    "service_hours": "Service hours",
    "points_ledger": "Points ledger",
    "consultations": "Consultations",
    "households": "Households of a consultation",
    "votes": "Votes",
    "consultation_addenda": "Addenda to a consultation",
}

FIELDS = {
    "building": "Building",
    "unit": "Unit",
    "room": "Room",
    "employer": "Employer",
    "consent_date": "Agreed to be recorded on",
    "rule": "Points rule",
    "points": "Points",
    "stock": "Stock received",
    "active": "In use",
    "number": "No.",
    "place": "Place",
    "places": "Places",
    "resident_address": "Resident's address",
    "rating": "Rating",
    "rating_note": "Rating note",
    "cancel_note": "Why cancelled",
    "day": "Day",
    "quantity": "Quantity",
    "note": "Note",
    "matter": "Kind of matter",
    "outcome": "Outcome",
    "outcome_date": "Date of the outcome",
    "carried_out_date": "Carried out on",
    "total_fen": "Total to share (fen)",
    "coefficients": "Floor coefficients",
    "by_area": "Shared by area too",
    "owner": "Owner",
    "floor": "Floor",
    "area": "Floor area (0.01 m²)",
    "choice": "Vote",
    "recorded_by": "Recorded by",
    "recorded_at": "Recorded at",
    "text": "Text",
    "author": "Written by",
    "source": "Where it came from",
    "published_at": "Published at",
    "done_at": "Finished at",
    "rated_at": "Rated at",
    "taken_at": "Taken at",
    "opened_date": "Opened on",
    "closed_at": "Closed at",
    "written_at": "Written at",
}

# a field whose name means something else in another book
TABLE_FIELDS = {
    ("service_hours", "minutes"): "Minutes served",
    ("tasks", "kind"): "Task or errand",
    ("volunteers", "kind"): "Kind of volunteer",
    ("points_ledger", "kind"): "Entry",
    ("consultations", "title"): "Matter",
    ("consultations", "status"): "Status",
}

VALUES: dict[tuple[str, str], dict[str, str]] = {
    ("votes", "choice"): {"agree": "Agree", "disagree": "Disagree", "abstain": "Abstain"},
    ("consultations", "status"): {"open": "Open", "final": "Consultation closed"},
    ("consultations", "outcome"): {
        "approved": "Approved",
        "rejected": "Not approved",
        "carried_out": "Carried out",
    },
    ("consultations", "matter"): {
        "lift": "Adding a lift",
        "repair_funds": "Repair funds",
        "renovation": "Rebuilding or renovating",
        "shared_use": "Use of shared parts",
        "other": "Other matter",
    },
    ("tasks", "state"): {
        "published": "Published",
        "taken": "Taken",
        "done": "Finished",
        "rated": "Rated by the resident",
        "cancelled": "Cancelled",
    },
    ("tasks", "kind"): {"task": "Task", "errand": "Errand"},
    ("tasks", "source"): {
        "plan": "The branch's plan",
        "request": "A resident's request",
        "followup": "A meeting's follow-up",
        "neighbour_meeting": "A neighbour meeting",
    },
    ("tasks", "rating"): {
        "satisfied": "Satisfied",
        "basically": "Basically satisfied",
        "unsatisfied": "Not satisfied",
    },
    ("volunteers", "kind"): {
        "member": "Party member",
        "reporting": "Reporting member",
        "resident": "Resident",
        "youth": "Youth volunteer",
    },
    ("points_ledger", "kind"): {"exchange": "Exchange", "reversal": "Reversal"},
}


def book_name(tbl: str, names: dict[str, str]) -> str:
    """The record book's name (`names` holds the older books' names)."""
    source = BOOKS.get(tbl) or names.get(tbl)
    return t(source) if source else tbl


def field_name(tbl: str, field: str, names: dict[str, str]) -> str:
    source = TABLE_FIELDS.get((tbl, field)) or names.get(field) or FIELDS.get(field)
    return t(source) if source else field


def value_text(tbl: str, field: str, value: Any) -> Any:
    """A coded value in words (a vote's 同意), anything else as it is."""
    words = VALUES.get((tbl, field), {})
    return t(words[value]) if isinstance(value, str) and value in words else value


def reason_text(tbl: str, reason: str, known: tuple[str, ...]) -> str:
    """Why a conflict was settled so, in the reader's language; a closed consultation is
    immutable by the same rule as final minutes (protocol: minutes_final), said of itself."""
    if tbl == "consultations" and reason.startswith("These minutes were finalised"):
        return t(CONSULTATION_FINAL)
    return t(reason) if reason in known else reason


CONSULTATION_FINAL = (
    "This consultation was closed on the server and cannot be changed; add an addendum "
    "instead. The server's version was kept."
)

register(
    {
        CONSULTATION_FINAL: "本次协商已在服务器上结束，不能修改，请改为补充说明。保留了服务器的版本。",
        "Volunteers": "志愿者",
        "Activity library": "活动项目库",
        "Goods for points": "积分兑换物品",
        "Tasks and errands": "派单任务与帮办代办",
        "Who took a task": "接单人员",
        "Service hours": "服务时长",
        "Points ledger": "积分台账",
        "Consultations": "协商议事",
        "Households of a consultation": "协商住户",
        "Votes": "表决",
        "Addenda to a consultation": "协商补充说明",
        "Building": "楼栋",
        "Unit": "单元",
        "Room": "房号",
        "Employer": "工作单位",
        "Agreed to be recorded on": "同意登记日期",
        "Points rule": "积分规则",
        "Points": "积分",
        "Stock received": "累计入库",
        "In use": "在用",
        "Place": "地点",
        "Places": "名额",
        "Resident's address": "服务对象住址",
        "Rating": "评单",
        "Rating note": "评单说明",
        "Why cancelled": "取消原因",
        "Day": "日期",
        "Quantity": "数量",
        "Note": "说明",
        "Kind of matter": "事项类别",
        "Outcome": "结果",
        "Date of the outcome": "结果日期",
        "Carried out on": "实施日期",
        "Total to share (fen)": "分摊总额（分）",
        "Floor coefficients": "楼层系数",
        "Shared by area too": "同时按面积分摊",
        "Owner": "业主",
        "Floor": "楼层",
        "Floor area (0.01 m²)": "建筑面积（0.01 平方米）",
        "Vote": "表决意见",
        "Recorded by": "登记人",
        "Recorded at": "登记时间",
        "Text": "内容",
        "Written by": "填写人",
        "Where it came from": "来源",
        "Published at": "派单时间",
        "Finished at": "完成时间",
        "Rated at": "评单时间",
        "Taken at": "接单时间",
        "Opened on": "发起日期",
        "Closed at": "结束时间",
        "Written at": "填写时间",
        "Minutes served": "服务时长（分钟）",
        "Task or errand": "任务或帮办",
        "Kind of volunteer": "志愿者类别",
        "Entry": "条目",
        "Matter": "事项",
        "Agree": "同意",
        "Disagree": "不同意",
        "Abstain": "弃权",
        "Open": "进行中",
        "Consultation closed": "已结束",
        "Approved": "通过",
        "Not approved": "未通过",
        "Carried out": "已实施",
        "Adding a lift": "加装电梯",
        "Repair funds": "筹集或使用维修资金",
        "Rebuilding or renovating": "改建、重建建筑物及其附属设施",
        "Use of shared parts": "改变共有部分用途",
        "Other matter": "其他事项",
        "Published": "已派单",
        "Finished": "已完成",
        "Taken": "已接单",
        "Rated by the resident": "已评单",
        "Cancelled": "已取消",
        "Task": "派单任务",
        "Errand": "帮办代办",
        "The branch's plan": "支部计划",
        "A resident's request": "群众诉求",
        "A meeting's follow-up": "会议跟进事项",
        "A neighbour meeting": "邻里会",
        "Satisfied": "满意",
        "Basically satisfied": "基本满意",
        "Not satisfied": "不满意",
        "Party member": "党员",
        "Reporting member": "报到党员（下沉）",
        "Resident": "居民",
        "Youth volunteer": "青少年志愿者",
        "Exchange": "兑换",
        "Reversal": "冲销",
        "This consultation is closed: it cannot be changed, only added to.": "本次协商已结束，不能修改，只能添加补充说明。",
    }
)
