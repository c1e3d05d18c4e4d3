"""Named reads of people for the window's forms: the secretary, members, party groups."""

from __future__ import annotations

from linju_desktop.store.database import Store


def secretary_name(store: Store) -> str:
    """The branch secretary's name, the usual approver and actor (blank if not recorded)."""
    return (
        store.scalar(
            "SELECT name FROM members WHERE deleted = 0 AND status = 'active' "
            "AND committee_role = 'secretary' LIMIT 1"
        )
        or ""
    )


def member_names(store: Store, ids: set[str]) -> dict[str, str]:
    """Names for member ids, in one query."""
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = store.rows(
        f"SELECT id, name FROM members WHERE id IN ({', '.join('?' * len(ids))})", sorted(ids)
    )
    return {r["id"]: r["name"] for r in rows}


def active_member_count(store: Store) -> int:
    return int(
        store.scalar("SELECT count(*) FROM members WHERE deleted = 0 AND status = 'active'") or 0
    )


def member_buildings(store: Store) -> list[str]:
    """Buildings on the roster, in house-number order."""
    rows = store.rows(
        "SELECT DISTINCT building FROM members WHERE deleted = 0 AND building != '' "
        "ORDER BY CAST(building AS INTEGER), building"
    )
    return [r["building"] for r in rows]


def member(store: Store, member_id: str) -> dict | None:
    return store.get("members", member_id)


def party_group(store: Store, group_id: str) -> dict | None:
    return store.get("party_groups", group_id)
