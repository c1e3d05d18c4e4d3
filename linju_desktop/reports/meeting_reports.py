"""会议记录 (one meeting, laid out like the 党支部工作记录本 page) and 三会一课登记 (a period)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from linju_desktop.domain import clock
from linju_desktop.domain import meetings as rules
from linju_desktop.domain.dates import add_months
from linju_desktop.domain.i18n import tr
from linju_desktop.reports.model import (
    Column,
    Document,
    Fields,
    Nothing,
    Signatures,
    Table,
    Text,
)
from linju_desktop.reports.period import Period, ReportError, local, timezone
from linju_desktop.store import report_queries as q
from linju_desktop.store.database import Store


def branch_name(store: Store) -> str:
    b = q.branch(store)
    return str(b["name"]) if b and b.get("name") else tr("Party branch")


def _time(text: str | None) -> str:
    return (text or "")[:5]


def _type_name(code: str) -> str:
    t = rules.MEETING_TYPE_BY_CODE.get(code)
    return tr(t.name) if t else code


def meeting_record(store: Store, ident: str) -> Document:
    found = q.find_meetings(store, ident.strip())
    if not found:
        raise ReportError(tr("No meeting with the id {ident}", ident=ident))
    if len(found) > 1:
        raise ReportError(
            tr("Several meetings start with {ident}; give more of the id", ident=ident)
        )
    m = found[0]
    tz = timezone(store)
    names = q.member_names(store, [m["chair_id"], m["recorder_id"]])
    attendance = q.meeting_attendance(store, m["id"])
    doc = Document(
        kind="meeting",
        title=tr("Meeting record"),
        subtitle=m["title"] or "",
        branch=branch_name(store),
        draft=m["status"] != "final",
    )
    if doc.draft:
        doc.warnings.append(tr("The minutes are a draft, not finalised"))
    when = m["date"] or ""
    if m["start_time"]:
        when += f"  {_time(m['start_time'])}—{_time(m['end_time'])}"
    fields: list[tuple[str, Any]] = [
        (tr("Meeting type"), _type_name(m["type"])),
        (tr("Date and time"), when),
        (tr("Place"), m["place"] or ""),
        (tr("Host"), names.get(m["chair_id"], "")),
        (tr("Recorder"), names.get(m["recorder_id"], "")),
        (tr("Status"), tr(rules.MINUTES_STATUSES.get(m["status"], m["status"] or ""))),
    ]
    present = [a for a in attendance if a["status"] == "present"]
    absent = [a for a in attendance if a["status"] == "absent"]
    guests = [a for a in attendance if a["status"] == "non_voting"]
    if attendance:
        fields += [
            (tr("Expected"), len(present) + len(absent)),
            (tr("Present"), len(present)),
            (tr("Absent"), len(absent)),
            (tr("Non-voting"), len(guests)),
        ]
        quorum = rules.quorum(m["type"], attendance)
        if quorum.met is not None:
            verdict = tr("met") if quorum.met else tr("NOT met")
            fields.append(
                (
                    tr("Quorum"),
                    tr(
                        "{verdict}: {present} of {total} full members present, {required} needed",
                        verdict=verdict,
                        present=quorum.present_voting,
                        total=quorum.total_voting,
                        required=quorum.required,
                    ),
                )
            )
    if m["resident_count"]:
        fields.append((tr("Residents attending"), m["resident_count"]))
    doc.blocks.append(Fields(fields, columns=2))
    if attendance:
        doc.blocks.append(Text("、".join(a["name"] or "?" for a in present), tr("Present")))
        absent_text = "、".join(
            f"{a['name'] or '?'}（{rules.reason_label(a['reason'])}）" for a in absent
        )
        doc.blocks.append(Text(absent_text or tr("none"), tr("Absent (reason)")))
        if guests:
            doc.blocks.append(Text("、".join(a["name"] or "?" for a in guests), tr("Non-voting")))
    else:
        doc.blocks.append(Text(tr("No attendance list was kept; see the minutes."), tr("Present")))
    doc.blocks.append(Text(m["agenda"] or "", tr("Agenda"), min_lines=2))
    doc.blocks.append(Text(m["minutes"] or "", tr("Minutes"), min_lines=6))
    doc.blocks.append(Text(m["decisions"] or "", tr("Decisions"), min_lines=2))
    followups = q.meeting_followups(store, m["id"])
    if followups:
        doc.blocks.append(
            Table(
                [
                    Column(tr("Follow-up"), weight=5),
                    Column(tr("Request no."), weight=1.6),
                    Column(tr("Done"), weight=0.8),
                ],
                [
                    [f["text"], f["request_number"] or "", tr("yes") if f["done"] else tr("no")]
                    for f in followups
                ],
                title=tr("Follow-ups"),
            )
        )
    photos = q.meeting_attachment_count(store, m["id"])
    if photos:
        doc.blocks.append(Text(tr("{n} photos kept with the record", n=photos), tr("Photos")))
    for a in q.meeting_addenda(store, m["id"]):
        written = local(a["written_at"], tz)
        label = tr("Addendum of {date}", date=written.strftime("%Y-%m-%d") if written else "")
        author = f"（{a['author']}）" if a["author"] else ""
        doc.blocks.append(Text(f"{a['text']}{author}", label))
    doc.blocks.append(Signatures([tr("Host (signature)"), tr("Recorder (signature)")]))
    return doc


def _rhythms(store: Store) -> dict[str, str]:
    rhythms = {t.code: t.rhythm for t in rules.MEETING_TYPES}
    rhythms.update(store.get_setting("meeting_rhythms") or {})
    return rhythms


_RHYTHM_WORDS = {
    "monthly": "monthly",
    "quarterly": "quarterly",
    "yearly": "yearly",
    "as_needed": "as needed",
}


def _periods(rhythm: str, period: Period, today: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """The months/quarters/years of the period the rhythm asks a meeting for, up to today."""
    last = min(period.end, today)
    out: list[tuple[dt.date, dt.date, str]] = []
    if rhythm == "monthly":
        cur = period.start.replace(day=1)
        while cur <= last:
            nxt = add_months(cur, 1)
            out.append((cur, nxt - dt.timedelta(days=1), tr("{month} month", month=cur.month)))
            cur = nxt
    elif rhythm == "quarterly":
        cur = dt.date(period.start.year, 3 * ((period.start.month - 1) // 3) + 1, 1)
        while cur <= last:
            nxt = add_months(cur, 3)
            label = tr("Q{quarter}", quarter=(cur.month - 1) // 3 + 1)
            out.append((cur, nxt - dt.timedelta(days=1), label))
            cur = nxt
    elif rhythm == "yearly":
        for y in period.years():
            if dt.date(y, 1, 1) <= last:
                out.append((dt.date(y, 1, 1), dt.date(y, 12, 31), tr("Year {year}", year=y)))
    return out


@dataclass(frozen=True)
class RhythmRow:
    code: str
    type_name: str
    rhythm: str
    required: int | None  # None: as needed
    held: int
    missing: str  # the months/quarters without enough meetings


def against_rhythm(
    store: Store, meetings: list[dict[str, Any]], period: Period, today: dt.date
) -> list[RhythmRow]:
    """Per meeting type: what the rhythm in settings asks for so far, and what was held.

    A party-group meeting is asked of every group, so its requirement is per group.
    """
    groups = max(1, len(q.party_groups(store)))
    rhythms = _rhythms(store)
    out: list[RhythmRow] = []
    for t in rules.MEETING_TYPES:
        rhythm = rhythms.get(t.code, t.rhythm)
        dates = [dt.date.fromisoformat(m["date"]) for m in meetings if m["type"] == t.code]
        each = groups if t.code == "group" else 1
        wanted = _periods(rhythm, period, today)
        missing = [label for s, e, label in wanted if sum(s <= d <= e for d in dates) < each]
        text = "、".join(missing) if missing else tr("none")
        if rhythm == "as_needed":
            text = "—"
        required = len(wanted) * each if rhythm != "as_needed" else None
        out.append(RhythmRow(t.code, _type_name(t.code), rhythm, required, len(dates), text))
    return out


def meeting_register(store: Store, period: Period, today: dt.date | None = None) -> Document:
    today = today or clock.today()
    rows = q.meetings_between(store, period.start.isoformat(), period.end.isoformat())
    doc = Document(
        kind="meetings",
        title=tr("Register of meetings (三会一课)"),
        subtitle=period.label(),
        branch=branch_name(store),
        landscape=True,
    )
    if not rows:
        doc.blocks.append(Nothing(period.nothing()))
        return doc
    table_rows: list[list[Any]] = []
    drafts = 0
    for m in rows:
        quorum = ""
        rule = rules.MEETING_TYPE_BY_CODE.get(m["type"])
        if rule and rule.quorum and m["voting_total"]:
            quorum = tr("yes") if m["voting_present"] > m["voting_total"] // 2 else tr("no")
        drafts += m["status"] != "final"
        rolled = bool(m["rolled"])
        table_rows.append(
            [
                dt.date.fromisoformat(m["date"]),
                _type_name(m["type"]),
                m["title"] or "",
                m["place"] or "",
                m["chair_name"] or "",
                m["expected"] if rolled else None,
                m["present"] if rolled else None,
                m["absent"] if rolled else None,
                m["resident_count"] if m["type"] == "neighbour" else m["non_voting"] or None,
                quorum,
                tr(rules.MINUTES_STATUSES.get(m["status"], m["status"] or "")),
            ]
        )
    if drafts:
        doc.warnings.append(tr("{n} meetings in the period are drafts", n=drafts))
    doc.blocks.append(
        Table(
            [
                Column(tr("Date"), "date", 1.3),
                Column(tr("Type"), weight=1.8),
                Column(tr("Title"), weight=2.7),
                Column(tr("Place"), weight=1.8),
                Column(tr("Host"), weight=1.0),
                Column(tr("Expected"), "int", 0.7),
                Column(tr("Present"), "int", 0.7),
                Column(tr("Absent"), "int", 0.7),
                Column(tr("Non-voting / residents"), "int", 1.0),
                Column(tr("Quorum"), weight=1.0),
                Column(tr("Status"), weight=0.9),
            ],
            table_rows,
            title=tr("Meetings held"),
        )
    )
    summary = [
        [r.type_name, tr(_RHYTHM_WORDS.get(r.rhythm, r.rhythm)), r.required, r.held, r.missing]
        for r in against_rhythm(store, rows, period, today)
    ]
    doc.blocks.append(
        Table(
            [
                Column(tr("Type"), weight=2),
                Column(tr("Rhythm"), weight=1),
                Column(tr("Required so far"), "int", 1),
                Column(tr("Held"), "int", 1),
                Column(tr("Periods without a meeting"), weight=5),
            ],
            summary,
            title=tr("Held against the rhythm"),
            sheet=tr("Held against the rhythm"),
        )
    )
    return doc
