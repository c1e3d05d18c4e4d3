"""The overview service: the one set of figures the home page and `linju` show."""

from __future__ import annotations

import contextlib
import datetime as dt
import io

from helpers import TODAY, make_id

from linju_desktop import cli
from linju_desktop.services import branch, funds, members, overview
from linju_desktop.services import meetings as meeting_service
from linju_desktop.services import resident_requests as rr
from linju_desktop.services.clock import parse_iso
from linju_desktop.store.reads import changes


def test_an_empty_station_has_nothing_to_show(store):
    view = overview.overview(store, TODAY, with_counts=True)
    assert view.branch_name is None
    assert view.counts == {"members": 0, "meetings": 0, "expenses": 0, "requests": 0}
    assert view.pending_changes == 0
    assert view.requests.total == 0 and view.requests.first == []
    assert view.meetings_due == [] and view.probation == [] and view.transfers == []
    assert view.funds.allocation_fen == 0 and view.funds.spent_fen == 0


def _member(store) -> str:
    mid, _ = members.add(
        store,
        {
            "name": "王芳",
            "id_number": make_id(dt.date(1960, 3, 1), False),
            "joined_date": "1990-07-01",
            "full_date": "1991-07-01",
        },
        TODAY,
    )
    return mid


def test_meetings_are_due_only_once_somebody_is_on_the_roster(store):
    assert meeting_service.due(store, TODAY)  # the rhythm alone asks for meetings
    assert overview.overview(store, TODAY).meetings_due == []
    _member(store)
    assert overview.overview(store, TODAY).meetings_due == meeting_service.due(store, TODAY)


def test_requests_count_as_due_soon_then_overdue(store):
    rid = rr.register_request(store, resident="李大爷", description="楼道灯不亮", category="other")
    due = parse_iso(store.get("requests", rid)["due_at"])
    soon = overview.overview(store, TODAY, now=due - dt.timedelta(hours=1)).requests
    assert (soon.overdue, soon.soon) == (0, 1)
    assert [r["id"] for r in soon.first] == [rid]
    late = overview.overview(store, TODAY, now=due + dt.timedelta(hours=1)).requests
    assert (late.overdue, late.soon, late.total) == (1, 0, 1)
    early = overview.overview(store, TODAY, now=due - dt.timedelta(days=30)).requests
    assert early.total == 0 and early.first == []


def test_pending_changes_count_what_the_district_has_not_acknowledged(store):
    branch.save_profile(store, name="幸福里小区党支部")
    _member(store)
    funds.set_allocation(store, TODAY.year, 500_000)
    view = overview.overview(store, TODAY, with_counts=True)
    assert view.branch_name == "幸福里小区党支部"
    assert view.counts["members"] == 1
    assert overview.overview(store, TODAY).counts == {}  # the home page does not ask
    everything = changes.changes_after(store, 0)
    assert view.pending_changes == everything >= 3
    store.set_setting("sync_uploaded_seq", everything - 1)  # all but the last acknowledged
    assert overview.pending_changes(store) == 1
    assert overview.overview(store, TODAY).funds.allocation_fen == 500_000


def test_the_command_line_prints_the_overview(store):
    branch.save_profile(store, name="幸福里小区党支部")
    _member(store)
    view = overview.overview(store, TODAY)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["--data-dir", str(store.data_dir)]) == 0
    text = out.getvalue()
    assert "党支部：幸福里小区党支部" in text
    assert "党员：1  会议：0  经费支出：0  群众诉求：0" in text
    # opening the store for the command made no record change, so the figure is the same
    assert f"待同步的修改：{view.pending_changes} 条" in text
