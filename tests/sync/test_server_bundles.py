"""Offline bundles: sign, import through the same ingest, reply; tampering refused."""

from __future__ import annotations

import hashlib
import zipfile

import pytest
from linju_sync.protocol.bundle import BundleTampered, read_bundle, write_bundle


def make_bundle(station, path, ops, blobs=()):
    return write_bundle(
        path,
        station_id=station.id,
        signing_key=station.signing_key,
        request=station.body(ops),
        blobs=blobs,
    )


def test_round_trip_applies_once_and_replies(server, station, tmp_path):
    server.last_line("allocate", station.id, "2025", "14500")
    photo = b"jpeg" * 5000
    sha = hashlib.sha256(photo).hexdigest()
    ops = [station.op("members", {"name": f"离线{i}"}) for i in range(600)]  # > one batch
    b = make_bundle(station, tmp_path / "week.zip", ops, [(sha, photo)])
    reply = tmp_path / "reply.zip"
    res = server.cli("import-bundle", str(b), "--reply", str(reply))
    assert res.stdout.strip().splitlines()[-1] == str(reply)
    got = read_bundle(reply, station.signing_key, station.id)
    assert got.kind == "reply"
    resp = got.response
    assert [r["status"] for r in resp["results"]] == ["ok"] * 600
    assert [o["table"] for o in resp["operations"]] == ["allocations"]
    assert resp["checksums"]["members"]["rows"] == 600
    assert (server.data_dir / "blobs" / sha[:2] / sha).read_bytes() == photo
    # the same bundle again, and the same operations online: duplicates, nothing twice
    server.cli("import-bundle", str(b), "--reply", str(tmp_path / "reply2.zip"))
    again = read_bundle(tmp_path / "reply2.zip", station.signing_key).response
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    assert {r["status"] for r in station.sync(ops[:10])["results"]} == {"duplicate"}
    assert station.sync([])["checksums"]["members"]["rows"] == 600


def test_a_tampered_byte_is_refused(server, station, tmp_path):
    b = make_bundle(station, tmp_path / "b.zip", [station.op("members", {"name": "真"})])
    with zipfile.ZipFile(b) as zf:
        manifest = zf.read("manifest.json")
        sig = zf.read("signature")
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as zf:
        zf.writestr("manifest.json", manifest.replace("真".encode(), "假".encode()))
        zf.writestr("signature", sig)
    res = server.cli("import-bundle", str(forged), "--reply", str(tmp_path / "r.zip"), check=False)
    assert res.returncode == 1 and "signature" in res.stderr
    assert not (tmp_path / "r.zip").exists()
    assert station.sync([])["checksums"]["members"]["rows"] == 0
    with pytest.raises(BundleTampered):
        read_bundle(forged, station.signing_key)


def test_a_changed_photo_is_refused(server, station, tmp_path):
    photo = b"\xff\xd8" + b"x" * 1000
    sha = hashlib.sha256(photo).hexdigest()
    b = make_bundle(station, tmp_path / "b.zip", [], [(sha, photo)])
    with zipfile.ZipFile(b) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    items[f"blobs/{sha}"] = photo[:-1] + b"y"
    with zipfile.ZipFile(b, "w") as zf:
        for n, v in items.items():
            zf.writestr(n, v)
    res = server.cli("import-bundle", str(b), "--reply", str(tmp_path / "r.zip"), check=False)
    assert res.returncode == 1 and "changed" in res.stderr


def test_a_bundle_signed_with_another_stations_key_is_refused(server, station, tmp_path):
    other = server.enroll(server.add_station("别家"))
    # claims to be `station` but is signed with the other station's key
    b = write_bundle(
        tmp_path / "b.zip",
        station_id=station.id,
        signing_key=other.signing_key,
        request=station.body([station.op("members", {"name": "冒名"})]),
    )
    res = server.cli("import-bundle", str(b), "--reply", str(tmp_path / "r.zip"), check=False)
    assert res.returncode == 1 and "refused" in res.stderr
    assert station.sync([])["checksums"]["members"]["rows"] == 0


def test_not_a_bundle_is_refused(server, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"hello")
    res = server.cli("import-bundle", str(junk), "--reply", str(tmp_path / "r.zip"), check=False)
    assert res.returncode == 1 and "not a Linju bundle" in res.stderr
