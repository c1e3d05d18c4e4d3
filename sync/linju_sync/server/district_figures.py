"""The district's figures: each station's own figures, by the station's definitions
(linju_sync.figures, the same code as `linju report figures`), added up by scope.

Per-station figures are cached in figure_cache under a stamp that changes whenever the
station's rows can have changed (its last sync, the district's last write to it), so an
overview of 526 stations reads 526 small JSON rows instead of every record, and the cache
is shared by every server worker.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from linju_sync import figures
from linju_sync.server.db import Database, feed, figure_cache, rows, stations, sync_log

_TABLES = (
    "members",
    "party_groups",
    "transfers",
    "meetings",
    "requests",
    "request_events",
    "allocations",
    "expenses",
    "tasks",
    "service_hours",
    "points_ledger",
    "consultations",
)


def period_key(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}/{end.isoformat()}"


def parse_period(
    year: int, quarter: int | None = None, month: int | None = None
) -> tuple[dt.date, dt.date]:
    if month:
        start = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    if quarter:
        first = 3 * (quarter - 1) + 1
        start = dt.date(year, first, 1)
        nxt = dt.date(year + (quarter == 4), (first + 2) % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    return figures.year_period(year)


def _stamps(conn: Connection, station_ids: list[str]) -> dict[str, str]:
    """What the cached figures of each station depend on."""
    last_feed = dict(
        conn.execute(
            select(feed.c.station_id, func.max(feed.c.seq))
            .where(feed.c.station_id.in_(station_ids))
            .group_by(feed.c.station_id)
        ).all()
    )
    # every sync and bundle writes a sync_log row in its transaction; last_sync_at alone
    # is to the second, and two syncs within one second would keep the first's figures
    last_sync = dict(
        conn.execute(
            select(sync_log.c.station_id, func.max(sync_log.c.id))
            .where(sync_log.c.station_id.in_(station_ids))
            .group_by(sync_log.c.station_id)
        ).all()
    )
    synced = dict(
        conn.execute(
            select(stations.c.id, stations.c.last_sync_at).where(stations.c.id.in_(station_ids))
        ).all()
    )
    return {
        s: f"{synced.get(s) or ''}#{last_sync.get(s) or 0}|{last_feed.get(s) or 0}"
        f"|v{figures.FIGURES_VERSION}"
        for s in station_ids
    }


def quick_stamp(db: Database) -> tuple[Any, ...]:
    """A cheap sign that something may have changed anywhere: the newest sync (every sync
    and bundle writes a sync_log row in its transaction), the newest district write (the
    feed) and the stations. Two index lookups; version() says what really changed."""
    with db.read() as conn:
        return (
            conn.execute(select(func.max(sync_log.c.id))).scalar(),
            conn.execute(select(func.max(feed.c.seq))).scalar(),
            conn.execute(select(func.count()).select_from(stations)).scalar(),
            figures.FIGURES_VERSION,
        )


def stamps_of(db: Database, station_ids: list[str]) -> dict[str, str]:
    """Each station's stamp: read once, then given to version() and cached()."""
    with db.read() as conn:
        return _stamps(conn, station_ids)


def version(stamps: dict[str, str]) -> str:
    """A digest that changes whenever any of these stations' figures can have changed:
    a whole overview may be reused while it stays the same."""
    import hashlib

    text = "\n".join(f"{s}={stamps[s]}" for s in sorted(stamps))
    return hashlib.sha256(text.encode()).hexdigest()


def _load(conn: Connection, station_id: str) -> dict[str, Any]:
    got: dict[str, list[dict[str, Any]]] = {t: [] for t in _TABLES}
    for r in conn.execute(
        select(rows.c.tbl, rows.c.row_id, rows.c.data).where(
            rows.c.station_id == station_id, rows.c.tbl.in_(_TABLES), rows.c.deleted == 0
        )
    ):
        data = json.loads(r.data)
        data["id"] = r.row_id
        got[r.tbl].append(data)
    first: dict[str, str] = {}
    for e in got.pop("request_events"):
        if e.get("action") == "register":
            continue
        rid, at = e.get("request_id"), e.get("at")
        if rid and at and (rid not in first or at < first[rid]):
            first[rid] = at
    return {**got, "first_responses": first}


Period = tuple[dt.date, dt.date]
Job = Callable[[dict[str, Any]], Any]


# Per process, per database: {(cache key, station): (stamp, value)}, the values last read
# from or written to figure_cache. An overview after one station's sync then reads that
# station's one row, not 526 JSON rows; the stamp still decides, so it is never stale.
_MEMO: weakref.WeakKeyDictionary[Database, dict[tuple[str, str], tuple[str, Any]]] = (
    weakref.WeakKeyDictionary()
)
_MEMO_LIMIT = 100_000  # entries; a few periods of a few thousand stations


def _memo(db: Database) -> dict[tuple[str, str], tuple[str, Any]]:
    memo = _MEMO.get(db)
    if memo is None or len(memo) > _MEMO_LIMIT:
        memo = _MEMO[db] = {}
    return memo


def cached(
    db: Database,
    station_ids: Iterable[str],
    jobs: dict[str, Job],
    also: dict[str, Job] | None = None,
    stamps: dict[str, str] | None = None,
) -> dict[str, dict[str, Any]]:
    """{cache key: {station: value}}: each job's value per station from the cache where
    current; a station with anything stale is read once and every stale job computed.
    The `also` jobs ride along: computed and cached for a station read anyway (so the
    next page needing them finds them), never a reason to read one; not returned.
    Values are shared with later calls: read them, never change them. `stamps` (from
    stamps_of, for these stations) spares reading them again."""
    ids = list(station_ids)
    out: dict[str, dict[str, Any]] = {k: {} for k in jobs}
    if not ids:
        return out
    extra = {k: v for k, v in (also or {}).items() if k not in jobs}
    memo = _memo(db)
    fresh: list[dict[str, Any]] = []
    learnt: list[tuple[str, str, str, Any]] = []
    with db.read() as conn:
        if stamps is None or not set(ids) <= stamps.keys():
            stamps = _stamps(conn, ids)
        have: dict[str, set[str]] = {k: set() for k in extra}
        lacking: set[str] = set()
        for s in ids:
            for k in (*jobs, *extra):
                got = memo.get((k, s))
                if got is None or got[0] != stamps[s]:
                    lacking.add(s)
                elif k in out:
                    out[k][s] = got[1]
                else:
                    have[k].add(s)
        for part in _chunks(sorted(lacking)):
            for c in conn.execute(
                select(figure_cache.c.station_id, figure_cache.c.period, figure_cache.c.stamp,
                       figure_cache.c.data)
                .where(figure_cache.c.period.in_([*jobs, *extra]),
                       figure_cache.c.station_id.in_(part))
            ):  # fmt: skip
                if c.stamp != stamps[c.station_id]:
                    continue
                value = json.loads(c.data)
                memo[(c.period, c.station_id)] = (c.stamp, value)
                if c.period in out:
                    out[c.period][c.station_id] = value
                else:
                    have[c.period].add(c.station_id)
        for s in ids:
            stale = [k for k in jobs if s not in out[k]]
            if not stale:
                continue
            loaded = _load(conn, s)
            for k in stale + [k for k in extra if s not in have[k]]:
                text = json.dumps((jobs.get(k) or extra[k])(loaded))
                value = json.loads(text)  # as a later read from the cache gives it
                if k in out:
                    out[k][s] = value
                fresh.append({"station_id": s, "period": k, "stamp": stamps[s], "data": text})
                learnt.append((k, s, stamps[s], value))
    if fresh:
        with contextlib.suppress(IntegrityError), db.write() as conn:
            # another worker may cache the same figures at the same moment: either is right
            for item in fresh:
                conn.execute(
                    delete(figure_cache).where(
                        figure_cache.c.station_id == item["station_id"],
                        figure_cache.c.period == item["period"],
                    )
                )
            conn.execute(insert(figure_cache), fresh)
    for k, s, stamp, value in learnt:
        memo[(k, s)] = (stamp, value)
    return out


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def figures_job(start: dt.date, end: dt.date) -> Job:
    """A station's figures for [start, end] (cached under period_key(start, end))."""
    return lambda loaded: figures.station_figures(start=start, end=end, **loaded)


def per_station(
    db: Database, station_ids: Iterable[str], periods: list[Period]
) -> dict[str, dict[str, dict[str, Any]]]:
    """{period key: {station: figures}} by the shared definitions, cached per station."""
    return cached(db, station_ids, {period_key(*p): figures_job(*p) for p in periods})


SERIES = ("requests_total", "requests_closed", "meetings_total")


def months_key(year: int) -> str:
    return f"months/{year}"


def monthly_job(year: int) -> Job:
    """{figure: [12 months]} of a station for the overview's charts: a few numbers a
    station, so a district's chart reads 526 small rows, not 6,312 whole figure sets."""

    def job(loaded: dict[str, Any]) -> dict[str, list[int]]:
        months = [figures.station_figures(start=a, end=b, **loaded)
                  for a, b in (parse_period(year, None, m) for m in range(1, 13))]  # fmt: skip
        return {k: [m[k] for m in months] for k in SERIES}

    return job


def monthly(db: Database, station_ids: Iterable[str], year: int) -> dict[str, dict[str, list[int]]]:
    """{station: {figure: [12 months]}} (see monthly_job)."""
    key = months_key(year)
    return cached(db, station_ids, {key: monthly_job(year)})[key]


OPEN_STATES = figures.OPEN_STATES


def empty(start: dt.date, end: dt.date) -> dict[str, Any]:
    """The figures of no station at all (a scope with none): every key, all zero."""
    none = figures.station_figures(
        start=start, end=end, members=[], party_groups=[], transfers=[], meetings=[],
        requests=[], first_responses={}, allocations=[], expenses=[],
    )  # fmt: skip
    none["stations"] = 0
    return none


def total(parts: dict[str, dict[str, Any]], start: dt.date, end: dt.date) -> dict[str, Any]:
    return figures.combine(parts.values()) if parts else empty(start, end)
