"""Bad input gets a 4xx with a reason and nothing half-applied; never a 500."""

from __future__ import annotations

import gzip
import json

import requests
from linju_sync.protocol.messages import MAX_BODY_BYTES


def raw_post(server, station, data: bytes, **headers):
    return requests.post(
        server.base + "/api/v1/sync",
        data=data,
        headers={**station.headers, "Content-Type": "application/json", **headers},
        timeout=30,
    )


def test_malformed_json_and_gzip(server, station):
    r = raw_post(server, station, b"{not json")
    assert r.status_code == 400 and "JSON" in r.json()["detail"]
    r = raw_post(server, station, b"\x1f\x8bgarbage", **{"Content-Encoding": "gzip"})
    assert r.status_code == 400
    r = raw_post(server, station, gzip.compress(b"{}")[:-6], **{"Content-Encoding": "gzip"})
    assert r.status_code == 400
    r = raw_post(server, station, b"{}", **{"Content-Encoding": "br"})
    assert r.status_code == 415


def test_oversized_bodies_are_413_before_and_after_gunzip(server, station):
    r = raw_post(server, station, b" " * (MAX_BODY_BYTES + 1))
    assert r.status_code == 413
    bomb = gzip.compress(b" " * (MAX_BODY_BYTES * 3))  # small on the wire
    r = raw_post(server, station, bomb, **{"Content-Encoding": "gzip"})
    assert r.status_code == 413


def test_wrong_shapes_are_422_and_nothing_is_half_applied(server, station):
    good = station.op("members", {"name": "好"})
    cases = [
        [],
        {"protocol": 1},
        {"protocol": "1", "operations": []},
        station.body([good, {"op_id": "x"}]),
        station.body([good, {**station.op("members", {}), "hlc": "yesterday"}]),
        station.body([good, {**station.op("members", {}), "kind": "drop"}]),
        station.body([good, {**station.op("members", {}), "changes": {"name": ["a"]}}]),
        station.body([good, {**station.op("members", {}), "row_id": "../../etc"}]),
        station.body([good], download_cursor=-1),
        station.body([good], upload_seq=True),
        station.body([good], want_checksums="yes"),
        station.body([good] * 501),
    ]
    for body in cases:
        r = station.post(body)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["detail"]
    # none of those applied the good operation
    assert station.sync([good])["results"][0]["status"] == "ok"


def test_another_protocol_version_is_426(station):
    r = station.post(station.body([], protocol=2))
    assert r.status_code == 426 and "protocol" in r.json()["detail"]


def test_unknown_tables_and_fields_reject_only_that_operation(station):
    ops = [
        station.op("secret_table", {"x": 1}),
        station.op("members", {"name": "甲", "salary": 1}),
        station.op("members", {"name": "乙"}),
        station.op("members", {"name": "丙", "deleted": 7}),
    ]
    res = station.sync(ops)["results"]
    assert [r["status"] for r in res] == ["rejected", "rejected", "ok", "rejected"]
    assert "salary" in res[1]["reason"]
    # reasons are codes with parameters; the English stays for stations from before codes
    assert [(r.get("code"), r.get("params")) for r in res] == [
        ("unknown_table", {"table": "secret_table"}),
        ("unknown_fields", {"fields": "salary", "table": "members"}),
        (None, None),
        ("deleted_flag", None),
    ]


def test_the_compact_answer_carries_only_what_was_not_ok(station):
    ops = [station.op("members", {"name": "甲"}), station.op("secret_table", {"x": 1})]
    resp = station.sync(ops, compact=True)
    assert resp["ok"] == 1 and resp["results"] == [
        {
            "op_id": ops[1]["op_id"],
            "status": "rejected",
            "code": "unknown_table",
            "params": {"table": "secret_table"},
        }
    ]
    assert "warnings" not in resp and "operations" not in resp and resp["checksums"]


def test_a_wrong_shape_is_a_422_naming_its_code_and_place(station):
    op = {**station.op("members", {}), "row_id": "../../etc"}
    r = station.post(station.body([station.op("members", {"name": "好"}), op]))
    assert r.status_code == 422, r.text
    body = r.json()
    assert (body["code"], body["params"]["path"]) == ("text_shape", "operations[1].row_id")
    assert body["detail"].startswith("operations[1].row_id must be")


def test_out_of_order_stamps_are_rejected(station):
    m = station.op("members", {"name": "甲"})
    station.sync([m])
    bad = station.op("members", {"name": "乙"}, m["row_id"], "update")
    bad["prev_hlc"] = bad["hlc"]
    assert station.sync([bad])["results"][0]["status"] == "rejected"


def test_responses_are_gzipped_when_asked(server, station):
    ops = [station.op("members", {"name": "长" * 50}) for _ in range(50)]
    r = station.post(station.body(ops))
    assert r.status_code == 200 and r.headers.get("Content-Encoding") == "gzip"
    assert len(r.json()["results"]) == 50


def test_openapi_is_served(server):
    spec = requests.get(server.base + "/openapi.json", timeout=10).json()
    assert "/api/v1/sync" in spec["paths"] and "/api/v1/blobs/{sha}" in spec["paths"]
    body = spec["paths"]["/api/v1/sync"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["required"] == ["protocol", "operations"]


def test_random_bytes_and_json_to_every_endpoint_never_500(server, station):
    """A hypothesis fuzzer over the endpoints (schemathesis runs in test_server_fuzz.py)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda kids: (
            st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
        ),
        max_leaves=12,
    )
    op_like = st.fixed_dictionaries(
        {},
        optional={
            "op_id": st.sampled_from(["0" * 32, "f" * 32, "x"]) | st.text(max_size=4),
            "table": st.sampled_from(["members", "requests", "expenses", "meetings", "zz"]),
            "row_id": st.sampled_from(["r1", "r2", "../x", ""]),
            "kind": st.sampled_from(["insert", "update", "tombstone", "x"]),
            "hlc": st.sampled_from(["0000000000001-0000-aaaaaaaaaaaaaaaa", "bad", ""]),
            "prev_hlc": st.none() | st.sampled_from(["0000000000000-0000-aaaaaaaaaaaaaaaa"]),
            "changes": st.dictionaries(
                st.sampled_from(["name", "state", "deleted", "q"]), json_values, max_size=3
            ),
        },
    )
    sync_like = st.fixed_dictionaries(
        {"protocol": st.sampled_from([1, 2, "1", None])},
        optional={
            "operations": st.lists(op_like, max_size=4) | json_values,
            "download_cursor": st.integers(-5, 2**70) | json_values,
            "client_time": st.integers(),
            "want_checksums": st.booleans() | json_values,
        },
    )
    endpoints = [
        ("POST", "/api/v1/sync"),
        ("POST", "/api/v1/enroll"),
        ("POST", "/api/v1/blobs/missing"),
        ("PATCH", "/api/v1/blobs/" + "a" * 64),
        ("HEAD", "/api/v1/blobs/" + "a" * 64),
        ("GET", "/api/v1/checksums"),
        ("GET", "/api/v1/status"),
        ("GET", "/api/v1/community/stations"),
    ]
    session = requests.Session()

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        st.sampled_from(endpoints),
        st.one_of(
            sync_like.map(json.dumps),
            json_values.map(json.dumps),
            st.text(),
            st.binary().map(lambda b: b.decode("latin-1")),
        ),
        st.booleans(),
        st.dictionaries(
            st.sampled_from(["Upload-Offset", "Upload-Length", "Content-Encoding"]),
            st.text(alphabet="0123456789-gzip", min_size=1, max_size=6),
            max_size=3,
        ),
    )
    def probe(endpoint, body, authed, extra):
        method, path = endpoint
        headers = dict(extra)
        if authed:
            headers.update(station.headers)
        r = session.request(
            method,
            server.base + path,
            data=body.encode("utf-8", "surrogatepass"),
            headers=headers,
            timeout=30,
        )
        assert r.status_code < 500, (method, path, body[:200], r.text[:300])

    probe()
    session.close()
