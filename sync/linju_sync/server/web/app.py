"""The console's routes: logging in, the overview and the figures API, stations, audit.

Other pages (whistles, funds, enrollment) register their routes from their own modules.
Every route asks Console.session() who is calling and Scope what they may see.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from linju_sync import figures
from linju_sync.server import district_figures as dfig
from linju_sync.server.service import Server
from linju_sync.server.web import accounts, labels
from linju_sync.server.web.base import (
    COOKIE,
    HERE,
    SECURITY_HEADERS,
    Console,
    Problem,
    Redirect,
    safe_redirect,
    see_other,
)
from linju_sync.server.web.i18n import register, t
from linju_sync.server.web.scope import NotFound, Scope

register(
    {
        "Log in": "登录",
        "Something in the address is not right: go back and choose again.": "网址中的参数不对，请返回重新选择。",
        "User name": "用户名",
        "Password": "密码",
        "Current password": "原密码",
        "New password": "新密码",
        "New password again": "再输一遍新密码",
        "Save": "保存",
        "This is your first login: choose your own password.": "这是您第一次登录，请设置自己的密码。",
        "Password changed.": "密码已修改。",
        "Period": "统计期间",
        "Year": "年度",
        "Quarter": "季度",
        "Month": "月份",
        "Whole year": "全年",
        "Street": "街道",
        "Community": "社区",
        "All": "全部",
        "Show": "查看",
        "Export Excel": "导出 Excel",
        "Export PDF": "导出 PDF",
        "The whole district": "全区",
        "Print": "打印",
        "Meetings by type": "各类会议",
        "The three lists": "三张清单",
        "The three rates": "三率",
        "Funds": "经费",
        "yuan": "单位：元",
        "Neighbourhood work": "邻里互助与协商",
        "Allocated": "下拨",
        "Spent": "已支出",
        "Left": "结余",
        "By month": "按月",
        "By community": "按社区",
        "Requests received by month": "每月收集的诉求",
        "Meetings held by month": "每月召开的会议",
        "Requests by community": "各社区诉求",
        "Received": "收集",
        "Closed": "办结",
        "Figure": "指标",
        "Value": "数值",
        "{n} stations": "{n} 个站点",
        "Station": "站点",
        "Last sync": "最近同步",
        "Program": "程序版本",
        "Data version": "数据版本",
        "Monthly, quarterly and yearly meetings of the default rhythm not yet held this month, "
        "quarter or year": "按默认会议节奏，本月、本季度或本年度应开而尚未召开的会议",
        "never": "从未同步",
        "over {days} days ago": "超过 {days} 天未同步",
        "Needs attention": "待处理",
        "Overdue requests": "超期诉求",
        "Meetings due": "本期应开未开",
        "Funds used": "经费使用",
        "Enrolled": "已接入",
        "Not enrolled": "未接入",
        "Revoked": "已停用",
        "Members": "党员",
        "Meetings": "会议",
        "Requests": "群众诉求",
        "Expenses": "经费支出",
        "Sync history": "同步记录",
        "Name": "姓名",
        "Gender": "性别",
        "ID number": "身份证号",
        "Mobile": "手机号",
        "Party group": "党小组",
        "Kind": "类别",
        "Date": "日期",
        "Type": "类型",
        "Title": "主题",
        "Status": "状态",
        "No.": "编号",
        "Category": "类别",
        "State": "状态",
        "Department": "承办部门",
        "Amount (yuan)": "金额（元）",
        "Purpose": "用途",
        "Time": "时间",
        "Via": "方式",
        "Online": "联网同步",
        "Offline bundle": "离线包",
        "Received ops": "上传",
        "Conflicts": "冲突",
        "Rejected": "拒收",
        "Sent down": "下发",
        "ID numbers and phone numbers are masked in the console.": "工作台中身份证号和手机号均隐去中间位数。",
        "Who": "操作人",
        "What": "操作",
        "Target": "对象",
        "Detail": "说明",
        "Q{n}": "第{n}季度",
        "{n} month": "{n}月",
        "full": "正式党员",
        "probationary": "预备党员",
        "male": "男",
        "female": "女",
        "draft": "草稿",
        "final": "已定稿",
    }
)


@dataclass
class OverviewQuery:
    """The overview's period and area, as every overview route takes them."""

    year: int | None = None
    quarter: int | None = None
    month: int | None = None
    street: str = ""
    community: str = ""


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def mount(app: FastAPI, server: Server) -> Console:
    console = Console(server)
    db = server.db
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(Redirect)
    async def _redirect(_request: Request, exc: Redirect) -> Response:
        return see_other(exc.url)

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> Response:
        return console.page(
            request, "error.html", None, exc.status, reason=exc.reason, code=exc.status
        )

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, _exc: NotFound) -> Response:
        reason = t("There is nothing here, or it is not in your area.")
        return console.page(request, "error.html", None, 404, reason=reason, code=404)

    # A person who mistypes an address or a period reads the console's own page in
    # Chinese; programs under /api/ keep their JSON answers.
    from fastapi.exception_handlers import http_exception_handler
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    api_invalid = app.exception_handlers.get(RequestValidationError)

    def for_people(request: Request) -> bool:
        return not request.url.path.startswith(("/api/", "/static/"))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        if not for_people(request) or exc.status_code not in (404, 405):
            return await http_exception_handler(request, exc)
        reason = t("There is nothing here, or it is not in your area.")
        code = exc.status_code
        return console.page(request, "error.html", None, code, reason=reason, code=code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if not for_people(request) and api_invalid is not None:
            return await api_invalid(request, exc)  # type: ignore[no-any-return]
        reason = t("Something in the address is not right: go back and choose again.")
        return console.page(request, "error.html", None, 400, reason=reason, code=400)

    # -- logging in ---------------------------------------------------------------------------
    @app.get("/login", include_in_schema=False)
    async def login_form(request: Request, next: str = "/") -> Response:
        return console.page(request, "login.html", None, next=safe_redirect(next))

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form()
        username, password = str(form.get("username", "")), str(form.get("password", ""))
        address = request.client.host if request.client else "?"
        target = safe_redirect(str(form.get("next", "/")))

        def run() -> tuple[str, accounts.Session] | accounts.AccountError:
            with db.write() as conn:
                try:
                    return accounts.login(conn, username, password, address)
                except accounts.AccountError as exc:
                    return exc  # the failed attempt is committed: it counts for throttling

        outcome = await console.work(run)
        if isinstance(outcome, accounts.AccountError):
            return console.page(
                request, "login.html", None, 400, error=str(outcome), next=target,
                username=username,
            )  # fmt: skip
        sid, s = outcome
        response = see_other("/password" if s.user.must_change else target)
        response.set_cookie(
            COOKIE, sid, httponly=True, samesite="strict", secure=request.url.scheme == "https",
            path="/",
        )  # fmt: skip
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        s = await console.session(request, allow_must_change=True)
        console.check_csrf(s, await request.form())

        def run() -> None:
            with db.write() as conn:
                accounts.logout(conn, request.cookies.get(COOKIE))

        await console.work(run)
        response = see_other("/login")
        response.delete_cookie(COOKIE, path="/")
        return response

    @app.get("/password", include_in_schema=False)
    async def password_form(request: Request) -> Response:
        s = await console.session(request, allow_must_change=True)
        return console.page(request, "password.html", s)

    @app.post("/password", include_in_schema=False)
    async def password(request: Request) -> Response:
        s = await console.session(request, allow_must_change=True)
        form = await request.form()
        console.check_csrf(s, form)

        def run() -> None:
            with db.write() as conn:
                accounts.change_password(
                    conn, s.user.username, str(form.get("old", "")), str(form.get("new", "")),
                    str(form.get("again", "")),
                )  # fmt: skip

        try:
            await console.work(run)
        except accounts.AccountError as exc:
            return console.page(request, "password.html", s, 400, error=str(exc))
        return see_other("/" if s.user.role != "department" else "/whistles")

    # -- overview and figures -------------------------------------------------------------------
    def figures_for(
        scope: Scope,
        start: dt.date,
        end: dt.date,
        street: str,
        community: str,
        more: dict[str, dfig.Job] | None = None,
        also: dict[str, dfig.Job] | None = None,
        stamps: dict[str, str] | None = None,
    ) -> tuple[list[Any], dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        """(stations, {station: figures}, {key: {station: value}} of the `more` jobs): the
        jobs share one read of a station whose cached values are stale (see dfig.cached
        for `also`)."""
        with db.read() as conn:
            chosen = scope.stations(conn, street, community)
        key = dfig.period_key(start, end)
        jobs = {key: dfig.figures_job(start, end), **(more or {})}
        got = dfig.cached(db, [s.id for s in chosen], jobs, also, stamps)
        return chosen, got.pop(key), got

    def period_of(
        year: int | None, quarter: int | None, month: int | None
    ) -> tuple[dt.date, dt.date]:
        year = year or dt.date.today().year
        if (
            not 2000 <= year <= 2999
            or (quarter and not 1 <= quarter <= 4)
            or (month and not 1 <= month <= 12)
        ):
            raise Problem(400, t("There is nothing here, or it is not in your area."))
        return dfig.parse_period(year, quarter, month)

    @app.get("/api/v1/district/figures", tags=["console"])
    async def figures_api(
        request: Request,
        q: Annotated[OverviewQuery, Depends()],
    ) -> JSONResponse:
        """The overview's numbers for the caller's area (the keys of linju_sync.figures)."""
        s = await console.session(request, ("district", "street", "community"))
        start, end = period_of(q.year, q.quarter, q.month)
        # the overview's own numbers, reused as the page reuses them
        view = await console.work(
            overview_data, console.scope(s), start, end, q.street, q.community
        )
        return JSONResponse(view["total"], headers=SECURITY_HEADERS)

    @app.get("/", include_in_schema=False)
    async def overview(
        request: Request,
        q: Annotated[OverviewQuery, Depends()],
    ) -> Response:
        s = await console.session(request)
        if s.user.role == "department":
            raise Redirect("/whistles")
        start, end = period_of(q.year, q.quarter, q.month)
        view = await console.work(
            overview_data, console.scope(s), start, end, q.street, q.community
        )
        return console.page(
            request, "overview.html", s, year=start.year, quarter=q.quarter, month=q.month,
            street=q.street, community=q.community, labels=labels, **view,
        )  # fmt: skip

    # (scope, period, filters) -> (quick stamp, when version was last checked, version, view)
    memo: dict[tuple[Any, ...], tuple[Any, float, str, dict[str, Any]]] = {}
    RECHECK_SECONDS = 5.0

    def overview_data(
        scope: Scope, start: dt.date, end: dt.date, street: str, community: str
    ) -> dict[str, Any]:
        """The overview's numbers and charts; reused while no station in view changed, so
        people reloading the overview do not slow the stations' syncs. Whether anything
        changed is first asked cheaply (dfig.quick_stamp); the per-station version is read
        when that moved, and every few seconds anyway (on PostgreSQL two syncs may commit
        in the other order than their sequence numbers, which the quick stamp cannot see)."""
        import time

        key = (scope, start, end, street, community)
        quick, now = dfig.quick_stamp(db), time.monotonic()
        entry = memo.get(key)
        if entry and entry[0] == quick and now - entry[1] < RECHECK_SECONDS:
            return entry[3]
        with db.read() as conn:
            ids = [x.id for x in scope.stations(conn, street, community)]
        stamps = dfig.stamps_of(db, ids)
        version = dfig.version(stamps)
        if entry and entry[2] == version:
            memo[key] = (quick, now, version, entry[3])
            return entry[3]
        if len(memo) > 64:
            memo.clear()
        view = compute_overview(scope, start, end, street, community, stamps)
        memo[key] = (quick, now, version, view)
        return view

    def compute_overview(
        scope: Scope,
        start: dt.date,
        end: dt.date,
        street: str,
        community: str,
        stamps: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        from linju_sync.server.web.charts import bars, hbars
        from linju_sync.server.web.stations_pages import status_job, status_key

        # One read of each stale station serves the figures and the charts (and, riding
        # along, the station list's status of today): a district's first overview after
        # a day of syncs reads each synced station's rows once, not three times.
        today = dt.date.today()
        more = {dfig.months_key(start.year): dfig.monthly_job(start.year)}
        also = {status_key(today): status_job(today)}  # not worth a read of its own
        chosen, parts, extra = figures_for(scope, start, end, street, community, more, also, stamps)
        with db.read() as conn:
            everything = scope.stations(conn)
        series = extra[dfig.months_key(start.year)]
        month_totals = [
            {k: sum(v[k][m] for v in series.values()) for k in dfig.SERIES} for m in range(12)
        ]
        groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
        streets: dict[str, list[dict[str, Any]]] = {}
        for st in chosen:
            f = parts[st.id]
            groups.setdefault((st.street, st.community), []).append(f)
            streets.setdefault(st.street, []).append(f)
        by_community = [(k, figures.combine(v)) for k, v in sorted(groups.items())]
        by_street = [(k, figures.combine(v)) for k, v in sorted(streets.items())]
        month_names = [t("{n} month", n=m) for m in range(1, 13)]
        return {
            "total": dfig.total(parts, start, end),
            "by_community": by_community,
            "by_street": by_street,
            "streets": sorted({x.street for x in everything}),
            "communities": sorted(
                {x.community for x in everything if not street or x.street == street}
            ),
            "chart_months": bars(
                t("Requests received by month"),
                month_names,
                [
                    (t("Received"), [m["requests_total"] for m in month_totals]),
                    (t("Closed"), [m["requests_closed"] for m in month_totals]),
                ],
            ),
            "chart_meetings": bars(
                t("Meetings held by month"),
                month_names,
                [(t("Meetings held"), [m["meetings_total"] for m in month_totals])],
            ),
            "chart_communities": hbars(
                t("Requests by community"),
                [k[1] for k, _ in by_community],
                [
                    (t("Received"), [f["requests_total"] for _, f in by_community]),
                    (t("Closed"), [f["requests_closed"] for _, f in by_community]),
                ],
            ),
            "months": month_totals,
            "period": (start, end),
        }

    async def export(request: Request, suffix: str, q: OverviewQuery) -> Response:
        """The overview as a file (.xlsx or .pdf): the same numbers as the page, audited."""
        from linju_sync.server.web import overview_pdf as pdfmod

        s = await console.session(request, ("district", "street", "community"))
        start, end = period_of(q.year, q.quarter, q.month)
        street, community = q.street, q.community
        view = await console.work(overview_data, console.scope(s), start, end, street, community)
        place = community or street or s.user.scope or t("The whole district")

        def run() -> bytes:
            with db.write() as conn:
                accounts.audit(
                    conn, s.user.username, "export", f"overview{suffix}", f"{start}/{end}"
                )
            if suffix == ".pdf":
                return pdfmod.overview_pdf(view, t("Overview"), place, start, end)
            return overview_workbook(view, start, end)

        try:
            data = await console.work(run)
        except pdfmod.NoFont as exc:
            raise Problem(503, str(exc)) from exc
        name = f"overview-{start.isoformat()}-{end.isoformat()}{suffix}"
        media = "application/pdf" if suffix == ".pdf" else XLSX_TYPE
        return Response(
            data,
            media_type=media,
            headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
        )

    @app.get("/overview.xlsx", include_in_schema=False)
    async def overview_xlsx(
        request: Request,
        q: Annotated[OverviewQuery, Depends()],
    ) -> Response:
        return await export(request, ".xlsx", q)

    @app.get("/overview.pdf", include_in_schema=False)
    async def overview_pdf(
        request: Request,
        q: Annotated[OverviewQuery, Depends()],
    ) -> Response:
        return await export(request, ".pdf", q)

    from linju_sync.server.web import (
        enrollment_pages,
        funds_pages,
        stations_pages,
        whistles_pages,
    )

    for pages in (stations_pages, whistles_pages, funds_pages, enrollment_pages):
        pages.register_routes(app, console)
    return console


def overview_workbook(view: dict[str, Any], start: dt.date, end: dt.date) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = t("Overview")
    ws.append([f"{t('Overview')} {start.isoformat()} – {end.isoformat()}"])
    ws["A1"].font = Font(bold=True, size=14)
    total = view["total"]
    ws.append([])
    ws.append([t("Figure"), t("Value")])
    for key, label in labels.FIGURE_ROWS:
        ws.append([t(label), total[key]])
    for key, label in labels.MEMBER_KINDS.items():
        ws.append([t(label), total.get("members_by_kind", {}).get(key, 0)])
    for key, label in labels.MEETING_TYPES.items():
        ws.append([t(label), total["meetings_by_type"].get(key, 0)])
    for key, label in labels.LISTS.items():
        ws.append([t(label), total["requests_by_list"][key]])
    for key, label in labels.RATES.items():
        rate = total["rates"][key]
        cell_value = rate["value"] if rate["value"] is not None else None
        ws.append([t(label), cell_value])
        ws.cell(ws.max_row, 2).number_format = "0.0%"
    for key, label in (
        ("allocated_fen", "Allocated"),
        ("spent_fen", "Spent"),
        ("left_fen", "Left"),
    ):
        ws.append([t(label), total["funds"][key] / 100])
        ws.cell(ws.max_row, 2).number_format = "#,##0.00"
    for key, label in labels.NEIGHBOURHOOD.items():
        value = total.get("neighbourhood", {}).get(key, 0)
        ws.append([t(label), round(value / 60, 1) if key == "service_minutes" else value])
    sheet = wb.create_sheet(t("By community"))
    head = [t("Street"), t("Community"), *(t(label) for _, label in labels.FIGURE_ROWS)]
    sheet.append(head)
    for (street, community), f in view["by_community"]:
        sheet.append([street, community, *(f[k] for k, _ in labels.FIGURE_ROWS)])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
