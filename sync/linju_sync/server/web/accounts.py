"""People who use the district console: accounts, passwords, sessions, throttling, audit.

- Passwords are hashed with scrypt (memory-hard, in Python's standard library).
- Sessions live in the database (so several server workers share them); the cookie
  carries a random id and the database only its sha256. Each session has its own CSRF
  token; an idle session ends after IDLE_MINUTES, any session after MAX_HOURS.
- Failed logins are counted per account and per address over THROTTLE_MINUTES.
- The audit log records who logged in, exported, or opened personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update

from linju_sync.server.common import iso, utc_now
from linju_sync.server.db import audit_log, login_failures, users, web_sessions
from linju_sync.server.web.i18n import register, t

register(
    {
        "A user name has 2-64 letters, digits, Chinese characters or _ . -": "用户名须为 2–64 个字母、数字、汉字或 _ . -",
        "The role must be one of {roles}": "角色须为 {roles} 之一",
        "A {role} account needs --scope: the name of its street, community or department": "{role} 账号须用 --scope 指明所属街道、社区或部门的名称",
        "The user name {name} is taken": "用户名 {name} 已存在",
        "No active account {name}": "没有可停用的账号 {name}",
        "Too many failed logins; try again in {minutes} minutes": "登录失败次数过多，请 {minutes} 分钟后再试",
        "Wrong user name or password": "用户名或密码不对",
        "The current password is wrong": "原密码不对",
        "The two new passwords differ": "两次输入的新密码不一致",
        "The new password must differ from the old one": "新密码不能与原密码相同",
        "A password has at least {n} characters": "密码至少 {n} 个字符",
        "The password must not contain the user name": "密码不能包含用户名",
        "The password is too simple: mix letters, digits and signs": "密码太简单，请混用字母、数字和符号",
    }
)

ROLES = ("district", "street", "community", "department")
IDLE_MINUTES = 30
MAX_HOURS = 12
THROTTLE_MINUTES = 15
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
MIN_PASSWORD = 10
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_USERNAME = re.compile(r"[A-Za-z0-9_.\-\u4e00-\u9fff]{2,64}")


class AccountError(Exception):
    """A problem the person can fix; the message is translated, for the page or the CLI."""


@dataclass(frozen=True)
class User:
    username: str
    role: str
    scope: str  # street/community/department name; "" for the district
    must_change: bool


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str


# -- passwords -------------------------------------------------------------------------------
def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(digest) // 2,
        )  # fmt: skip
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


_DUMMY = hash_password(secrets.token_hex(8))  # same work for unknown names: no probing


def password_problem(password: str, username: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return t("A password has at least {n} characters", n=MIN_PASSWORD)
    if username.lower() in password.lower():
        return t("The password must not contain the user name")
    if len(set(password)) < 4:
        return t("The password is too simple: mix letters, digits and signs")
    return None


# -- accounts --------------------------------------------------------------------------------
def add_user(conn: Connection, username: str, role: str, scope: str = "") -> str:
    """Create an account; returns its one-time initial password (changed at first login)."""
    if not _USERNAME.fullmatch(username):
        raise AccountError(t("A user name has 2-64 letters, digits, Chinese characters or _ . -"))
    if role not in ROLES:
        raise AccountError(t("The role must be one of {roles}", roles=" / ".join(ROLES)))
    scope = scope.strip()
    if role == "district":
        scope = ""
    elif not scope:
        raise AccountError(
            t(
                "A {role} account needs --scope: the name of its street, community or department",
                role=role,
            )
        )
    if conn.execute(select(users.c.username).where(users.c.username == username)).first():
        raise AccountError(t("The user name {name} is taken", name=username))
    initial = "-".join(secrets.token_urlsafe(6) for _ in range(3))
    conn.execute(
        insert(users).values(
            username=username,
            role=role,
            scope=scope,
            password_hash=hash_password(initial),
            must_change=1,
            created_at=iso(utc_now()),
        )
    )
    audit(conn, "cli", "add_user", username, f"{role} {scope}".strip())
    return initial


def list_users(conn: Connection) -> list[dict[str, object]]:
    return [dict(r._mapping) for r in conn.execute(select(users).order_by(users.c.username))]


def disable_user(conn: Connection, username: str) -> None:
    done = conn.execute(
        update(users)
        .where(users.c.username == username, users.c.disabled_at.is_(None))
        .values(disabled_at=iso(utc_now()))
    )
    if not done.rowcount:
        raise AccountError(t("No active account {name}", name=username))
    conn.execute(delete(web_sessions).where(web_sessions.c.username == username))
    audit(conn, "cli", "disable_user", username, "")


def _user(row: object) -> User:
    r = row._mapping  # type: ignore[attr-defined]
    return User(r["username"], r["role"], r["scope"], bool(r["must_change"]))


# -- logging in ------------------------------------------------------------------------------
def throttled(conn: Connection, username: str, address: str) -> bool:
    since = iso(utc_now() - dt.timedelta(minutes=THROTTLE_MINUTES))
    per_user = conn.execute(
        select(func.count())
        .select_from(login_failures)
        .where(login_failures.c.username == username, login_failures.c.at >= since)
    ).scalar_one()
    per_addr = conn.execute(
        select(func.count())
        .select_from(login_failures)
        .where(login_failures.c.address == address, login_failures.c.at >= since)
    ).scalar_one()
    return per_user >= MAX_FAILURES_PER_ACCOUNT or per_addr >= MAX_FAILURES_PER_ADDRESS


def login(conn: Connection, username: str, password: str, address: str) -> tuple[str, Session]:
    """Check the password; returns (session id for the cookie, session). Raises AccountError."""
    username = username.strip()[:64]
    address = address[:64]
    if throttled(conn, username, address):
        raise AccountError(
            t("Too many failed logins; try again in {minutes} minutes", minutes=THROTTLE_MINUTES)
        )
    row = conn.execute(select(users).where(users.c.username == username)).first()
    stored = row.password_hash if row is not None else _DUMMY
    ok = check_password(password, stored) and row is not None and not row.disabled_at
    if not ok:
        conn.execute(
            insert(login_failures).values(username=username, address=address, at=iso(utc_now()))
        )
        raise AccountError(t("Wrong user name or password"))
    conn.execute(delete(login_failures).where(login_failures.c.username == username))
    now = iso(utc_now())
    conn.execute(update(users).where(users.c.username == username).values(last_login_at=now))
    sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    conn.execute(
        insert(web_sessions).values(
            id_hash=_sha(sid), username=username, csrf=csrf, created_at=now, last_seen=now
        )
    )
    audit(conn, username, "login", username, address)
    return sid, Session(_user(row), csrf)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def session_for(conn: Connection, sid: str | None) -> tuple[Session | None, str]:
    """The live session of a cookie, read only: (session, what to write) where the second
    is "" (nothing), "touch" (refresh last seen, once a minute at most) or "end"."""
    if not sid:
        return None, ""
    row = conn.execute(
        select(web_sessions, users)
        .join(users, users.c.username == web_sessions.c.username)
        .where(web_sessions.c.id_hash == _sha(sid))
    ).first()
    if row is None:
        return None, ""
    now = utc_now()
    idle_since = iso(now - dt.timedelta(minutes=IDLE_MINUTES))
    too_old = iso(now - dt.timedelta(hours=MAX_HOURS))
    if row.disabled_at or row.last_seen < idle_since or row.created_at < too_old:
        return None, "end"
    touch = row.last_seen < iso(now - dt.timedelta(minutes=1))
    return Session(_user(row), row.csrf), "touch" if touch else ""


def touch_session(conn: Connection, sid: str, end: bool) -> None:
    where = web_sessions.c.id_hash == _sha(sid)
    if end:
        conn.execute(delete(web_sessions).where(where))
    else:
        conn.execute(update(web_sessions).where(where).values(last_seen=iso(utc_now())))


def logout(conn: Connection, sid: str | None) -> None:
    if sid:
        conn.execute(delete(web_sessions).where(web_sessions.c.id_hash == _sha(sid)))


def change_password(conn: Connection, username: str, old: str, new: str, again: str) -> None:
    row = conn.execute(select(users).where(users.c.username == username)).first()
    if row is None or not check_password(old, row.password_hash):
        raise AccountError(t("The current password is wrong"))
    if new != again:
        raise AccountError(t("The two new passwords differ"))
    if new == old:
        raise AccountError(t("The new password must differ from the old one"))
    problem = password_problem(new, username)
    if problem:
        raise AccountError(problem)
    conn.execute(
        update(users)
        .where(users.c.username == username)
        .values(password_hash=hash_password(new), must_change=0)
    )
    audit(conn, username, "change_password", username, "")


def audit(conn: Connection, username: str, action: str, target: str, detail: str) -> None:
    conn.execute(
        insert(audit_log).values(
            at=iso(utc_now()), username=username, action=action, target=target, detail=detail
        )
    )


def recent_audit(conn: Connection, limit: int = 200) -> list[dict[str, object]]:
    q = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    return [dict(r._mapping) for r in conn.execute(q)]
