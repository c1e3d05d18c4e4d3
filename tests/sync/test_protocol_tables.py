"""The protocol's tables are the one definition of what a station syncs (the station's
store reads its columns from them; tests/store/test_upgrades.py checks that the frozen
migrations build the same columns): every table has a conflict policy."""

from linju_sync.protocol.tables import DISTRICT_REQUEST_FIELDS, FIELDS, POLICY, TABLES


def test_every_synced_table_has_a_policy_and_its_fields():
    assert set(POLICY) == set(TABLES) == set(FIELDS)
    assert set(DISTRICT_REQUEST_FIELDS) <= set(FIELDS["requests"])
