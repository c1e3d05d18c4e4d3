"""Per-station, per-table checksums kept incrementally.

A table's checksum is the XOR and the sum (mod 2^64) of protocol.messages.row_fingerprint
over its rows (tombstones included). Both are invertible, so a row change is "remove the
old fingerprint, add the new one": O(1) per write and O(tables) to answer.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from linju_sync.protocol.messages import Checksum, row_fingerprint
from linju_sync.protocol.tables import TABLES
from linju_sync.server.db import checksums

_MASK = (1 << 64) - 1


class ChecksumBook:
    """The checksums of one station, changed in memory and written back once."""

    def __init__(self, conn: Connection, station_id: str) -> None:
        self.conn = conn
        self.station_id = station_id
        self.state: dict[str, list[int]] = {}  # tbl -> [rows, xor, sum]
        self.existing: set[str] = set()
        self.dirty: set[str] = set()
        for tbl, n, x, s in conn.execute(
            select(
                checksums.c.tbl, checksums.c.rows, checksums.c.xor_hex, checksums.c.sum_hex
            ).where(checksums.c.station_id == station_id)
        ):
            self.state[tbl] = [int(n), int(x, 16), int(s, 16)]
            self.existing.add(tbl)

    def change(
        self,
        tbl: str,
        row_id: str,
        old: tuple[str, int] | None,
        new: tuple[str, int],
    ) -> None:
        """A row went from `old` (updated_hlc, deleted), None when new, to `new`."""
        if old == new:
            return
        st = self.state.setdefault(tbl, [0, 0, 0])
        if old is None:
            st[0] += 1
        else:
            f = row_fingerprint(row_id, old[0], int(bool(old[1])))
            st[1] ^= f
            st[2] = (st[2] - f) & _MASK
        f = row_fingerprint(row_id, new[0], int(bool(new[1])))
        st[1] ^= f
        st[2] = (st[2] + f) & _MASK
        self.dirty.add(tbl)

    def flush(self) -> None:
        for tbl in self.dirty:
            n, x, s = self.state[tbl]
            values = {"rows": n, "xor_hex": f"{x:016x}", "sum_hex": f"{s:016x}"}
            if tbl in self.existing:
                self.conn.execute(
                    checksums.update()
                    .where(checksums.c.station_id == self.station_id, checksums.c.tbl == tbl)
                    .values(**values)
                )
            else:
                self.conn.execute(
                    checksums.insert().values(station_id=self.station_id, tbl=tbl, **values)
                )
                self.existing.add(tbl)
        self.dirty.clear()

    def result(self) -> dict[str, Checksum]:
        out: dict[str, Checksum] = {}
        for tbl in TABLES:
            n, x, s = self.state.get(tbl, [0, 0, 0])
            out[tbl] = Checksum(n, f"{x:016x}{s:016x}")
        return out


def station_checksums(conn: Connection, station_id: str) -> dict[str, Checksum]:
    return ChecksumBook(conn, station_id).result()
