"""Named reads of people for the window's forms: the secretary, members, party groups."""

from __future__ import annotations

from linju_desktop.store.database import Store

# One query each, kept with the roster's reads (the window used to carry its own copies).
from linju_desktop.store.reads.members import active_count as active_member_count  # noqa: F401
from linju_desktop.store.reads.members import buildings as member_buildings  # noqa: F401
from linju_desktop.store.reads.members import secretary_name  # noqa: F401


def member_names(store: Store, ids: set[str]) -> dict[str, str]:
    """Names for member ids, in one query."""
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = store._rows(
        f"SELECT id, name FROM members WHERE id IN ({', '.join('?' * len(ids))})", sorted(ids)
    )
    return {r["id"]: r["name"] for r in rows}


def member(store: Store, member_id: str) -> dict | None:
    return store.get("members", member_id)


def party_group(store: Store, group_id: str) -> dict | None:
    return store.get("party_groups", group_id)
