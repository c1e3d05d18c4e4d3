"""`linju sync ...` end to end: the real program as a subprocess against a real district
server process on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from sync_support import district  # noqa: F401

from linju_desktop.store.database import Store


def linju(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "LINJU_DATA_DIR"}
    env["PYTHONIOENCODING"] = "utf-8"
    env["LINJU_LANG"] = "zh_CN"
    return subprocess.run(
        [sys.executable, "-m", "linju_desktop.cli", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
    )


def enroll(data: Path, district) -> str:  # noqa: F811
    sid = district.add_station()
    r = linju(
        "sync",
        "enroll",
        "--server",
        district.url,
        "--code",
        district.enrollment_code(sid),
        data=data,
    )
    assert r.returncode == 0, r.stderr
    assert "登记成功" in r.stdout
    return sid


def test_enroll_run_status_and_revoke(tmp_path, district):  # noqa: F811
    data = tmp_path / "station"
    assert linju("demo", "--ten-year", "--years", "1", "--members", "40", data=data).returncode == 0
    r = linju("sync", "run", data=data)
    assert r.returncode == 2 and "尚未在区服务器登记" in r.stderr
    sid = enroll(data, district)
    r = linju("sync", "run", data=data)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "已与区里完全同步" in r.stdout
    st = linju("sync", "status", data=data)
    assert st.returncode == 0 and "待同步的修改：0 条" in st.stdout and sid in st.stdout
    # the district's export equals the station's own export
    assert linju("export", "all", "--out", str(tmp_path / "mine.json"), data=data).returncode == 0
    theirs = district.export(sid, tmp_path / "theirs.json")
    mine = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert {t: len(v) for t, v in theirs["tables"].items()} == {
        t: len(v) for t, v in mine["tables"].items()
    }
    district.cli("revoke", sid)
    r = linju("sync", "run", data=data)
    assert r.returncode == 2 and "撤销" in r.stderr


def test_bundle_round_trip(tmp_path, district):  # noqa: F811
    data = tmp_path / "station"
    sid = enroll(data, district)
    with Store(data) as store, store.transaction():
        store.insert_many("members", [{"name": f"党员{i}", "status": "active"} for i in range(30)])
    out = tmp_path / "to-district.linju"
    r = linju("sync", "export-bundle", str(out), data=data)
    assert r.returncode == 0, r.stderr
    reply = tmp_path / "from-district.linju"
    district.cli("import-bundle", str(out), "--reply", str(reply))
    r = linju("sync", "import-bundle", str(reply), data=data)
    assert r.returncode == 0, r.stdout + r.stderr
    st = linju("sync", "status", data=data)
    assert "待同步的修改：0 条" in st.stdout
    theirs = district.export(sid, tmp_path / "theirs.json")
    assert len(theirs["tables"]["members"]) == 30
    # importing the same reply again changes nothing and moves no cursor backwards
    assert linju("sync", "import-bundle", str(reply), data=data).returncode == 0


def _tamper(src: Path, dst: Path) -> None:
    """Flip one byte of the sealed manifest and write a well-formed zip around it."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "manifest":
                body = body[:20] + bytes([body[20] ^ 1]) + body[21:]
            zout.writestr(item, body)


def test_tampered_forged_foreign_or_cut_bundles_are_refused(tmp_path, district):  # noqa: F811
    """Only a reply the district signed, sealed for this station, is applied. Whoever has
    the server's database has only public keys: a reply they sign is refused."""
    from linju_sync.protocol.bundle import PrivateKeys, PublicKeys, write_bundle
    from linju_sync.server.bundles import district_keys

    data = tmp_path / "station"
    sid = enroll(data, district)
    with Store(data) as store:
        own = store.get_setting("sync_own_keys")
    mine = PrivateKeys(own["sign"], own["box"]).public()
    the_district = district_keys(district.data_dir)
    response = {
        "protocol": 1,
        "results": [],
        "operations": [],
        "next_cursor": 0,
        "has_more": False,
        "server_time": 0,
        "warnings": [],
        "checksums": None,
    }

    def reply(name: str, **kw) -> Path:
        args = {"station_id": sid, "sender": the_district, "recipient": mine, **kw}
        return write_bundle(tmp_path / name, response=response, **args)

    def refused(path: Path, words: str) -> None:
        r = linju("sync", "import-bundle", str(path), data=data)
        assert r.returncode == 2 and words in r.stderr, r.stdout + r.stderr
        assert "Traceback" not in r.stderr

    good = reply("good.linju")
    bad = tmp_path / "bad.linju"
    _tamper(good, bad)
    refused(bad, "被改动")
    cut = tmp_path / "cut.linju"
    cut.write_bytes(good.read_bytes()[:-40])
    refused(cut, "已损坏")
    refused(reply("foreign.linju", station_id="another-station"), "其他站点")
    refused(reply("forged.linju", sender=PrivateKeys.generate()), "被改动")
    elsewhere = PublicKeys.parse(PrivateKeys.generate().public().as_json())
    refused(reply("not-mine.linju", recipient=elsewhere), "其他电脑")
    old = tmp_path / "old.linju"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "linju-bundle", "version": 1}))
    refused(old, "旧版")
    (tmp_path / "junk.linju").write_bytes(b"not a zip")
    refused(tmp_path / "junk.linju", "不是邻居软件的同步文件")
    # nothing of the refused files was applied; the good one is, once
    with Store(data) as store:
        assert store.get_setting("sync_imported_replies") is None
    assert linju("sync", "import-bundle", str(good), data=data).returncode == 0
    r = linju("sync", "import-bundle", str(good), data=data)  # a replay changes nothing
    assert r.returncode == 0 and "收到 0 条修改，确认 0 条" in r.stdout
    with Store(data) as store:
        assert len(store.get_setting("sync_imported_replies")) == 1
