"""The district console in a real headless Chromium against a real server process with two
workers, and a real desktop station that syncs with the `linju` command: log in, change
the first password, read the overview, open a station, whistle a request to a department,
answer as that department, and see the answer arrive at the station after its sync.

Runs under the `browser` mark (after the main suite in CI), on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.conftest import BACKENDS, ServerProc, database_url

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
PASSWORD = "区里的新密码2026!"
SHOTS = Path(os.environ.get("LINJU_SHOTS", "")) if os.environ.get("LINJU_SHOTS") else None


def _need_browser() -> None:
    if CHROMIUM and DRIVER:
        return
    if os.environ.get("CI"):
        pytest.fail("CI must install chromium and chromium-driver (see .ci/run)")
    pytest.skip("chromium and chromedriver are not installed")


def linju(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linju_desktop.cli", "--data-dir", str(data), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )  # fmt: skip


class TwoWorkers(ServerProc):
    def start(self) -> None:  # the same as ServerProc, with --workers 2
        import time

        import requests

        from tests.sync.conftest import free_port

        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        cmd = [sys.executable, "-m", "linju_sync.server.cli", "--data-dir", str(self.data_dir),
               "--database-url", self.url, "serve", "--port", str(port), "--workers", "2"]  # fmt: skip
        with open(self.data_dir / "server.log", "ab") as log:
            self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.base + "/api/v1/status", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.2)
        raise RuntimeError(self.log())


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, tmp_path_factory) -> Iterator[dict]:
    _need_browser()
    data = tmp_path_factory.mktemp(f"browser-{request.param}")
    url, pg = database_url(request.param, data)
    server = TwoWorkers(data, url)
    server.cli("init")
    server.start()
    station_dir = data / "station"
    try:
        sid = server.last_line("add-station", "幸福里小区综合党支部", "--street", "和平街道",
                               "--community", "幸福里社区")  # fmt: skip
        assert linju(station_dir, "demo").returncode == 0
        code = server.last_line("enroll", sid)
        enrolled = linju(station_dir, "sync", "enroll", "--server", server.base, "--code", code)
        assert enrolled.returncode == 0, enrolled.stderr
        assert linju(station_dir, "sync", "run").returncode == 0
        initial = {
            "qu": server.last_line("add-user", "qu", "--role", "district"),
            "chengguan": server.last_line(
                "add-user", "chengguan", "--role", "department", "--scope", "区城管委"
            ),
        }
        yield {"server": server, "station": station_dir, "station_id": sid, "initial": initial,
               "backend": request.param}  # fmt: skip
    finally:
        server.stop()
        if pg is not None:
            pg.drop()


@pytest.fixture
def browser():
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM  # type: ignore[assignment]
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1366,900", "--lang=zh-CN"):  # fmt: skip
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)  # type: ignore[arg-type]
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SHOTS / f"{name}.png"))


def _go(driver, element) -> None:
    """Click something that loads a new page and wait until the old page is gone, so the
    next lookup cannot find an element of the page being left (a race seen in CI)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.TAG_NAME, "html")
    element.click()

    def left(_driver: object) -> bool:
        try:
            old.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as exc:  # Chromium's other word for a node that is gone
            if "does not belong to the document" in str(exc):
                return True
            raise
        return False

    WebDriverWait(driver, 30).until(left)


def _login_first_time(driver, base: str, username: str, initial: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(base + "/")
    assert "/login" in driver.current_url
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(initial)
    _go(driver, driver.find_element(By.CSS_SELECTOR, "button[type=submit].primary"))
    WebDriverWait(driver, 30).until(lambda d: d.current_url.endswith("/password"))
    assert "第一次登录" in driver.page_source
    driver.find_element(By.ID, "old").send_keys(initial)
    driver.find_element(By.ID, "new").send_keys(PASSWORD)
    driver.find_element(By.ID, "again").send_keys(PASSWORD)
    _go(driver, driver.find_element(By.CSS_SELECTOR, "main button[type=submit]"))
    WebDriverWait(driver, 30).until(lambda d: "/password" not in d.current_url)


def test_district_and_department_work_a_whistle_through_to_the_station(world, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, d = world["server"].base, browser
    _login_first_time(d, base, "qu", world["initial"]["qu"])
    assert d.find_element(By.TAG_NAME, "h1").text.startswith("总览")
    members = int(d.find_element(By.ID, "fig-members").text.replace(",", ""))
    assert 20 <= members <= 60  # a realistic branch's roll
    assert d.find_elements(By.CSS_SELECTOR, "svg.chart")
    _shot(d, f"console-overview-{world['backend']}")

    _go(d, d.find_element(By.LINK_TEXT, "站点"))
    from linju_desktop import __version__

    # the program and data versions the station last synced with, in two columns
    row = d.find_element(By.XPATH, "//tr[th/a[text()='幸福里小区综合党支部']]")
    cells = [c.text for c in row.find_elements(By.TAG_NAME, "td")]
    assert __version__ in cells and "linju-desktop" not in row.text
    assert cells[cells.index(__version__) + 1].isdigit()
    _go(d, d.find_element(By.LINK_TEXT, "幸福里小区综合党支部"))
    assert "身份证号" in d.page_source and "***" in d.page_source
    _shot(d, f"console-station-{world['backend']}")

    _go(d, d.find_element(By.LINK_TEXT, "吹哨报到"))
    Select(d.find_element(By.ID, "station")).select_by_value(world["station_id"])
    d.find_element(By.ID, "resident").send_keys("王大爷")
    d.find_element(By.ID, "description").send_keys("3号楼门口路灯不亮")
    Select(d.find_element(By.ID, "category")).select_by_value("street_lights")
    d.find_element(By.ID, "department").send_keys("区城管委")
    _go(d, d.find_element(By.CSS_SELECTOR, "form[action='/whistles/dispatch'] button"))
    assert "已向" in d.find_element(By.CSS_SELECTOR, "p[role=status]").text
    _go(d, d.find_element(By.CSS_SELECTOR, "header form button"))  # log out
    assert "/login" in d.current_url

    _login_first_time(d, base, "chengguan", world["initial"]["chengguan"])
    assert d.current_url.endswith("/whistles")
    _go(d, d.find_element(By.PARTIAL_LINK_TEXT, "D"))
    _go(d, d.find_element(By.CSS_SELECTOR, "input[value=accept] ~ button"))
    d.find_element(By.ID, "text-complete").send_keys("已更换灯泡，恢复照明")
    _go(d, d.find_element(By.CSS_SELECTOR, "input[value=complete] ~ button"))
    assert "已办结" in d.find_element(By.TAG_NAME, "h1").text
    _shot(d, f"console-whistle-{world['backend']}")

    synced = linju(world["station"], "sync", "run")
    assert synced.returncode == 0, synced.stderr
    with sqlite3.connect(world["station"] / "linju.sqlite3") as db:
        state, result = db.execute(
            "SELECT state, result FROM requests WHERE resident = '王大爷'"
        ).fetchone()
    assert (state, result) == ("done", "已更换灯泡，恢复照明")


def test_allocations_upload_and_a_conflict_settled(world, browser, tmp_path):
    """After the first test (qu has their own password): upload allocations with a bad row,
    then a good file; settle a conflict from the 接入 page; both reach the stations."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.sync.console_support import make_member_conflict

    server, d = world["server"], browser
    other = server.enroll(server.last_line("add-station", "光明小区综合党支部", "--street",
                                           "和平街道", "--community", "光明社区"))  # fmt: skip
    rid = make_member_conflict(other)
    d.get(server.base + "/login")
    d.find_element(By.ID, "username").send_keys("qu")
    d.find_element(By.ID, "password").send_keys(PASSWORD)
    _go(d, d.find_element(By.CSS_SELECTOR, "button[type=submit].primary"))
    WebDriverWait(d, 30).until(lambda drv: "/login" not in drv.current_url)

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "站点,金额（元）\n幸福里小区综合党支部,15000\n不存在的小区,9000\n", encoding="gb18030"
    )
    year = dt.date.today().year
    d.get(server.base + f"/funds?year={year}")
    d.find_element(By.ID, "upload-file").send_keys(str(bad))
    _go(d, d.find_element(By.CSS_SELECTOR, "form[action='/funds/upload'] button"))
    problems = d.find_element(By.ID, "upload-problems").text
    assert "第 3 行" in problems and "不存在的小区" in problems
    good = tmp_path / "good.csv"
    good.write_text("站点,金额（元）\n幸福里小区综合党支部,15000\n光明小区综合党支部,14500.50\n",
                    encoding="utf-8-sig")  # fmt: skip
    d.find_element(By.ID, "upload-file").send_keys(str(good))
    _go(d, d.find_element(By.CSS_SELECTOR, "form[action='/funds/upload'] button"))
    assert "2" in d.find_element(By.ID, "funds-message").text
    _shot(d, f"console-funds-{world['backend']}")

    d.get(server.base + "/enrollment")
    row = d.find_element(By.XPATH, f"//tr[td[small[contains(., '{rid[:8]}')]] and "
                                   f"td[small[text()='mobile']]]")  # fmt: skip
    assert "139****" in row.text and "13955556666" not in d.page_source
    _go(d, row.find_element(By.CSS_SELECTOR, "button[value=station]"))
    left = d.find_elements(By.XPATH, f"//tr[td[small[contains(., '{rid[:8]}')]] and "
                                     f"td[small[text()='mobile']]]")  # fmt: skip
    assert left == []
    _shot(d, f"console-enrollment-{world['backend']}")
    feed = other.sync()["operations"]
    assert any(f["row_id"] == rid and f["changes"].get("mobile") == "13955556666" for f in feed)
    assert any(f["table"] == "allocations" and f["changes"].get("amount_fen") == 1_450_050
               for f in feed)  # fmt: skip

    synced = linju(world["station"], "sync", "run")
    assert synced.returncode == 0, synced.stderr
    with sqlite3.connect(world["station"] / "linju.sqlite3") as db:
        amount = db.execute(
            "SELECT amount_fen FROM allocations WHERE year = ? AND deleted = 0", (year,)
        ).fetchone()[0]
    assert amount == 1_500_000


def test_keyboard_only_login(world, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    d = browser
    d.get(world["server"].base + "/login")
    active = d.switch_to.active_element
    assert active.get_attribute("id") == "username"  # autofocus
    active.send_keys("qu", Keys.TAB)
    d.switch_to.active_element.send_keys(PASSWORD, Keys.ENTER)
    WebDriverWait(d, 30).until(lambda drv: "/login" not in drv.current_url)
    assert d.find_element(By.TAG_NAME, "h1").text.startswith("总览")
