"""Reads of the meetings' book: meetings and their attendance."""

from __future__ import annotations

import datetime as dt

from linju_desktop.store.database import Store


def attendance(store: Store, meeting_id: str) -> list[dict]:
    """The attendance rows of a meeting with each member's name and category."""
    return store._rows(
        "SELECT a.*, m.name AS name, m.member_kind AS member_kind, m.building AS building "
        "FROM attendance a "
        "LEFT JOIN members m ON m.id = a.member_id "
        "WHERE a.meeting_id = ? AND a.deleted = 0 ORDER BY m.building, m.name",
        (meeting_id,),
    )


def attendance_id(store: Store, meeting_id: str, member_id: str) -> str | None:
    """The live attendance row of one member at one meeting, if recorded."""
    return store._scalar(
        "SELECT id FROM attendance WHERE meeting_id = ? AND member_id = ? AND deleted = 0",
        (meeting_id, member_id),
    )


def held_since(store: Store, since: dt.date) -> list[dict]:
    """Type and date of every meeting on or after `since`."""
    return store._rows(
        "SELECT type, date FROM meetings WHERE deleted = 0 AND date >= ?", (since.isoformat(),)
    )


def discussion_meetings(store: Store, since: dt.date, limit: int = 200) -> list[dict]:
    """Neighbour and joint meetings on or after `since`, newest first: where the residents'
    matters are discussed."""
    return store._rows(
        "SELECT id, date, type, title FROM meetings WHERE deleted = 0 AND date >= ?"
        " AND type IN ('neighbour', 'joint') ORDER BY date DESC LIMIT ?",
        (since.isoformat(), limit),
    )


def by_ids(store: Store, ids: set[str]) -> list[dict]:
    """The meetings of these ids (gone ones left out), oldest first."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    return store._rows(
        f"SELECT id, date, type, title FROM meetings WHERE deleted = 0 AND id IN ({marks})"
        " ORDER BY date",
        sorted(ids),
    )
