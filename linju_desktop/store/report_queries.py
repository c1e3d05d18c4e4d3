"""Reads for printed outputs and figures: named queries over the record books.

Everything returns plain dicts of non-deleted rows. Periods are local calendar days
for dated columns; request stamps are UTC, so callers pass UTC bounds for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from linju_desktop.store.database import Store


def branch(store: Store) -> dict[str, Any] | None:
    rows = store._rows("SELECT * FROM branch WHERE deleted = 0 ORDER BY created_hlc LIMIT 1")
    return rows[0] if rows else None


def member_names(store: Store, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {
        r["id"]: r["name"]
        for r in store._rows(f"SELECT id, name FROM members WHERE id IN ({marks})", wanted)
    }


# -- meetings ---------------------------------------------------------------------------
def find_meetings(store: Store, ident: str) -> list[dict[str, Any]]:
    """Meetings whose id is `ident` or starts with it (people copy short prefixes)."""
    exact = store._rows("SELECT * FROM meetings WHERE deleted = 0 AND id = ?", (ident,))
    if exact or len(ident) < 6:
        return exact
    like = ident.replace("%", "").replace("_", "") + "%"
    return store._rows("SELECT * FROM meetings WHERE deleted = 0 AND id LIKE ? LIMIT 2", (like,))


def meeting_attendance(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT a.status, a.reason, m.name, m.member_kind, m.building, m.committee_role "
        "FROM attendance a LEFT JOIN members m ON m.id = a.member_id "
        "WHERE a.deleted = 0 AND a.meeting_id = ? ORDER BY m.building, m.name",
        (meeting_id,),
    )


def meeting_followups(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT f.text, f.done, r.number AS request_number FROM followups f "
        "LEFT JOIN requests r ON r.id = f.request_id "
        "WHERE f.deleted = 0 AND f.meeting_id = ? ORDER BY f.created_hlc",
        (meeting_id,),
    )


def meeting_addenda(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT text, author, written_at FROM addenda WHERE deleted = 0 AND meeting_id = ? "
        "ORDER BY written_at, created_hlc",
        (meeting_id,),
    )


def meeting_attachment_count(store: Store, meeting_id: str) -> int:
    return int(
        store._scalar(
            "SELECT count(*) FROM attachments WHERE deleted = 0 AND owner_table = 'meetings' "
            "AND owner_id = ?",
            (meeting_id,),
        )
    )


def meetings_between(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    """Meetings dated in [start, end] with their attendance counts in one pass.

    voting_total / voting_present count full members not attending as 列席: the
    quorum rule of domain/meetings.quorum, summed in SQL so a year of rolls is
    never loaded row by row.
    """
    return store._rows(
        "SELECT mt.*, c.name AS chair_name, "
        "coalesce(a.expected, 0) AS expected, coalesce(a.present, 0) AS present, "
        "coalesce(a.absent, 0) AS absent, coalesce(a.non_voting, 0) AS non_voting, "
        "coalesce(a.voting_total, 0) AS voting_total, "
        "coalesce(a.voting_present, 0) AS voting_present, "
        "coalesce(a.rolled, 0) AS rolled "
        "FROM meetings mt LEFT JOIN members c ON c.id = mt.chair_id "
        "LEFT JOIN (SELECT x.meeting_id, count(*) AS rolled, "
        "  sum(x.status != 'non_voting') AS expected, sum(x.status = 'present') AS present, "
        "  sum(x.status = 'absent') AS absent, sum(x.status = 'non_voting') AS non_voting, "
        "  sum(m.member_kind = 'full' AND x.status != 'non_voting') AS voting_total, "
        "  sum(m.member_kind = 'full' AND x.status = 'present') AS voting_present "
        "  FROM attendance x LEFT JOIN members m ON m.id = x.member_id "
        "  WHERE x.deleted = 0 GROUP BY x.meeting_id) a ON a.meeting_id = mt.id "
        "WHERE mt.deleted = 0 AND mt.date BETWEEN ? AND ? ORDER BY mt.date, mt.start_time",
        (start, end),
    )


def meeting_dates(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT type, date, status FROM meetings WHERE deleted = 0 AND date BETWEEN ? AND ?",
        (start, end),
    )


def open_followups(store: Store) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT f.text, mt.date, mt.title, r.number AS request_number FROM followups f "
        "JOIN meetings mt ON mt.id = f.meeting_id AND mt.deleted = 0 "
        "LEFT JOIN requests r ON r.id = f.request_id "
        "WHERE f.deleted = 0 AND coalesce(f.done, 0) = 0 ORDER BY mt.date"
    )


# -- funds ------------------------------------------------------------------------------
def allocations_for_years(store: Store, first: int, last: int) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT * FROM allocations WHERE deleted = 0 AND year BETWEEN ? AND ? ORDER BY year",
        (first, last),
    )


def expenses_between(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    """Entries dated in [start, end], each with the entry it reverses (if any)."""
    return store._rows(
        "SELECT e.*, o.date AS reversed_date, o.purpose AS reversed_purpose "
        "FROM expenses e LEFT JOIN expenses o ON o.id = e.reverses_id "
        "WHERE e.deleted = 0 AND e.date BETWEEN ? AND ? ORDER BY e.date, e.created_hlc",
        (start, end),
    )


def spent_before(store: Store, year: int, before: str) -> int:
    """What the year's budget had spent before a date (the ledger's opening balance)."""
    return int(
        store._scalar(
            "SELECT coalesce(sum(amount_fen), 0) FROM expenses "
            "WHERE deleted = 0 AND year = ? AND date < ?",
            (year, before),
        )
    )


# -- requests ---------------------------------------------------------------------------
def requests_registered(store: Store, start_utc: str, end_utc: str) -> list[dict[str, Any]]:
    """Requests registered in [start_utc, end_utc) with the member who took them."""
    return store._rows(
        "SELECT r.*, m.name AS assignee_name FROM requests r "
        "LEFT JOIN members m ON m.id = r.assignee_id "
        "WHERE r.deleted = 0 AND r.registered_at >= ? AND r.registered_at < ? "
        "ORDER BY r.registered_at, r.number",
        (start_utc, end_utc),
    )


def first_responses(store: Store, start_utc: str, end_utc: str) -> dict[str, str]:
    """For requests registered in the period: the stamp of the first step after intake."""
    rows = store._rows(
        "SELECT e.request_id, min(e.at) AS at FROM request_events e "
        "JOIN requests r ON r.id = e.request_id AND r.deleted = 0 "
        "WHERE e.deleted = 0 AND e.action != 'register' "
        "AND r.registered_at >= ? AND r.registered_at < ? GROUP BY e.request_id",
        (start_utc, end_utc),
    )
    return {r["request_id"]: r["at"] for r in rows}


def find_requests(store: Store, ident: str) -> list[dict[str, Any]]:
    """A request by its number (2025-00012) or its id."""
    return store._rows(
        "SELECT r.*, m.name AS assignee_name FROM requests r "
        "LEFT JOIN members m ON m.id = r.assignee_id "
        "WHERE r.deleted = 0 AND (r.number = ? OR r.id = ?)",
        (ident, ident),
    )


def request_events(store: Store, request_id: str) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT * FROM request_events WHERE deleted = 0 AND request_id = ? "
        "ORDER BY at, created_hlc",
        (request_id,),
    )


# -- members ----------------------------------------------------------------------------
def roster(store: Store) -> list[dict[str, Any]]:
    """Members on the roll with their party group's name."""
    return store._rows(
        "SELECT m.*, g.name AS group_name FROM members m "
        "LEFT JOIN party_groups g ON g.id = m.party_group_id "
        "WHERE m.deleted = 0 AND m.status = 'active' "
        "ORDER BY g.name IS NULL, g.name, m.building, m.unit, m.room, m.name"
    )


def party_groups(store: Store) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT g.*, m.name AS leader_name FROM party_groups g "
        "LEFT JOIN members m ON m.id = g.leader_id WHERE g.deleted = 0 ORDER BY g.name"
    )


def contact_households(store: Store) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT * FROM contact_households WHERE deleted = 0 "
        "ORDER BY member_id, building, unit, room"
    )


# -- figures ----------------------------------------------------------------------------
def all_members(store: Store) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT id, joined_date, full_date, left_date, left_reason, is_centre_household, "
        "member_kind, status FROM members WHERE deleted = 0"
    )


def transfers_between(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT * FROM transfers WHERE deleted = 0 AND issued_date BETWEEN ? AND ?",
        (start, end),
    )


def meetings_for_figures(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    return store._rows(
        "SELECT type, date, resident_count FROM meetings "
        "WHERE deleted = 0 AND date BETWEEN ? AND ?",
        (start, end),
    )
