"""A database's schema as comparable data, for the upgrade tests: an upgraded database must
come out the same as a fresh one, on SQLite (station and server) and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from typing import Any


def sqlite_schema(conn: sqlite3.Connection, *, with_sql: bool = True) -> dict[str, Any]:
    """Every table, index, trigger and view: its columns (type, not-null, default, key),
    indexes (unique, partial, columns), foreign keys and, with `with_sql`, the statement
    text SQLite keeps for it (triggers are compared by that text)."""
    out: dict[str, Any] = {}
    entries = _rows(
        conn,
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    for kind, name, table, sql in entries:
        entry: dict[str, Any] = {"type": kind, "table": table}
        if with_sql or kind == "trigger":
            entry["sql"] = sql
        if kind == "table":
            entry["columns"] = _rows(conn, f"PRAGMA table_xinfo('{name}')")
            entry["indexes"] = {
                index: (unique, origin, partial, _index_columns(conn, index))
                for _seq, index, unique, origin, partial in _rows(
                    conn, f"PRAGMA index_list('{name}')"
                )
            }
            entry["foreign_keys"] = _rows(conn, f"PRAGMA foreign_key_list('{name}')")
        out[name] = entry
    return out


def _index_columns(conn: sqlite3.Connection, index: str) -> list[tuple[Any, ...]]:
    return _rows(conn, f"PRAGMA index_xinfo('{index}')")


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(sql)]  # plain tuples whatever the row factory


_PG_QUERIES = {
    "tables": """SELECT table_name, table_type FROM information_schema.tables
        WHERE table_schema = 'public'""",
    "columns": """SELECT table_name, column_name, ordinal_position, data_type,
        character_maximum_length, numeric_precision, column_default, is_nullable, is_identity
        FROM information_schema.columns WHERE table_schema = 'public'""",
    "constraints": """SELECT cl.relname, co.conname, co.contype, pg_get_constraintdef(co.oid)
        FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE n.nspname = 'public'""",
    "indexes": """SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public'""",
    "sequences": """SELECT s.relname, q.seqtypid::regtype::text, q.seqstart, q.seqincrement,
        d.refobjid::regclass::text AS owned_by_table
        FROM pg_sequence q JOIN pg_class s ON s.oid = q.seqrelid
        JOIN pg_namespace n ON n.oid = s.relnamespace
        LEFT JOIN pg_depend d ON d.objid = s.oid AND d.deptype = 'a'
        WHERE n.nspname = 'public'""",
    "triggers": """SELECT event_object_table, trigger_name, action_timing, event_manipulation,
        action_statement FROM information_schema.triggers WHERE trigger_schema = 'public'""",
}


def pg_schema(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The public schema of a PostgreSQL database (a SQLAlchemy connection), from
    information_schema and pg_catalog."""
    return {
        part: sorted(tuple(row) for row in conn.exec_driver_sql(sql))
        for part, sql in _PG_QUERIES.items()
    }
