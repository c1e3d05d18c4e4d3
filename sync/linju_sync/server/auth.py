"""Stations, enrollment codes, tokens and community accounts.

Secrets are stored only as sha256 hashes: a copy of the database gives no one a token
or a usable enrollment code. For offline bundles the database keeps only the stations'
PUBLIC keys (each station makes its key pairs and keeps the private halves); the district's
own private keys are in a file beside it (server/bundles.py: district_keys), so a copy of
the database cannot forge a reply bundle either. A station enrolled before bundle keys
still has the old symmetric signing_key until it registers public keys (register_keys),
which wipes it.

Enrollment codes. Issuing a code is how the district allows one (re-)enrollment of a
station, so a station has at most one open code: issuing one voids the station's other
open codes, redeeming one voids the rest, and revoking voids them all. A code issued
before the station's last enrollment or revocation never works (whatever an older server
or a restored backup left open): it can neither undo a revocation nor silently take an
enrolled station over. Redeeming is atomic: the code is claimed by a conditional UPDATE
in the write transaction, so simultaneous redemptions give exactly one token.

Wrong guesses: a code is first checked in a read transaction (check_code), so only a
valid code reaches the write path, and failures are counted per client address
(EnrollThrottle: MAX_ENROLL_FAILURES in ENROLL_WINDOW_SECONDS, then 429). The counter
lives in the process: with `serve --workers N` an address gets up to N times the
allowance, which is fine for ~79-bit codes - it is there to keep a flood cheap.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, or_, select

from linju_sync.protocol.bundle import PublicKeys
from linju_sync.server.common import iso, utc_now
from linju_sync.server.db import accounts, enrollment_codes, stations

CODE_DAYS = 7
MAX_ENROLL_FAILURES = 10
ENROLL_WINDOW_SECONDS = 15 * 60
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
    signing_key: str | None  # the old symmetric key: only until register_keys
    revoked_at: str | None = None
    revoked_reason: str | None = None
    sign_public: str | None = None  # hex Ed25519: verifies this station's bundles
    box_public: str | None = None  # hex X25519: its reply bundles are encrypted to it


@dataclass(frozen=True)
class CodeCheck:
    """An enrollment code that may be redeemed now: whose, and when it was issued."""

    code_hash: str
    station_id: str
    created_at: str


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
    return Station(
        r.id,
        r.name,
        r.community,
        r.signing_key,
        r.revoked_at,
        r.revoked_reason,
        r.sign_public,
        r.box_public,
    )


def new_code(conn: Connection, station_id: str) -> str:
    """A one-time code (shown once, stored hashed), valid for CODE_DAYS days. The
    station's other open codes are voided: the newest slip is the only one that works."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))  # ~79 bits
    void_codes(conn, station_id)
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


def check_code(conn: Connection, code: str) -> CodeCheck:
    """Whether a code may be redeemed now; AuthError(403) says why not. Reads only, so
    the enroll route can refuse wrong guesses without the write lock."""
    h = hash_secret(normalise_code(code))
    r = conn.execute(
        select(
            enrollment_codes.c.station_id,
            enrollment_codes.c.created_at,
            enrollment_codes.c.expires_at,
            enrollment_codes.c.used_at,
            stations.c.enrolled_at,
            stations.c.revoked_at,
        )
        .join(stations, stations.c.id == enrollment_codes.c.station_id)
        .where(enrollment_codes.c.code_hash == h)
    ).first()
    if r is None:
        raise AuthError(403, "unknown enrollment code")
    if r.used_at:
        raise AuthError(403, "this enrollment code was already used")
    if r.expires_at < iso(utc_now()):
        raise AuthError(403, "this enrollment code has expired")
    # Same-second ties are allowed: revoking and redeeming void what was open then.
    if r.revoked_at and r.created_at < r.revoked_at:
        raise AuthError(
            403,
            "this enrollment code was issued before the station's access was revoked; "
            "ask the district for a new code",
        )
    if r.enrolled_at and r.created_at < r.enrolled_at:
        raise AuthError(
            403,
            "this enrollment code was issued before the station was last enrolled; "
            "ask the district for a new code",
        )
    return CodeCheck(h, r.station_id, r.created_at)


def redeem(
    conn: Connection, code: str, client_node: str, keys: PublicKeys | None = None
) -> tuple[Station, str]:
    """Trade a code for a new token (returned once); the station's public bundle keys
    (`keys`, from its request) replace any earlier ones, and an old symmetric key is
    forgotten. Any earlier token of the station stops working: one enrolled computer per
    station. Run it in a write transaction locking the station (Database.write(station_id));
    a refusal raises AuthError and the caller's rollback undoes the claim."""
    ok = check_code(conn, code)
    now = iso(utc_now())
    # Claimed conditionally: of simultaneous redemptions exactly one updates the row
    # (PostgreSQL re-checks the WHERE after waiting for the winner's row lock).
    claimed = conn.execute(
        enrollment_codes.update()
        .where(
            enrollment_codes.c.code_hash == ok.code_hash,
            enrollment_codes.c.used_at.is_(None),
            enrollment_codes.c.expires_at >= now,
        )
        .values(used_at=now)
    )
    if claimed.rowcount != 1:
        check_code(conn, code)  # says why: used or voided meanwhile
        raise AuthError(403, "this enrollment code was already used")
    token = secrets.token_urlsafe(32)
    # Conditional too: a revocation or enrollment committed since the check wins.
    taken = conn.execute(
        stations.update()
        .where(
            stations.c.id == ok.station_id,
            or_(stations.c.enrolled_at.is_(None), stations.c.enrolled_at <= ok.created_at),
            or_(stations.c.revoked_at.is_(None), stations.c.revoked_at <= ok.created_at),
        )
        .values(
            token_hash=hash_secret(token),
            signing_key=None,
            sign_public=keys.sign if keys else None,
            box_public=keys.box if keys else None,
            client_node=client_node[:16],
            enrolled_at=now,
            revoked_at=None,
            revoked_reason=None,
        )
    )
    if taken.rowcount != 1:
        raise AuthError(
            403,
            "the station was enrolled or revoked after this enrollment code was issued; "
            "ask the district for a new code",
        )
    void_codes(conn, ok.station_id)
    station = get_station(conn, ok.station_id)
    assert station is not None
    return station, token


def register_keys(conn: Connection, station: Station, keys: PublicKeys) -> None:
    """The upgrade of a station enrolled before bundle keys: its public keys are stored
    and its old symmetric key wiped. Once a station has keys, only a new enrollment (a
    code from the district) replaces them: a stolen token cannot redirect its replies."""
    if station.sign_public or station.box_public:
        if (station.sign_public, station.box_public) == (keys.sign, keys.box):
            return  # the same request again (its answer was lost)
        raise AuthError(
            409,
            "this station already has bundle keys; to replace them, enroll it again with "
            "a new code",
        )
    conn.execute(
        stations.update()
        .where(stations.c.id == station.id)
        .values(sign_public=keys.sign, box_public=keys.box, signing_key=None)
    )


def revoke(conn: Connection, station_id: str, reason: str = "revoked by the district") -> bool:
    """Stop the station's token; its open codes are voided (an old slip must not undo
    this; check_code refuses any code issued before it anyway)."""
    void_codes(conn, station_id)
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


class EnrollThrottle:
    """Failed enrollments per client address in a sliding window, in this process.
    Bounded: past max_addresses the addresses with the oldest failures are forgotten."""

    def __init__(
        self,
        max_failures: int = MAX_ENROLL_FAILURES,
        window_seconds: float = ENROLL_WINDOW_SECONDS,
        max_addresses: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self.max_addresses = max_addresses
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}

    def __len__(self) -> int:
        return len(self._failures)

    def _recent(self, address: str, now: float) -> deque[float] | None:
        times = self._failures.get(address)
        while times and times[0] <= now - self.window:
            times.popleft()
        if times is not None and not times:
            del self._failures[address]
            return None
        return times

    def retry_after(self, address: str) -> int:
        """0 if the address may try; otherwise whole seconds until it may again."""
        with self._lock:
            now = self._clock()
            times = self._recent(address, now)
            if times is None or len(times) < self.max_failures:
                return 0
            return max(1, int(times[-self.max_failures] + self.window - now + 0.999))

    def failed(self, address: str) -> None:
        with self._lock:
            now = self._clock()
            times = self._recent(address, now)
            if times is None:
                times = self._failures[address] = deque(maxlen=self.max_failures)
            else:  # most recent last: the dict's order is what gets forgotten first
                del self._failures[address]
                self._failures[address] = times
            times.append(now)
            while len(self._failures) > self.max_addresses:
                del self._failures[next(iter(self._failures))]


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
    return Station(
        r.id, r.name, r.community, r.signing_key, None, None, r.sign_public, r.box_public
    )


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
