"""站点: the stations of one's area with what needs a look, one station's record books
(read only, ID and phone numbers masked) and its sync history; and the audit log."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import desc, func, select

from linju_sync.server import district_figures as dfig
from linju_sync.server.common import iso, utc_now
from linju_sync.server.db import conflicts, rows, sync_log
from linju_sync.server.web import accounts, book_names, labels
from linju_sync.server.web.base import Console
from linju_sync.server.web.scope import Scope

STALE_DAYS = 14
# the record books a station's page lists
SHOWN_BOOKS = (
    "members", "meetings", "requests", "expenses", "party_groups", "tasks", "consultations"
)  # fmt: skip
# Which types the default rhythms expect in the current month, quarter and year.
MONTHLY = ("committee", "group", "theme_day")
QUARTERLY = ("branch_assembly", "party_class")
YEARLY = ("life_meeting",)


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
        status = dfig.cached(db, ids, {f"status/{today.isoformat()}": lambda L: _status(L, today)})
        status = status[f"status/{today.isoformat()}"]
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
                    "client_app": s.client_app or "",
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
        items = await console.work(station_rows, console.scope(s), dt.date.today())
        return console.page(
            request, "stations.html", s, stations=items, labels=labels, stale_days=STALE_DAYS
        )

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
        return console.page(request, "station.html", s, labels=labels, names=book_names, **view)

    @app.get("/audit", include_in_schema=False)
    async def audit_page(request: Request) -> Response:
        s = await console.session(request, ("district",))

        def run() -> list[dict[str, Any]]:
            with db.read() as conn:
                return accounts.recent_audit(conn)

        return console.page(request, "audit.html", s, entries=await console.work(run))
