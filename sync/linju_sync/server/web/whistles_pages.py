"""吹哨报到: requests whistled by stations to departments, as a queue per department.

A department accepts a request, reports progress and the result (or returns it, 退单);
each step is checked against the request state machine from the server's current state,
written as a district change of the request plus a request_events row, and reaches the
station on its next sync like any district write. The district can also dispatch a new
request down to a station (as `linju-server dispatch` does).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import select

from linju_sync import figures
from linju_sync.protocol.requests_flow import LIMIT_HOURS, TRANSITIONS
from linju_sync.server.common import iso, utc_now
from linju_sync.server.db import rows, stations
from linju_sync.server.ingest import district_write
from linju_sync.server.web import accounts, labels
from linju_sync.server.web.base import Console, Problem, see_other
from linju_sync.server.web.i18n import register, t
from linju_sync.server.web.scope import Scope

CLOSED_SHOWN = 20  # finished requests listed under each queue
# What a department may do, in the order the page offers it.
DEPARTMENT_ACTIONS = ("accept", "start", "complete", "return")
CATEGORY_NAMES = {
    "flying_lead": "Flying-lead charging",
    "parking": "Parking",
    "rubbish": "Rubbish",
    "street_lights": "Street lights",
    "lifts": "Lifts",
    "illegal_structures": "Illegal structures",
    "utilities": "Water, power and gas",
    "neighbour_disputes": "Neighbour disputes",
    "elderly_help": "Help for the elderly",
    "emergency": "Emergency",
    "other": "Other",
}
# A step as the history shows it, and as the button that takes it says it.
ACTION_NAMES = {
    "register": "Registered",
    "assess": "Assessed",
    "dispatch": "Dispatched",
    "accept": "Accepted",
    "start": "Progress",
    "complete": "Done",
    "return": "Returned",
    "rate": "Rated",
    "archive": "Archived",
    "reopen": "Reopened",
}
BUTTONS = {
    "accept": "Accept",
    "start": "Report progress",
    "complete": "Report the result",
    "return": "Return (wrong place)",
}

register(
    {
        "Whistled requests": "吹哨报到",
        "Queue of {department}": "{department} 的待办",
        "Overdue": "超期",
        "Due": "办理期限",
        "Registered at": "登记时间",
        "Resident": "居民",
        "Request": "诉求内容",
        "Station": "站点",
        "No whistled requests.": "暂无吹哨派单。",
        "Nothing to do.": "没有待办的诉求。",
        "Dispatched by the district": "区里派发的诉求",
        "Finished: the latest {shown} of {n}": "已办结：最近 {shown} 条（共 {n} 条）",
        "Finished ({n})": "已办结（{n} 条）",
        "Dispatch a request to a station": "向站点派单",
        "Description": "诉求内容",
        "Department (optional)": "承办部门（可不填）",
        "Time limit (hours)": "办理时限（小时）",
        "Dispatch": "派单",
        "Steps": "办理过程",
        "Note": "说明",
        "Result": "办理结果",
        "Accept": "接单",
        "Report progress": "报告进展",
        "Report the result": "报告办理结果",
        "Return (wrong place)": "退单（不属本部门）",
        "What happens next": "下一步",
        "This step is not possible now: the request is “{state}”.": "当前状态为“{state}”，不能进行这一步。",
        "Describe the result.": "请填写办理结果。",
        "Say why the request is returned.": "请说明退单理由。",
        "Fill in the resident, the request and the station.": "请填写居民、诉求内容并选择站点。",
        "The time limit is a whole number of hours from 1 to 2160.": "办理时限须为 1 至 2160 之间的整数小时。",
        "Unknown category.": "没有这个类别。",
        "Unknown step.": "没有这个办理环节。",
        "Dispatched {number} to {station}.": "已向 {station} 派单，编号 {number}。",
        "Done: the station sees it after its next sync.": "已完成：站点下次同步后即可看到。",
        "Flying-lead charging": "飞线充电",
        "Parking": "停车",
        "Rubbish": "垃圾",
        "Street lights": "路灯",
        "Lifts": "电梯",
        "Illegal structures": "违建",
        "Water, power and gas": "水电气管道",
        "Neighbour disputes": "邻里纠纷",
        "Help for the elderly": "为老服务",
        "Emergency": "紧急",
        "Registered": "已登记",
        "Assessed": "已研判",
        "Dispatched": "已派单",
        "Rated": "已评价",
        "Archived": "已归档",
        "Reopened": "重新办理",
        "Accepted": "已接单",
        "Progress": "进展",
        "Done": "已办结",
        "Returned": "已退单",
    }
)


def _whistled(data: dict[str, Any]) -> bool:
    return data.get("handling") == "department" and bool(data.get("department"))


def _split(group: list[dict[str, Any]]) -> tuple[list[Any], list[Any], int]:
    """(open, latest finished, how many finished): what is still to do first, overdue on
    top; the finished ones after, newest first and only the last few, so years of
    archive do not bury the queue."""
    todo = [d for d in group if d.get("state") in figures.OPEN_STATES]
    todo.sort(key=lambda d: (not d["overdue"], d.get("due_at") or ""))
    finished = [d for d in group if d.get("state") not in figures.OPEN_STATES]
    finished.sort(key=lambda d: d.get("registered_at") or "", reverse=True)
    return todo, finished[:CLOSED_SHOWN], len(finished)


def register_routes(app: FastAPI, console: Console) -> None:
    db, server = console.db, console.server
    roles = ("district", "street", "community", "department")

    def queue(scope: Scope) -> dict[str, Any]:
        now = iso(utc_now())
        with db.read() as conn:
            visible = {s.id: s for s in scope.stations(conn)} if scope.sees_stations else {}
            q = (
                select(rows.c.row_id, rows.c.station_id, rows.c.data, stations.c.name)
                .join(stations, stations.c.id == rows.c.station_id)
                .where(rows.c.tbl == "requests", rows.c.deleted == 0)
            )
            if scope.sees_stations:
                q = q.where(scope.stations_clause())
            items: dict[str, list[dict[str, Any]]] = {}
            dispatched: list[dict[str, Any]] = []  # sent down by the district ("D" numbers)
            for r in conn.execute(q):
                d = json.loads(r.data)
                from_district = str(d.get("number") or "").startswith("D")
                if not _whistled(d) and not (from_district and scope.sees_stations):
                    continue
                if scope.role == "department" and d["department"] != scope.name:
                    continue
                d.update(id=r.row_id, station=r.name)
                d["overdue"] = (
                    d.get("state") in figures.OPEN_STATES and (d.get("due_at") or "9") < now
                )
                if _whistled(d):
                    items.setdefault(d["department"], []).append(d)
                if from_district and scope.sees_stations:
                    dispatched.append(d)
        queues = [(department, *_split(group)) for department, group in sorted(items.items())]
        return {"queues": queues, "dispatched": _split(dispatched),
                "stations": list(visible.values()), "shown": CLOSED_SHOWN}  # fmt: skip

    @app.get("/whistles", include_in_schema=False)
    async def whistles(request: Request, done: str = "") -> Response:
        s = await console.session(request, roles)
        view = await console.work(queue, console.scope(s))
        return console.page(
            request, "whistles.html", s, labels=labels, categories=CATEGORY_NAMES,
            limits=LIMIT_HOURS, done=done, **view,
        )  # fmt: skip

    def detail(scope: Scope, row_id: str) -> dict[str, Any]:
        with db.read() as conn:
            r, data = scope.request(conn, row_id)
            if not _whistled(data) and scope.role != "district":
                scope.station(conn, r.station_id)  # street/community: any request of theirs
            events = [
                json.loads(e.data)
                for e in conn.execute(
                    select(rows.c.data).where(
                        rows.c.station_id == r.station_id,
                        rows.c.tbl == "request_events",
                        rows.c.deleted == 0,
                    )
                )
            ]
        events = sorted(
            (e for e in events if e.get("request_id") == row_id), key=lambda e: e.get("at") or ""
        )
        data["contact"] = labels.mask_phone(data.get("contact"))
        state = data.get("state", "")
        actions = [a for a in DEPARTMENT_ACTIONS if state in TRANSITIONS[a][0]]
        return {"req": data, "row_id": row_id, "station": r.station_name, "events": events,
                "actions": actions if scope.role == "department" else []}  # fmt: skip

    @app.get("/whistles/{row_id}", include_in_schema=False)
    async def whistle(request: Request, row_id: str) -> Response:
        s = await console.session(request, roles)
        view = await console.work(detail, console.scope(s), row_id)

        def opened() -> None:  # the resident's name is personal data
            with db.write() as conn:
                accounts.audit(
                    conn, s.user.username, "open_request", row_id, view["req"].get("number") or ""
                )

        await console.work(opened)
        return console.page(
            request, "whistle.html", s, labels=labels, categories=CATEGORY_NAMES,
            action_names=ACTION_NAMES, buttons=BUTTONS, **view,
        )  # fmt: skip

    def act(scope: Scope, username: str, row_id: str, action: str, text: str) -> None:
        if action not in DEPARTMENT_ACTIONS:
            raise Problem(400, t("Unknown step."))
        with db.read() as conn:
            r, _ = scope.request(conn, row_id)
        with db.write(r.station_id) as conn:
            # read again under the station's lock: the state may have moved meanwhile
            current = json.loads(
                conn.execute(
                    select(rows.c.data).where(rows.c.tbl == "requests", rows.c.row_id == row_id)
                ).scalar_one()
            )
            state = current.get("state", "")
            sources, target = TRANSITIONS[action]
            if state not in sources:
                label = t(labels.REQUEST_STATES.get(state, state))
                raise Problem(
                    409, t("This step is not possible now: the request is “{state}”.", state=label)
                )
            if action == "complete" and not text:
                raise Problem(400, t("Describe the result."))
            if action == "return" and not text:
                raise Problem(400, t("Say why the request is returned."))
            now = iso(utc_now())
            changes: dict[str, Any] = {"state": target}
            if action == "complete":
                changes.update(result=text, closed_at=now)
            district_write(conn, server.clock, r.station_id, "requests", row_id, changes)
            district_write(
                conn, server.clock, r.station_id, "request_events", str(uuid.uuid4()),
                {"request_id": row_id, "action": action, "from_state": state, "to_state": target,
                 "actor": scope.name, "at": now, "note": text or None,
                 "details": json.dumps({"department": scope.name}, ensure_ascii=False)},
            )  # fmt: skip
            accounts.audit(conn, username, f"request_{action}", row_id, text[:200])

    @app.post("/whistles/{row_id}/act", include_in_schema=False)
    async def whistle_act(request: Request, row_id: str) -> Response:
        s = await console.session(request, ("department",))
        form = await request.form()
        console.check_csrf(s, form)
        text = str(form.get("text", "")).strip()[:2000]
        await console.work(
            act, console.scope(s), s.user.username, row_id, str(form.get("action", "")), text
        )
        return see_other(f"/whistles/{row_id}")

    @app.post("/whistles/dispatch", include_in_schema=False)
    async def dispatch(request: Request) -> Response:
        s = await console.session(request, ("district",))
        form = await request.form()
        console.check_csrf(s, form)
        station_id = str(form.get("station", ""))
        resident = str(form.get("resident", "")).strip()[:100]
        description = str(form.get("description", "")).strip()[:2000]
        category = str(form.get("category", ""))
        department = str(form.get("department", "")).strip()[:100]
        hours_text = str(form.get("hours", "")).strip()
        if not (resident and description and station_id):
            raise Problem(400, t("Fill in the resident, the request and the station."))
        if category not in CATEGORY_NAMES:
            raise Problem(400, t("Unknown category."))
        try:
            hours = int(hours_text) if hours_text else LIMIT_HOURS.get(category, 168)
        except ValueError:
            hours = 0
        if not 1 <= hours <= 2160:
            raise Problem(400, t("The time limit is a whole number of hours from 1 to 2160."))

        def run() -> str:
            with db.read() as conn:
                st = console.scope(s).station(conn, station_id)
            _, number = server.dispatch(
                station_id, resident=resident, description=description, category=category,
                department=department, due_hours=hours,
            )  # fmt: skip
            with db.write() as conn:
                accounts.audit(conn, s.user.username, "dispatch", station_id, number)
            return t("Dispatched {number} to {station}.", number=number, station=st.name)

        message = await console.work(run)
        from urllib.parse import quote

        return see_other(f"/whistles?done={quote(message)}")
