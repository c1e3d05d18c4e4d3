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


# A search of one or two characters cannot use the trigram index; it reads the newest
# SHORT_SCAN_ROWS records of the table, so it costs the same on any size of station, and
# the list says it shows matches among those only (search_is_bounded). It reads the text
# from the index's own content table ({table}_fts_content, the body as column c0): a
# plain table read is about twice as fast as the same rows through the FTS5 virtual table,
# which also takes any LIKE on a trigram table for itself and, in the SQLite of Python
# 3.11/3.12 builds (3.40), answers a pattern under three characters with no rows at all.
# An index of every character and pair of characters was weighed instead: it would hold
# about twice as many entries as the text has characters (tens of MB at 10x) for the
# sake of two keystrokes that a third one narrows anyway.
SHORT_SCAN_ROWS = 5_000


# Books searched by a scan of named text columns, without a trigram index: a station holds
# thousands of these (5,000 tasks in ten busy years), which instr() reads in milliseconds.
# Each clause takes the text twice; the user's text only ever reaches it as a parameter.
SCANNED: dict[str, str] = {
    # tasks: the title, place, resident served, number, or a volunteer who took it
    "tasks": (
        "(instr(lower(coalesce(title, '') || ' ' || coalesce(place, '') || ' ' || "
        "coalesce(resident, '') || ' ' || coalesce(number, '')), ?) > 0 OR id IN "
        "(SELECT task_id FROM task_takers WHERE deleted = 0 AND volunteer_id IN "
        "(SELECT id FROM volunteers WHERE instr(lower(name), ?) > 0)))"
    ),
}


def search_clause(table: str, text: str) -> tuple[str, list[Any]]:
    if table in SCANNED:
        text = text.strip().lower()
        return SCANNED[table], [text, text]
    if table not in SEARCHED:
        raise KeyError(f"{table} has no search index")
    text = text.strip().lower()
    if len(text) >= 3:
        # trigram index: a quoted phrase matches any substring of three or more characters
        phrase = '"' + text.replace('"', '""') + '"'
        return f"rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)", [phrase]
    # LIKE is ASCII case-insensitive as lower() is; % _ and \ in the text are literal
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (
        f"rowid IN (SELECT id FROM {table}_fts_content WHERE id > "
        f"(SELECT coalesce(max(rowid), 0) FROM {table}) - ? AND c0 LIKE ? ESCAPE '\\')",
        [SHORT_SCAN_ROWS, pattern],
    )


def search_is_bounded(store: Store, table: str, text: str) -> bool:
    """True when a search of `text` looked at the newest SHORT_SCAN_ROWS records only
    (one or two characters on a table that holds more): the list should say so."""
    if not text.strip() or len(text.strip()) >= 3 or table not in SEARCHED:
        return False
    return int(store._scalar(f"SELECT coalesce(max(rowid), 0) FROM {table}")) > SHORT_SCAN_ROWS


def page(store: Store, q: ListQuery, limit: int = 100, offset: int = 0) -> list[dict]:
    """Rows `offset` to `offset + limit` (OFFSET: the cost grows with the depth; lists
    that scroll use page_after)."""
    where, params = _where(q)
    order = " ORDER BY rowid"
    if q.order_by:
        _check_order(q)
        direction = "DESC" if q.descending else "ASC"
        order = f" ORDER BY {q.order_by} {direction}, rowid {direction}"
    sql = f"SELECT * FROM {q.table}{where}{order} LIMIT ? OFFSET ?"
    return store._rows(sql, [*params, limit, offset])


Cursor = tuple[Any, int]  # (the sort column's value, rowid) of a page's last row


def page_after(
    store: Store, q: ListQuery, limit: int = 100, after: Cursor | None = None
) -> tuple[list[dict], Cursor | None]:
    """The `limit` rows after `after` in the list's order, and the cursor of the last one.

    Keyset paging: each page starts from the previous page's last (value, rowid) through
    the index, so the thousandth page costs what the first does (OFFSET reads and throws
    away every row before it). Rows with no value sort first ascending and last
    descending, as ORDER BY does; they are a segment of their own, read by rowid, so both
    segments keep to an index. Ties go by rowid, in the list's direction."""
    where, params = _where(q)
    where = where or " WHERE 1"
    rows: list[dict] = []
    cursor = after
    if not q.order_by:
        segments = ["plain"]
    else:
        _check_order(q)
        segments = ["values", "empty"] if q.descending else ["empty", "values"]
        if after is not None:  # resume in the segment the last row was in
            segments = segments[segments.index("empty" if after[0] is None else "values") :]
    cmp = "<" if q.descending else ">"
    direction = "DESC" if q.descending else "ASC"
    col = q.order_by
    for i, segment in enumerate(segments):
        resume = cursor if i == 0 else None  # a later segment starts at its beginning
        sql, extra = f"SELECT rowid AS _k, * FROM {q.table}{where}", []
        if segment == "plain":
            if resume is not None:
                sql, extra = sql + " AND rowid > ?", [resume[1]]
            sql += " ORDER BY rowid"
        elif segment == "empty":
            sql += f" AND {col} IS NULL"
            if resume is not None:
                sql, extra = sql + f" AND rowid {cmp} ?", [resume[1]]
            sql += f" ORDER BY rowid {direction}"
        else:
            sql += f" AND {col} IS NOT NULL"
            if resume is not None:
                sql, extra = sql + f" AND ({col}, rowid) {cmp} (?, ?)", list(resume)
            sql += f" ORDER BY {col} {direction}, rowid {direction}"
        for r in store._conn.execute(f"{sql} LIMIT ?", [*params, *extra, limit - len(rows)]):
            row = dict(r)
            key = row.pop("_k")
            rows.append(row)
            cursor = (row[col] if col else None, key)
        if len(rows) >= limit:
            break
    return rows, (cursor if rows else after)


def _check_order(q: ListQuery) -> None:
    if q.order_by not in _columns(q.table):
        raise KeyError(f"cannot sort {q.table} by {q.order_by}")


def count(store: Store, q: ListQuery) -> int:
    """How many rows the list holds. The unfiltered list of live rows is a counter kept by
    triggers (store/counters.py); a filtered one is counted through its index."""
    if (
        not q.include_deleted
        and not q.search.strip()
        and not any(v is not None and v != "" for v in q.filters.values())
    ):
        from linju_desktop.store.counters import counter

        kept = counter(store, f"live:{q.table}")
        if kept is not None:
            return kept
    where, params = _where(q)
    return int(store._scalar(f"SELECT count(*) FROM {q.table}{where}", params))


def iterate(store: Store, q: ListQuery, batch: int = 1000) -> Iterator[dict]:
    """Every matching row, in pages, so exports never hold a whole table in memory."""
    where, params = _where(q)
    order = q.order_by if q.order_by in _columns(q.table) else "rowid"
    cursor = store._conn.execute(f"SELECT * FROM {q.table}{where} ORDER BY {order}", params)
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
        rows = store._rows(
            f"SELECT t.id AS id, f.body AS body FROM {table} t JOIN {table}_fts f "
            f"ON f.rowid = t.rowid WHERE t.deleted = 0 AND t.{clause} LIMIT ?",
            [*params, limit],
        )
        hits.extend(Hit(table, r["id"], r["body"]) for r in rows)
    return hits[:limit]
