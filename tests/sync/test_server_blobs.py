"""Attachments: which are missing, tus-style resumable chunks, hash verification."""

from __future__ import annotations

import hashlib
import os

import requests


def url(server, sha):
    return f"{server.base}/api/v1/blobs/{sha}"


def patch(server, station, sha, offset, total, chunk):
    return requests.patch(
        url(server, sha),
        data=chunk,
        headers={
            **station.headers,
            "Upload-Offset": str(offset),
            "Upload-Length": str(total),
            "Content-Type": "application/offset+octet-stream",
        },
        timeout=30,
    )


def test_upload_resumes_from_the_servers_offset(server, station):
    data = os.urandom(700_000)
    sha = hashlib.sha256(data).hexdigest()
    miss = requests.post(
        server.base + "/api/v1/blobs/missing",
        json={"hashes": [sha]},
        headers=station.headers,
        timeout=10,
    )
    assert miss.json() == {"missing": [sha]}
    head = requests.head(url(server, sha), headers=station.headers, timeout=10)
    assert head.status_code == 200 and head.headers["Upload-Offset"] == "0"
    r = patch(server, station, sha, 0, len(data), data[:300_000])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == "300000"
    # the link broke; the client thinks it sent more: 409 says where the server is
    r = patch(server, station, sha, 500_000, len(data), data[500_000:])
    assert r.status_code == 409 and r.headers["Upload-Offset"] == "300000"
    off = int(
        requests.head(url(server, sha), headers=station.headers, timeout=10).headers[
            "Upload-Offset"
        ]
    )
    r = patch(server, station, sha, off, len(data), data[off:])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data))
    miss = requests.post(
        server.base + "/api/v1/blobs/missing",
        json={"hashes": [sha]},
        headers=station.headers,
        timeout=10,
    )
    assert miss.json() == {"missing": []}
    assert (server.data_dir / "blobs" / sha[:2] / sha).read_bytes() == data
    # a repeat of the last chunk after completion is harmless
    r = patch(server, station, sha, len(data), len(data), b"")
    assert r.status_code == 204


def test_bytes_that_do_not_match_the_hash_are_refused(server, station):
    data = os.urandom(1000)
    sha = hashlib.sha256(b"something else").hexdigest()
    r = patch(server, station, sha, 0, len(data), data)
    assert r.status_code == 422 and "sha256" in r.json()["detail"]
    assert r.headers["Upload-Offset"] == "0"
    assert not (server.data_dir / "blobs" / sha[:2] / sha).exists()


def test_blob_headers_are_checked(server, station):
    sha = "a" * 64
    r = requests.patch(url(server, sha), data=b"x", headers=station.headers, timeout=10)
    assert r.status_code == 400
    r = requests.head(url(server, "nothex"), headers=station.headers, timeout=10)
    assert r.status_code == 400
    r = patch(server, station, sha, 0, 2, b"abc")
    assert r.status_code == 400


def test_blobs_are_per_station(server, station):
    data = b"photo" * 100
    sha = hashlib.sha256(data).hexdigest()
    assert patch(server, station, sha, 0, len(data), data).status_code == 204
    other = server.enroll(server.add_station("别家"))
    miss = requests.post(
        server.base + "/api/v1/blobs/missing",
        json={"hashes": [sha]},
        headers=other.headers,
        timeout=10,
    )
    assert miss.json() == {"missing": [sha]}
    assert requests.head(url(server, sha), headers={}, timeout=10).status_code == 401


def stored_files(server) -> list[str]:
    """Every file under the blob store, partial uploads and temporary files included."""
    root = server.data_dir / "blobs"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_a_file_sent_whole_after_failed_tries_lands_once(server, station):
    """A photo sent whole goes straight to its place (hashed in memory); what earlier
    tries of it left (a partial file, a wrong upload) goes, and no temporary file stays."""
    data = os.urandom(50_000)
    sha = hashlib.sha256(data).hexdigest()
    # a first try: half of it, then a wrong rest (the hash fails: back to 0)
    assert patch(server, station, sha, 0, len(data), data[:20_000]).status_code == 204
    assert any("partial" in f for f in stored_files(server))
    r = patch(server, station, sha, 20_000, len(data), os.urandom(30_000))
    assert r.status_code == 422 and r.headers["Upload-Offset"] == "0"
    # a second try sends it whole, but other bytes: refused, nothing written
    r = patch(server, station, sha, 0, len(data), os.urandom(len(data)))
    assert r.status_code == 422 and r.headers["Upload-Offset"] == "0"
    assert not (server.data_dir / "blobs" / sha[:2] / sha).exists()
    # the right bytes, whole
    r = patch(server, station, sha, 0, len(data), data)
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data))
    assert (server.data_dir / "blobs" / sha[:2] / sha).read_bytes() == data
    assert [f for f in stored_files(server) if sha in f] == [f"{sha[:2]}/{sha}"]
    head = requests.head(url(server, sha), headers=station.headers, timeout=10)
    assert head.headers["Upload-Offset"] == head.headers["Upload-Length"] == str(len(data))
    # sent again whole: the server already has it
    r = patch(server, station, sha, 0, len(data), data)
    assert r.status_code == 409 and r.headers["Upload-Offset"] == str(len(data))


def test_the_same_bytes_from_two_stations_are_stored_once(server, station):
    data = os.urandom(30_000)
    sha = hashlib.sha256(data).hexdigest()
    other = server.enroll(server.add_station("同一张照片"))
    for st in (station, other):
        assert patch(server, st, sha, 0, len(data), data).status_code == 204
        miss = requests.post(
            server.base + "/api/v1/blobs/missing", json={"hashes": [sha]}, headers=st.headers,
            timeout=10,
        )  # fmt: skip
        assert miss.json() == {"missing": []}
    assert [f for f in stored_files(server) if sha in f] == [f"{sha[:2]}/{sha}"]
    assert (server.data_dir / "blobs" / sha[:2] / sha).read_bytes() == data
