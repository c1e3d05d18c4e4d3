"""What every console page shares: the session behind the cookie, CSRF, rendering,
security headers, and the answers for "log in first", "not yours" and bad input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.templating import Jinja2Templates

from linju_sync.server.service import Server
from linju_sync.server.web.accounts import Session, session_for, touch_session
from linju_sync.server.web.i18n import register, t
from linju_sync.server.web.scope import Scope

COOKIE = "linju_console"
HERE = Path(__file__).resolve().parent
T = TypeVar("T")

register(
    {
        "Overview": "总览",
        "Stations": "站点",
        "Whistles": "吹哨报到",
        "Funds": "经费",
        "Enrollment": "接入",
        "Audit": "审计",
        "Log out": "退出",
        "Change password": "修改密码",
        "Linju district console": "邻居 · 区级工作台",
        "Not found": "找不到",
        "There is nothing here, or it is not in your area.": "这里没有内容，或不在您的管辖范围内。",
        "The form has expired; please try again.": "表单已过期，请重新提交。",
        "Back to the overview": "返回总览",
        "Skip to the content": "跳到正文",
    }
)


class Redirect(Exception):
    def __init__(self, url: str) -> None:
        self.url = url


class Problem(Exception):
    """A 4xx page with a reason for the person."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}

NAV = (
    ("overview", "/", "Overview", ("district", "street", "community")),
    ("stations", "/stations", "Stations", ("district", "street", "community")),
    ("whistles", "/whistles", "Whistles", ("district", "street", "community", "department")),
    ("funds", "/funds", "Funds", ("district",)),
    ("enrollment", "/enrollment", "Enrollment", ("district",)),
    ("audit", "/audit", "Audit", ("district",)),
)


class Console:
    def __init__(self, server: Server) -> None:
        self.server = server
        self.db = server.db
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.globals["t"] = t
        self.templates.env.globals["nav"] = NAV
        self.templates.env.filters["local"] = local_time
        self.templates.env.filters["num"] = lambda n: f"{n:,}" if isinstance(n, int) else n

    async def work(self, fn: Callable[..., T], *args: Any) -> T:
        return await run_in_threadpool(fn, *args)

    # -- who is asking ------------------------------------------------------------------------
    def _session(self, sid: str | None) -> Session | None:
        # Read only: a page view must not take the write lock that stations' syncs need;
        # last seen is written at most once a minute, and an ended session once.
        with self.db.read() as conn:
            s, write = session_for(conn, sid)
        if write and sid:
            with self.db.write() as conn:
                touch_session(conn, sid, end=write == "end")
        return s

    async def session(
        self, request: Request, roles: tuple[str, ...] = (), allow_must_change: bool = False
    ) -> Session:
        """The logged-in person, or a redirect to the login page (or to change the
        initial password); a role outside `roles` gets 404, as for another area."""
        s = await self.work(self._session, request.cookies.get(COOKIE))
        if s is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise Redirect(f"/login?next={_safe_next(target)}")
        if s.user.must_change and not allow_must_change:
            raise Redirect("/password")
        if roles and s.user.role not in roles:
            raise Problem(404, t("There is nothing here, or it is not in your area."))
        return s

    def scope(self, s: Session) -> Scope:
        return Scope.of(s.user)

    @staticmethod
    def check_csrf(s: Session, form: Any) -> None:
        import hmac

        if not hmac.compare_digest(str(form.get("csrf", "")), s.csrf):
            raise Problem(403, t("The form has expired; please try again."))

    # -- answers ----------------------------------------------------------------------------
    def page(
        self,
        request: Request,
        name: str,
        s: Session | None,
        status: int = 200,
        **context: Any,
    ) -> HTMLResponse:
        context.update(request=request, session=s, user=s.user if s else None)
        response = self.templates.TemplateResponse(request, name, context, status_code=status)
        response.headers.update(SECURITY_HEADERS)
        return response


TIMEZONE = "Asia/Shanghai"  # the district's wall clock: stored stamps are UTC


def local_time(stamp: object) -> str:
    """A stored UTC stamp as the district's local "YYYY-MM-DD HH:MM"."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    text = str(stamp or "")
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text[:16]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(ZoneInfo(TIMEZONE)).strftime("%Y-%m-%d %H:%M")


def _safe_next(target: str) -> str:
    from urllib.parse import quote

    return quote(target if target.startswith("/") and not target.startswith("//") else "/")


def safe_redirect(target: str | None) -> str:
    """Only paths on this server: a crafted ?next= never sends anyone elsewhere."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def see_other(url: str) -> Response:
    response = RedirectResponse(url, status_code=303)
    response.headers.update(SECURITY_HEADERS)
    return response
