"""Reads of the members' book."""

from __future__ import annotations

import json

from linju_desktop.store.database import Store


def has_members(store: Store) -> bool:
    """Any member row at all, tombstoned ones too (an empty folder has none)."""
    return bool(store._scalar("SELECT count(*) FROM members"))


def has_active_members(store: Store) -> bool:
    return bool(
        store._scalar("SELECT 1 FROM members WHERE deleted = 0 AND status = 'active' LIMIT 1")
    )


def active_count(store: Store) -> int:
    return int(
        store._scalar("SELECT count(*) FROM members WHERE deleted = 0 AND status = 'active'") or 0
    )


def member_with_id_number(store: Store, id_number: str, exclude_id: str = "") -> dict | None:
    rows = store._rows(
        "SELECT id, name FROM members WHERE id_number = ? AND deleted = 0 AND id != ?",
        (id_number, exclude_id),
    )
    return rows[0] if rows else None


def holders_of_id_numbers(store: Store, numbers: list[str]) -> dict[str, dict]:
    """id number -> {id, name} of the member on the roster holding it (the first one
    written, should two hold it), for many numbers in one query."""
    out: dict[str, dict] = {}
    for row in store._conn.execute(
        "SELECT id, name, id_number FROM members WHERE deleted = 0 AND id_number IN "
        "(SELECT value FROM json_each(?)) ORDER BY rowid",
        (json.dumps(sorted(set(numbers))),),
    ):
        out.setdefault(row[2], {"id": row[0], "name": row[1]})
    return out


def active_probationary(store: Store) -> list[dict]:
    return store._rows(
        "SELECT * FROM members WHERE deleted = 0 AND status = 'active' "
        "AND member_kind = 'probationary' ORDER BY joined_date"
    )


def active_members(store: Store) -> list[dict]:
    return store._rows(
        "SELECT * FROM members WHERE deleted = 0 AND status = 'active' ORDER BY building, name"
    )


def secretary_name(store: Store) -> str:
    """The branch secretary's name (committee role 'secretary'), blank if not recorded."""
    return (
        store._scalar(
            "SELECT name FROM members WHERE deleted = 0 AND status = 'active' "
            "AND committee_role = 'secretary' LIMIT 1"
        )
        or ""
    )


def buildings(store: Store) -> list[str]:
    """The buildings members live in, in house-number order (for a filter)."""
    return [
        r["building"]
        for r in store._rows(
            "SELECT DISTINCT building FROM members WHERE deleted = 0 AND building != '' "
            "ORDER BY CAST(building AS INTEGER), building"
        )
    ]


def expected_at(
    store: Store, *, committee_only: bool = False, party_group_id: str | None = None
) -> list[dict]:
    """Active members expected at a meeting: all, the committee, or one party group."""
    sql = (
        "SELECT id, name, member_kind, building FROM members "
        "WHERE deleted = 0 AND status = 'active'"
    )
    params: list[str] = []
    if committee_only:
        sql += " AND committee_role IS NOT NULL AND committee_role != ''"
    elif party_group_id:
        sql += " AND party_group_id = ?"
        params.append(party_group_id)
    return store._rows(sql + " ORDER BY building, name", params)
