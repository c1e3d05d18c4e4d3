"""Volunteers, the activity library and goods, tasks and errands, hours and points.

Each public function is one user action and one transaction. Points are never stored per
person: a balance is the points the person's task records earn by each task's rule, less
the exchanges (and plus their reversals) in the append-only points ledger.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from linju_desktop.domain import clock
from linju_desktop.domain import tasks as rules
from linju_desktop.domain import volunteering as vrules
from linju_desktop.domain.errors import Problem, ValidationError, raise_if_errors
from linju_desktop.domain.phone import phone_problems
from linju_desktop.domain.text import clean_text
from linju_desktop.services.clock import iso, utc_now
from linju_desktop.store.database import Store
from linju_desktop.store.reads import neighbourhood as reads

_MSG_NO_TASK = "This task does not exist"
_MSG_NO_VOLUNTEER = "This volunteer does not exist"
_MSG_NO_ITEM = "This activity is not in the library"
_MSG_NO_GOODS = "These goods do not exist"
_MSG_NO_ENTRY = "This ledger entry does not exist"
_MSG_EXCHANGE_FUTURE = "An exchange is recorded once made: its date cannot be after today"

_IDS = uuid.UUID("6f1d2c1e-8a57-4c9e-9d0b-5b1f0a7e2c31")


def taker_id(task_id: str, volunteer_id: str) -> str:
    """One row per person per task on every device (sync meets them as the same row)."""
    return str(uuid.uuid5(_IDS, f"taker:{task_id}:{volunteer_id}"))


def _day(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value or "")


# -- volunteers -------------------------------------------------------------------------


def save_volunteer(store: Store, fields: dict[str, Any], volunteer_id: str | None = None) -> str:
    """Add or change a volunteer: name, kind, consent date; phone and address optional (a
    phone typed is checked and kept as digits, as a member's or a resident's is)."""
    phone, phone_issues = phone_problems(fields.get("phone"), "phone")
    values = {
        "name": clean_text(fields.get("name") or ""),
        "kind": fields.get("kind"),
        "member_id": fields.get("member_id") or None,
        "phone": phone,
        "building": clean_text(fields.get("building") or ""),
        "unit": clean_text(fields.get("unit") or ""),
        "room": clean_text(fields.get("room") or ""),
        "employer": clean_text(fields.get("employer") or ""),
        "consent_date": _day(fields.get("consent_date")),
        "notes": clean_text(fields.get("notes") or "", multiline=True),
    }
    raise_if_errors(vrules.check_volunteer(values) + phone_issues)
    with store.transaction():
        if volunteer_id:
            _volunteer(store, volunteer_id)
            store.update("volunteers", volunteer_id, values)
            return volunteer_id
        return store.insert("volunteers", values)


def _volunteer(store: Store, volunteer_id: str) -> dict:
    row = store.get("volunteers", volunteer_id)
    if row is None:
        raise ValidationError([Problem("volunteer", _MSG_NO_VOLUNTEER)])
    return row


# -- the library and goods ----------------------------------------------------------------


def ensure_library(store: Store) -> int:
    """Put the default library and goods in an empty book; returns the rows added."""
    with store.transaction():
        if reads.activity_items(store, active_only=False) or reads.goods(store):
            return 0
        items = [
            {**vars(item), "active": 1, "sort": i} for i, item in enumerate(vrules.DEFAULT_ITEMS)
        ]
        goods = [
            {"name": n, "points": p, "stock": s, "active": 1} for n, p, s in vrules.DEFAULT_GOODS
        ]
        return len(store.insert_many("activity_items", items)) + len(
            store.insert_many("goods", goods)
        )


def save_item(store: Store, fields: dict[str, Any], item_id: str | None = None) -> str:
    values = {k: fields.get(k) for k in ("category", "name", "rule", "points")}
    values["name"] = clean_text(values["name"] or "")
    raise_if_errors(vrules.check_item(values))
    with store.transaction():
        if item_id:
            store.update("activity_items", item_id, values)
            return item_id
        return store.insert("activity_items", {**values, "active": 1, "sort": 1000})


def save_goods(
    store: Store, name: str, points: int, stock: int, goods_id: str | None = None
) -> str:
    """Goods and the stock received so far (what is left follows from the exchanges)."""
    name = clean_text(name)
    raise_if_errors(vrules.check_goods(name, points, stock))
    with store.transaction():
        values = {"name": name, "points": points, "stock": stock, "active": 1}
        if goods_id:
            store.update("goods", goods_id, values)
            return goods_id
        return store.insert("goods", values)


# -- tasks ----------------------------------------------------------------------------------


def publish_task(
    store: Store,
    *,
    item_id: str,
    title: str,
    date: dt.date | str,
    place: str = "",
    places: int = 1,
    kind: str = "task",
    source: str = "plan",
    resident: str = "",
    resident_address: str = "",
    request_id: str | None = None,
    meeting_id: str | None = None,
    at: dt.datetime | None = None,
) -> str:
    """派单: what, when, where, how many places (and for an errand, whom). The points rule
    is copied from the library item, so later edits of the library change no past task."""
    item = store.get("activity_items", item_id)
    if item is None:
        raise ValidationError([Problem("item_id", _MSG_NO_ITEM)])
    values = {
        "kind": kind,
        "item_id": item_id,
        "category": item["category"],
        "title": clean_text(title) or item["name"],
        "date": _day(date),
        "place": clean_text(place),
        "places": places,
        "source": source,
        "request_id": request_id,
        "meeting_id": meeting_id,
        "resident": clean_text(resident),
        "resident_address": clean_text(resident_address),
        "rule": item["rule"],
        "points": item["points"],
        "state": "published",
    }
    raise_if_errors(rules.check_task(values))
    at = at or utc_now()
    with store.transaction():
        year = int(values["date"][:4])
        last = reads.last_task_number(store, year)
        seq = int(last.split("-")[1]) + 1 if last else 1
        values["number"] = f"R{year}-{seq:05d}"
        values["published_at"] = iso(at)
        return store.insert("tasks", values)


def get_task(store: Store, task_id: str) -> dict:
    row = store.get("tasks", task_id)
    if row is None:
        raise ValidationError([Problem("task", _MSG_NO_TASK)])
    return row


def take(
    store: Store, task_id: str, volunteer_ids: list[str], *, at: dt.datetime | None = None
) -> str:
    """接单: the volunteers the secretary records as taking the task."""
    at = at or utc_now()
    with store.transaction():
        task = get_task(store, task_id)
        now_in = [r["volunteer_id"] for r in reads.takers(store, task_id)]
        names = {v: _volunteer(store, v)["name"] for v in volunteer_ids}
        step = rules.transition(
            task["state"],
            "take",
            {"takers": volunteer_ids, "taken": now_in, "places": task["places"], "names": names},
        )
        for v in volunteer_ids:
            store.insert(
                "task_takers",
                {
                    "id": taker_id(task_id, v),
                    "task_id": task_id,
                    "volunteer_id": v,
                    "taken_at": iso(at),
                },
            )
        store.update("tasks", task_id, {"state": step.state})
        return step.state


def record_hours(
    store: Store,
    task_id: str,
    volunteer_id: str,
    hours: Any,
    *,
    day: dt.date | str | None = None,
    recorded_by: str = "",
) -> str:
    """One person's hours on a task on one day (the task's date unless given)."""
    minutes = vrules.minutes_of(hours)
    with store.transaction():
        task = get_task(store, task_id)
        person = _volunteer(store, volunteer_id)
        takers = {r["volunteer_id"] for r in reads.takers(store, task_id)}
        rules.check_hours_allowed(task["state"], volunteer_id, takers, person["name"])
        the_day = _day(day) or task["date"]
        already = reads.minutes_on_day(store, volunteer_id, the_day)
        raise_if_errors(vrules.check_day(person["name"], the_day, already, minutes))
        return store.insert(
            "service_hours",
            {
                "task_id": task_id,
                "volunteer_id": volunteer_id,
                "day": the_day,
                "minutes": minutes,
                "recorded_by": recorded_by,
            },
        )


def remove_hours(store: Store, entry_id: str) -> None:
    """A wrong hours entry is removed (a tombstone) while the task is not yet rated."""
    with store.transaction():
        entry = store.get("service_hours", entry_id)
        if entry is None:
            return
        task = get_task(store, entry["task_id"])
        if task["state"] not in ("taken", "done"):
            rules.check_hours_allowed(task["state"], entry["volunteer_id"], set(), "")
        store.tombstone("service_hours", entry_id)


def complete(
    store: Store,
    task_id: str,
    result: str,
    hours: dict[str, Any] | None = None,
    *,
    recorded_by: str = "",
    at: dt.datetime | None = None,
) -> str:
    """完成: the result, and each taker's hours (volunteer id -> hours) in the same action."""
    at = at or utc_now()
    with store.transaction():
        for volunteer_id, h in (hours or {}).items():
            record_hours(store, task_id, volunteer_id, h, recorded_by=recorded_by)
        task = get_task(store, task_id)
        step = rules.transition(
            task["state"],
            "complete",
            {"result": result, "hours_recorded": len(reads.task_hours(store, task_id))},
        )
        store.update(
            "tasks",
            task_id,
            {"state": step.state, "result": step.event["result"], "done_at": iso(at)},
        )
        return step.state


def rate(
    store: Store, task_id: str, rating: str, note: str = "", *, at: dt.datetime | None = None
) -> str:
    """评单: the rating of the resident served."""
    at = at or utc_now()
    with store.transaction():
        task = get_task(store, task_id)
        step = rules.transition(task["state"], "rate", {"rating": rating, "note": note})
        store.update(
            "tasks",
            task_id,
            {
                "state": step.state,
                "rating": rating,
                "rating_note": step.event.get("note"),
                "rated_at": iso(at),
            },
        )
        return step.state


def cancel(store: Store, task_id: str, note: str) -> str:
    with store.transaction():
        task = get_task(store, task_id)
        step = rules.transition(task["state"], "cancel", {"note": note})
        store.update("tasks", task_id, {"state": step.state, "cancel_note": step.event["note"]})
        return step.state


# -- points ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """A person's record: each task served (with hours and points) and the ledger."""

    volunteer: dict
    service: list[dict]
    ledger: list[dict]
    minutes: int
    earned: int
    spent: int

    @property
    def balance(self) -> int:
        return self.earned - self.spent


def record_of(store: Store, volunteer_id: str) -> Record:
    """A person's balance and history, computed from their task records and the ledger."""
    person = _volunteer(store, volunteer_id)
    service = reads.person_service(store, volunteer_id)
    earned = minutes = 0
    for row in service:
        row["earned"] = vrules.points_for(
            row["rule"], int(row["points"]), int(row["minutes"]), row["state"], row["rating"]
        )
        earned += row["earned"]
        minutes += int(row["minutes"])
    ledger = reads.person_ledger(store, volunteer_id)
    spent = -sum(int(e["points"]) for e in ledger)
    return Record(person, service, ledger, minutes, earned, spent)


def balance(store: Store, volunteer_id: str) -> int:
    return record_of(store, volunteer_id).balance


def exchange(
    store: Store,
    volunteer_id: str,
    goods_id: str,
    quantity: int = 1,
    *,
    day: dt.date | str | None = None,
    recorded_by: str = "",
) -> str:
    """Points for goods: one ledger entry that lowers the balance and the stock."""
    today = clock.today().isoformat()
    when = _day(day) or today
    if when > today:  # ISO days compare as text
        raise ValidationError([Problem("date", _MSG_EXCHANGE_FUTURE)])
    with store.transaction():
        rec = record_of(store, volunteer_id)
        goods = store.get("goods", goods_id)
        if goods is None:
            raise ValidationError([Problem("goods", _MSG_NO_GOODS)])
        ex = vrules.exchange(
            name=rec.volunteer["name"],
            balance=rec.balance,
            goods=goods["name"],
            cost=int(goods["points"]),
            stock=reads.goods_left(store, goods_id),
            quantity=quantity,
        )
        return store.insert(
            "points_ledger",
            {
                "volunteer_id": volunteer_id,
                "kind": "exchange",
                "goods_id": goods_id,
                "quantity": ex.quantity,
                "points": ex.points,
                "date": when,
                "recorded_by": recorded_by,
            },
        )


def reverse(
    store: Store,
    entry_id: str,
    note: str,
    *,
    day: dt.date | str | None = None,
    recorded_by: str = "",
) -> str:
    """Undo an exchange by a reversing entry (points and goods back); never by erasing."""
    with store.transaction():
        entry = store.get("points_ledger", entry_id)
        if entry is None:
            raise ValidationError([Problem("entry", _MSG_NO_ENTRY)])
        back = vrules.reversal(entry, reads.reversed_ids(store, entry_id), note)
        return store.insert(
            "points_ledger",
            {
                "volunteer_id": entry["volunteer_id"],
                "kind": "reversal",
                "goods_id": entry["goods_id"],
                "quantity": back.quantity,
                "points": back.points,
                "reverses_id": entry_id,
                "date": _day(day) or clock.today().isoformat(),
                "recorded_by": recorded_by,
                "note": note.strip(),
            },
        )


def reminders(store: Store) -> dict[str, int]:
    """For the home page: tasks done but not yet rated, tasks still open."""
    return {
        "unrated": reads.count_tasks(store, ["done"]),
        "open": reads.count_tasks(store, sorted(rules.OPEN_STATES)),
    }
