"""Why the server did not apply an operation (or refused a whole request): stable codes with
JSON parameters, as the sync contract carries them.

The station shows a reason in the secretary's language: the desktop registers a Chinese
text for each English template below (linju_desktop.services.sync_reasons) and fills in the
parameters. The English rendering is what the district console's conflict list keeps and
what stations from before reason codes read (the "reason" text of the full response form).
A code a station does not know yet (a newer server) is shown through UNKNOWN with the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# code -> English template with {named} parameters. Codes are part of the protocol: never
# reuse one for another meaning; add new ones.
REASONS: dict[str, str] = {
    # one operation
    "op_id_reused": "This change id was already used for a different change; it was not applied.",
    "unknown_table": "The server does not know the record book '{table}'.",
    "unknown_fields": "Fields {fields} are not synced for {table}; not applied.",
    "stamps_out_of_order": "The change's clock stamps are out of order; not applied.",
    "stamp_ahead": "The change is stamped {stamped}, more than {limit_days} days ahead of the "
    "district server's clock; set this computer's date and time. Not applied.",
    "deleted_flag": "deleted must be 0 or 1.",
    "unknown_state": "Unknown request state '{state}'; not applied.",
    "other_station": "This record belongs to another station; not applied.",
    "no_such_entry": "The server has no such record to change; entries are only ever added.",
    "append_only": "Money and record entries cannot be changed or deleted once recorded; "
    "enter a reversing entry instead.",
    "minutes_final": "These minutes were finalised on the server and cannot be changed; "
    "add an addendum instead. The server's version was kept.",
    "request_step": "The request is now '{current}' on the server (changed by the community "
    "or another computer); the step to '{wanted}' is not possible from there. The server's "
    "request was kept.",
    "district_allocation": "The district has set the allocation for {year}; a station cannot "
    "change or remove it. The district's amount was restored here.",
    "district_row": "This record belongs to the district; a station cannot change it. The "
    "district's values were restored here.",
    "allocation_taken": "The district has already set the allocation for {year}; the amount "
    "entered here was withdrawn and the district's is used.",
    "allocation_second": "This station already has an allocation for {year}; the second one "
    "was withdrawn.",
    "both_changed": "The same field was changed here and on the server; both values are kept "
    "in the conflict record.",
    # a value that does not fit its field (protocol.tables)
    "value_not_integer": "Field {field} of {table} must be a whole number; not applied.",
    "value_not_flag": "Field {field} of {table} must be 0 or 1; not applied.",
    "value_range": "Field {field} of {table} must be between {low} and {high}; not applied.",
    "value_not_text": "Field {field} of {table} must be text; not applied.",
    "value_too_long": "Field {field} of {table} is longer than {max_len} characters; not applied.",
    "value_bad_char": "Field {field} of {table} contains a character that is not text; not "
    "applied.",
    "value_not_date": "Field {field} of {table} must be a date written YYYY-MM-DD; not applied.",
    "value_not_time": "Field {field} of {table} must be a time written HH:MM or HH:MM:SS; not "
    "applied.",
    "value_not_moment": "Field {field} of {table} must be a date and time written as in ISO "
    "8601 (2025-03-01T08:00:00Z); not applied.",
    # a reason from a server before codes (its English text, kept as it came)
    "server_text": "{text}",
    # a whole request or answer of the wrong shape (codec): HTTP 422, or 426 for the version
    "protocol_version": "this server speaks sync protocol {speaks}, not {got}",
    "not_json": "{path}: {detail}",
    "not_object": "{path} must be an object",
    "missing": "{path} is missing",
    "not_integer": "{path} must be an integer",
    "out_of_range": "{path} must be between {low} and {high}",
    "not_boolean": "{path} must be true or false",
    "not_text": "{path} must be text",
    "text_shape": "{path} must be {expected}",
    "not_list": "{path} must be a list",
    "too_many": "{path}: at most {max} items",
    "not_one_of": "{path} must be one of {choices}",
    "bad_stamp": "{path} is a malformed clock stamp (13 digits 0-9, 4 hex digits A-F, "
    "16 letters or digits)",
    "not_scalar": "{path}: values must be text, numbers or null",
    "not_finite": "{path}: the number is not one JSON allows",
    "bad_char": "{path}: the text has an invalid character",
    # the server's load (HTTP 503, or 429 for one station), with the header Retry-After:
    # nothing was read or applied; the client waits that long and sends the same again
    "server_busy": "The district server is busy with other stations; try again in "
    "{retry_after} seconds. Nothing was applied.",
    "station_busy": "This station already has requests in progress at the district server; "
    "try again in {retry_after} seconds. Nothing was applied.",
    # a pipelined request (messages.py, "Requests in flight") whose batch before it never
    # came: HTTP 409, nothing applied; the client sends again from its committed cursors
    "predecessor_missing": "The batch before this one (up to change {after_seq}) has not "
    "reached the district server; this one was not applied. It is sent again.",
}

# How a station shows a code it does not know (a newer server's).
UNKNOWN = "The district server did not accept this change (reason {code})."


@dataclass(frozen=True)
class Reason:
    """A reason on the wire: {"code": ..., "params": {...}}."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def template(self) -> str:
        return REASONS.get(self.code, UNKNOWN)

    def english(self) -> str:
        return render(self.code, self.params)


def render(code: str, params: dict[str, Any]) -> str:
    """The English text of a code; never raises (a parameter missing stays a placeholder)."""
    template = REASONS.get(code)
    if template is None:
        return UNKNOWN.format(code=code)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
