"""The points rule, shared by the desktop and the district's figures.

Points are never typed: they follow from a task's record by the rule the task copied from
the activity library when it was published. The desktop's balances
(linju_desktop.domain.volunteering) and the figures' "points issued" (linju_sync.figures)
both call points_for, so the district's total is the sum of what the stations show.
"""

from __future__ import annotations

RULES: tuple[str, ...] = ("per_hour", "per_task", "per_rating")
FINISHED_STATES = frozenset({"done", "rated"})
# Points a 基本满意 rating earns under a per-rating rule, as a fraction of a 满意 one.
BASICALLY_SHARE = (1, 2)


def points_for(rule: str, points: int, minutes: int, task_state: str, rating: str | None) -> int:
    """Points one person earns from one task's record (their minutes there, the task's
    state and rating), by the task's rule:
    - per_hour: points x hours (whole points, rounded down), once the task is done;
    - per_task: points, once the task is done, for everyone who recorded hours on it;
    - per_rating: points for a 满意 rating, half (rounded down) for 基本满意, none for
      不满意 or before the resident has rated it."""
    if task_state not in FINISHED_STATES or minutes <= 0:
        return 0
    if rule == "per_hour":
        return points * minutes // 60
    if rule == "per_task":
        return points
    if rule == "per_rating":
        if task_state != "rated":
            return 0
        if rating == "satisfied":
            return points
        if rating == "basically":
            return points * BASICALLY_SHARE[0] // BASICALLY_SHARE[1]
        return 0
    raise ValueError(f"unknown points rule {rule!r}")
