"""Stations, enrollment codes, tokens and community accounts.

Secrets are stored only as sha256 hashes: a copy of the database gives no one a token
or a usable enrollment code. The signing key of offline bundles must be kept as is (the
server signs reply bundles with it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, select

from linju_sync.server.common import iso, utc_now
from linju_sync.server.db import accounts, enrollment_codes, stations

CODE_DAYS = 7
# Crockford-like alphabet: no 0/O, 1/I/L confusion when read aloud over the phone
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


class AuthError(Exception):
    """401 (who are you?) or 403 (not allowed) with a reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class Station:
    id: str
    name: str
    community: str
    signing_key: str | None


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def add_station(conn: Connection, name: str, community: str = "", street: str = "") -> str:
    station_id = str(uuid.uuid4())
    conn.execute(
        stations.insert().values(
            id=station_id, name=name, community=community, street=street, created_at=iso(utc_now())
        )
    )
    return station_id


def get_station(conn: Connection, station_id: str) -> Station | None:
    r = conn.execute(select(stations).where(stations.c.id == station_id)).first()
    if r is None:
        return None
    return Station(r.id, r.name, r.community, r.signing_key)


def new_code(conn: Connection, station_id: str) -> str:
    """A one-time code (shown once, stored hashed), valid for CODE_DAYS days."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))  # ~79 bits
    now = utc_now()
    conn.execute(
        enrollment_codes.insert().values(
            code_hash=hash_secret(raw),
            station_id=station_id,
            created_at=iso(now),
            expires_at=iso(now + dt.timedelta(days=CODE_DAYS)),
        )
    )
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def redeem(conn: Connection, code: str, client_node: str) -> tuple[Station, str]:
    """Trade a code for a new token (returned once) and a fresh signing key. Any earlier
    token of the station stops working: one enrolled computer per station."""
    h = hash_secret(normalise_code(code))
    r = conn.execute(select(enrollment_codes).where(enrollment_codes.c.code_hash == h)).first()
    if r is None:
        raise AuthError(403, "unknown enrollment code")
    if r.used_at:
        raise AuthError(403, "this enrollment code was already used")
    if r.expires_at < iso(utc_now()):
        raise AuthError(403, "this enrollment code has expired")
    now = iso(utc_now())
    conn.execute(
        enrollment_codes.update().where(enrollment_codes.c.code_hash == h).values(used_at=now)
    )
    token = secrets.token_urlsafe(32)
    conn.execute(
        stations.update()
        .where(stations.c.id == r.station_id)
        .values(
            token_hash=hash_secret(token),
            signing_key=secrets.token_hex(32),
            client_node=client_node[:16],
            enrolled_at=now,
            revoked_at=None,
            revoked_reason=None,
        )
    )
    station = get_station(conn, r.station_id)
    assert station is not None
    return station, token


def revoke(conn: Connection, station_id: str, reason: str = "revoked by the district") -> bool:
    res = conn.execute(
        stations.update()
        .where(stations.c.id == station_id)
        .values(revoked_at=iso(utc_now()), revoked_reason=reason)
    )
    return res.rowcount > 0


def void_codes(conn: Connection, station_id: str) -> int:
    """End every open code of a station; returns how many. They are moved into the past
    (not marked used), so a secretary typing one is told it has expired: ask for a new one.
    One second back, because redeem() keeps a code whose expiry equals the current second."""
    now = utc_now()
    res = conn.execute(
        enrollment_codes.update()
        .where(
            enrollment_codes.c.station_id == station_id,
            enrollment_codes.c.used_at.is_(None),
            enrollment_codes.c.expires_at >= iso(now),
        )
        .values(expires_at=iso(now - dt.timedelta(seconds=1)))
    )
    return int(res.rowcount)


def _bearer(header: str | None) -> str:
    if not header:
        raise AuthError(401, "missing bearer token (Authorization: Bearer ...)")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError(401, "the Authorization header must be 'Bearer <token>'")
    return token.strip()


def station_for(conn: Connection, header: str | None) -> Station:
    token = _bearer(header)
    r = conn.execute(select(stations).where(stations.c.token_hash == hash_secret(token))).first()
    if r is None:
        raise AuthError(401, "unknown token: enroll this computer again")
    if r.revoked_at:
        raise AuthError(
            401, f"this station's access was revoked at {r.revoked_at}: {r.revoked_reason}"
        )
    return Station(r.id, r.name, r.community, r.signing_key)


def add_account(conn: Connection, community: str) -> str:
    token = secrets.token_urlsafe(32)
    conn.execute(
        accounts.insert().values(
            id=str(uuid.uuid4()),
            community=community,
            token_hash=hash_secret(token),
            created_at=iso(utc_now()),
        )
    )
    return token


def community_for(conn: Connection, header: str | None) -> str:
    token = _bearer(header)
    r = conn.execute(select(accounts).where(accounts.c.token_hash == hash_secret(token))).first()
    if r is None:
        raise AuthError(401, "unknown community account token")
    if r.revoked_at:
        raise AuthError(401, f"this community account was revoked at {r.revoked_at}")
    return str(r.community)
