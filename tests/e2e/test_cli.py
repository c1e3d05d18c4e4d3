"""The `linju` command line end to end, as a subprocess on a temporary data folder."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from helpers import make_id

HEADER = "姓名,性别,身份证号,手机号,入党日期,转正日期,楼栋"


def linju(
    *args: str, data: Path | None = None, env_dir: Path | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "LINJU_DATA_DIR"}
    env["PYTHONIOENCODING"] = "utf-8"
    if env_dir:
        env["LINJU_DATA_DIR"] = str(env_dir)
    cmd = [sys.executable, "-m", "linju_desktop.cli"]
    if data:
        cmd += ["--data-dir", str(data)]
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


def roster_csv(path: Path, bad: bool = False) -> Path:
    rows = [HEADER]
    for i in range(3):
        idn = make_id(dt.date(1955, 2, 1 + i), male=True)
        rows.append(f"王建{'一二三'[i]},男,{idn},1390000000{i},1980-07-01,1981-07-01,{i + 1}")
    if bad:
        rows.append("李丽,女,1.10105E+17,,1980-07-01,1981-07-01,5")
    path.write_text("\n".join(rows) + "\n", encoding="gb18030")
    return path


def test_import_export_roundtrip(tmp_path):
    data = tmp_path / "data"
    r = linju("import", "members", str(roster_csv(tmp_path / "r.csv", bad=True)), data=data)
    assert r.returncode == 1, r.stderr
    assert "第 5 行" in r.stderr and "身份证号" in r.stderr
    assert "新增 3 人" in r.stdout
    again = linju("import", "members", str(roster_csv(tmp_path / "r2.csv")), data=data)
    assert again.returncode == 0 and "无变化 3 人" in again.stdout

    out = tmp_path / "members.xlsx"
    assert linju("export", "members", "--out", str(out), data=data).returncode == 0
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(1, 1).value == "姓名" and ws.max_row == 4
    # the export is re-importable into another station and changes nothing when re-imported
    other = tmp_path / "other"
    assert linju("import", "members", str(out), data=other).returncode == 0
    r = linju("import", "members", str(out), data=data)
    assert r.returncode == 0 and "无变化 3 人" in r.stdout

    masked = tmp_path / "print.csv"
    linju("export", "members", "--out", str(masked), "--mask-ids", data=data)
    assert "*******" in masked.read_text(encoding="utf-8-sig")

    everything = tmp_path / "all.json"
    assert linju("export", "all", "--out", str(everything), data=data).returncode == 0
    doc = json.loads(everything.read_text(encoding="utf-8"))
    assert len(doc["tables"]["members"]) == 3 and all(r["id"] for r in doc["tables"]["members"])


def test_export_with_ids_adds_the_record_ids(tmp_path):
    data = tmp_path / "data"
    r = linju("import", "members", str(roster_csv(tmp_path / "r.csv")), data=data)
    assert r.returncode == 0, r.stderr
    everything = tmp_path / "all.json"
    assert linju("export", "all", "--out", str(everything), data=data).returncode == 0
    ids = {r["id"] for r in json.loads(everything.read_text(encoding="utf-8"))["tables"]["members"]}

    plain, with_ids = tmp_path / "plain.csv", tmp_path / "ids.csv"
    assert linju("export", "members", "--out", str(plain), data=data).returncode == 0
    r = linju("export", "members", "--out", str(with_ids), "--with-ids", data=data)
    assert r.returncode == 0, r.stderr
    assert not any(i in plain.read_text(encoding="utf-8-sig") for i in ids)
    with open(with_ids, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {row["编号"] for row in rows} == ids


def test_env_var_chooses_the_data_folder(tmp_path):
    env_dir = tmp_path / "from-env"
    r = linju(env_dir=env_dir)
    assert r.returncode == 0 and str(env_dir) in r.stdout
    assert (env_dir / "linju.sqlite3").exists()
    assert (env_dir / "linju.sqlite3").stat().st_mode & 0o077 == 0


def test_check_backup_restore(tmp_path):
    data = tmp_path / "data"
    linju("import", "members", str(roster_csv(tmp_path / "r.csv")), data=data)
    r = linju("check", data=data)
    assert r.returncode == 0 and "未发现问题" in r.stdout
    saved = tmp_path / "copy.sqlite3"
    assert linju("backup", "--out", str(saved), data=data).returncode == 0
    conn = sqlite3.connect(data / "linju.sqlite3")
    conn.execute(
        "UPDATE members SET deleted = 1, updated_hlc = '9999999999999-0000-0000000000000000'"
    )
    conn.commit()
    conn.close()
    r = linju("restore", str(saved), data=data)
    assert r.returncode == 0, r.stderr
    conn = sqlite3.connect(data / "linju.sqlite3")
    assert conn.execute("SELECT count(*) FROM members WHERE deleted = 0").fetchone()[0] == 3
    conn.close()


def test_damaged_database_names_the_backup_to_restore(tmp_path):
    data = tmp_path / "data"
    assert linju("backup", data=data).returncode == 0
    db = data / "linju.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    db.write_bytes(b"garbage" * 1000)
    r = linju("check", data=data)
    assert r.returncode == 2 and "linju restore" in r.stderr and "损坏" in r.stderr


def test_newer_database_is_refused(tmp_path):
    data = tmp_path / "data"
    linju("check", data=data)
    conn = sqlite3.connect(data / "linju.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    r = linju("check", data=data)
    assert r.returncode == 2 and "更新版本" in r.stderr


def test_bad_files_get_clear_messages(tmp_path):
    data = tmp_path / "data"
    r = linju("import", "members", str(tmp_path / "missing.csv"), data=data)
    assert r.returncode == 2 and "不存在" in r.stderr
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not a zip")
    r = linju("import", "members", str(junk), data=data)
    assert r.returncode == 2 and r.stderr.strip() and "Traceback" not in r.stderr
    r = linju("export", "members", "--out", str(tmp_path / "x.pdf"), data=data)
    assert r.returncode == 2 and ".xlsx" in r.stderr


@pytest.mark.slow
def test_demo_then_exports(tmp_path):
    data = tmp_path / "data"
    r = linju("demo", data=data)  # the realistic branch: this year and last, 40 members
    assert r.returncode == 0, r.stderr
    assert "members 40," in r.stdout
    r = linju("demo", "--ten-year", "--years", "1", "--members", "10", data=tmp_path / "bench")
    assert r.returncode == 0 and "meetings 200," in r.stdout, r.stderr
    for book in ("members", "meetings", "expenses", "requests"):
        out = tmp_path / f"{book}.xlsx"
        assert linju("export", book, "--out", str(out), data=data).returncode == 0
        wb = openpyxl.load_workbook(out, read_only=True)
        rows = list(wb.active.iter_rows(values_only=True))
        wb.close()  # read-only workbooks keep the file open until closed
        assert len(rows) > 1 and rows[0][0]
    assert linju("demo", data=data).returncode == 2  # not over existing records


def test_two_demo_stations_share_no_row_id(tmp_path):
    """The same options give the same records but never the same ids (a district server
    refuses another station's ids)."""
    ids = []
    for name in ("a", "b"):
        assert linju("demo", "--seed", "3", data=tmp_path / name).returncode == 0
        with sqlite3.connect(tmp_path / name / "linju.sqlite3") as db:
            ids.append(
                {r[0] for r in db.execute("SELECT id FROM members UNION SELECT id FROM requests")}
            )
            names = sorted(r[0] for r in db.execute("SELECT name FROM members"))
        if name == "a":
            first_names = names
    assert not ids[0] & ids[1]
    assert names == first_names
