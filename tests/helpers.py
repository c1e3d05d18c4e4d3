"""Test data helpers shared by the test modules."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from typing import Any

from linju_desktop.domain.identity import check_char

TODAY = dt.date(2026, 11, 28)


def make_id(birth: dt.date, male: bool, rng: random.Random | None = None) -> str:
    """A valid 18-digit ID number for a test person."""
    rng = rng or random.Random(0)
    seq = rng.randrange(0, 50) * 2 + (1 if male else 0)
    first17 = f"110105{birth:%Y%m%d}{seq:03d}"
    return first17 + check_char(first17)


# The one door from the tests to the store's private SQL (tests/test_layers.py checks that
# nothing else in tests/ or outside linju_desktop/store/ uses it).


def peek_rows(store: Any, sql: str, params: tuple = ()) -> list[dict]:
    """Raw SQL for a test that checks what is on disk; the product reads through store/reads."""
    return store._rows(sql, params)


def peek_scalar(store: Any, sql: str, params: tuple = ()) -> Any:
    """The first column of the first row of raw SQL, for assertions."""
    return store._scalar(sql, params)


def peek_conn(store: Any) -> sqlite3.Connection:
    """The store's own connection (this thread's), for tests that write behind the named
    writes' back (trigger and guard checks) or compare a file's schema."""
    return store._conn
