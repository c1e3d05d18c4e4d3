"""Who may see what: the one place every console query and export asks.

district sees every station; a street or community account sees the stations under it;
a department sees no station's record books, only the requests whistled to it. Asking
for anything outside one's scope is answered as if it did not exist (404), so nothing
can be probed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, false, select, true

from linju_sync.server.db import rows, stations
from linju_sync.server.web.accounts import User


class NotFound(Exception):
    """Outside the scope, or not there at all: the same answer."""


@dataclass(frozen=True)
class Scope:
    role: str
    name: str

    @classmethod
    def of(cls, user: User) -> Scope:
        return cls(user.role, user.scope)

    @property
    def sees_stations(self) -> bool:
        return self.role in ("district", "street", "community")

    def stations_clause(self) -> ColumnElement[bool]:
        if self.role == "district":
            return true()
        if self.role == "street":
            return stations.c.street == self.name
        if self.role == "community":
            return stations.c.community == self.name
        return false()

    def narrowed(self, street: str = "", community: str = "") -> ColumnElement[bool]:
        """This scope, further narrowed by a filter the page offers (never widened)."""
        clause = self.stations_clause()
        if street:
            clause = and_(clause, stations.c.street == street)
        if community:
            clause = and_(clause, stations.c.community == community)
        return clause

    def station(self, conn: Connection, station_id: str) -> Any:
        row = conn.execute(
            select(stations).where(stations.c.id == station_id, self.stations_clause())
        ).first()
        if row is None:
            raise NotFound(station_id)
        return row

    def stations(self, conn: Connection, street: str = "", community: str = "") -> list[Any]:
        """The stations in this scope, narrowed by the filters. A street or community
        account naming a street or community with none of its stations gets NotFound,
        as for a station of another area (the district's own filters may simply be empty)."""
        q = (
            select(stations)
            .where(self.narrowed(street, community))
            .order_by(stations.c.street, stations.c.community, stations.c.name)
        )
        found = list(conn.execute(q))
        if (street or community) and not found and self.role != "district":
            raise NotFound(street or community)
        return found

    def request(self, conn: Connection, row_id: str) -> tuple[Any, dict[str, Any]]:
        """A request row this scope may see (departments: only those whistled to them)."""
        r = conn.execute(
            select(rows, stations.c.name.label("station_name"))
            .join(stations, stations.c.id == rows.c.station_id)
            .where(rows.c.tbl == "requests", rows.c.row_id == row_id, rows.c.deleted == 0)
        ).first()
        if r is None:
            raise NotFound(row_id)
        data = json.loads(r.data)
        if self.role == "department":
            if data.get("handling") != "department" or data.get("department") != self.name:
                raise NotFound(row_id)
        else:
            self.station(conn, r.station_id)
        return r, data
