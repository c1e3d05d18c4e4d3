"""Exports: each record book as CSV/xlsx with Chinese headers (the roster re-importable),
and everything as JSON rows keyed by UUID for data portability."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from linju_desktop import __version__
from linju_desktop.domain import funds, meetings, requests
from linju_desktop.domain import members as mrules
from linju_desktop.domain.identity import mask_id
from linju_desktop.domain.money import capital, format_yuan
from linju_desktop.services.clock import iso, utc_now
from linju_desktop.services.tabular import write_table
from linju_desktop.store.database import Store
from linju_desktop.store.paths import make_private
from linju_desktop.store.schema import SYNCED_TABLES

BOOKS = ("members", "meetings", "expenses", "requests")


def _yes(v: Any) -> str:
    return "是" if v else "否"


def _members(store: Store, mask: bool) -> tuple[list[str], Iterator[list[Any]]]:
    fields = list(mrules.TEMPLATE_FIELDS)
    header = [mrules.FIELD_LABELS[f] for f in fields] + ["状态"]
    groups = {g["id"]: g["name"] for g in store.rows("SELECT id, name FROM party_groups")}
    labels = {
        "gender": mrules.GENDER_LABELS,
        "member_kind": mrules.MEMBER_KIND_LABELS,
        "person_kind": mrules.PERSON_KIND_LABELS,
    }

    def rows() -> Iterator[list[Any]]:
        for m in store.conn.execute(
            "SELECT * FROM members WHERE deleted = 0 ORDER BY building, unit, room, name"
        ):
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
                else:
                    out.append(m[f] or "")
            out.append("在册" if m["status"] == "active" else f"已离开（{m['left_reason'] or ''}）")
            yield out

    return header, rows()


def _meetings(store: Store) -> tuple[list[str], Iterator[list[Any]]]:
    header = [
        "日期",
        "会议类型",
        "标题",
        "地点",
        "主持人",
        "记录人",
        "应到",
        "实到",
        "缺席",
        "列席",
        "是否达到法定人数",
        "状态",
        "议程",
        "会议记录",
        "决议",
    ]
    names = {m["id"]: m["name"] for m in store.rows("SELECT id, name FROM members")}

    def rows() -> Iterator[list[Any]]:
        att: dict[str, list[dict]] = {}
        for a in store.rows(
            "SELECT a.meeting_id, a.status, m.member_kind FROM attendance a "
            "LEFT JOIN members m ON m.id = a.member_id WHERE a.deleted = 0"
        ):
            att.setdefault(a["meeting_id"], []).append(a)
        for m in store.conn.execute("SELECT * FROM meetings WHERE deleted = 0 ORDER BY date"):
            a = att.get(m["id"], [])
            q = meetings.quorum(m["type"], a)
            met = "" if q.met is None else ("是" if q.met else "否")
            voting = [r for r in a if r["status"] != "non_voting"]
            yield [
                m["date"],
                meetings.MEETING_TYPE_BY_CODE[m["type"]].name,
                m["title"],
                m["place"] or "",
                names.get(m["chair_id"], ""),
                names.get(m["recorder_id"], ""),
                len(voting),
                sum(r["status"] == "present" for r in a),
                sum(r["status"] == "absent" for r in a),
                sum(r["status"] == "non_voting" for r in a),
                met,
                meetings.MINUTES_STATUSES.get(m["status"], m["status"]),
                m["agenda"] or "",
                m["minutes"] or "",
                m["decisions"] or "",
            ]

    return header, rows()


def _expenses(store: Store) -> tuple[list[str], Iterator[list[Any]]]:
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
        "编号",
    ]

    def rows() -> Iterator[list[Any]]:
        for e in store.conn.execute("SELECT * FROM expenses WHERE deleted = 0 ORDER BY date"):
            yield [
                e["date"],
                e["year"],
                format_yuan(e["amount_fen"]),
                capital(e["amount_fen"]),
                funds.CATEGORY_NAMES.get(e["category"], e["category"]),
                e["payee"] or "",
                e["purpose"] or "",
                e["approver"] or "",
                f"冲销 {e['reverses_id']}" if e["reverses_id"] else "",
                e["overdraw_reason"] or "",
                e["id"],
            ]

    return header, rows()


def _requests(store: Store) -> tuple[list[str], Iterator[list[Any]]]:
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
        "办理结果",
        "群众评价",
    ]
    names = {m["id"]: m["name"] for m in store.rows("SELECT id, name FROM members")}
    now = utc_now()

    def rows() -> Iterator[list[Any]]:
        from linju_desktop.services.clock import parse_iso

        for r in store.conn.execute(
            "SELECT * FROM requests WHERE deleted = 0 ORDER BY registered_at"
        ):
            due = parse_iso(r["due_at"]) if r["due_at"] else None
            cat = requests.CATEGORY_BY_CODE.get(r["category"])
            yield [
                r["number"],
                r["registered_at"],
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
                r["due_at"] or "",
                _yes(requests.is_overdue(r["state"], due, now)),
                r["result"] or "",
                requests.RATING_LABELS.get(r["rating"] or "", ""),
            ]

    return header, rows()


def export_book(store: Store, book: str, out: Path, *, mask_ids: bool = False) -> int:
    """Write one record book to .csv or .xlsx; returns the number of rows written."""
    if book == "members":
        header, rows = _members(store, mask_ids)
    else:
        header, rows = {"meetings": _meetings, "expenses": _expenses, "requests": _requests}[book](
            store
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
                for row in store.conn.execute(
                    f"SELECT * FROM {table} WHERE deleted = 0 ORDER BY created_hlc"
                ):
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
