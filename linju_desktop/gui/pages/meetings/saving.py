"""What Save writes, taken from the form on the UI thread and written on the writer thread
(gui/operations.py) in one transaction: the meeting, changed attendance, new follow-ups and
photos, and, for Finalise, the lock. Qt-free: it belongs in services/meetings.py next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from linju_desktop.services import attachments
from linju_desktop.services import meetings as service
from linju_desktop.store.database import Store


@dataclass
class Draft:
    meeting_id: str | None  # None: a new meeting
    code: str
    day: dt.date
    group_id: str | None
    fields: dict
    rows: list[dict]  # attendance as the form shows it
    loaded: list[tuple[str, str | None]] = field(default_factory=list)  # each row as loaded
    followups: list[tuple[str, str | None]] = field(default_factory=list)
    photos: list[Path] = field(default_factory=list)
    finalise: bool = False


def write(store: Store, d: Draft) -> str:
    """Write the draft through the services; returns the meeting's id. The services'
    transactions join the operation's one."""
    attachments.check_files(d.photos)  # a file that is no photo stops the save before it starts
    if d.meeting_id is None:
        absent = {r["member_id"]: r["reason"] for r in d.rows if r["status"] == "absent"}
        rest = {k: v for k, v in d.fields.items() if k != "date"}
        mid = service.create(store, d.code, d.day, party_group_id=d.group_id, absent=absent, **rest)
        for r in d.rows:
            if r["status"] == "non_voting":
                service.set_attendance(store, mid, r["member_id"], "non_voting")
    else:
        mid = d.meeting_id
        service.update(store, mid, **d.fields)
        for row, before in zip(d.rows, d.loaded, strict=True):
            if (row["status"], row["reason"]) != before:
                service.set_attendance(store, mid, row["member_id"], row["status"], row["reason"])
    for text, request_id in d.followups:
        service.add_followup(store, mid, text, request_id)
    for path in d.photos:
        attachments.attach(store, "meetings", mid, path)
    if d.finalise:
        service.finalise(store, mid)
    return mid
