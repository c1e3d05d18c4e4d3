"""Reads of the resident requests' book: requests and their events."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from linju_desktop.store.database import Store


def last_number(store: Store, year: int) -> str | None:
    """The highest request number of a year ("2026-00042"), None before the first."""
    return store._scalar("SELECT max(number) FROM requests WHERE number LIKE ?", (f"{year}-%",))


def events(store: Store, request_id: str) -> list[dict]:
    return store._rows(
        "SELECT * FROM request_events WHERE request_id = ? AND deleted = 0 ORDER BY at, created_hlc",
        (request_id,),
    )


def _in(states: Collection[str]) -> tuple[str, list[str]]:
    ordered = sorted(states)
    return ", ".join("?" * len(ordered)), ordered


def due_before(
    store: Store, states: Collection[str], before: str, limit: int | None = None
) -> list[dict]:
    """Requests in `states` due before `before` (UTC ISO), the most urgent first."""
    marks, params = _in(states)
    sql = (
        f"SELECT * FROM requests WHERE deleted = 0 AND state IN ({marks}) AND due_at < ? "
        "ORDER BY due_at"
    )
    args: list[Any] = [*params, before]
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return store._rows(sql, args)


def due_counts(store: Store, states: Collection[str], now: str, before: str) -> tuple[int, int]:
    """(overdue, due soon) among requests in `states` due before `before`: one aggregate,
    so the home page stays fast on a station with ten years of requests."""
    marks, params = _in(states)
    row = store._rows(
        f"SELECT sum(due_at < ?) AS overdue, sum(due_at >= ?) AS soon FROM requests "
        f"WHERE deleted = 0 AND state IN ({marks}) AND due_at < ?",
        (now, now, *params, before),
    )[0]
    return int(row["overdue"] or 0), int(row["soon"] or 0)


def count_by_state(store: Store) -> list[dict]:
    return store._rows("SELECT state, count(*) AS n FROM requests WHERE deleted = 0 GROUP BY state")


def states_and_ratings(store: Store, year: int | None = None) -> list[dict]:
    """State and rating of every request (registered in `year`, if given)."""
    sql = "SELECT state, rating FROM requests WHERE deleted = 0"
    params: tuple[Any, ...] = ()
    if year:
        sql += " AND substr(registered_at, 1, 4) = ?"
        params = (str(year),)
    return store._rows(sql, params)
