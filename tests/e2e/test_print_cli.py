"""`linju print` and `linju report figures` end to end, as a subprocess."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_cli import linju


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("station")
    assert linju("demo", "--seed", "4", data=folder).returncode == 0
    return folder


def _one(data: Path, sql: str) -> str:
    with sqlite3.connect(data / "linju.sqlite3") as db:
        return db.execute(sql).fetchone()[0]


def test_every_kind_prints(data, tmp_path):
    meeting = _one(data, "SELECT id FROM meetings WHERE status = 'final' LIMIT 1")
    request = _one(data, "SELECT number FROM requests LIMIT 1")
    volunteer = _one(data, "SELECT volunteer_id FROM service_hours LIMIT 1")
    consultation = _one(data, "SELECT title FROM consultations LIMIT 1")
    for args in (
        ["meeting", meeting[:8]],
        ["request", request],
        ["meetings"],
        ["funds", "--from", "2025-01-01", "--to", "2025-06-30"],
        ["ledger"],
        ["requests", "--list", "task"],
        ["roster"],
        ["annual"],
        ["tasks"],
        ["points"],
        ["service", volunteer],
        ["consultation", consultation],
    ):
        for suffix in (".pdf", ".xlsx"):
            out = tmp_path / f"{args[0]}{suffix}"
            run = linju("print", *args, "--out", str(out), data=data)
            assert run.returncode in (0, 1), run.stderr
            assert out.stat().st_size > 1000
            assert "已保存" in run.stdout


def test_exit_codes_and_messages(data, tmp_path):
    full = linju("print", "roster", "--full-ids", "--out", str(tmp_path / "r.pdf"), data=data)
    assert full.returncode == 1 and "完整身份证号" in full.stderr
    draft = _one(data, "SELECT id FROM meetings WHERE status = 'draft' LIMIT 1")
    run = linju("print", "meeting", draft, "--out", str(tmp_path / "d.pdf"), data=data)
    assert run.returncode == 1 and "草稿" in run.stderr

    missing = linju(
        "print", "meeting", "deadbeef-0000", "--out", str(tmp_path / "m.pdf"), data=data
    )
    assert missing.returncode == 2 and "deadbeef-0000" in missing.stderr
    assert not (tmp_path / "m.pdf").exists()
    bad = linju("print", "ledger", "--out", str(tmp_path / "no" / "x.pdf"), data=data)
    assert bad.returncode == 2 and "不存在" in bad.stderr
    wrong = linju("print", "ledger", "--out", str(tmp_path / "x.doc"), data=data)
    assert wrong.returncode == 2 and ".pdf" in wrong.stderr
    both = linju(
        "print", "ledger", "--year", "2025", "--from", "2025-01-01", "--out", "x.pdf", data=data
    )
    assert both.returncode == 2 and "--year" in both.stderr
    date = linju(
        "print", "funds", "--from", "2025-13-01", "--to", "2025-12-31", "--out", "x.pdf", data=data
    )
    assert date.returncode == 2 and "2025-13-01" in date.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.pdf", "r.pdf"]


def test_report_figures(data):
    run = linju("report", "figures", "--year", "2025", "--json", data=data)
    assert run.returncode == 0, run.stderr
    f = json.loads(run.stdout)
    for key in (
        "members",
        "party_groups",
        "centre_households",
        "meetings_by_type",
        "neighbour_meetings",
        "neighbour_meeting_residents",
        "joint_meetings",
        "requests_total",
        "requests_by_list",
        "requests_closed",
        "rates",
        "funds",
    ):
        assert key in f  # fmt: skip
    with sqlite3.connect(data / "linju.sqlite3") as db:
        spent = db.execute(
            "SELECT sum(amount_fen) FROM expenses WHERE deleted = 0 AND date LIKE '2025-%'"
        ).fetchone()[0]
    assert f["funds"]["spent_fen"] == spent
    assert 20 <= f["members"] <= 60 and f["meetings_by_type"]["committee"] == 12
    text = linju("report", "figures", "--year", "2025", data=data)
    assert "响应率" in text.stdout and "在册党员" in text.stdout


def test_wrong_commands_are_explained_in_chinese(data, tmp_path):
    out = str(tmp_path / "x.pdf")
    for args, words in (
        (["print", "nosuch", "--out", out], "没有“nosuch”这种打印件"),
        (["print", "ledger"], "命令行缺少：--out"),
        (["print", "ledger", "--year", "abc", "--out", out], "abc 不是有效的年份"),
        (["print", "requests", "--list", "wish", "--out", out], "没有“wish”清单"),
        (["print", "request", "1999-00001", "--out", out], "1999-00001"),
        (["report", "figures", "--year", "x"], "x 不是有效的年份"),
    ):
        run = linju(*args, data=data)
        assert run.returncode == 2, args
        assert words in run.stderr, (args, run.stderr)
        assert not any(w in run.stderr for w in ("usage", "error:", "Traceback")), run.stderr
    # a folder where the file should be: the reason in Chinese, and nothing left behind
    (tmp_path / "taken.pdf").mkdir()
    run = linju("print", "ledger", "--out", str(tmp_path / "taken.pdf"), data=data)
    assert run.returncode == 2 and "已有同名文件夹" in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf"]


def test_ctrl_c_leaves_no_file(data, tmp_path):
    """Interrupted while writing (as soon as the temporary file exists): exit 2, a
    Chinese message, and neither the file nor its temporary."""
    env = {k: v for k, v in os.environ.items() if k != "LINJU_DATA_DIR"}
    cmd = [sys.executable, "-m", "linju_desktop.cli", "--data-dir", str(data), "print",
           "meetings", "--from", "2000-01-01", "--to", "2026-12-31",
           "--out", str(tmp_path / "x.pdf")]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    while not list(tmp_path.iterdir()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    if proc.poll() is not None:
        pytest.skip("the output was written before it could be interrupted")
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the output was written before the interrupt landed")
    assert proc.returncode == 2, err.decode()
    assert "已取消" in err.decode() and b"Traceback" not in err
    assert list(tmp_path.iterdir()) == []
