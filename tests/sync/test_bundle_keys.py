"""Bundle keys: made by the station at enrollment (only public halves sent), the district's
in a file; a station enrolled before them registers them at its next online sync and the
server forgets its old symmetric key."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import requests
from linju_sync.client.errors import SyncError
from linju_sync.protocol.bundle import PrivateKeys, PublicKeys, read_bundle
from sqlalchemy import create_engine, text
from sync_support import District, district, enrolled_store  # noqa: F401

from linju_desktop.services import sync as sync_service
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store

OLD_KEY = "ab" * 32


def sql(url: str, statement: str, **params: object) -> list[tuple]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as c:
            res = c.execute(text(statement), params)
            return [tuple(r) for r in res] if res.returns_rows else []
    finally:
        engine.dispose()


# -- the API, with a plain HTTP client ---------------------------------------------------------
def test_malformed_public_keys_are_a_422_and_leave_the_code_unspent(server):
    sid = server.add_station("坏钥匙")
    code = server.last_line("enroll", sid)
    for keys in ({"sign": "zz" * 32, "box": "00" * 32}, {"sign": "ab"}, "ab" * 32):
        r = requests.post(
            server.base + "/api/v1/enroll", json={"code": code, "public_keys": keys}, timeout=10
        )
        assert r.status_code == 422 and "public_keys" in r.json()["detail"], r.text
    good = PrivateKeys.generate().public()
    r = requests.post(
        server.base + "/api/v1/enroll",
        json={"code": code, "public_keys": good.as_json()},
        timeout=10,
    )
    assert r.status_code == 200, r.text
    assert PublicKeys.parse(r.json()["district_keys"])
    row = sql(server.url, "SELECT sign_public, box_public, signing_key FROM stations WHERE id = :i", i=sid)  # fmt: skip
    assert row == [(good.sign, good.box, None)]


def _make_legacy(url: str, station_id: str) -> None:
    """The server's view of a station enrolled before bundle keys."""
    sql(
        url,
        "UPDATE stations SET sign_public = NULL, box_public = NULL, signing_key = :k WHERE id = :i",
        k=OLD_KEY,
        i=station_id,
    )


def test_a_legacy_station_registers_its_keys_once(server, station):
    _make_legacy(server.url, station.id)
    url = server.base + "/api/v1/keys"
    keys = PrivateKeys.generate().public()
    r = requests.post(url, json={"public_keys": keys.as_json()}, timeout=10)
    assert r.status_code == 401  # only over the authenticated API
    r = requests.post(url, json={"public_keys": {"sign": "00"}}, headers=station.headers, timeout=10)  # fmt: skip
    assert r.status_code == 422
    for _ in range(2):  # the same keys again (a lost answer) are fine
        r = requests.post(url, json={"public_keys": keys.as_json()}, headers=station.headers, timeout=10)  # fmt: skip
        assert r.status_code == 200, r.text
        assert r.json()["district_keys"] == station.district.as_json()
    row = sql(server.url, "SELECT sign_public, box_public, signing_key FROM stations WHERE id = :i", i=station.id)  # fmt: skip
    assert row == [(keys.sign, keys.box, None)]  # the old symmetric key is gone
    # once a station has keys, a token alone cannot replace them (its replies would go
    # to whoever holds the token): that takes a new enrollment code
    other = PrivateKeys.generate().public()
    r = requests.post(url, json={"public_keys": other.as_json()}, headers=station.headers, timeout=10)  # fmt: skip
    assert r.status_code == 409 and "enroll" in r.json()["detail"]
    server.cli("revoke", station.id)
    r = requests.post(url, json={"public_keys": keys.as_json()}, headers=station.headers, timeout=10)  # fmt: skip
    assert r.status_code == 401


# -- the desktop station ------------------------------------------------------------------------
def _legacy_station(tmp_path: Path, district: District) -> tuple[Store, str]:  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    _make_legacy(f"sqlite:///{district.data_dir / 'server.sqlite3'}", sid)
    for key, value in (
        ("sync_own_keys", None),
        ("sync_district_keys", None),
        ("sync_signing_key", OLD_KEY),
    ):
        store.set_setting(key, value)
    return store, sid


def test_enrollment_keeps_private_keys_on_the_station_only(tmp_path, district):  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    creds = SqliteStationStore(store).credentials()
    assert creds is not None and creds.has_bundle_keys and creds.signing_key == ""
    assert creds.own_keys is not None and creds.district_keys is not None
    own = creds.own_keys.public()
    url = f"sqlite:///{district.data_dir / 'server.sqlite3'}"
    assert sql(url, "SELECT sign_public, box_public FROM stations WHERE id = :i", i=sid) == [
        (own.sign, own.box)
    ]
    server_db = (district.data_dir / "server.sqlite3").read_bytes()
    assert creds.own_keys.sign.encode() not in server_db
    assert creds.own_keys.box.encode() not in server_db
    store.close()


def test_a_legacy_station_upgrades_at_its_next_sync(tmp_path, district):  # noqa: F811
    store, sid = _legacy_station(tmp_path, district)
    station = SqliteStationStore(store)
    creds = station.credentials()
    assert creds is not None and not creds.has_bundle_keys
    # no link: no keys can be had, and the export says what to do instead of writing
    # an unprotected file
    station.save_credentials(dataclasses.replace(creds, server_url="http://127.0.0.1:9"))
    out = tmp_path / "up.linju"
    with store.transaction():
        store.insert("members", {"name": "升级前", "status": "active", "id_number": "110101195003071234"})  # fmt: skip
    with pytest.raises(SyncError) as err:
        sync_service.export_bundle(store, out)
    assert err.value.code == "bundle_no_keys" and not out.exists()
    assert "重新登记" in sync_service.message(err.value)
    station.save_credentials(creds)
    # the next online sync registers the keys first; the server forgets the old key
    assert sync_service.run_sync(store, backoff=0.0).fully_synced
    creds = station.credentials()
    assert creds is not None and creds.has_bundle_keys and creds.signing_key == ""
    assert store.get_setting("sync_signing_key") is None
    url = f"sqlite:///{district.data_dir / 'server.sqlite3'}"
    assert creds.own_keys is not None
    assert sql(url, "SELECT sign_public, signing_key FROM stations WHERE id = :i", i=sid) == [
        (creds.own_keys.public().sign, None)
    ]
    # and bundles now work both ways, sealed
    with store.transaction():
        store.insert("members", {"name": "升级后", "status": "active", "id_number": "11010119500307125X"})  # fmt: skip
    sync_service.export_bundle(store, out)
    assert b"11010119500307125X" not in out.read_bytes()
    reply = tmp_path / "down.linju"
    district.cli("import-bundle", str(out), "--reply", str(reply))
    assert sync_service.import_bundle(store, reply).sent == 1
    assert read_bundle(reply, creds.own_keys, creds.district_keys.sign, sid).kind == "reply"
    store.close()


def test_threads_making_the_district_keys_at_once_agree(tmp_path):
    """Two stations enrolling at the same moment on one worker both reach for the district's
    keys before they exist: every thread gets the same keys and none fails (a 500 before)."""
    import threading

    from linju_sync.server.bundles import district_keys

    for trial in range(10):
        folder = tmp_path / str(trial)
        folder.mkdir()
        got, failed = [], []

        def make(folder=folder, got=got, failed=failed):
            try:
                got.append(district_keys(folder))
            except Exception as exc:  # the assertion below names it
                failed.append(repr(exc))

        threads = [threading.Thread(target=make) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert failed == []
        assert len({(k.sign, k.box) for k in got}) == 1
