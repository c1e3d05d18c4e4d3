"""接入: the district adds stations, hands each its one-time enrollment code on a printable
slip, voids open codes, revokes a station's access, and settles the conflicts the sync
recorded (the district's side of "needs attention"). District accounts only; every other
role gets 404, as for anything outside its area."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import func, select, update

from linju_sync.protocol.tables import POLICY, TABLES
from linju_sync.server import auth
from linju_sync.server.common import iso, utc_now
from linju_sync.server.db import conflicts, enrollment_codes, stations
from linju_sync.server.ingest import RowState, district_write, load_rows
from linju_sync.server.web import accounts, book_names, labels
from linju_sync.server.web.accounts import Session
from linju_sync.server.web.base import Console, Problem, see_other
from linju_sync.server.web.i18n import register, t
from linju_sync.server.web.scope import NotFound, Scope

register(
    {
        "Add a station": "新增站点",
        "Station name": "站点名称",
        "Add": "新增",
        "Stations and their access": "各站点接入情况",
        "Open codes": "未用接入码",
        "Actions": "操作",
        "{n} open, valid until {time}": "{n} 个，有效至 {time}",
        "since {time}": "自 {time}",
        "Issue a code": "生成接入码",
        "Issue a code for {name}": "为 {name} 生成接入码",
        "Void open codes": "作废未用接入码",
        "Void the open codes of {name}": "作废 {name} 的未用接入码",
        "Revoke…": "停用…",
        "Revoke the access of {name}": "停用 {name} 的接入",
        "Please fill in the station's name, street and community.": "请填写站点名称、所属街道和社区。",
        "A name, street or community has at most {n} characters.": "名称、街道、社区各不超过 {n} 个字符。",
        "There is already a station named {name} in {community}.": "{community} 已有名为 {name} 的站点。",
        "Station {name} added. Issue its enrollment code below.": "已新增站点 {name}。请在下面为它生成接入码。",
        "{n} open code(s) voided.": "已作废 {n} 个未用的接入码。",
        "The access of {name} is revoked: its computer can no longer sync.": "已停用 {name} 的接入，该站点电脑不能再同步。",
        "The item is settled.": "已处理。",
        # the slip
        "Enrollment slip": "接入单",
        "Linju enrollment slip": "邻居 · 站点接入单",
        "Server address": "服务器地址",
        "Enrollment code": "接入码",
        "Valid until": "有效期至",
        "How to enroll": "接入步骤",
        "Open Linju": "打开邻居",
        "Sync": "同步",
        "Fill in the server address and the enrollment code": "填写服务器地址和接入码",
        "Enroll": "登记",
        "The code works once, for this station only, until the time above. Keep it from others; if it is lost, ask the district to void it and issue a new one.": "接入码只能为本站点使用一次，过期作废。请妥善保管；如有遗失，请联系区里作废并重新生成。",
        "This code is shown only once: print this slip (Ctrl+P) or copy the code now.": "接入码只显示这一次：请现在打印本页（Ctrl+P）或抄下接入码。",
        "Back to enrollment": "返回接入",
        # revoking
        "Revoke a station": "停用站点",
        "Reason": "原因",
        "The station's computer shows this reason when it tries to sync.": "站点电脑同步时会看到这个原因。",
        "I understand: this station's computer stops syncing until it is enrolled again with a new code. Its open codes are voided too.": "我已知晓：该站点电脑将不能同步，直到用新的接入码重新登记；它未用的接入码也一并作废。",
        "Revoke": "停用",
        "Cancel": "取消",
        "Please type the reason for revoking.": "请填写停用原因。",
        "The reason has at most {n} characters.": "原因不超过 {n} 个字符。",
        "Tick the box to confirm.": "请勾选确认。",
        "This station has no working access to revoke.": "该站点没有可停用的接入。",
        # conflicts
        "{n} open": "{n} 项待处理",
        "The same field was changed at a station and on the server. Choose the value to keep: a value the server did not keep is sent down to the station with its next sync.": "同一项数据在站点和服务器上都被修改了。请选择保留哪一个：服务器没有保留的值，选定后会在站点下次同步时下发。",
        "Nothing needs attention.": "没有待处理的事项。",
        "Record": "记录",
        "Field": "字段",
        "The station's value": "站点的值",
        "The server's value": "服务器的值",
        "Kept": "现保留",
        "Settle": "处理",
        "the station's": "站点的",
        "the server's": "服务器的",
        "changed since, now: {value}": "此后又有修改，现为：{value}",
        "Keep the station's value": "保留站点的值",
        "Keep the server's value": "保留服务器的值",
        "Choose which value to keep.": "请选择保留哪一个值。",
        "This item was already settled.": "这一项已经处理过了。",
        "The record is no longer on the server; nothing can be written to it.": "服务器上已没有这条记录，无法写入。",
        "The district cannot set this field.": "区里不能修改这个字段。",
        "Entries of this record book are never changed once recorded.": "这类记录一经登记不能修改。",
        "A request's progress changes only by the steps of its flow at the station.": "诉求的办理进度只能由站点按流程推进。",
        "These minutes are final: they cannot be changed, only added to.": "会议记录已定稿，只能补充，不能修改。",
        "The other value cannot be written from here:": "另一个值不能从这里写入：",
        # reasons the sync records (ingest.py)
        "changed on both sides; the later kept": "两边都修改了，保留了较晚的修改",
        "the district's value wins": "以区里的数据为准",
        "These minutes were finalised on the server and cannot be changed; add an addendum instead. The server's version was kept.": "会议记录已在服务器上定稿，不能修改，请改为补充说明。保留了服务器的版本。",
        # record books and fields
        "Branch": "支部信息",
        "Contact households": "联系户",
        "Transfers": "组织关系转接",
        "Attendance": "参会情况",
        "Follow-ups": "会议跟进",
        "Addenda": "补充说明",
        "Attachments": "附件",
        "Allocations": "经费下拨",
        "Request events": "诉求流转记录",
        "Resident": "居民",
        "Contact": "联系方式",
        "Phone": "电话",
        "Description": "诉求内容",
        "Result": "办理结果",
        "Amount": "金额",
        "Minutes": "会议记录",
        "Notes": "备注",
        "Deleted": "已删除",
    }
)

ROLES = ("district",)
MAX_NAME = 100
MAX_REASON = 500
MAX_CONFLICTS = 500
MASK_ID = ("id_number",)
MASK_PHONE = ("mobile", "contact", "phone")
# A request's progress moves only by steps of its flow, checked at the station and on the
# server: the console never writes these, whatever a conflict recorded.
REQUEST_FLOW_FIELDS = ("state", "closed_at", "result", "rating", "rating_note")
BOOKS = {
    "branch": "Branch",
    "party_groups": "Party groups",
    "members": "Members",
    "contact_households": "Contact households",
    "transfers": "Transfers",
    "meetings": "Meetings",
    "attendance": "Attendance",
    "followups": "Follow-ups",
    "addenda": "Addenda",
    "attachments": "Attachments",
    "allocations": "Allocations",
    "expenses": "Expenses",
    "requests": "Requests",
    "request_events": "Request events",
}
FIELDS = {
    "name": "Name",
    "gender": "Gender",
    "id_number": "ID number",
    "mobile": "Mobile",
    "party_group_id": "Party group",
    "member_kind": "Kind",
    "status": "Status",
    "resident": "Resident",
    "contact": "Contact",
    "phone": "Phone",
    "category": "Category",
    "description": "Description",
    "department": "Department",
    "result": "Result",
    "state": "State",
    "title": "Title",
    "date": "Date",
    "type": "Type",
    "minutes": "Minutes",
    "amount_fen": "Amount",
    "purpose": "Purpose",
    "notes": "Notes",
    "deleted": "Deleted",
}
REASONS = (
    "changed on both sides; the later kept",
    "the district's value wins",
    "These minutes were finalised on the server and cannot be changed; add an addendum "
    "instead. The server's version was kept.",
)


class Refused(Exception):
    """The person's request cannot be done as asked; the page says why (translated)."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


# -- showing values -------------------------------------------------------------------------
def _loads(raw: str | None) -> Any:
    return json.loads(raw) if raw is not None else None


def shown(field: str, value: Any, tbl: str = "") -> str:
    """A value as the page shows it: ID and phone numbers masked, coded values in words
    (a vote's 同意), JSON for the rest."""
    if value is None or value == "":
        return "—"
    value = book_names.value_text(tbl, field, value)
    if field in MASK_ID:
        return labels.mask_id(value)
    if field in MASK_PHONE:
        return labels.mask_phone(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def row_label(row: RowState | None) -> str:
    if row is None:
        return ""
    d = row.data
    for key in ("name", "number", "title", "member_name", "filename", "room"):
        if d.get(key):
            return str(d[key])
    return ""


def write_problem(tbl: str, field: str, row: RowState | None) -> str | None:
    """Why the district may not write this field of this row (None: it may)."""
    if row is None or row.deleted:
        return t("The record is no longer on the server; nothing can be written to it.")
    if field not in TABLES.get(tbl, ()):  # also "deleted": no tombstones from here
        return t("The district cannot set this field.")
    policy = POLICY[tbl]
    if policy == "append_only":
        return t("Entries of this record book are never changed once recorded.")
    if policy == "requests" and field in REQUEST_FLOW_FIELDS:
        return t("A request's progress changes only by the steps of its flow at the station.")
    if policy == "minutes" and row.data.get("status") == "final":
        if tbl == "consultations":
            return t("This consultation is closed: it cannot be changed, only added to.")
        return t("These minutes are final: they cannot be changed, only added to.")
    return None


def register_routes(app: FastAPI, console: Console) -> None:
    db = console.db
    server = console.server

    async def district(request: Request) -> Session:
        return await console.session(request, ROLES)

    # -- reading ------------------------------------------------------------------------
    def page_data(scope: Scope) -> dict[str, Any]:
        now = iso(utc_now())
        with db.read() as conn:
            chosen = scope.stations(conn)
            codes = {
                r.station_id: (int(r.n), r.until)
                for r in conn.execute(
                    select(
                        enrollment_codes.c.station_id,
                        func.count().label("n"),
                        func.max(enrollment_codes.c.expires_at).label("until"),
                    )
                    .where(
                        enrollment_codes.c.used_at.is_(None), enrollment_codes.c.expires_at >= now
                    )
                    .group_by(enrollment_codes.c.station_id)
                )
            }
            open_q = (
                select(conflicts, stations.c.name.label("station_name"))
                .join(stations, stations.c.id == conflicts.c.station_id)
                .where(conflicts.c.resolved_at.is_(None), scope.stations_clause())
            )
            total = conn.execute(select(func.count()).select_from(open_q.subquery())).scalar_one()
            found = conn.execute(open_q.order_by(conflicts.c.id).limit(MAX_CONFLICTS)).all()
            current = load_rows(conn, {(c.tbl, c.row_id) for c in found})
        items = []
        for st in chosen:
            n, until = codes.get(st.id, (0, None))
            items.append(
                {
                    "id": st.id,
                    "name": st.name,
                    "street": st.street,
                    "community": st.community,
                    "enrolled": bool(st.token_hash) and not st.revoked_at,
                    "enrolled_at": st.enrolled_at,
                    "revoked_at": st.revoked_at,
                    "revoked_reason": st.revoked_reason or "",
                    "last_sync_at": st.last_sync_at,
                    "open_codes": n,
                    "codes_until": until,
                }
            )
        return {
            "stations": items,
            "conflicts": [conflict_item(c, current.get((c.tbl, c.row_id))) for c in found],
            "conflict_total": int(total),
            "streets": sorted({x.street for x in chosen if x.street}),
            "communities": sorted({x.community for x in chosen if x.community}),
        }

    def conflict_item(c: Any, row: RowState | None) -> dict[str, Any]:
        local, theirs = _loads(c.local_value), _loads(c.server_value)
        kept = local if c.kept == "local" else theirs
        now = row.value(c.field) if row is not None else kept
        problem = write_problem(c.tbl, c.field, row)
        return {
            "id": c.id,
            "station_id": c.station_id,
            "station_name": c.station_name,
            "book": book_names.book_name(c.tbl, BOOKS),
            "row": row_label(row),
            "row_id": c.row_id,
            "field": book_names.field_name(c.tbl, c.field, FIELDS),
            "field_code": c.field,
            "local": shown(c.field, local, c.tbl),
            "server": shown(c.field, theirs, c.tbl),
            "kept": c.kept,
            # a later edit moved the field on: say so, so nobody overwrites it unawares
            "changed": now not in (local, theirs),
            "now": shown(c.field, now, c.tbl),
            "reason": book_names.reason_text(c.tbl, c.reason, REASONS),
            "at": c.created_at,
            "can_station": c.kept == "local" or problem is None,
            "can_server": c.kept == "server" or problem is None,
            "problem": problem,
        }

    async def render(
        request: Request,
        s: Session,
        status: int = 200,
        *,
        message: str = "",
        error: str = "",
        form: dict[str, str] | None = None,
        station_id: str = "",
        done: str = "",
        n: int = 0,
    ) -> Response:
        view = await console.work(page_data, console.scope(s))
        if done:
            name = next((x["name"] for x in view["stations"] if x["id"] == station_id), "")
            message = {
                "added": t("Station {name} added. Issue its enrollment code below.", name=name),
                "voided": t("{n} open code(s) voided.", n=n),
                "revoked": t(
                    "The access of {name} is revoked: its computer can no longer sync.",
                    name=name,
                ),
                "resolved": t("The item is settled."),
            }.get(done, "")  # only these fixed messages: nothing from the URL is echoed
        return console.page(
            request, "enrollment.html", s, status, message=message, error=error,
            form=form or {}, **view,
        )  # fmt: skip

    @app.get("/enrollment", include_in_schema=False)
    async def enrollment_page(
        request: Request, done: str = "", station: str = "", n: str = ""
    ) -> Response:
        s = await district(request)
        count = int(n) if n.isdigit() else 0
        return await render(request, s, station_id=station, done=done, n=count)

    # -- adding a station ----------------------------------------------------------------
    def add_station(name: str, street: str, community: str, username: str) -> str:
        if not (name and street and community):
            raise Refused(t("Please fill in the station's name, street and community."))
        if max(len(name), len(street), len(community)) > MAX_NAME:
            raise Refused(t("A name, street or community has at most {n} characters.", n=MAX_NAME))
        with db.write() as conn:
            same = select(stations.c.id).where(
                stations.c.name == name, stations.c.community == community
            )
            if conn.execute(same).first() is not None:
                raise Refused(
                    t(
                        "There is already a station named {name} in {community}.",
                        name=name,
                        community=community,
                    ),
                    409,
                )
            station_id = auth.add_station(conn, name, community, street)
            accounts.audit(conn, username, "add_station", station_id, f"{name} / {street} / {community}")  # fmt: skip
        return station_id

    @app.post("/enrollment/stations", include_in_schema=False)
    async def add_station_post(request: Request) -> Response:
        s = await district(request)
        form = await request.form()
        console.check_csrf(s, form)
        typed = {k: str(form.get(k, "")).strip() for k in ("name", "street", "community")}
        try:
            sid = await console.work(
                add_station, typed["name"], typed["street"], typed["community"], s.user.username
            )
        except Refused as exc:
            return await render(request, s, exc.status, error=exc.reason, form=typed)
        return see_other(f"/enrollment?done=added&station={sid}#station-{sid}")

    # -- codes ---------------------------------------------------------------------------
    def issue_code(scope: Scope, station_id: str, username: str) -> dict[str, Any]:
        with db.write(station_id) as conn:
            st = scope.station(conn, station_id)  # NotFound: 404
            # the newest slip is the only one that works: the older open ones end here
            voided = auth.void_codes(conn, station_id)  # new_code would too; counted here
            code = auth.new_code(conn, station_id)
            expires = conn.execute(
                select(enrollment_codes.c.expires_at).where(
                    enrollment_codes.c.code_hash == auth.hash_secret(auth.normalise_code(code))
                )
            ).scalar_one()
            # never the code itself: the audit log is no place for a live secret
            detail = f"{st.name}; until {expires}; {voided} older code(s) voided"
            accounts.audit(conn, username, "issue_code", station_id, detail)
        return {"station": st, "code": code, "expires": expires}

    @app.post("/enrollment/stations/{station_id}/code", include_in_schema=False)
    async def issue_code_post(request: Request, station_id: str) -> Response:
        s = await district(request)
        console.check_csrf(s, await request.form())
        slip = await console.work(issue_code, console.scope(s), station_id, s.user.username)
        # the address this browser reached us at is the one the station should type
        address = str(request.base_url).rstrip("/")
        # rendered in the POST's answer (no-store), never behind a URL: shown once
        return console.page(request, "enrollment_slip.html", s, server_address=address, **slip)

    def void(scope: Scope, station_id: str, username: str) -> int:
        with db.write(station_id) as conn:
            st = scope.station(conn, station_id)
            n = auth.void_codes(conn, station_id)
            accounts.audit(conn, username, "void_codes", station_id, f"{st.name}; {n} code(s)")
        return n

    @app.post("/enrollment/stations/{station_id}/void", include_in_schema=False)
    async def void_post(request: Request, station_id: str) -> Response:
        s = await district(request)
        console.check_csrf(s, await request.form())
        n = await console.work(void, console.scope(s), station_id, s.user.username)
        return see_other(f"/enrollment?done=voided&n={n}&station={station_id}#station-{station_id}")

    # -- revoking ------------------------------------------------------------------------
    def station_of(scope: Scope, station_id: str) -> Any:
        with db.read() as conn:
            return scope.station(conn, station_id)

    @app.get("/enrollment/stations/{station_id}/revoke", include_in_schema=False)
    async def revoke_form(request: Request, station_id: str) -> Response:
        s = await district(request)
        st = await console.work(station_of, console.scope(s), station_id)
        return console.page(request, "enrollment_revoke.html", s, station=st, reason="", error="")

    def revoke(scope: Scope, station_id: str, reason: str, username: str) -> None:
        with db.write(station_id) as conn:
            st = scope.station(conn, station_id)
            if not st.token_hash or st.revoked_at:
                raise Refused(t("This station has no working access to revoke."), 409)
            # an old slip must not undo the revocation (revoke voids too; counted here)
            n = auth.void_codes(conn, station_id)
            auth.revoke(conn, station_id, reason)
            accounts.audit(conn, username, "revoke_station", station_id, f"{st.name}; {reason}; {n} code(s) voided")  # fmt: skip

    @app.post("/enrollment/stations/{station_id}/revoke", include_in_schema=False)
    async def revoke_post(request: Request, station_id: str) -> Response:
        s = await district(request)
        form = await request.form()
        console.check_csrf(s, form)
        reason = " ".join(str(form.get("reason", "")).split())  # one line: the 401 shows it
        try:
            if not reason:
                raise Refused(t("Please type the reason for revoking."))
            if len(reason) > MAX_REASON:
                raise Refused(t("The reason has at most {n} characters.", n=MAX_REASON))
            # no script on these pages: the confirmation is a box the person must tick
            if form.get("confirm") != "yes":
                raise Refused(t("Tick the box to confirm."))
            await console.work(revoke, console.scope(s), station_id, reason, s.user.username)
        except Refused as exc:
            st = await console.work(station_of, console.scope(s), station_id)
            return console.page(
                request, "enrollment_revoke.html", s, exc.status, station=st, reason=reason,
                error=exc.reason,
            )  # fmt: skip
        return see_other(f"/enrollment?done=revoked&station={station_id}#station-{station_id}")

    # -- conflicts -----------------------------------------------------------------------
    def resolve(scope: Scope, conflict_id: str, keep: str, username: str) -> None:
        if not conflict_id.isdigit():
            raise NotFound(conflict_id)
        cid = int(conflict_id)
        with db.read() as conn:
            c = conn.execute(select(conflicts).where(conflicts.c.id == cid)).first()
            if c is None:
                raise NotFound(conflict_id)
            scope.station(conn, c.station_id)
        chosen = "local" if keep == "station" else "server"
        value = _loads(c.local_value if chosen == "local" else c.server_value)
        with db.write(c.station_id) as conn:
            # claimed first, in the same transaction as the write: a second click (or a
            # colleague) finds it settled and writes nothing twice
            claimed = conn.execute(
                update(conflicts)
                .where(conflicts.c.id == cid, conflicts.c.resolved_at.is_(None))
                .values(resolved_at=iso(utc_now()))
            )
            if not claimed.rowcount:
                raise Refused(t("This item was already settled."), 409)
            sent = ""
            if c.kept != chosen:
                row = load_rows(conn, {(c.tbl, c.row_id)}).get((c.tbl, c.row_id))
                problem = write_problem(c.tbl, c.field, row)
                if problem is not None:
                    raise Refused(problem)  # rolls the claim back too
                assert row is not None
                if row.value(c.field) != value:
                    seq = district_write(
                        conn, server.clock, c.station_id, c.tbl, c.row_id, {c.field: value}
                    )
                    sent = f"; sent down (feed {seq})"
            # who settled it lives in the audit log: no schema change for a "resolved_by"
            accounts.audit(conn, username, "resolve_conflict", c.station_id, f"#{cid} {c.tbl}.{c.field} {c.row_id}: keep {keep}{sent}")  # fmt: skip

    @app.post("/enrollment/conflicts/{conflict_id}/resolve", include_in_schema=False)
    async def resolve_post(request: Request, conflict_id: str) -> Response:
        s = await district(request)
        form = await request.form()
        console.check_csrf(s, form)
        keep = str(form.get("keep", ""))
        if keep not in ("station", "server"):
            raise Problem(400, t("Choose which value to keep."))
        try:
            await console.work(resolve, console.scope(s), conflict_id, keep, s.user.username)
        except Refused as exc:
            return await render(request, s, exc.status, error=exc.reason)
        return see_other("/enrollment?done=resolved#conflicts")
