"""Reads of the neighbourhood's books: volunteers, the library, goods, tasks, hours and
points; consultations, their households, votes and addenda."""

from __future__ import annotations

from typing import Any

from linju_desktop.store.database import Store

# -- volunteers, library, goods ---------------------------------------------------------


def volunteers(store: Store) -> list[dict]:
    return store._rows("SELECT * FROM volunteers WHERE deleted = 0 ORDER BY name, id")


def volunteer_for_member(store: Store, member_id: str) -> dict | None:
    got = store._rows(
        "SELECT * FROM volunteers WHERE deleted = 0 AND member_id = ? LIMIT 1", (member_id,)
    )
    return got[0] if got else None


def activity_items(store: Store, *, active_only: bool = True) -> list[dict]:
    sql = "SELECT * FROM activity_items WHERE deleted = 0"
    if active_only:
        sql += " AND active = 1"
    return store._rows(sql + " ORDER BY sort, name")


def goods(store: Store) -> list[dict]:
    """Goods with `left`: the stock received less the net quantity exchanged."""
    return store._rows(
        "SELECT g.*, g.stock - coalesce((SELECT sum(p.quantity) FROM points_ledger p "
        "WHERE p.deleted = 0 AND p.goods_id = g.id), 0) AS left "
        "FROM goods g WHERE g.deleted = 0 ORDER BY g.name"
    )


def goods_left(store: Store, goods_id: str) -> int:
    return int(
        store._scalar(
            "SELECT g.stock - coalesce((SELECT sum(p.quantity) FROM points_ledger p "
            "WHERE p.deleted = 0 AND p.goods_id = g.id), 0) FROM goods g WHERE g.id = ?",
            (goods_id,),
        )
        or 0
    )


# -- tasks and hours ----------------------------------------------------------------------


def last_task_number(store: Store, year: int) -> str | None:
    return store._scalar("SELECT max(number) FROM tasks WHERE number LIKE ?", (f"R{year}-%",))


def tasks(
    store: Store,
    *,
    states: list[str] | None = None,
    year: int | None = None,
    between: tuple[str, str] | None = None,
    limit: int = 0,
) -> list[dict]:
    """Tasks, newest first, with how many took each and their hours."""
    sql = (
        "SELECT t.*, (SELECT count(*) FROM task_takers k WHERE k.task_id = t.id "
        "AND k.deleted = 0) AS takers, (SELECT coalesce(sum(h.minutes), 0) FROM service_hours h "
        "WHERE h.task_id = t.id AND h.deleted = 0) AS minutes FROM tasks t WHERE t.deleted = 0"
    )
    params: list[Any] = []
    if states:
        sql += f" AND t.state IN ({', '.join('?' * len(states))})"
        params += states
    if year:
        sql += " AND substr(t.date, 1, 4) = ?"
        params.append(str(year))
    if between:
        sql += " AND t.date BETWEEN ? AND ?"
        params += list(between)
    sql += " ORDER BY t.date DESC, t.number DESC"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return store._rows(sql, params)


def taker_counts(store: Store, task_ids: list[str]) -> dict[str, int]:
    """How many took each of these tasks (a page of the list at a time)."""
    if not task_ids:
        return {}
    marks = ", ".join("?" * len(task_ids))
    return {
        r["task_id"]: int(r["n"])
        for r in store._rows(
            f"SELECT task_id, count(*) AS n FROM task_takers WHERE deleted = 0 "
            f"AND task_id IN ({marks}) GROUP BY task_id",
            task_ids,
        )
    }


def count_tasks(store: Store, states: list[str]) -> int:
    marks = ", ".join("?" * len(states))
    return int(
        store._scalar(
            f"SELECT count(*) FROM tasks WHERE deleted = 0 AND state IN ({marks})", states
        )
    )


def takers(store: Store, task_id: str) -> list[dict]:
    return store._rows(
        "SELECT k.*, v.name FROM task_takers k JOIN volunteers v ON v.id = k.volunteer_id "
        "WHERE k.task_id = ? AND k.deleted = 0 ORDER BY k.taken_at, v.name",
        (task_id,),
    )


def task_hours(store: Store, task_id: str) -> list[dict]:
    return store._rows(
        "SELECT h.*, v.name FROM service_hours h JOIN volunteers v ON v.id = h.volunteer_id "
        "WHERE h.task_id = ? AND h.deleted = 0 ORDER BY h.day, v.name",
        (task_id,),
    )


def minutes_on_day(store: Store, volunteer_id: str, day: str, *, besides: str = "") -> int:
    return int(
        store._scalar(
            "SELECT coalesce(sum(minutes), 0) FROM service_hours WHERE deleted = 0 "
            "AND volunteer_id = ? AND day = ? AND id != ?",
            (volunteer_id, day, besides),
        )
    )


def person_service(store: Store, volunteer_id: str) -> list[dict]:
    """One person's service, a row per task: the task's record and their minutes there."""
    return store._rows(
        "SELECT t.id AS task_id, t.number, t.kind, t.title, t.category, t.place, t.date, "
        "t.rule, t.points, t.state, t.rating, min(h.day) AS first_day, max(h.day) AS last_day, "
        "sum(h.minutes) AS minutes FROM service_hours h JOIN tasks t ON t.id = h.task_id "
        "WHERE h.volunteer_id = ? AND h.deleted = 0 AND t.deleted = 0 "
        "GROUP BY t.id ORDER BY first_day, t.number",
        (volunteer_id,),
    )


def person_ledger(store: Store, volunteer_id: str) -> list[dict]:
    return store._rows(
        "SELECT p.*, g.name AS goods_name FROM points_ledger p LEFT JOIN goods g "
        "ON g.id = p.goods_id WHERE p.volunteer_id = ? AND p.deleted = 0 "
        "ORDER BY p.date, p.created_hlc",
        (volunteer_id,),
    )


def ledger(store: Store, *, between: tuple[str, str] | None = None) -> list[dict]:
    sql = (
        "SELECT p.*, g.name AS goods_name, v.name AS volunteer_name FROM points_ledger p "
        "LEFT JOIN goods g ON g.id = p.goods_id LEFT JOIN volunteers v ON v.id = p.volunteer_id "
        "WHERE p.deleted = 0"
    )
    params: list[Any] = []
    if between:
        sql += " AND p.date BETWEEN ? AND ?"
        params += list(between)
    return store._rows(sql + " ORDER BY p.date, p.created_hlc", params)


def reversed_ids(store: Store, entry_id: str) -> list[str]:
    return [
        r["reverses_id"]
        for r in store._rows(
            "SELECT reverses_id FROM points_ledger WHERE deleted = 0 AND reverses_id = ?",
            (entry_id,),
        )
    ]


# -- consultations ------------------------------------------------------------------------


def consultations(store: Store) -> list[dict]:
    return store._rows(
        "SELECT c.*, (SELECT count(*) FROM households h WHERE h.consultation_id = c.id "
        "AND h.deleted = 0) AS households, (SELECT count(*) FROM votes v "
        "WHERE v.consultation_id = c.id AND v.deleted = 0) AS voted "
        "FROM consultations c WHERE c.deleted = 0 ORDER BY c.opened_date DESC, c.title"
    )


def households(store: Store, consultation_id: str) -> list[dict]:
    return store._rows(
        "SELECT * FROM households WHERE consultation_id = ? AND deleted = 0 ORDER BY floor, room",
        (consultation_id,),
    )


def votes(store: Store, consultation_id: str) -> list[dict]:
    return store._rows(
        "SELECT * FROM votes WHERE consultation_id = ? AND deleted = 0", (consultation_id,)
    )


def tally_households(store: Store, consultation_id: str) -> list[dict]:
    """Only what the tally and a vote's checks need (the live tally runs on every vote)."""
    return store._rows(
        "SELECT id, room, floor, area FROM households WHERE consultation_id = ? AND deleted = 0",
        (consultation_id,),
    )


def vote_choices(store: Store, consultation_id: str) -> list[tuple[str, str | None]]:
    """(household, choice) of every vote row, a withdrawn one with no choice."""
    return [
        (r["household_id"], r["choice"])
        for r in store._rows(
            "SELECT household_id, choice FROM votes WHERE consultation_id = ? AND deleted = 0",
            (consultation_id,),
        )
    ]


def consultation_addenda(store: Store, consultation_id: str) -> list[dict]:
    return store._rows(
        "SELECT * FROM consultation_addenda WHERE consultation_id = ? AND deleted = 0 "
        "ORDER BY written_at",
        (consultation_id,),
    )


def waiting_for_votes(store: Store) -> int:
    """Open consultations where some household has not voted yet."""
    return int(
        store._scalar(
            "SELECT count(*) FROM consultations c WHERE c.deleted = 0 AND c.status = 'open' "
            "AND (SELECT count(*) FROM households h WHERE h.consultation_id = c.id "
            "AND h.deleted = 0) > (SELECT count(*) FROM votes v WHERE v.consultation_id = c.id "
            "AND v.deleted = 0)"
        )
    )


# -- figures --------------------------------------------------------------------------------


def figure_rows(store: Store) -> dict[str, list[dict]]:
    """The rows the neighbourhood figures count (linju_sync.figures.neighbourhood_figures)."""
    return {
        "tasks": store._rows(
            "SELECT id, kind, date, state, rule, points, rating FROM tasks WHERE deleted = 0"
        ),
        "service_hours": store._rows(
            "SELECT task_id, volunteer_id, day, minutes FROM service_hours WHERE deleted = 0"
        ),
        "points_ledger": store._rows(
            "SELECT kind, points, quantity, date FROM points_ledger WHERE deleted = 0"
        ),
        "consultations": store._rows(
            "SELECT matter, opened_date, status, outcome, outcome_date FROM consultations "
            "WHERE deleted = 0"
        ),
    }
