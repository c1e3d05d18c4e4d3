"""Why the district server did not take a change, in the secretary's words.

The server answers with a reason code and parameters (linju_sync.protocol.reasons); the
station keeps the code's English template and the parameters in its needs-attention item
and shows them through the core catalogue (domain.i18n), which gets the Chinese texts here.
All reason texts live in this one module.
"""

from __future__ import annotations

from typing import Any

from linju_sync.protocol.reasons import REASONS, UNKNOWN

from linju_desktop.domain.requests import STATE_LABELS

# code -> Simplified Chinese, with the same {named} parameters as the English template.
CHINESE: dict[str, str] = {
    "op_id_reused": "这条修改的编号已被另一条不同的修改使用过，未予应用。",
    "unknown_table": "区服务器不认识台账“{table}”，未予应用。请告知社区办公室。",
    "unknown_fields": "区服务器不同步“{table}”的字段 {fields}，未予应用。",
    "stamps_out_of_order": "这条修改的时间戳先后颠倒，未予应用。",
    "stamp_ahead": "这条修改的时间为 {stamped}，比区服务器的时钟快 {limit_days} 天以上，"
    "未予应用。请校准本机的日期和时间。",
    "deleted_flag": "删除标记只能是 0 或 1，未予应用。",
    "unknown_state": "未知的诉求状态“{state}”，未予应用。",
    "other_station": "这条记录属于其他站点，未予应用。",
    "no_such_entry": "区服务器没有这条记录可供修改；这类记录只能新增。",
    "append_only": "经费和台账记录一经录入便不能修改或删除；请录入一笔冲正记录。",
    "minutes_final": "这份会议记录已在区服务器上定稿，不能再修改；请添加补充说明。已保留区服务器上的版本。",
    "request_step": "这条诉求在区服务器上已是“{current}”（社区或另一台电脑改过），"
    "无法从那里转到“{wanted}”。已保留区服务器上的诉求。",
    "district_allocation": "{year} 年度的经费已由区里拨付，站点不能修改或删除。已恢复区里的金额。",
    "district_row": "这条记录属于区里，站点不能修改。已恢复区里的内容。",
    "allocation_taken": "区里已拨付 {year} 年度的经费；本机录入的金额已撤回，以区里的为准。",
    "allocation_second": "本站点已有 {year} 年度的经费记录；第二条已撤回。",
    "both_changed": "同一字段在本机和区服务器上都被修改过；两边的内容都保留在冲突记录中。",
    "value_not_integer": "“{table}”的字段 {field} 必须是整数，未予应用。",
    "value_not_flag": "“{table}”的字段 {field} 只能是 0 或 1，未予应用。",
    "value_range": "“{table}”的字段 {field} 必须在 {low} 到 {high} 之间，未予应用。",
    "value_not_text": "“{table}”的字段 {field} 必须是文字，未予应用。",
    "value_too_long": "“{table}”的字段 {field} 超过 {max_len} 个字符，未予应用。",
    "value_bad_char": "“{table}”的字段 {field} 含有无法保存的字符，未予应用。",
    "value_not_date": "“{table}”的字段 {field} 必须是日期（年-月-日），未予应用。",
    "value_not_time": "“{table}”的字段 {field} 必须是时间（时:分 或 时:分:秒），未予应用。",
    "value_not_moment": "“{table}”的字段 {field} 必须是 ISO 8601 格式的日期时间"
    "（如 2025-03-01T08:00:00Z），未予应用。",
    "server_text": "区服务器说明：{text}",
}
# Codes about a whole request's shape: a program fault, not the secretary's; shown in the
# "refused (HTTP 422): ..." error, which names the code. And the server's load (503/429):
# the sync engine waits and tries again, so no operation ever carries these.
REQUEST_CODES = frozenset(
    {
        "protocol_version",
        "not_json",
        "not_object",
        "missing",
        "not_integer",
        "out_of_range",
        "not_boolean",
        "not_text",
        "text_shape",
        "not_list",
        "too_many",
        "not_one_of",
        "bad_stamp",
        "not_scalar",
        "not_finite",
        "bad_char",
        "server_busy",
        "station_busy",
        "predecessor_missing",  # a pipelined batch out of turn: the engine sends again
    }
)


def attention_reason(code: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """What a needs-attention item keeps of a server's reason: the English template (the
    catalogue's key) and the parameters it is filled with."""
    if not code:
        return "", {}
    return REASONS.get(code, UNKNOWN), {**params, "code": code}


def shown_params(params: dict[str, Any]) -> dict[str, Any]:
    """Parameters as the secretary reads them: request states by their Chinese names."""
    out = dict(params)
    for key in ("state", "current", "wanted"):
        if isinstance(out.get(key), str) and out[key] in STATE_LABELS:
            out[key] = STATE_LABELS[out[key]]
    return out
