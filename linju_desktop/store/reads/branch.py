"""Reads of the branch's party groups and centre households (the profile is\nreport_queries.branch, which the reports share)."""

from __future__ import annotations

from linju_desktop.store.database import Store


def party_groups(store: Store) -> list[dict]:
    """Live party groups with their leader's name and their active members' count."""
    return store._rows(
        "SELECT g.*, m.name AS leader_name, "
        "(SELECT count(*) FROM members x WHERE x.party_group_id = g.id AND x.deleted = 0 "
        " AND x.status = 'active') AS member_count "
        "FROM party_groups g LEFT JOIN members m ON m.id = g.leader_id "
        "WHERE g.deleted = 0 ORDER BY g.name"
    )


def group_id_named(store: Store, name: str) -> str | None:
    return store._scalar("SELECT id FROM party_groups WHERE name = ? AND deleted = 0", (name,))


def contact_households(store: Store, member_id: str) -> list[dict]:
    return store._rows(
        "SELECT * FROM contact_households WHERE member_id = ? AND deleted = 0 "
        "ORDER BY building, unit, room",
        (member_id,),
    )
