"""党员花名册 by party group, with the centre households and the households they visit."""

from __future__ import annotations

from typing import Any

from linju_desktop.domain import members as rules
from linju_desktop.domain.i18n import tr
from linju_desktop.domain.identity import mask_id
from linju_desktop.reports.meeting_reports import branch_name
from linju_desktop.reports.model import Column, Document, Table, Text
from linju_desktop.reports.period import day
from linju_desktop.store import report_queries as q
from linju_desktop.store.database import Store


def roster(store: Store, *, full_ids: bool = False) -> Document:
    members = q.roster(store)
    leaders = {g["name"]: g["leader_name"] for g in q.party_groups(store)}
    doc = Document(
        kind="roster",
        title=tr("Roster of party members"),
        branch=branch_name(store),
        landscape=True,
        masked=not full_ids,
    )
    if full_ids:
        doc.warnings.append(tr("Full ID numbers are printed: keep this copy safe"))
        note = tr("This copy shows FULL ID numbers. Keep it locked away; do not post it.")
    else:
        note = tr("ID numbers are masked (middle digits hidden).")
    doc.blocks.append(Text(note))
    columns = [
        Column(tr("No."), "int", 0.5),
        Column(tr("Name"), weight=1.0),
        Column(tr("Gender"), weight=0.5),
        Column(tr("Born"), "date", 1.1),
        Column(tr("ID number"), weight=2.4),
        Column(tr("Mobile"), weight=1.4),
        Column(tr("Kind"), weight=1.1),
        Column(tr("Joined"), "date", 1.1),
        Column(tr("Full member"), "date", 1.1),
        Column(tr("Occupation"), weight=0.9),
        Column(tr("Address"), weight=1.5),
        Column(tr("Centre household"), weight=1.0),
    ]
    groups: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        groups.setdefault(m["group_name"] or tr("No party group"), []).append(m)
    if not members:
        doc.blocks.append(Table(columns, [], empty_text=tr("No members on the roll")))
    for name, people in groups.items():
        leader = leaders.get(name)
        title = f"{name}（{len(people)}）"
        if leader:
            title += tr("  leader: {name}", name=leader)
        doc.blocks.append(
            Table(
                columns,
                [
                    [
                        i,
                        m["name"],
                        tr(rules.GENDER_LABELS.get(m["gender"] or "", "")),
                        day(m["birth_date"]),
                        (m["id_number"] or "") if full_ids else mask_id(m["id_number"] or ""),
                        m["mobile"] or "",
                        tr(rules.MEMBER_KIND_LABELS.get(m["member_kind"] or "", "")),
                        day(m["joined_date"]),
                        day(m["full_date"]),
                        tr(rules.PERSON_KIND_LABELS.get(m["person_kind"] or "", "")),
                        f"{m['building'] or ''}{m['unit'] or ''}{m['room'] or ''}",
                        tr("yes") if m["is_centre_household"] else "",
                    ]
                    for i, m in enumerate(people, 1)
                ],
                title=title,
            )
        )
    centres = {m["id"]: m for m in members if m["is_centre_household"]}
    households = [h for h in q.contact_households(store) if h["member_id"] in centres]
    if centres:
        doc.blocks.append(
            Table(
                [
                    Column(tr("Centre household"), weight=1.2),
                    Column(tr("Address"), weight=1.6),
                    Column(tr("Resident"), weight=1.0),
                    Column(tr("Phone"), weight=1.3),
                    Column(tr("Notes"), weight=2.0),
                ],
                [
                    [
                        centres[h["member_id"]]["name"],
                        f"{h['building'] or ''}{h['unit'] or ''}{h['room'] or ''}",
                        h["resident"] or "",
                        h["phone"] or "",
                        h["notes"] or "",
                    ]
                    for h in households
                ],
                title=tr("Centre households and the households they keep in touch with"),
                empty_text=tr("No households recorded"),
                sheet=tr("Households in touch"),
            )
        )
    return doc
