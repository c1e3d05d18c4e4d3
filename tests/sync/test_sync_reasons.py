"""The server's reason codes as the secretary reads them (linju_desktop.services.sync_reasons):
every code a result can carry has a Chinese text with the same parameters; a code this
station does not know, and the English of a server from before codes, still read sensibly."""

from __future__ import annotations

import json
import string

import pytest
from linju_sync.protocol.messages import Operation, OpResult
from linju_sync.protocol.reasons import REASONS

from linju_desktop.domain.i18n import language, set_language
from linju_desktop.services import sync as sync_service
from linju_desktop.services.sync_reasons import CHINESE, REQUEST_CODES
from linju_desktop.services.sync_store import SqliteStationStore

OP = Operation("a" * 32, "requests", "r1", "update", "0" * 13 + "-0000-" + "a" * 16, None, {})


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.fixture(autouse=True)
def chinese():
    before = language()
    set_language("zh_CN")
    yield
    set_language(before)


def shown(result: OpResult) -> str:
    """The needs-attention item the station keeps for `result`, as explain() words it."""
    [item] = SqliteStationStore._result_items([OP], [result])
    params = {k: v for k, v in item.items() if k not in ("status", "op_id", "tbl", "row_id",
              "reason", "local_value", "server_value")}  # fmt: skip
    stored = {**item, "reason": json.dumps({"text": item["reason"], "params": params})}
    return sync_service.explain(stored)


def test_every_result_code_has_chinese_with_the_same_parameters():
    result_codes = set(REASONS) - REQUEST_CODES
    assert set(CHINESE) == result_codes
    for code, text in CHINESE.items():
        assert placeholders(text) == placeholders(REASONS[code]), code


def test_a_reason_reads_in_chinese_with_its_parameters():
    text = shown(OpResult(OP.op_id, "conflict", "request_step",
                          {"current": "done", "wanted": "accepted"}))  # fmt: skip
    assert "在区服务器上已是“已办结”" in text and "无法从那里转到“已接单”" in text
    ahead = shown(OpResult(OP.op_id, "rejected", "stamp_ahead",
                           {"stamped": "2031-01-01 00:00 UTC", "limit_days": 7}))  # fmt: skip
    assert "2031-01-01 00:00 UTC，比区服务器的时钟快 7 天以上" in ahead
    assert "[被拒收] 群众诉求" in ahead


def test_an_unknown_code_names_itself_and_an_old_servers_english_is_kept():
    newer = shown(OpResult(OP.op_id, "rejected", "a_later_reason", {"x": 1}))
    assert "原因代码 a_later_reason" in newer
    old = shown(OpResult(OP.op_id, "rejected", "server_text", {"text": "Not applied."}))
    assert "区服务器说明：Not applied." in old
