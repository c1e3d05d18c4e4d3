"""Read queries for list pages and search. Callers name columns; only known columns
reach the SQL, so a filter or sort from the UI can never inject anything."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from linju_desktop.store.database import Store
from linju_desktop.store.schema import COMMON, SEARCHED, SYNCED_TABLES

# Which column a "year" filter looks at, per table.
DATE_COLUMN = {
    "meetings": "date",
    "expenses": "date",
    "requests": "registered_at",
    "allocations": "year",
    "transfers": "issued_date",
}


@dataclass
class ListQuery:
    table: str
    filters: Mapping[str, Any] = field(default_factory=dict)
    search: str = ""
    order_by: str = ""
    descending: bool = False
    include_deleted: bool = False


def _columns(table: str) -> set[str]:
    return set(SYNCED_TABLES[table]) | set(COMMON)


def _where(q: ListQuery) -> tuple[str, list[Any]]:
    cols = _columns(q.table)
    clauses: list[str] = [] if q.include_deleted else ["deleted = 0"]
    params: list[Any] = []
    for key, value in q.filters.items():
        if value is None or value == "":
            continue
        if key == "year":
            col = DATE_COLUMN[q.table]
            clauses.append(f"substr({col}, 1, 4) = ?")
            params.append(str(value))
        elif key in cols:
            if isinstance(value, (list, tuple, set, frozenset)):
                clauses.append(f"{key} IN ({', '.join('?' * len(value))})")
                params.extend(value)
            else:
                clauses.append(f"{key} = ?")
                params.append(value)
        else:
            raise KeyError(f"cannot filter {q.table} by {key}")
    text = q.search.strip()
    if text:
        clause, p = search_clause(q.table, text)
        clauses.append(clause)
        params.extend(p)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def search_clause(table: str, text: str) -> tuple[str, list[Any]]:
    if table not in SEARCHED:
        raise KeyError(f"{table} has no search index")
    text = text.strip().lower()
    if len(text) >= 3:
        # trigram index: a quoted phrase matches any substring of three or more characters
        phrase = '"' + text.replace('"', '""') + '"'
        return f"rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)", [phrase]
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (
        f"rowid IN (SELECT rowid FROM {table}_fts WHERE body LIKE ? ESCAPE '\\')",
        [f"%{escaped}%"],
    )


def page(store: Store, q: ListQuery, limit: int = 100, offset: int = 0) -> list[dict]:
    where, params = _where(q)
    order = ""
    if q.order_by:
        if q.order_by not in _columns(q.table):
            raise KeyError(f"cannot sort {q.table} by {q.order_by}")
        order = f" ORDER BY {q.order_by} {'DESC' if q.descending else 'ASC'}, rowid"
    sql = f"SELECT * FROM {q.table}{where}{order} LIMIT ? OFFSET ?"
    return store.rows(sql, [*params, limit, offset])


def count(store: Store, q: ListQuery) -> int:
    where, params = _where(q)
    return int(store.scalar(f"SELECT count(*) FROM {q.table}{where}", params))


def iterate(store: Store, q: ListQuery, batch: int = 1000) -> Iterator[dict]:
    """Every matching row, in pages, so exports never hold a whole table in memory."""
    where, params = _where(q)
    order = q.order_by if q.order_by in _columns(q.table) else "rowid"
    cursor = store.conn.execute(f"SELECT * FROM {q.table}{where} ORDER BY {order}", params)
    while rows := cursor.fetchmany(batch):
        yield from (dict(r) for r in rows)


@dataclass(frozen=True)
class Hit:
    table: str
    id: str
    text: str


def search_all(store: Store, text: str, limit: int = 50) -> list[Hit]:
    """Search members, requests and meetings at once (the global search box)."""
    hits: list[Hit] = []
    if not text.strip():
        return hits
    for table in SEARCHED:
        clause, params = search_clause(table, text)
        rows = store.rows(
            f"SELECT t.id AS id, f.body AS body FROM {table} t JOIN {table}_fts f "
            f"ON f.rowid = t.rowid WHERE t.deleted = 0 AND t.{clause} LIMIT ?",
            [*params, limit],
        )
        hits.extend(Hit(table, r["id"], r["body"]) for r in rows)
    return hits[:limit]
