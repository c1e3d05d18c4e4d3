"""What the meeting form's Save writes (services/meetings.save_form), called as the window
calls it, without a window: one transaction, attendance as ticked, follow-ups, photos, the
lock for Finalise, and nothing at all when a problem or a bad file stops it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from helpers import TODAY, make_id, peek_rows, peek_scalar

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import attachments, members, op_changes
from linju_desktop.services import meetings as service
from linju_desktop.services import resident_requests as rr
from linju_desktop.services.meetings import MeetingForm

JPEG = b"\xff\xd8\xff\xe0" + b"meeting photo" * 50


def people(store, n: int) -> list[str]:
    ids = []
    for i in range(n):
        mid, _ = members.add(
            store,
            {
                "name": f"党员{'甲乙丙丁戊己庚辛'[i]}",
                "id_number": make_id(dt.date(1950, 1, 1 + i), True),
                "joined_date": "1980-01-01",
                "full_date": "1981-01-01",
            },
            TODAY,
        )
        ids.append(mid)
    return ids


def fields(**extra) -> dict:
    return {
        "title": "支部党员大会",
        "date": TODAY.isoformat(),
        "start_time": "09:00:00",
        "end_time": "10:30:00",
        "place": "党群服务站",
        "chair_id": None,
        "recorder_id": None,
        "agenda": "学习",
        "minutes": "讨论停车问题",
        "decisions": "",
        "resident_count": None,
        **extra,
    }


def new_form(ids: list[str], **extra) -> MeetingForm:
    rows = [{"member_id": m, "status": "present", "reason": None} for m in ids]
    rows[1] = {"member_id": ids[1], "status": "absent", "reason": "sick"}
    rows[2] = {"member_id": ids[2], "status": "non_voting", "reason": None}
    return MeetingForm(
        meeting_id=None,
        code="branch_assembly",
        day=TODAY,
        group_id=None,
        fields=fields(),
        rows=rows,
        **extra,
    )


def statuses(store, mid: str) -> dict[str, tuple[str, str | None]]:
    rows = peek_rows(
        store, "SELECT member_id, status, reason FROM attendance WHERE meeting_id = ?", (mid,)
    )
    return {r["member_id"]: (r["status"], r["reason"]) for r in rows}


def test_a_new_meeting_with_absentees_followups_and_photos_is_one_operation(store, tmp_path):
    ids = people(store, 4)
    photo = tmp_path / "合影.jpg"
    photo.write_bytes(JPEG)
    rid = rr.register_request(store, resident="刘阿姨", description="路灯不亮", category="other")
    form = new_form(ids, followups=[("修路灯", rid), ("通知居民", None)], photos=[photo])
    mid, changes = op_changes.run(store, lambda: service.save_form(store, form))
    meeting = store.get("meetings", mid)
    assert (meeting["type"], meeting["date"], meeting["status"]) == (
        "branch_assembly",
        TODAY.isoformat(),
        "draft",
    )
    assert (meeting["place"], meeting["start_time"]) == ("党群服务站", "09:00:00")
    assert statuses(store, mid) == {
        ids[0]: ("present", None),
        ids[1]: ("absent", "sick"),
        ids[2]: ("non_voting", None),
        ids[3]: ("present", None),
    }
    texts = peek_rows(store, "SELECT text, request_id FROM followups ORDER BY text")
    assert texts == [
        {"text": "修路灯", "request_id": rid},
        {"text": "通知居民", "request_id": None},
    ]
    [kept] = attachments.list_for(store, "meetings", mid)
    assert kept["filename"] == "合影.jpg"
    assert attachments.blob_path(store, kept["sha256"]).read_bytes() == JPEG
    # what the window announces: every table the save wrote, read from the change log
    assert {"meetings", "attendance", "followups", "attachments"} <= changes.tables


def test_an_edit_writes_only_the_attendance_that_changed_and_finalise_locks(store):
    ids = people(store, 4)
    mid = service.save_form(store, new_form(ids))
    loaded = [statuses(store, mid)[m] for m in ids]
    before = peek_scalar(store, "SELECT count(*) FROM change_log WHERE tbl = 'attendance'")
    rows = [
        {"member_id": m, "status": s, "reason": r} for m, (s, r) in zip(ids, loaded, strict=True)
    ]
    rows[3] = {"member_id": ids[3], "status": "absent", "reason": "away"}
    edit = MeetingForm(
        meeting_id=mid,
        code="branch_assembly",
        day=TODAY,
        group_id=None,
        fields=fields(minutes="改过的记录"),
        rows=rows,
        loaded=loaded,
        finalise=True,
    )
    assert service.save_form(store, edit) == mid
    after = peek_scalar(store, "SELECT count(*) FROM change_log WHERE tbl = 'attendance'")
    assert after - before == 1  # one row changed, one written
    assert statuses(store, mid)[ids[3]] == ("absent", "away")
    meeting = store.get("meetings", mid)
    assert (meeting["minutes"], meeting["status"]) == ("改过的记录", "final")
    with pytest.raises(ValidationError):  # final: read-only from now on
        service.save_form(store, dataclasses.replace(edit, finalise=False))


def test_problems_come_back_before_anything_is_written(store, tmp_path):
    ids = people(store, 3)
    form = new_form(ids)
    form.rows[1] = {"member_id": ids[1], "status": "absent", "reason": None}  # no reason
    no_kind = dataclasses.replace(new_form(ids), code=None)
    backwards = dataclasses.replace(
        new_form(ids), fields=fields(start_time="10:00:00", end_time="09:00:00")
    )
    found = {p.field for f in (form, no_kind, backwards) for p in service.check_form(f)}
    assert {"attendance[1].reason", "type", "end_time"} <= found
    for bad in (form, no_kind, backwards):
        with pytest.raises(ValidationError):
            service.save_form(store, bad)
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"not a picture at all" * 10)
    with pytest.raises(ValidationError):
        service.save_form(store, new_form(ids, photos=[fake]))
    assert peek_scalar(store, "SELECT count(*) FROM meetings") == 0
    assert peek_scalar(store, "SELECT count(*) FROM attendance") == 0
    assert not [p for p in store.attachments_dir.rglob("*") if p.is_file()]
    assert service.check_form(new_form(ids)) == []
