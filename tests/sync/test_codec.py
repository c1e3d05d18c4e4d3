"""The sync contract's codec (linju_sync.protocol.codec), property-based: every message
survives encode -> JSON -> decode unchanged in both response forms; any other input is
refused with a reason code (DecodeError), never another exception; and the JSON Schema the
server publishes accepts exactly what the decoder accepts."""

from __future__ import annotations

import json
import string
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linju_sync.protocol import codec
from linju_sync.protocol.codec import DecodeError
from linju_sync.protocol.messages import (
    Checksum,
    FeedOperation,
    Operation,
    OpResult,
    SyncRequest,
    SyncResponse,
)
from linju_sync.protocol.reasons import REASONS, UNKNOWN, Reason, render

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits

op_ids = st.text(HEX, min_size=32, max_size=32)
names = st.text(ALNUM + "_", min_size=1, max_size=64)
row_ids = st.text(ALNUM + "-", min_size=1, max_size=64)
stamps = st.builds(
    lambda ms, c, node: f"{ms:013d}-{c:04X}-{node}",
    st.integers(0, 10**13 - 1),
    st.integers(0, 0xFFFF),
    st.text(ALNUM, min_size=16, max_size=16),
)
counts = st.integers(0, codec.MAX_COUNT)
scalars = (
    st.none()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
changes = st.dictionaries(names, scalars, max_size=5)
printable = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=64)

operations = st.builds(
    Operation, op_ids, names, row_ids, st.sampled_from(["insert", "update", "tombstone"]),
    stamps, st.none() | stamps, changes,
)  # fmt: skip
requests = st.builds(
    SyncRequest,
    protocol=st.just(1),
    operations=st.lists(operations, max_size=5),
    upload_seq=counts,
    download_cursor=counts,
    client_time=counts,
    client_node=printable,
    want_checksums=st.booleans(),
    client_app=printable.map(lambda t: t[:80]),
    compact=st.booleans(),
)
sides = st.fixed_dictionaries({"local": scalars, "server": scalars, "kept": scalars})
codes = st.sampled_from(sorted(REASONS)) | st.just("a_code_from_a_newer_server")


@st.composite
def results(draw: Any, op_id: str) -> OpResult:
    status = draw(st.sampled_from(["ok", "duplicate", "mismatch", "rejected", "conflict"]))
    if status == "ok":
        return OpResult(op_id, "ok")
    params = draw(st.dictionaries(names, scalars, max_size=3))
    conflict = draw(st.none() | st.dictionaries(names, sides, min_size=1, max_size=3))
    return OpResult(op_id, status, draw(codes), params, conflict)


@st.composite
def responses(draw: Any) -> tuple[SyncResponse, list[Operation]]:
    sent = draw(st.lists(operations, max_size=6, unique_by=lambda o: o.op_id))
    feed = draw(
        st.lists(
            st.builds(
                FeedOperation,
                st.integers(1, codec.MAX_COUNT),
                op_ids,
                names,
                row_ids,
                st.sampled_from(["insert", "update", "tombstone"]),
                stamps,
                changes,
            ),
            max_size=4,
        )
    )
    sums = draw(
        st.none()
        | st.dictionaries(
            names, st.builds(Checksum, counts, st.text(HEX, min_size=32, max_size=32)), max_size=3
        )
    )
    resp = SyncResponse(
        protocol=1,
        results=[draw(results(op.op_id)) for op in sent],
        operations=feed,
        next_cursor=draw(counts),
        has_more=draw(st.booleans()),
        server_time=draw(counts),
        warnings=draw(
            st.lists(
                st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=50),
                max_size=2,
            )
        ),
        checksums=sums,
    )
    return resp, sent


def wire(body: Any) -> Any:
    """What the other side reads: the JSON text, as the transport writes it."""
    return json.loads(json.dumps(body, ensure_ascii=False, separators=(",", ":")))


# -- round trips ---------------------------------------------------------------------------
@given(requests)
def test_a_request_survives_the_wire(req):
    body = codec.encode_request(req)
    assert schema_accepts(body, codec.request_schema())
    assert codec.decode_request(wire(body)) == req


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(responses())
def test_a_full_response_survives_the_wire(case):
    resp, sent = case
    body = codec.encode_response(resp)
    assert schema_accepts(body, codec.response_schema())
    assert codec.decode_response(wire(body)) == resp
    assert codec.decode_response(wire(body), sent) == resp


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(responses())
def test_a_compact_response_leaves_out_the_ok_results_and_nothing_else(case):
    resp, sent = case
    body = codec.encode_response(resp, compact=True)
    assert schema_accepts(body, codec.response_schema())
    assert all(r["status"] != "ok" and "reason" not in r for r in body.get("results", []))
    back = codec.decode_response(wire(body), sent)
    ok = sum(r.status == "ok" for r in resp.results)
    assert back == SyncResponse(**{**vars(resp), "ok": ok})


def test_the_full_form_still_carries_english_for_stations_before_codes():
    op = "a" * 32
    resp = SyncResponse(1, [OpResult(op, "rejected", "deleted_flag")], [], 0, False, 0)
    [raw] = codec.encode_response(resp)["results"]
    assert raw == {
        "op_id": op,
        "status": "rejected",
        "code": "deleted_flag",
        "reason": "deleted must be 0 or 1.",
    }
    # and an answer from a server before codes reads as its English text
    old = {**codec.encode_response(resp), "results": [{"op_id": op, "status": "rejected",
           "reason": "Some old text.", "conflict": None}]}  # fmt: skip
    [r] = codec.decode_response(old).results
    assert (r.code, r.params, r.reason) == (
        "server_text",
        {"text": "Some old text."},
        "Some old text.",
    )


def test_a_compact_answer_must_account_for_every_operation_sent():
    ops = [Operation(c * 32, "members", "r", "update", "0" * 13 + "-0000-" + "a" * 16, None, {})
           for c in "ab"]  # fmt: skip
    body = {"protocol": 1, "next_cursor": 0, "has_more": False, "server_time": 0, "ok": 1}
    with pytest.raises(DecodeError):
        codec.decode_response(body, ops)  # two sent, one accounted for
    foreign = {**body, "ok": 2, "results": [{"op_id": "c" * 32, "status": "rejected"}]}
    with pytest.raises(DecodeError):
        codec.decode_response(foreign, ops)
    assert [r.status for r in codec.decode_response({**body, "ok": 2}, ops).results] == ["ok"] * 2
    # the same operation twice in a batch: one ok (left out), one duplicate
    twice = {**body, "results": [{"op_id": ops[0].op_id, "status": "duplicate"}]}
    got = codec.decode_response(twice, [ops[0], ops[0]]).results
    assert sorted(r.status for r in got) == ["duplicate", "ok"]


# -- malformed input -------------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def mutate(body: Any, data: st.DataObject) -> Any:
    """body with one value somewhere replaced by any JSON, or one key removed."""
    if isinstance(body, dict) and body:
        key = data.draw(st.sampled_from(sorted(body)))
        if data.draw(st.booleans()):
            return {k: v for k, v in body.items() if k != key}
        return {**body, key: mutate(body[key], data)}
    if isinstance(body, list) and body:
        i = data.draw(st.integers(0, len(body) - 1))
        return [*body[:i], mutate(body[i], data), *body[i + 1 :]]
    return data.draw(json_values)


def refused_with_a_reason(decode: Any, raw: Any) -> Any:
    """decode(raw), or None when it refused with a reason code; any other exception fails."""
    try:
        return decode(raw)
    except DecodeError as exc:
        assert exc.code in REASONS and exc.status in (422, 426)
        assert str(exc) == render(exc.code, exc.params) and "{" not in str(exc)
        return None


VALIDATORS: dict[str, Any] = {}


def schema_accepts(raw: Any, schema: dict[str, Any]) -> bool:
    """JSON Schema 2020-12, as OpenAPI 3.1 (and schemathesis) read it."""
    key = json.dumps(schema, sort_keys=True)
    if key not in VALIDATORS:
        VALIDATORS[key] = jsonschema_rs.Draft202012Validator(schema)
    return VALIDATORS[key].is_valid(raw)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_any_json_is_decoded_or_refused_with_a_reason(raw):
    refused_with_a_reason(codec.decode_request, raw)
    refused_with_a_reason(codec.decode_response, raw)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(requests, st.data())
def test_a_damaged_request_is_refused_exactly_when_the_schema_refuses_it(req, data):
    raw = wire(mutate(codec.encode_request(req), data))
    decoded = refused_with_a_reason(codec.decode_request, raw)
    assert (decoded is not None) == schema_accepts(raw, codec.request_schema()), raw


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(responses(), st.data())
def test_a_damaged_response_is_refused_exactly_when_the_schema_refuses_it(case, data):
    resp, _ = case
    compact = data.draw(st.booleans())
    raw = wire(mutate(codec.encode_response(resp, compact=compact), data))
    decoded = refused_with_a_reason(codec.decode_response, raw)
    assert (decoded is not None) == schema_accepts(raw, codec.response_schema()), raw


def test_another_protocol_version_is_426_before_any_other_fault():
    with pytest.raises(DecodeError) as err:
        codec.decode_request({"protocol": 2, "operations": "not a list"})
    assert (err.value.status, err.value.code) == (426, "protocol_version")


def test_a_bundle_request_may_carry_more_than_a_batch():
    op = codec.encode_request(
        SyncRequest(
            1,
            [
                Operation(
                    "a" * 32, "members", "r", "insert", "0" * 13 + "-0000-" + "a" * 16, None, {}
                )
            ],
            0,
            0,
            0,
            "",
        )
    )["operations"][0]
    body = {"protocol": 1, "operations": [op] * 501}
    with pytest.raises(DecodeError) as err:
        codec.decode_request(body)
    assert (err.value.code, err.value.params["max"]) == ("too_many", 500)
    assert len(codec.decode_request(body, max_ops=None).operations) == 501


# -- reasons ---------------------------------------------------------------------------------
def test_every_reason_renders_with_its_parameters_and_an_unknown_code_says_so():
    assert Reason(
        "stamp_ahead", {"stamped": "2030-01-01 00:00 UTC", "limit_days": 7}
    ).english() == (
        "The change is stamped 2030-01-01 00:00 UTC, more than 7 days ahead of the district "
        "server's clock; set this computer's date and time. Not applied."
    )
    assert render("no_such_code", {}) == UNKNOWN.format(code="no_such_code")
    assert render("value_range", {}) == REASONS["value_range"]  # never raises
