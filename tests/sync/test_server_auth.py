"""Enrollment, tokens, and who may read or write what."""

from __future__ import annotations

import requests


def test_status_answers_without_a_token_and_names_the_station_with_one(server, station):
    r = requests.get(server.base + "/api/v1/status", timeout=10)
    assert r.status_code == 200 and r.json()["station_id"] is None
    r = requests.get(server.base + "/api/v1/status", headers=station.headers, timeout=10)
    assert r.json()["station_id"] == station.id
    assert r.json()["station_name"] == "一号小区"


def test_an_enrollment_code_works_once(server):
    sid = server.add_station("二号")
    code = server.last_line("enroll", sid)
    first = requests.post(server.base + "/api/v1/enroll", json={"code": code}, timeout=10)
    assert first.status_code == 200
    assert set(first.json()) == {"station_id", "station_name", "token", "district_keys"}
    again = requests.post(server.base + "/api/v1/enroll", json={"code": code}, timeout=10)
    assert again.status_code == 403 and "already used" in again.json()["detail"]
    bad = requests.post(server.base + "/api/v1/enroll", json={"code": "AAAA-BBBB"}, timeout=10)
    assert bad.status_code == 403 and "unknown" in bad.json()["detail"]


def test_an_expired_code_is_refused(server):
    sid = server.add_station("三号")
    code = server.last_line("enroll", sid)
    from sqlalchemy import create_engine, text

    engine = create_engine(server.url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as c:
        c.execute(
            text(
                "UPDATE enrollment_codes SET expires_at = '2000-01-01T00:00:00Z' "
                "WHERE station_id = :s"
            ),
            {"s": sid},
        )
    engine.dispose()
    r = requests.post(server.base + "/api/v1/enroll", json={"code": code}, timeout=10)
    assert r.status_code == 403 and "expired" in r.json()["detail"]


def test_codes_and_tokens_are_stored_hashed(server, station):
    from sqlalchemy import create_engine, text

    engine = create_engine(server.url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as c:
        dump = " ".join(
            str(v)
            for table in ("stations", "enrollment_codes")
            for row in c.execute(text(f"SELECT * FROM {table}"))
            for v in row
        )
    engine.dispose()
    assert station.token not in dump


def test_missing_bad_and_revoked_tokens_get_401(server, station):
    url = server.base + "/api/v1/sync"
    body = station.body([])
    assert requests.post(url, json=body, timeout=10).status_code == 401
    r = requests.post(url, json=body, headers={"Authorization": "Bearer nope"}, timeout=10)
    assert r.status_code == 401 and "unknown token" in r.json()["detail"]
    assert station.post(body).status_code == 200
    server.cli("revoke", station.id)
    r = station.post(body)
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    r = requests.get(server.base + "/api/v1/checksums", headers=station.headers, timeout=10)
    assert r.status_code == 401


def test_re_enrolling_replaces_the_old_token(server, station):
    newer = server.enroll(station.id)
    assert newer.post(newer.body([])).status_code == 200
    assert station.post(station.body([])).status_code == 401


def test_a_station_cannot_write_or_read_another_stations_rows(server):
    a = server.enroll(server.add_station("A"))
    b = server.enroll(server.add_station("B"))
    ins = a.op("members", {"name": "甲"})
    assert a.sync([ins])["results"][0]["status"] == "ok"
    # B tries to change A's member, by insert and by update
    steal = b.op("members", {"name": "乙"}, row_id=ins["row_id"], kind="update")
    claim = b.op("members", {"name": "乙"}, row_id=ins["row_id"])
    res = b.sync([steal, claim])["results"]
    assert [r["status"] for r in res] == ["rejected", "rejected"]
    assert "another station" in res[0]["reason"]
    # B sees nothing of A: no feed, checksums count none of A's rows
    resp = b.sync([])
    assert resp["operations"] == []
    assert resp["checksums"]["members"]["rows"] == 0
    # the payload's station means nothing: the token decides
    resp = b.sync([], station_id=a.id)
    assert resp["checksums"]["members"]["rows"] == 0
    assert a.sync([])["checksums"]["members"]["rows"] == 1
    # A's row is unchanged
    exported = server.cli("export", "--station", a.id, "--out", str(server.data_dir / "a.json"))
    assert exported.returncode == 0
    import json

    rows = json.loads((server.data_dir / "a.json").read_text())["tables"]["members"]
    assert [r["name"] for r in rows] == ["甲"]


def test_a_community_account_reads_only_its_stations(server):
    mine = server.enroll(server.add_station("东一", community="东风社区"))
    other = server.enroll(server.add_station("西一", community="西湖社区"))
    mine.sync([mine.op("members", {"name": "东"})])
    other.sync([other.op("members", {"name": "西"})])
    token = server.last_line("add-account", "东风社区")
    h = {"Authorization": f"Bearer {token}"}
    r = requests.get(server.base + "/api/v1/community/stations", headers=h, timeout=10)
    assert r.status_code == 200
    assert [s["station_id"] for s in r.json()["stations"]] == [mine.id]
    url = server.base + "/api/v1/community/stations/{}/export"
    r = requests.get(url.format(mine.id), headers=h, timeout=10)
    assert r.status_code == 200 and r.json()["format"] == "linju-export"
    assert [m["name"] for m in r.json()["tables"]["members"]] == ["东"]
    assert requests.get(url.format(other.id), headers=h, timeout=10).status_code == 403
    assert requests.get(url.format("no-such"), headers=h, timeout=10).status_code == 403
    # a station token is not a community account, and vice versa
    r = requests.get(server.base + "/api/v1/community/stations", headers=mine.headers, timeout=10)
    assert r.status_code == 401
    r = requests.post(server.base + "/api/v1/sync", json=mine.body([]), headers=h, timeout=10)
    assert r.status_code == 401


def test_a_stranger_hears_401_whatever_his_body_or_headers(server, station):
    """The busy routes read the body before they check the token (one trip to a worker
    thread): a fault in the body or headers is told only to a station."""
    bad_gzip = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    for who, want in [({}, 401), ({"Authorization": "Bearer nope"}, 401), (station.headers, 400)]:
        r = requests.post(
            server.base + "/api/v1/sync", data=b"not gzip", headers={**bad_gzip, **who}, timeout=10
        )
        assert r.status_code == want, r.text
        r = requests.post(
            server.base + "/api/v1/blobs/missing",
            data=b"{not json",
            headers={"Content-Type": "application/json", **who},
            timeout=10,
        )
        assert r.status_code == want, r.text
        # no Upload-Offset, and a path that is no sha256
        r = requests.patch(server.base + "/api/v1/blobs/nothex", data=b"x", headers=who, timeout=10)
        assert r.status_code == want, r.text
    r = requests.post(
        server.base + "/api/v1/sync",
        data=b"<form/>",
        headers={"Content-Type": "text/html", **station.headers},
        timeout=10,
    )
    assert r.status_code == 415
    r = requests.post(
        server.base + "/api/v1/sync", data=b"<form/>", headers={"Content-Type": "text/html"},
        timeout=10,
    )  # fmt: skip
    assert r.status_code == 401
