"""Offline bundles: sealed to the district, signed by the station, imported through the same
ingest, answered with a reply sealed to the station; anything damaged, foreign or forged is
refused before a byte is applied."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from linju_sync.protocol.bundle import (
    BundleNotForUs,
    BundleTampered,
    PrivateKeys,
    read_bundle,
    write_bundle,
)
from linju_sync.server.bundles import district_keys
from sqlalchemy import create_engine, text

ID_NUMBER = "310104194703089171"


def make_bundle(station, path, ops, blobs=(), **keys):
    return write_bundle(
        path,
        station_id=station.id,
        sender=keys.get("sender", station.keys),
        recipient=keys.get("recipient", station.district),
        request=station.body(ops),
        blobs=blobs,
    )


def open_reply(station, path):
    return read_bundle(path, station.keys, station.district.sign, station.id)


def members(station) -> int:
    return station.sync([])["checksums"]["members"]["rows"]


def refused(server, bundle, tmp_path) -> str:
    reply = tmp_path / "refused-reply.linju"
    res = server.cli("import-bundle", str(bundle), "--reply", str(reply), check=False)
    assert res.returncode == 1, res.stdout
    assert "refused" in res.stderr and "applied:" not in res.stdout
    assert not reply.exists()
    return res.stderr


def test_round_trip_applies_once_and_replies(server, station, tmp_path):
    server.last_line("allocate", station.id, "2025", "14500")
    photo = b"jpeg" * 5000
    sha = hashlib.sha256(photo).hexdigest()
    ops = [station.op("members", {"name": f"离线{i}"}) for i in range(600)]  # > one batch
    b = make_bundle(station, tmp_path / "week.zip", ops, [(sha, photo)])
    reply = tmp_path / "reply.zip"
    res = server.cli("import-bundle", str(b), "--reply", str(reply))
    assert res.stdout.strip().splitlines()[-1] == str(reply)
    got = open_reply(station, reply)
    assert got.kind == "reply"
    resp = got.response
    assert [r["status"] for r in resp["results"]] == ["ok"] * 600
    assert [o["table"] for o in resp["operations"]] == ["allocations"]
    assert resp["checksums"]["members"]["rows"] == 600
    assert (server.data_dir / "blobs" / sha[:2] / sha).read_bytes() == photo
    # the same bundle again, and the same operations online: duplicates, nothing twice
    server.cli("import-bundle", str(b), "--reply", str(tmp_path / "reply2.zip"))
    again = open_reply(station, tmp_path / "reply2.zip").response
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    assert {r["status"] for r in station.sync(ops[:10])["results"]} == {"duplicate"}
    assert members(station) == 600


def test_no_personal_data_in_clear_either_way(server, station, tmp_path):
    """The ID number and the photo travel on the stick, but not readable: the bytes of
    the bundle do not contain them, deflated or not; nor does the reply show its feed."""
    server.last_line("allocate", station.id, "2026", "30000")
    photo = b"\xff\xd8\xff\xe0JFIF" + bytes(range(256)) * 40
    sha = hashlib.sha256(photo).hexdigest()
    op = station.op("members", {"name": "张秀英", "id_number": ID_NUMBER})
    b = make_bundle(station, tmp_path / "up.linju", [op], [(sha, photo)])
    reply = tmp_path / "down.linju"
    server.cli("import-bundle", str(b), "--reply", str(reply))
    answer = open_reply(station, reply).response
    assert answer["results"][0]["status"] == "ok"
    assert [o["changes"]["amount_fen"] for o in answer["operations"]] == [3_000_000]
    for path, secrets in (
        (b, [ID_NUMBER.encode(), "张秀英".encode(), photo[:64], photo[-64:], sha.encode()]),
        (reply, [b"allocations", b"amount_fen", b"3000000", op["op_id"].encode()]),
    ):
        with zipfile.ZipFile(path) as zf:
            inflated = b"".join(zf.read(n) for n in zf.namelist())
            assert json.loads(zf.read("header.json"))["version"] == 2
        for blob in (path.read_bytes(), inflated):
            for secret in secrets:
                assert secret not in blob


def test_a_tampered_byte_is_refused(server, station, tmp_path):
    b = make_bundle(station, tmp_path / "b.zip", [station.op("members", {"name": "真"})])
    with zipfile.ZipFile(b) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    sealed = bytearray(items["manifest"])
    sealed[len(sealed) // 2] ^= 1
    items["manifest"] = bytes(sealed)
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as zf:  # a well-formed zip: only the signature tells
        for n, v in items.items():
            zf.writestr(n, v)
    assert "signature" in refused(server, forged, tmp_path)
    assert members(station) == 0
    with pytest.raises(BundleTampered):
        read_bundle(forged, district_keys(server.data_dir), station.keys.public().sign)


def test_a_changed_photo_is_refused(server, station, tmp_path):
    photo = b"\xff\xd8" + b"x" * 1000
    sha = hashlib.sha256(photo).hexdigest()
    b = make_bundle(station, tmp_path / "b.zip", [station.op("members", {"name": "照片"})], [(sha, photo)])  # fmt: skip
    with zipfile.ZipFile(b) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    items["blobs/0"] = items["blobs/0"][:-1] + bytes([items["blobs/0"][-1] ^ 0xFF])
    with zipfile.ZipFile(b, "w") as zf:
        for n, v in items.items():
            zf.writestr(n, v)
    assert "signature" in refused(server, b, tmp_path)
    assert not (server.data_dir / "blobs" / sha[:2] / sha).exists()
    assert members(station) == 0


def test_a_truncated_bundle_is_refused(server, station, tmp_path):
    photo = b"\xff\xd8" + b"t" * 300_000
    sha = hashlib.sha256(photo).hexdigest()
    b = make_bundle(station, tmp_path / "b.zip", [station.op("members", {"name": "截断"})], [(sha, photo)])  # fmt: skip
    cut = tmp_path / "cut.zip"
    cut.write_bytes(b.read_bytes()[: b.stat().st_size * 2 // 3])
    assert "damaged" in refused(server, cut, tmp_path)
    assert members(station) == 0


def test_a_bundle_signed_with_another_stations_key_is_refused(server, station, tmp_path):
    other = server.enroll(server.add_station("别家"))
    # claims to be `station` but is signed with the other station's key
    b = make_bundle(station, tmp_path / "b.zip", [station.op("members", {"name": "冒名"})], sender=other.keys)  # fmt: skip
    assert "not signed with the sender's key" in refused(server, b, tmp_path)
    assert members(station) == 0


def test_a_bundle_for_another_district_is_refused(server, station, tmp_path):
    elsewhere = PrivateKeys.generate().public()
    b = make_bundle(station, tmp_path / "b.zip", [station.op("members", {"name": "错区"})], recipient=elsewhere)  # fmt: skip
    assert "another district server" in refused(server, b, tmp_path)
    assert members(station) == 0
    # and a reply for this station cannot be opened by another
    reply = tmp_path / "r.zip"
    server.cli("import-bundle", str(make_bundle(station, tmp_path / "ok.zip", [])), "--reply", str(reply))  # fmt: skip
    with pytest.raises(BundleNotForUs):
        read_bundle(reply, PrivateKeys.generate(), station.district.sign)


def test_a_bundle_from_before_a_new_enrollment_is_refused(server, station, tmp_path):
    old = make_bundle(station, tmp_path / "old.zip", [station.op("members", {"name": "旧钥"})])
    server.enroll(station.id)  # the station was enrolled again: new keys
    assert "enrolled again" in refused(server, old, tmp_path)


def test_the_old_unencrypted_format_is_refused(server, station, tmp_path):
    old = tmp_path / "v1.zip"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr(
            "manifest.json",
            json.dumps({"format": "linju-bundle", "version": 1, "station_id": station.id}),
        )
        zf.writestr("signature", "00" * 32)
    assert "older Linju" in refused(server, old, tmp_path)


def test_not_a_bundle_is_refused(server, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"hello")
    assert "not a Linju bundle" in refused(server, junk, tmp_path)


def test_the_database_holds_no_private_key(server, station, tmp_path):
    """Whoever reads the server's database finds only public keys; the district's private
    keys are in an owner-only file beside it."""
    engine = create_engine(server.url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as c:
            row = c.execute(
                text("SELECT signing_key, sign_public, box_public FROM stations WHERE id = :i"),
                {"i": station.id},
            ).one()
            everything = " ".join(
                str(v)
                for t in ("stations", "meta")
                for r in c.execute(text(f"SELECT * FROM {t}"))
                for v in r
            )
    finally:
        engine.dispose()
    assert row == (None, station.keys.public().sign, station.keys.public().box)
    key_file = server.data_dir / "district-keys.json"
    district = json.loads(key_file.read_text())
    assert (key_file.stat().st_mode & 0o777) == 0o600
    for secret in (station.keys.sign, station.keys.box, district["sign"], district["box"]):
        assert secret not in everything
