"""Exports: each record book as CSV/xlsx with Chinese headers (the roster re-importable),
and everything as JSON rows keyed by UUID for data portability.

The CSV/xlsx books are for people: amounts in yuan as numbers, dates as dates, stored
UTC times as the station's local time, and no record ids unless asked for.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from linju_desktop import __version__
from linju_desktop.domain import funds, meetings, requests
from linju_desktop.domain import members as mrules
from linju_desktop.domain.identity import mask_id
from linju_desktop.domain.money import capital, format_yuan
from linju_desktop.services.clock import iso, local_time, parse_iso, station_timezone, utc_now
from linju_desktop.services.tabular import (
    date_cell,
    datetime_cell,
    money_cell,
    time_cell,
    write_table,
)
from linju_desktop.store import export_queries as q
from linju_desktop.store.database import Store
from linju_desktop.store.paths import make_private
from linju_desktop.store.schema import SYNCED_TABLES

BOOKS = ("members", "meetings", "expenses", "requests")

Book = tuple[list[str], Iterator[list[Any]]]


def _yes(v: Any) -> str:
    return "是" if v else "否"


def _date(text: str | None) -> Any:
    """A stored ISO date as a real date cell; anything else stays the text it is."""
    if not text:
        return None
    try:
        return date_cell(dt.date.fromisoformat(text))
    except ValueError:
        return text


def _time(text: str | None) -> Any:
    if not text:
        return None
    try:
        return time_cell(dt.time.fromisoformat(text))
    except ValueError:
        return text


def _members(store: Store, mask: bool, with_ids: bool) -> Book:
    # Headers are the import template's, so the file can be imported again.
    fields = list(mrules.TEMPLATE_FIELDS)
    header = [mrules.FIELD_LABELS[f] for f in fields] + ["状态"]
    if with_ids:
        header.append("编号")
    groups = q.group_names(store)
    labels = {
        "gender": mrules.GENDER_LABELS,
        "member_kind": mrules.MEMBER_KIND_LABELS,
        "person_kind": mrules.PERSON_KIND_LABELS,
    }
    dates = {"birth_date", "joined_date", "full_date"}

    def rows() -> Iterator[list[Any]]:
        for m in q.roster(store):
            out: list[Any] = []
            for f in fields:
                if f == "party_group":
                    out.append(groups.get(m["party_group_id"], ""))
                elif f in ("is_centre_household", "is_reporting"):
                    out.append(_yes(m[f]))
                elif f in labels:
                    out.append(labels[f].get(m[f] or "", ""))
                elif f == "id_number" and mask:
                    out.append(mask_id(m[f] or ""))
                elif f in dates:
                    out.append(_date(m[f]))
                else:
                    out.append(m[f] or "")
            out.append("在册" if m["status"] == "active" else f"已离开（{m['left_reason'] or ''}）")
            if with_ids:
                out.append(m["id"])
            yield out

    return header, rows()


def _named(attendance: list[dict], status: str) -> list[dict]:
    return [a for a in attendance if a["status"] == status and a["name"]]


def _meetings(store: Store, with_ids: bool) -> Book:
    header = [
        "日期",
        "开始时间",
        "结束时间",
        "会议类型",
        "标题",
        "地点",
        "主持人",
        "记录人",
        "应到",
        "实到",
        "缺席",
        "缺席人员",
        "列席",
        "列席人员",
        "是否达到法定人数",
        "状态",
        "议程",
        "会议记录",
        "决议",
    ]
    if with_ids:
        header.append("编号")
    names = q.member_names(store)

    def rows() -> Iterator[list[Any]]:
        att = q.attendance_by_meeting(store)
        for m in q.meetings(store):
            a = att.get(m["id"], [])
            quorum = meetings.quorum(m["type"], a)
            met = "" if quorum.met is None else _yes(quorum.met)
            voting = [r for r in a if r["status"] != "non_voting"]
            absentees = "、".join(
                f"{r['name']}（{meetings.reason_label(r['reason'])}）" if r["reason"] else r["name"]
                for r in _named(a, "absent")
            )
            out = [
                _date(m["date"]),
                _time(m["start_time"]),
                _time(m["end_time"]),
                meetings.MEETING_TYPE_BY_CODE[m["type"]].name,
                m["title"],
                m["place"] or "",
                names.get(m["chair_id"], ""),
                names.get(m["recorder_id"], ""),
                len(voting),
                sum(r["status"] == "present" for r in a),
                sum(r["status"] == "absent" for r in a),
                absentees,
                sum(r["status"] == "non_voting" for r in a),
                "、".join(r["name"] for r in _named(a, "non_voting")),
                met,
                meetings.MINUTES_STATUSES.get(m["status"], m["status"]),
                m["agenda"] or "",
                m["minutes"] or "",
                m["decisions"] or "",
            ]
            if with_ids:
                out.append(m["id"])
            yield out

    return header, rows()


def _reversal_text(e: sqlite3.Row) -> str:
    """What a reversal cancels, in words a reader can find in the book (not its id)."""
    if not e["reverses_id"]:
        return ""
    if e["reversed_amount_fen"] is None:
        return "冲销（原记录未找到）"
    parts = ["冲销", e["reversed_date"] or "", e["reversed_purpose"] or ""]
    parts.append(format_yuan(e["reversed_amount_fen"]))
    return " ".join(p for p in parts if p)


def _expenses(store: Store, with_ids: bool) -> Book:
    header = [
        "日期",
        "年度",
        "金额（元）",
        "金额大写",
        "类别",
        "收款方",
        "用途",
        "审批人",
        "冲销",
        "超支理由",
    ]
    if with_ids:
        header += ["编号", "冲销编号"]

    def rows() -> Iterator[list[Any]]:
        for e in q.expenses(store):
            out = [
                _date(e["date"]),
                e["year"],
                money_cell(e["amount_fen"]),
                capital(e["amount_fen"]),
                funds.CATEGORY_NAMES.get(e["category"], e["category"]),
                e["payee"] or "",
                e["purpose"] or "",
                e["approver"] or "",
                _reversal_text(e),
                e["overdraw_reason"] or "",
            ]
            if with_ids:
                out += [e["id"], e["reverses_id"] or ""]
            yield out

    return header, rows()


def _requests(store: Store, with_ids: bool) -> Book:
    header = [
        "编号",
        "登记时间",
        "居民",
        "联系方式",
        "楼栋",
        "单元",
        "房号",
        "类别",
        "来源",
        "诉求内容",
        "状态",
        "清单",
        "处理方式",
        "承办党员",
        "承办部门",
        "办理期限",
        "是否超期",
        "办结时间",
        "办理结果",
        "群众评价",
    ]
    if with_ids:
        header.append("记录编号")  # "编号" is already the request number people quote
    names = q.member_names(store)
    zone = station_timezone(store)
    now = utc_now()

    def local(text: str | None) -> Any:
        return datetime_cell(local_time(text, zone)) if text else None

    def rows() -> Iterator[list[Any]]:
        for r in q.requests(store):
            due = parse_iso(r["due_at"]) if r["due_at"] else None
            cat = requests.CATEGORY_BY_CODE.get(r["category"])
            out = [
                r["number"],
                local(r["registered_at"]),
                r["resident"],
                r["contact"] or "",
                r["building"] or "",
                r["unit"] or "",
                r["room"] or "",
                cat.name if cat else r["category"],
                requests.SOURCES.get(r["source"], ""),
                r["description"],
                requests.STATE_LABELS[r["state"]],
                requests.LIST_LABELS[requests.list_of(r["state"])],
                requests.HANDLING_LABELS.get(r["handling"] or "", ""),
                names.get(r["assignee_id"], ""),
                r["department"] or "",
                local(r["due_at"]),
                _yes(requests.is_overdue(r["state"], due, now)),
                local(r["closed_at"]),
                r["result"] or "",
                requests.RATING_LABELS.get(r["rating"] or "", ""),
            ]
            if with_ids:
                out.append(r["id"])
            yield out

    return header, rows()


def export_book(
    store: Store, book: str, out: Path, *, mask_ids: bool = False, with_ids: bool = False
) -> int:
    """Write one record book to .csv or .xlsx; returns the number of rows written.

    Amounts, counts and dates are real numbers and dates (Excel can sum and sort
    them), times are the station's local time, and record ids (UUIDs) appear only
    with `with_ids`: the file is for people.
    """
    if book == "members":
        header, rows = _members(store, mask_ids, with_ids)
    else:
        header, rows = {"meetings": _meetings, "expenses": _expenses, "requests": _requests}[book](
            store, with_ids
        )
    count = 0

    def counted() -> Iterator[list[Any]]:
        nonlocal count
        for r in rows:
            count += 1
            yield r

    write_table(out, header, counted())
    return count


def export_all(
    store: Store, out: Path, progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Every record book as lists of rows with their UUID "id" (streamed to disk)."""
    out = Path(out)
    counts: dict[str, int] = {}
    fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            head = {
                "format": "linju-export",
                "format_version": 1,
                "app_version": __version__,
                "exported_at": iso(utc_now()),
                "node_id": store.node_id,
            }
            fh.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "tables": {')
            for i, table in enumerate(SYNCED_TABLES):
                if progress:
                    progress(table)
                fh.write(("," if i else "") + f"\n{json.dumps(table)}: [")
                n = 0
                for row in q.table_rows(store, table):
                    fh.write(("," if n else "") + "\n" + json.dumps(dict(row), ensure_ascii=False))
                    n += 1
                fh.write("]")
                counts[table] = n
            fh.write("}}\n")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    make_private(out)
    return counts
