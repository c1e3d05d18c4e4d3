"""What a station syncs: tables, their fields, and who wins a conflict on each.

The desktop's store schema must list the same tables and columns (a test checks);
the server refuses any other table or field with 422.
"""

from __future__ import annotations

from typing import Literal

Policy = Literal["lww", "append_only", "requests", "minutes", "district"]

TABLES: dict[str, tuple[str, ...]] = {
    "branch": (
        "name",
        "compounds",
        "community",
        "street",
        "district",
    ),
    "party_groups": (
        "name",
        "leader_id",
        "buildings",
        "notes",
    ),
    "members": (
        "name",
        "name_initials",
        "gender",
        "ethnicity",
        "birth_date",
        "id_number",
        "mobile",
        "education",
        "joined_date",
        "full_date",
        "member_kind",
        "committee_role",
        "probation_extended_months",
        "person_kind",
        "party_group_id",
        "building",
        "unit",
        "room",
        "is_centre_household",
        "is_reporting",
        "reporting_employer",
        "mobility",
        "mobile_destination",
        "status",
        "left_date",
        "left_reason",
        "notes",
    ),
    "contact_households": (
        "member_id",
        "building",
        "unit",
        "room",
        "resident",
        "phone",
        "notes",
    ),
    "transfers": (
        "member_id",
        "member_name",
        "direction",
        "other_org",
        "letter_no",
        "issued_date",
        "valid_days",
        "valid_until",
        "sent_date",
        "receipt_date",
        "cross_province",
        "dues_paid_to",
        "received_date",
        "notes",
    ),
    "meetings": (
        "type",
        "title",
        "date",
        "start_time",
        "end_time",
        "place",
        "chair_id",
        "recorder_id",
        "agenda",
        "minutes",
        "decisions",
        "resident_count",
        "status",
        "finalised_at",
    ),
    "attendance": (
        "meeting_id",
        "member_id",
        "status",
        "reason",
    ),
    "followups": (
        "meeting_id",
        "text",
        "request_id",
        "done",
    ),
    "addenda": (
        "meeting_id",
        "text",
        "author",
        "written_at",
    ),
    "attachments": (
        "owner_table",
        "owner_id",
        "sha256",
        "filename",
        "mime",
        "size",
        "caption",
    ),
    "allocations": (
        "year",
        "amount_fen",
        "source",
        "note",
    ),
    "expenses": (
        "year",
        "date",
        "amount_fen",
        "payee",
        "purpose",
        "category",
        "approver",
        "overdraw_reason",
        "reverses_id",
        "notes",
    ),
    "requests": (
        "number",
        "resident",
        "contact",
        "building",
        "unit",
        "room",
        "category",
        "description",
        "source",
        "meeting_id",
        "state",
        "handling",
        "assignee_id",
        "department",
        "registered_at",
        "due_at",
        "result",
        "rating",
        "rating_note",
        "closed_at",
    ),
    "request_events": (
        "request_id",
        "action",
        "from_state",
        "to_state",
        "actor",
        "at",
        "note",
        "details",
    ),
}

# How the server settles the same data changed on both sides (never silently):
# lww          per field, the later clock stamp wins; a field changed on both sides since
#              the client's base version is reported as a conflict with both values kept
# append_only  inserts only (money: corrections are reversing entries)
# requests     state changes are checked against the request state machine on the
#              server's current state; an impossible step is a visible conflict
# minutes      a finalised meeting is immutable; a draft changed on both sides keeps both
# district     the district owns these (allocations, transfers): its value wins
POLICY: dict[str, Policy] = {
    "branch": "lww",
    "party_groups": "lww",
    "members": "lww",
    "contact_households": "lww",
    "transfers": "district",
    "meetings": "minutes",
    "attendance": "lww",
    "followups": "lww",
    "addenda": "append_only",
    "attachments": "lww",
    "allocations": "district",
    "expenses": "append_only",
    "requests": "requests",
    "request_events": "append_only",
}

# Fields of a request the district sets when it dispatches one down (吹哨派单).
DISTRICT_REQUEST_FIELDS = ("number", "source", "department", "due_at")
