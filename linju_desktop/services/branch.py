"""The branch profile, building party groups and centre households."""

from __future__ import annotations

from linju_desktop.domain.errors import Problem, ValidationError
from linju_desktop.domain.text import clean_text
from linju_desktop.store import report_queries
from linju_desktop.store.database import Store
from linju_desktop.store.reads import branch as reads
from linju_desktop.store.reads import members as member_reads

_MSG_NAME = "Enter the branch's name"
_MSG_GROUP = "Enter the party group's name"


def profile(store: Store) -> dict | None:
    return report_queries.branch(store)


def save_profile(
    store: Store,
    *,
    name: str,
    compounds: list[str] | None = None,
    community: str = "",
    street: str = "",
    district: str = "",
) -> str:
    if not clean_text(name):
        raise ValidationError([Problem("name", _MSG_NAME)])
    values = {
        "name": clean_text(name),
        "compounds": [clean_text(c) for c in compounds or [] if c],
        "community": clean_text(community),
        "street": clean_text(street),
        "district": clean_text(district),
    }
    with store.transaction():
        current = profile(store)
        if current:
            store.update("branch", current["id"], values)
            return current["id"]
        return store.insert("branch", values)


def party_groups(store: Store) -> list[dict]:
    return reads.party_groups(store)


def group_by_name(store: Store, name: str, create: bool = True) -> str | None:
    name = clean_text(name)
    if not name:
        return None
    found = reads.group_id_named(store, name)
    if found:
        return found
    if not create:
        return None
    with store.transaction():
        return store.insert("party_groups", {"name": name})


def save_group(
    store: Store,
    name: str,
    leader_id: str | None = None,
    buildings: str = "",
    group_id: str | None = None,
) -> str:
    if not clean_text(name):
        raise ValidationError([Problem("name", _MSG_GROUP)])
    values = {"name": clean_text(name), "leader_id": leader_id, "buildings": clean_text(buildings)}
    with store.transaction():
        if group_id:
            store.update("party_groups", group_id, values)
            return group_id
        return store.insert("party_groups", values)


def add_contact_household(
    store: Store,
    member_id: str,
    *,
    building: str,
    unit: str = "",
    room: str = "",
    resident: str = "",
    phone: str = "",
) -> str:
    """A household a centre-household member keeps in touch with (5-20 each)."""
    with store.transaction():
        store.update("members", member_id, {"is_centre_household": True})
        return store.insert(
            "contact_households",
            {
                "member_id": member_id,
                "building": clean_text(building),
                "unit": clean_text(unit),
                "room": clean_text(room),
                "resident": clean_text(resident),
                "phone": clean_text(phone),
            },
        )


def contact_households(store: Store, member_id: str) -> list[dict]:
    return reads.contact_households(store, member_id)


def secretary_name(store: Store) -> str:
    """The branch secretary's name, the usual approver and author (blank if not recorded)."""
    return member_reads.secretary_name(store)
