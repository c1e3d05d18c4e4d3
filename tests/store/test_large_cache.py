"""A long bulk write (the demo generator) borrows a larger page cache and gives it back."""

from __future__ import annotations

import pytest
from helpers import peek_scalar

from linju_desktop.store.database import Store


def test_a_large_cache_is_given_back_after_the_write_even_when_it_fails(tmp_path):
    with Store(tmp_path / "data") as store:
        before = peek_scalar(store, "PRAGMA cache_size")
        with store.large_cache(64), store.transaction():
            assert peek_scalar(store, "PRAGMA cache_size") == -64 * 1024
            store.insert("members", {"name": "张三"})
        assert peek_scalar(store, "PRAGMA cache_size") == before
        with pytest.raises(KeyError), store.large_cache(), store.transaction():
            store.insert("members", {"name": "李四"})
            store.insert("members", {"no such column": 1})
        assert peek_scalar(store, "PRAGMA cache_size") == before
        assert peek_scalar(store, "SELECT count(*) FROM members") == 1
