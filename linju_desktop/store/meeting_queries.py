"""Named reads for the meetings page and the meeting form (gui/pages/meetings/)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from linju_desktop.store.database import Store
from linju_desktop.store.reads.members import secretary_name  # noqa: F401  (one query)


def list_stats(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Per meeting of one fetched page, in one grouped query: expected and present (without
    non-voting), voting members and voting members present (for the quorum), photos."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = store._rows(
        f"""SELECT t.id AS id, a.expected, a.present, a.voting, a.voting_present, p.photos
        FROM meetings t
        LEFT JOIN (
            SELECT a.meeting_id,
                   sum(a.status != 'non_voting') AS expected,
                   sum(a.status = 'present') AS present,
                   sum(m.member_kind = 'full' AND a.status != 'non_voting') AS voting,
                   sum(m.member_kind = 'full' AND a.status = 'present') AS voting_present
            FROM attendance a LEFT JOIN members m ON m.id = a.member_id
            WHERE a.deleted = 0 AND a.meeting_id IN ({marks})
            GROUP BY a.meeting_id
        ) a ON a.meeting_id = t.id
        LEFT JOIN (
            SELECT owner_id, count(*) AS photos FROM attachments
            WHERE owner_table = 'meetings' AND deleted = 0 AND owner_id IN ({marks})
            GROUP BY owner_id
        ) p ON p.owner_id = t.id
        WHERE t.id IN ({marks})""",
        [*ids, *ids, *ids],
    )
    return {r["id"]: r for r in rows}


def years(store: Store) -> list[str]:
    """The years that have meetings, newest first."""
    return [
        r["y"]
        for r in store._rows(
            "SELECT DISTINCT substr(date, 1, 4) AS y FROM meetings "
            "WHERE deleted = 0 AND date IS NOT NULL ORDER BY y DESC"
        )
    ]


def open_requests(store: Store, states: Iterable[str], limit: int = 300) -> list[dict]:
    """Requests a follow-up can be linked to: those in `states`, newest first."""
    states = sorted(states)
    return store._rows(
        f"SELECT id, number, resident, description FROM requests WHERE deleted = 0 "
        f"AND state IN ({', '.join('?' * len(states))}) "
        "ORDER BY registered_at DESC LIMIT ?",
        [*states, limit],
    )


def active_people(store: Store) -> list[dict]:
    """id and name of every active member, in the roster's alphabetical order."""
    return store._rows(
        "SELECT id, name FROM members WHERE deleted = 0 AND status = 'active' "
        "ORDER BY name_initials"
    )


def member_name(store: Store, member_id: str) -> str | None:
    """Also for members who left or were removed: an old record still names them."""
    return store._scalar("SELECT name FROM members WHERE id = ?", (member_id,))


def followups(store: Store, meeting_id: str) -> list[dict]:
    """text and the linked request's number, in the order written."""
    return store._rows(
        "SELECT f.text, r.number FROM followups f LEFT JOIN requests r ON r.id = f.request_id "
        "WHERE f.meeting_id = ? AND f.deleted = 0 ORDER BY f.created_hlc",
        (meeting_id,),
    )


def addenda(store: Store, meeting_id: str) -> list[dict]:
    return store._rows(
        "SELECT text, author, written_at FROM addenda WHERE meeting_id = ? AND deleted = 0 "
        "ORDER BY written_at, created_hlc",
        (meeting_id,),
    )


def last_chair_recorder(store: Store, meeting_type: str) -> tuple[str | None, str | None]:
    """Who chaired and who recorded the latest meeting of this kind: the next one's guess."""
    rows = store._rows(
        "SELECT chair_id, recorder_id FROM meetings WHERE deleted = 0 AND type = ? "
        "ORDER BY date DESC, created_hlc DESC LIMIT 1",
        (meeting_type,),
    )
    return (rows[0]["chair_id"], rows[0]["recorder_id"]) if rows else (None, None)
