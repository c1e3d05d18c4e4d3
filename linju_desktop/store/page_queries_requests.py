"""Named reads for the window's requests page and intake form."""

from __future__ import annotations

from linju_desktop.store.database import Store


def request_years(store: Store) -> list[str]:
    """Years in which requests were registered, newest first."""
    rows = store._rows(
        "SELECT DISTINCT substr(registered_at, 1, 4) AS y FROM requests "
        "WHERE deleted = 0 ORDER BY y DESC"
    )
    return [r["y"] for r in rows if r["y"]]


def recent_neighbour_meetings(store: Store, limit: int = 30) -> list[dict]:
    """Neighbour meetings a request may have been raised at, newest first."""
    return store._rows(
        "SELECT id, date, title FROM meetings WHERE deleted = 0 AND type = 'neighbour' "
        "ORDER BY date DESC LIMIT ?",
        (limit,),
    )
