"""站点: the stations of one's area with what needs a look, one station's record books
(read only, ID and phone numbers masked) and its sync history; and the audit log."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from markupsafe import Markup
from sqlalchemy import desc, func, select

from linju_sync.server import district_figures as dfig
from linju_sync.server.common import iso, utc_now
from linju_sync.server.db import conflicts, rows, sync_log
from linju_sync.server.web import accounts, book_names, labels
from linju_sync.server.web.base import Console, local_time
from linju_sync.server.web.i18n import language, register, t
from linju_sync.server.web.scope import Scope

STALE_DAYS = 14
# What the audit log's actions and targets are called on its page.
AUDIT_ACTIONS = {
    "login": "Logged in",
    "change_password": "Changed the password",
    "add_user": "Added an account",
    "disable_user": "Disabled an account",
    "open_station": "Opened a station's records",
    "open_request": "Opened a request",
    "export": "Exported",
    "add_station": "Added a station",
    "issue_code": "Issued an enrollment code",
    "void_codes": "Voided enrollment codes",
    "revoke_station": "Revoked a station",
    "resolve_conflict": "Settled a conflict",
    "allocate": "Set an allocation",
    "upload_allocations": "Uploaded allocations",
    "dispatch": "Dispatched a request",
    "request_accept": "Accepted a request",
    "request_start": "Reported progress",
    "request_complete": "Reported a result",
    "request_return": "Returned a request",
}
AUDIT_WORDS = {
    "cli": "Command line",
    "overview.xlsx": "Overview (Excel)",
    "overview.pdf": "Overview (PDF)",
    "funds_notice": "Funds notice (Excel)",
    "district": "District account",
    "street": "Street account",
    "community": "Community account",
    "department": "Department account",
}


register(
    {
        "Logged in": "登录",
        "Changed the password": "修改密码",
        "Added an account": "新建账号",
        "Disabled an account": "停用账号",
        "Opened a station's records": "查看站点台账",
        "Opened a request": "查看诉求",
        "Exported": "导出",
        "Added a station": "新增站点",
        "Issued an enrollment code": "生成接入码",
        "Voided enrollment codes": "作废接入码",
        "Revoked a station": "停用站点",
        "Settled a conflict": "处理冲突",
        "Set an allocation": "设置下拨",
        "Uploaded allocations": "上传下拨表",
        "Dispatched a request": "派单",
        "Accepted a request": "接单",
        "Reported progress": "报告进展",
        "Reported a result": "报告办理结果",
        "Returned a request": "退单",
        "Command line": "命令行",
        "Overview (Excel)": "总览（Excel）",
        "Overview (PDF)": "总览（PDF）",
        "Funds notice (Excel)": "经费公示表（Excel）",
        "District account": "区级账号",
        "Street account": "街道账号",
        "Community account": "社区账号",
        "{year}: {amount} yuan": "{year} 年度：{amount} 元",
        "{year}: {done} of {rows} rows applied": "{year} 年度：应用 {done}/{rows} 行",
        "kept the station's value": "保留站点的值",
        "kept the server's value": "保留服务器的值",
        ", sent down to the station": "，已下发站点",
        "{name}; valid until {time}; {n} older codes voided": "{name}；有效至 {time}；作废旧码 {n} 个",
        "{name}; {n} codes voided": "{name}；作废接入码 {n} 个",
        "{name}; {reason}; {n} codes voided": "{name}；{reason}；作废接入码 {n} 个",
        "Department account": "部门账号",
    }
)


def audit_detail(action: str, detail: str) -> str:
    """The detail as a person reads it: the log keeps a compact form of each action's
    facts (see where each is written), this names them in Chinese."""
    import re

    from linju_sync.server.web.enrollment_pages import BOOKS, FIELDS

    def match(pattern: str) -> re.Match[str] | None:
        return re.fullmatch(pattern, detail, flags=re.S)

    if action == "add_user":
        role, _, scope = detail.partition(" ")
        return f"{t(AUDIT_WORDS.get(role, role))} {scope}".strip()
    if action == "allocate" and (m := match(r"(\d{4}) (-?\d+)")):
        return t("{year}: {amount} yuan", year=m[1], amount=labels.yuan(int(m[2])))
    if action == "upload_allocations" and (m := match(r"(\d{4}) (\d+)/(\d+)")):
        return t("{year}: {done} of {rows} rows applied", year=m[1], done=m[2], rows=m[3])
    if action == "resolve_conflict" and (
        m := match(r"#(\d+) (\w+)\.(\w+) \S+: keep (station|server)(; sent down.*)?")
    ):
        book = book_names.book_name(m[2], BOOKS)
        field = book_names.field_name(m[2], m[3], FIELDS)
        kept = t("kept the station's value") if m[4] == "station" else t("kept the server's value")
        sent = t(", sent down to the station") if m[5] else ""
        return f"#{m[1]} {book} · {field}: {kept}{sent}"
    if action == "issue_code" and (m := match(r"(.*); until (\S+); (\d+) older code\(s\) voided")):
        return t("{name}; valid until {time}; {n} older codes voided", name=m[1],
                 time=local_time(m[2]), n=m[3])  # fmt: skip
    if action == "void_codes" and (m := match(r"(.*); (\d+) code\(s\)")):
        return t("{name}; {n} codes voided", name=m[1], n=m[2])
    if action == "revoke_station" and (m := match(r"(.*); (.*); (\d+) code\(s\) voided")):
        return t("{name}; {reason}; {n} codes voided", name=m[1], reason=m[2], n=m[3])
    return detail


# How a sync arrived, as the sync history says it.
VIA_NAMES = {"http": "Online", "bundle": "Offline bundle"}
# the record books a station's page lists
SHOWN_BOOKS = (
    "members", "meetings", "requests", "expenses", "party_groups", "tasks", "consultations"
)  # fmt: skip
# Which types the default rhythms expect in the current month, quarter and year.
MONTHLY = ("committee", "group", "theme_day")
QUARTERLY = ("branch_assembly", "party_class")
YEARLY = ("life_meeting",)


def program(client_app: str) -> tuple[str, str]:
    """(app version, schema version) from what the station said it runs, e.g.
    "linju-desktop 0.1.0; schema 6"; anything else is shown whole as the version."""
    import re

    found = re.fullmatch(r"\s*linju-desktop\s+(\S+)\s*;\s*schema\s+(\S+)\s*", client_app or "")
    return (found.group(1), found.group(2)) if found else (client_app or "", "")


def _status(loaded: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """What the station list shows of one station today: a few values, cached per day."""
    from linju_sync import figures

    def held(period: tuple[dt.date, dt.date]) -> dict[str, int]:
        return figures.station_figures(start=period[0], end=period[1], **loaded)["meetings_by_type"]

    month = held(dfig.parse_period(today.year, None, today.month))
    quarter = held(dfig.parse_period(today.year, (today.month - 1) // 3 + 1))
    start, end = dfig.parse_period(today.year)
    year_figures = figures.station_figures(start=start, end=end, **loaded)
    due = [c for c in MONTHLY if not month.get(c)]
    due += [c for c in QUARTERLY if not quarter.get(c)]
    due += [c for c in YEARLY if not year_figures["meetings_by_type"].get(c)]
    funds = year_figures["funds"]
    used = funds["spent_fen"] / funds["allocated_fen"] if funds["allocated_fen"] else None
    open_due = sorted(
        str(r["due_at"]) for r in loaded["requests"]
        if r.get("state") in dfig.OPEN_STATES and r.get("due_at")
    )  # fmt: skip
    return {"due": due, "funds_used": used, "open_due": open_due}


def status_key(today: dt.date) -> str:
    return f"status/{today.isoformat()}"


def status_job(today: dt.date) -> dfig.Job:
    """What the station list shows of a station today (cached under status_key)."""
    return lambda loaded: _status(loaded, today)


def register_routes(app: FastAPI, console: Console) -> None:
    db = console.db

    def station_rows(scope: Scope, today: dt.date) -> list[dict[str, Any]]:
        with db.read() as conn:
            chosen = scope.stations(conn)
            ids = [s.id for s in chosen]
            open_conflicts = dict(
                conn.execute(
                    select(conflicts.c.station_id, func.count())
                    .where(conflicts.c.resolved_at.is_(None), conflicts.c.station_id.in_(ids))
                    .group_by(conflicts.c.station_id)
                ).all()
            )
        now = iso(utc_now())
        status = dfig.cached(db, ids, {status_key(today): status_job(today)})[status_key(today)]
        stale_before = iso(utc_now() - dt.timedelta(days=STALE_DAYS))
        out = []
        for s in chosen:
            st = status[s.id]
            out.append(
                {
                    "id": s.id,
                    "name": s.name,
                    "street": s.street,
                    "community": s.community,
                    "last_sync_at": s.last_sync_at,
                    "program": program(s.client_app or ""),
                    "stale": not s.last_sync_at or s.last_sync_at < stale_before,
                    "enrolled": bool(s.token_hash) and not s.revoked_at,
                    "revoked": bool(s.revoked_at),
                    "attention": int(open_conflicts.get(s.id, 0)),
                    "overdue": sum(due < now for due in st["open_due"]),
                    "due": st["due"],
                    "funds_used": st["funds_used"],
                }
            )
        return out

    @app.get("/stations", include_in_schema=False)
    async def stations_page(request: Request) -> Response:
        s = await console.session(request, ("district", "street", "community"))
        scope = console.scope(s)
        items = await console.work(station_rows, scope, dt.date.today())
        return console.page(
            request, "stations.html", s, stations=items, table=station_table(scope, items)
        )

    # (scope, language) -> (rows, their table): 526 rows are a quarter megabyte of HTML
    # to render, and between two loads they mostly stay the same
    tables: dict[tuple[Scope, str], tuple[list[dict[str, Any]], Markup]] = {}

    def station_table(scope: Scope, items: list[dict[str, Any]]) -> Markup:
        key = (scope, language.get())
        kept = tables.get(key)
        if kept and kept[0] == items:
            return kept[1]
        html = console.templates.env.get_template("stations_table.html").render(
            stations=items, labels=labels, stale_days=STALE_DAYS
        )
        if len(tables) > 64:
            tables.clear()
        tables[key] = (items, Markup(html))
        return tables[key][1]

    def station_detail(scope: Scope, station_id: str, username: str) -> dict[str, Any]:
        with db.read() as conn:
            st = scope.station(conn, station_id)  # NotFound outside the area
            books: dict[str, list[dict[str, Any]]] = {}
            for r in conn.execute(
                select(rows.c.tbl, rows.c.row_id, rows.c.data).where(
                    rows.c.station_id == station_id,
                    rows.c.deleted == 0,
                    rows.c.tbl.in_(SHOWN_BOOKS),
                )
            ):
                d = json.loads(r.data)
                d["id"] = r.row_id
                books.setdefault(r.tbl, []).append(d)
            history = [
                dict(x._mapping)
                for x in conn.execute(
                    select(sync_log)
                    .where(sync_log.c.station_id == station_id)
                    .order_by(desc(sync_log.c.id))
                    .limit(30)
                )
            ]
        groups = {g["id"]: g.get("name", "") for g in books.get("party_groups", [])}
        members = [
            {
                "name": m.get("name", ""),
                "gender": m.get("gender", ""),
                "id_number": labels.mask_id(m.get("id_number")),
                "mobile": labels.mask_phone(m.get("mobile")),
                "group": groups.get(m.get("party_group_id"), ""),
                "kind": m.get("member_kind", ""),
            }
            for m in sorted(books.get("members", []), key=lambda m: str(m.get("name", "")))
            if m.get("status", "active") == "active"
        ]
        meetings = sorted(books.get("meetings", []), key=lambda m: str(m.get("date")), reverse=True)
        requests = sorted(
            books.get("requests", []), key=lambda r: str(r.get("registered_at")), reverse=True
        )
        expenses = sorted(books.get("expenses", []), key=lambda e: str(e.get("date")), reverse=True)
        tasks = sorted(books.get("tasks", []), key=lambda x: str(x.get("date")), reverse=True)
        matters = sorted(
            books.get("consultations", []), key=lambda c: str(c.get("opened_date")), reverse=True
        )
        with db.write() as conn:  # names and masked numbers are still personal data
            accounts.audit(conn, username, "open_station", station_id, st.name)
        return {
            "station": st,
            "members": members,
            "meetings": meetings[:200],
            "requests": requests[:200],
            "expenses": expenses[:200],
            # the neighbourhood's work: what was done and decided, no person's figures
            "tasks": tasks[:200],
            "consultations": matters[:200],
            "history": history,
        }

    @app.get("/stations/{station_id}", include_in_schema=False)
    async def station_page(request: Request, station_id: str) -> Response:
        s = await console.session(request, ("district", "street", "community"))
        view = await console.work(station_detail, console.scope(s), station_id, s.user.username)
        from linju_sync.server.web.whistles_pages import CATEGORY_NAMES

        return console.page(
            request, "station.html", s, labels=labels, names=book_names,
            categories=CATEGORY_NAMES, via_names=VIA_NAMES, **view,
        )  # fmt: skip

    @app.get("/audit", include_in_schema=False)
    async def audit_page(request: Request) -> Response:
        s = await console.session(request, ("district",))

        def run() -> list[dict[str, Any]]:
            with db.read() as conn:
                return accounts.recent_audit(conn)

        return console.page(
            request, "audit.html", s, entries=await console.work(run), actions=AUDIT_ACTIONS,
            words=AUDIT_WORDS, detail=audit_detail,
        )  # fmt: skip
