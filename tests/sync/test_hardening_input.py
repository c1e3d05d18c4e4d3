"""Hardening, item 13: bad input never reaches a 500 - a 4xx with a reason or a per-item
result, on both backends (lone surrogates, NUL on PostgreSQL, huge Upload-* headers,
wrong content types, data after the gzip stream, two stations racing for one row id)."""

from __future__ import annotations

import gzip
import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests

from tests.sync.conftest import ServerProc, Station

SHA = "a" * 64
PLACEHOLDER = "@@bad@@"


def post_text(server: ServerProc, path: str, body: str, station: Station | None = None):
    """POST a JSON text as written: escapes like "\\ud800" reach the server's parser."""
    headers = {"Content-Type": "application/json", **(station.headers if station else {})}
    return requests.post(server.base + path, data=body.encode(), headers=headers, timeout=30)


def with_escape(body: Any, escape: str) -> str:
    """The JSON of `body` with every PLACEHOLDER replaced by a raw JSON escape."""
    return json.dumps(body, ensure_ascii=False).replace(PLACEHOLDER, escape)


def sync_cases(station: Station) -> dict[str, str]:
    """Sync bodies with PLACEHOLDER in one place each."""
    op = station.op("members", {"name": "x"})
    return {
        "value": station.body([{**op, "changes": {"name": PLACEHOLDER}}]),
        "field name": station.body([{**op, "changes": {PLACEHOLDER: "x"}}]),
        "table": station.body([{**op, "table": PLACEHOLDER}]),
        "row_id": station.body([{**op, "row_id": PLACEHOLDER}]),
        "client_node": station.body([op], client_node=PLACEHOLDER),
        "client_app": station.body([op], client_app=PLACEHOLDER),
    }


def ok_or_per_item(r: requests.Response, field: str | None = None) -> None:
    """A 4xx with a reason, or a 200 whose operation was refused on its own."""
    assert r.status_code < 500, r.text
    if r.status_code == 200:
        res = r.json()["results"]
        assert [x["status"] for x in res] == ["rejected"], res
        assert field is None or field in res[0]["reason"], res
    else:
        assert 400 <= r.status_code < 500 and r.json()["detail"], r.text


# -- lone surrogates ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "case", ["value", "field name", "table", "row_id", "client_node", "client_app"]
)
def test_a_lone_surrogate_anywhere_in_a_sync_is_refused(server, station, case):
    body = sync_cases(station)[case]
    r = post_text(server, "/api/v1/sync", with_escape(body, "\\ud800"), station)
    ok_or_per_item(r)
    assert station.sync([])["results"] == []  # the server is fine afterwards


@pytest.mark.parametrize("field", ["code", "client_node"])
def test_a_lone_surrogate_in_an_enrollment_is_refused(server, field):
    code = server.last_line("enroll", server.add_station())
    body = {"code": code, "client_node": "0123456789abcdef", field: PLACEHOLDER}
    r = post_text(server, "/api/v1/enroll", with_escape(body, "\\udfff"))
    assert 400 <= r.status_code < 500, r.text


# -- NUL (PostgreSQL text cannot hold it) -----------------------------------------------
def test_nul_in_client_node_of_a_sync_is_a_422_naming_it(server, station):
    body = station.body([station.op("members", {"name": "x"})], client_node=PLACEHOLDER)
    r = post_text(server, "/api/v1/sync", with_escape(body, "ab\\u0000cd"), station)
    assert r.status_code == 422 and "client_node" in r.json()["detail"], r.text


@pytest.mark.parametrize("field", ["code", "client_node"])
def test_nul_in_an_enrollment_is_refused(server, field):
    code = server.last_line("enroll", server.add_station())
    body = {"code": code, "client_node": "0123456789abcdef", field: PLACEHOLDER}
    r = post_text(server, "/api/v1/enroll", with_escape(body, "ab\\u0000"))
    assert 400 <= r.status_code < 500, r.text
    if field == "client_node":
        assert r.status_code == 422 and "client_node" in r.json()["detail"]


@pytest.mark.parametrize(
    "table,field",
    [
        ("members", "name"),
        ("members", "notes"),
        ("members", "birth_date"),
        ("requests", "state"),
        ("expenses", "date"),
        ("meetings", "start_time"),
        ("requests", "due_at"),
    ],
)
def test_nul_in_any_value_is_rejected_per_item_naming_the_field(server, station, table, field):
    op = station.op(table, {field: PLACEHOLDER})
    r = post_text(server, "/api/v1/sync", with_escape(station.body([op]), "a\\u0000"), station)
    assert r.status_code == 200, r.text
    ok_or_per_item(r, field)


def test_ids_with_a_trailing_newline_are_refused(server, station):
    """`$` matches before a final newline: "<64 chars>\\n" would not fit the column."""
    op = station.op("members", {"name": "x"})
    for key, value in [("row_id", "a" * 64 + "\n"), ("op_id", "0" * 32 + "\n")]:
        r = station.post(station.body([{**op, key: value}]))
        assert r.status_code == 422 and key in r.json()["detail"], r.text


def test_a_blob_hash_with_a_trailing_newline_is_refused(server, station):
    headers = {**station.headers, "Upload-Offset": "0", "Upload-Length": "1"}
    r = requests.patch(
        f"{server.base}/api/v1/blobs/{SHA}%0A", data=b"x", headers=headers, timeout=30
    )
    assert r.status_code == 400 and "sha256" in r.json()["detail"], r.text
    r = requests.post(
        server.base + "/api/v1/blobs/missing",
        json={"hashes": [SHA + "\n"]},
        headers=station.headers,
        timeout=30,
    )
    assert r.status_code == 422, r.text


# -- Upload-Offset / Upload-Length ------------------------------------------------------
@pytest.mark.parametrize(
    "offset,length",
    [
        ("1" * 4301, "10"),
        ("0", "9" * 5000),
        ("0" * 5000, "10"),
        ("\u00b2", "10"),  # "²": str.isdigit() says yes, int() says no
        ("0", "\u00b9\u00b2"),
        ("-1", "10"),
        ("0", ""),
    ],
)
def test_bad_upload_headers_are_a_400_with_a_reason(server, station, offset, length):
    headers = {
        **station.headers,
        "Upload-Offset": offset.encode("latin-1"),
        "Upload-Length": length.encode("latin-1"),
        "Content-Type": "application/offset+octet-stream",
    }
    url = f"{server.base}/api/v1/blobs/{SHA}"
    r = requests.patch(url, data=b"0123456789", headers=headers, timeout=30)
    assert r.status_code == 400, r.text
    assert "Upload-" in r.json()["detail"]
    r = requests.head(url, headers=headers, timeout=30)  # HEAD reads none of them
    assert r.status_code == 200 and r.headers["Upload-Offset"] == "0"


def test_an_upload_length_beyond_the_limit_is_still_a_413(server, station):
    headers = {**station.headers, "Upload-Offset": "0", "Upload-Length": str(10**18)}
    r = requests.patch(f"{server.base}/api/v1/blobs/{SHA}", data=b"x", headers=headers, timeout=30)
    assert r.status_code == 413, r.text


# -- two stations, one new row id, the same moment -------------------------------------
def post_at_once(stations: list[Station], bodies: list[Any]) -> list[requests.Response]:
    """Each station posts its body; all are released at the same moment."""
    gate = threading.Barrier(len(stations))

    def send(s: Station, body: Any) -> requests.Response:
        gate.wait(30)
        return s.post(body)

    with ThreadPoolExecutor(len(stations)) as pool:
        return list(pool.map(send, stations, bodies))


def test_two_stations_inserting_one_row_id_at_once_get_one_ok(server):
    pair = [server.enroll(server.add_station(name)) for name in ("甲站", "乙站")]
    for round_no in range(10):
        row_id = str(uuid.uuid4())
        bodies = [
            s.body([s.op("members", {"name": f"{round_no}"}, row_id), s.op("members", {})])
            for s in pair
        ]
        answers = post_at_once(pair, bodies)
        assert [r.status_code for r in answers] == [200, 200], [r.text for r in answers]
        results = [r.json()["results"] for r in answers]
        assert sorted(x[0]["status"] for x in results) == ["ok", "rejected"], results
        loser = next(x[0] for x in results if x[0]["status"] == "rejected")
        assert "another station" in loser["reason"]
        assert [x[1]["status"] for x in results] == ["ok", "ok"]  # the rest of the batch
    # each station holds its own rows only: one member per round each, none lost
    counts = [s.sync([])["checksums"]["members"]["rows"] for s in pair]
    assert sum(counts) == 30, counts


# -- content types and gzip -------------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/v1/sync", "/api/v1/enroll", "/api/v1/blobs/missing"])
@pytest.mark.parametrize(
    "content_type", ["text/plain", "multipart/form-data; boundary=x", "application/xml"]
)
def test_a_body_in_another_content_type_is_a_415(server, station, path, content_type):
    body = json.dumps(station.body([])).encode()
    headers = {**station.headers, "Content-Type": content_type}
    r = requests.post(server.base + path, data=body, headers=headers, timeout=30)
    assert r.status_code == 415, r.text
    assert "application/json" in r.json()["detail"]


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "APPLICATION/JSON"])
def test_json_content_types_are_taken(server, station, content_type):
    body = json.dumps(station.body([])).encode()
    headers = {**station.headers, "Content-Type": content_type}
    r = requests.post(server.base + "/api/v1/sync", data=body, headers=headers, timeout=30)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    "tail", [b"junk", b"\x00", gzip.compress(b"{}", mtime=0)], ids=["junk", "nul", "second-gzip"]
)
def test_data_after_the_gzip_stream_is_a_400(server, station, tail):
    raw = gzip.compress(json.dumps(station.body([])).encode()) + tail
    headers = {**station.headers, "Content-Type": "application/json", "Content-Encoding": "gzip"}
    r = requests.post(server.base + "/api/v1/sync", data=raw, headers=headers, timeout=30)
    assert r.status_code == 400 and "gzip" in r.json()["detail"], r.text


def test_openapi_lists_the_new_answers(server):
    paths = requests.get(server.base + "/openapi.json", timeout=10).json()["paths"]
    for path, method in [
        ("/api/v1/sync", "post"),
        ("/api/v1/enroll", "post"),
        ("/api/v1/blobs/missing", "post"),
        ("/api/v1/blobs/{sha}", "patch"),
    ]:
        codes = set(paths[path][method]["responses"])
        assert {"400", "413", "415", "422"} <= codes, (path, codes)
    assert "415" not in paths["/api/v1/checksums"]["get"]["responses"]
