"""The server's quicker routes for each uploaded operation give exactly what the long
routes give (property-based): the decoding of a request's operations (codec), the value
checks (protocol.tables.value_fault), the digest and the row's data and stamps as stored
(server.rowstore). A digest that changed would make every retry across an upgrade a
"mismatch"; a check that took more would let a bad value in."""

from __future__ import annotations

import datetime as dt
import json
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linju_sync.protocol import codec
from linju_sync.protocol.codec import OPERATION, DecodeError, ListOfOperations
from linju_sync.protocol.jsonspec import ListOf
from linju_sync.protocol.messages import Operation
from linju_sync.protocol.tables import _FITTING, _FITTING_MAX, FIELDS, _first_fault, value_fault
from linju_sync.server.common import dumps
from linju_sync.server.rowstore import _dumps, canonical, stamps_json, without_deleted

ALNUM = string.ascii_letters + string.digits
STAMP = "1764437000000-0000-abcdef0123456789"
# text that is plain, text that needs escaping, text no database takes, and the rest
texts = (
    st.text(max_size=12)
    | st.sampled_from(["张建国", 'a"b\\c', ',"deleted":0', "\x00", "\ud800", "x" * 1001])
    | st.sampled_from(["2025-03-01", "2025-02-30", "20250301", "08:30", "25:00", "2025-03-01T08:00:00Z"])
)  # fmt: skip
values = (
    st.none()
    | st.booleans()
    | st.integers(-(10**15), 10**15)
    | st.sampled_from([0, 1, 2, -1, 1900, 3000, 0.0, 1.5, float("nan")])
    | texts
)
field_names = st.sampled_from(sorted({f for cols in FIELDS.values() for f in cols} | {"deleted"}))
tables = st.sampled_from([*sorted(FIELDS), "no_such_table"])


@given(tables, st.dictionaries(field_names | st.text(ALNUM, max_size=3), values, max_size=8))
def test_the_quick_value_check_names_the_same_first_fault(table, changes):
    assert value_fault(table, changes) == _first_fault(table, changes)


def raw_operation(draw: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "op_id": draw(st.sampled_from(["0" * 32, "a" * 32, "A" * 32, "0" * 31, 5])),
        "table": draw(st.sampled_from(["members", "a_b", "bad-name", "", None])),
        "row_id": draw(st.sampled_from(["r-1", "x" * 64, "x" * 65, "r 1", 7])),
        "kind": draw(st.sampled_from(["insert", "update", "tombstone", "delete", 1])),
        "hlc": draw(st.sampled_from([STAMP, STAMP.lower(), "1", None])),
        "changes": draw(
            st.dictionaries(st.sampled_from(["name", "deleted", "a-b", ""]), values, max_size=4)
            | st.sampled_from([[], None, "x"])
        ),
    }
    prev = draw(st.sampled_from(["absent", None, STAMP, "x", 3]))
    if prev != "absent":
        op["prev_hlc"] = prev
    for key in draw(st.sets(st.sampled_from(sorted(op)), max_size=1)):
        del op[key]  # a field missing
    return op


@st.composite
def operation_lists(draw: Any) -> Any:
    ops = [raw_operation(draw) for _ in range(draw(st.integers(0, 4)))]
    return draw(st.sampled_from([ops, ops, ops, {"not": "a list"}, [*ops, "not an op"]]))


def outcome(decode: Any, raw: Any) -> Any:
    try:
        return decode(raw, "operations")
    except DecodeError as exc:
        return ("refused", exc.code, exc.params, exc.status)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(operation_lists())
def test_the_quick_decoding_of_operations_is_the_long_one(raw):
    quick = ListOfOperations(OPERATION, 3)
    assert outcome(quick.decode, raw) == outcome(ListOf(OPERATION, 3).decode, raw)


def test_a_request_of_sound_operations_decodes_the_quick_way_to_the_same():
    ops = [
        {"op_id": f"{i:032x}", "table": "members", "row_id": f"r-{i}", "kind": "insert",
         "hlc": STAMP, "changes": {"name": "张建国", "deleted": 0, "x": 1.5, "y": None}}
        for i in range(3)
    ]  # fmt: skip
    body = {"protocol": 1, "operations": ops}
    req = codec.decode_request(json.loads(json.dumps(body)))
    assert req.operations == [
        Operation(o["op_id"], "members", o["row_id"], "insert", STAMP, None, o["changes"])
        for o in ops
    ]


def storable(v: Any) -> bool:
    """What reaches a digest: the decoder refuses NaN and lone surrogates first."""
    return v == v and not (isinstance(v, str) and "\ud800" in v)


stamps = st.sampled_from([STAMP, "1764437000000-0001-abcdef0123456789", "", 'we"ird'])
operations = st.builds(
    Operation,
    st.just("0" * 32),
    st.sampled_from(["members", "a_b", 'we"ird', "表"]),
    st.sampled_from(["r-1", "r\\1"]),
    st.sampled_from(["insert", "update", "tombstone"]),
    stamps,
    st.none() | stamps,
    st.dictionaries(field_names | st.text(max_size=4), values.filter(storable), max_size=6),
)


@given(operations, st.sampled_from([0, 1]))
def test_one_encoding_gives_the_digest_and_the_rows_data(op, flag):
    digest, changes_json = canonical(op)
    assert digest == op.digest()
    assert json.loads(changes_json) == op.changes
    with_flag = Operation(**{**op.__dict__, "changes": {**op.changes, "deleted": flag}})
    _, flagged = canonical(with_flag)
    data = without_deleted(flagged, flag)
    assert data is not None
    assert json.loads(data) == {k: v for k, v in op.changes.items() if k != "deleted"}
    assert without_deleted(flagged, True) is None  # only a plain 0 or 1 is taken out


@given(
    st.lists(field_names | st.text(max_size=3), max_size=6),
    st.lists(stamps, min_size=1, max_size=2),
    st.sampled_from([0, 7, True, 1.5]),
    st.booleans(),
)
def test_stamps_are_written_as_the_encoder_writes_them(names, hlcs, seq, shared):
    one = [hlcs[0], seq]
    stamps_of = (
        dict.fromkeys(names, one) if shared else {n: [hlcs[i % len(hlcs)], 0] for i, n in enumerate(names)}
    )  # fmt: skip
    assert stamps_json(stamps_of) == dumps(stamps_of)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(st.dictionaries(st.text(max_size=4), json_values, max_size=6))
def test_the_kept_sorted_encoder_writes_what_json_writes(changes):
    # canonical() keeps one C encoder; the digest's text must be json's, nested values too
    op = Operation("0" * 32, "members", "r-1", "update", STAMP, None, changes)
    _, changes_json = canonical(op)
    assert changes_json == json.dumps(
        changes, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    assert _dumps(changes) == dumps(changes)  # rows' data and stamps as common.dumps


def test_a_remembered_fitting_text_fits_only_its_own_kind():
    # value_fault remembers texts that fit a date, time or moment field, per kind
    assert value_fault("members", {"birth_date": "2025-03-01"}) is None
    assert value_fault("members", {"birth_date": "2025-03-01"}) is None
    assert value_fault("meetings", {"start_time": "2025-03-01"}) == _first_fault(
        "meetings", {"start_time": "2025-03-01"}
    )
    assert value_fault("meetings", {"start_time": "2025-03-01"}) is not None
    assert value_fault("members", {"birth_date": "2025-02-30"}) is not None
    for day in range(1, 5000):
        text = (dt.date(2000, 1, 1) + dt.timedelta(days=day)).isoformat()
        assert value_fault("members", {"birth_date": text}) is None
    assert len(_FITTING["date"]) <= _FITTING_MAX
    assert value_fault("members", {"birth_date": "2025-02-30"}) is not None
