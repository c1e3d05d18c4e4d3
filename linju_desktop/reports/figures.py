"""The station's own figures, in the definitions the district uses (linju_sync.figures)."""

from __future__ import annotations

from typing import Any

from linju_sync import figures

from linju_desktop.reports.period import Period, timezone, utc_bounds
from linju_desktop.store import report_queries as q
from linju_desktop.store.database import Store
from linju_desktop.store.reads import neighbourhood


def station_figures(store: Store, period: Period) -> dict[str, Any]:
    tz = timezone(store)
    start_utc, end_utc = utc_bounds(period, tz)
    first, last = period.start.isoformat(), period.end.isoformat()
    return figures.station_figures(
        start=period.start,
        end=period.end,
        members=q.all_members(store),
        party_groups=q.party_groups(store),
        transfers=q.transfers_between(store, first, last),
        meetings=q.meetings_for_figures(store, first, last),
        requests=q.requests_registered(store, start_utc, end_utc),
        first_responses=q.first_responses(store, start_utc, end_utc),
        allocations=q.allocations_for_years(store, period.start.year, period.end.year),
        expenses=q.expenses_between(store, first, last),
        **neighbourhood.figure_rows(store),
        timezone=tz.key,
    )
