"""The wire's table list and the desktop's schema must not drift apart."""

from linju_sync.protocol.tables import POLICY, TABLES

from linju_desktop.store.schema import SYNCED_TABLES


def test_protocol_tables_match_the_desktop_schema():
    assert {t: tuple(c) for t, c in SYNCED_TABLES.items()} == TABLES
    assert set(POLICY) == set(TABLES)
