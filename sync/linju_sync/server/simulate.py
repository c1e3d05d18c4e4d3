"""`linju-server simulate-district`: a whole district of realistic stations, synced for real.

Each station is a real station data folder written by the desktop's own code
(linju_desktop.services.demo), registered in the district's database through the same
service functions as `linju-server add-station` and `enroll`, enrolled with the
desktop's sync service and synced through the HTTP API of a running server until fully
synced - J stations at a time on a thread pool (a Store gives each thread its own
connection). It measures the server under a district's load and checks the district's
figures against the source district's (DOMAIN.md, "Figures the district reports").

The simulated years are whole calendar years ending last 31 December: the source
district's figures are yearly, and a year cut off at today would undercount them.

linju-sync is its own distribution: linju_desktop is imported only inside the command.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from linju_sync import figures
from linju_sync.server import auth
from linju_sync.server.service import Server

if TYPE_CHECKING:  # only for the type: linju_desktop is imported inside the command
    from linju_desktop.services.demo import Profile

# The source district (DOMAIN.md): 526 branches in 52 communities of 5 streets.
SOURCE_STATIONS = 526
SOURCE_STREETS = 5
SOURCE_COMMUNITIES = 52
# Its yearly figures, compared with the simulated district's (scaled to N stations).
SOURCE_FIGURES: tuple[tuple[str, str, int], ...] = (
    ("party_groups", "building party groups", 2391),
    ("centre_households", "centre households", 4763),
    ("neighbour_meetings", "neighbour meetings", 3486),
    ("neighbour_meeting_residents", "residents attending", 26600),
    ("requests_total", "problems collected", 3205),
    ("joint_meetings", "joint meetings", 2100),
)
# 4.35 million yuan for 300 branches: about 14,500 yuan a branch.
ALLOCATION_FEN = 1_450_000
MEMBERS = (20, 60)  # a branch's size, "typically 20-60 members"

MISSING_DESKTOP = (
    "error: simulate-district builds each station with the desktop's own code; install "
    "the desktop package (linju-desktop) beside the server, e.g. pip install -e . "
    "from the Linju source folder"
)

# Name parts. Streets: "和平街道", "建设路街道"; communities: "幸福里社区"; compounds:
# "锦绣家园小区" (the branch is "锦绣家园小区综合党支部").
STREET_WORDS = (
    "和平", "建设", "胜利", "东风", "新华", "光明", "长安", "团结", "友谊", "前进",
    "解放", "人民", "文化", "青年", "振兴", "兴华", "永安", "安定", "太平", "朝阳",
)  # fmt: skip
STREET_ENDINGS = ("", "里", "路", "门", "桥")
COMMUNITY_WORDS = (
    "幸福", "和谐", "阳光", "春华", "锦绣", "金桥", "枫林", "翠微", "丽水", "望园",
    "康乐", "安华", "新源", "紫竹", "玉泉", "绿洲", "朝晖", "东湖", "西山", "南苑",
    "北辰", "碧水", "怡和", "祥和", "明珠", "书香", "杏林", "宏源", "福海", "桃源",
    "芳草", "银河", "育新", "松榆", "百子", "花园", "静安", "双井", "柳荫", "红庙",
)  # fmt: skip
COMMUNITY_ENDINGS = ("里", "园", "苑", "湾", "庄", "坊")
COMPOUND_WORDS = (
    "锦绣", "金色", "华林", "阳光", "翠湖", "丽景", "紫薇", "御景", "富力", "远洋",
    "万科", "碧桂", "天鹅", "银杏", "海棠", "玉兰", "桂香", "梧桐", "香樟", "青松",
    "芳园", "嘉和", "宜居", "瑞祥", "盛世", "和美", "康居", "安馨", "怡景", "清水",
    "博雅", "文苑", "书院", "棉纺", "铁路", "电厂", "钢厂", "邮电", "水电", "农机",
    "电子", "化工", "教师", "医苑", "燕园", "望湖", "临河", "东坝", "西坝", "南湖",
)  # fmt: skip
COMPOUND_ENDINGS = (
    "家园", "花园", "嘉园", "新村", "名苑", "公寓", "北里", "南里", "西里", "东里", "新城", "雅苑",
)  # fmt: skip
BATCH_SUFFIXES = ("二期", "三期", "四期", "五期", "六期", "七期", "八期", "九期")


@dataclass(frozen=True)
class PlannedStation:
    index: int  # 1-based, the station's folder number
    name: str  # the branch
    compounds: tuple[str, ...]
    community: str
    street: str
    members: int
    seed: int  # the station's data (the ids come from a fresh id seed each run)


@dataclass
class StationResult:
    station: PlannedStation
    station_id: str
    folder: Path
    rows: int = 0  # rows the demo wrote
    sent: int = 0  # operations uploaded
    syncs: int = 0
    requests: int = 0  # HTTP requests
    checksums_match: bool = False
    figures: dict[str, Any] | None = None
    error: str = ""
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def scaled(n: int, source: int) -> int:
    """A count of the source district scaled to n stations (at least 1)."""
    return max(1, round(source * n / SOURCE_STATIONS))


def _names(
    rng: random.Random, words: tuple[str, ...], endings: tuple[str, ...], tail: str, n: int
) -> list[str]:
    """n distinct names word+ending+tail in random order; past the pool, "二期" and on."""
    pool = [w + e for w, e in itertools.product(words, endings)]
    rng.shuffle(pool)
    out = [p + tail for p in pool[:n]]
    for suffix in BATCH_SUFFIXES:
        if len(out) >= n:
            break
        out.extend(p + suffix + tail for p in pool[: n - len(out)])
    if len(out) < n:
        raise ValueError(f"no more than {len(out)} distinct names")
    return out


def _spread(rng: random.Random, items: int, bins: int) -> list[int]:
    """A bin for each item: every bin gets at least one, the rest fall at random."""
    picks = list(range(bins)) + [rng.randrange(bins) for _ in range(items - bins)]
    rng.shuffle(picks)
    return picks


def plan_district(stations: int, seed: int) -> list[PlannedStation]:
    """The district's geography and its stations, deterministic from the seed: 5 streets
    and 52 communities for 526 stations, scaled down for fewer (at least 1 each)."""
    if stations < 1:
        raise ValueError("a district needs at least 1 station")
    rng = random.Random(f"district-{seed}")
    n_streets = min(scaled(stations, SOURCE_STREETS), stations)
    n_communities = max(n_streets, min(scaled(stations, SOURCE_COMMUNITIES), stations))
    streets = _names(rng, STREET_WORDS, STREET_ENDINGS, "街道", n_streets)
    communities = _names(rng, COMMUNITY_WORDS, COMMUNITY_ENDINGS, "社区", n_communities)
    street_of = [streets[i] for i in _spread(rng, n_communities, n_streets)]
    community_of = _spread(rng, stations, n_communities)
    compounds = _names(rng, COMPOUND_WORDS, COMPOUND_ENDINGS, "", stations)
    seeds: set[int] = set()
    planned = []
    for i, (c, stem) in enumerate(zip(community_of, compounds, strict=True)):
        seeds.add(station_seed := rng.getrandbits(48))
        # About a third of the branches cover a second compound (片区).
        covers = (f"{stem}小区", f"{stem}北区") if rng.random() < 0.3 else (f"{stem}小区",)
        planned.append(
            PlannedStation(
                index=i + 1,
                name=f"{stem}小区综合党支部",
                compounds=covers,
                community=communities[c],
                street=street_of[c],
                members=rng.randint(*MEMBERS),
                seed=station_seed,
            )
        )
    if len(seeds) != stations:  # 48 random bits: practically never
        raise ValueError("two stations drew the same seed; try another --seed")
    planned.sort(key=lambda s: (s.street, s.community, s.index))
    return planned


def simulation_profile(demo: ModuleType) -> Profile:
    """REALISTIC, tuned so the district's yearly figures land on the source district's:
    about 6.6 neighbour meetings of 7.6 residents (3,486 and 26,600 over 526 branches)
    and 6 problems collected (3,205) a branch a year; linju demo keeps its own ranges."""
    return dataclasses.replace(
        demo.REALISTIC,
        neighbour_meetings_per_year=(5, 8),
        neighbour_residents=(5, 10),
        requests_per_year=(4, 8),
        allocation_fen=ALLOCATION_FEN,
    )


# -- the server ------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answers(url: str) -> bool:
    import requests

    try:
        return requests.get(url + "/api/v1/status", timeout=2).status_code == 200
    except requests.RequestException:
        return False


@contextmanager
def running_server(server: Server, log_path: Path) -> Iterator[str]:
    """`linju-server serve` on a free loopback port over the same database; its URL."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "linju_sync.server.cli", "--data-dir", str(server.data_dir)]
    cmd += ["--database-url", server.db.url, "serve", "--host", "127.0.0.1"]
    cmd += ["--port", str(port)]
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while not _answers(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start; see {log_path}")
            time.sleep(0.1)
        yield url
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def register(server: Server, planned: list[PlannedStation]) -> list[tuple[str, str]]:
    """Add each station and make its enrollment code, as `add-station` and `enroll` do;
    one transaction for all (a district of 526 in well under a second)."""
    out = []
    with server.db.write() as conn:
        for st in planned:
            sid = auth.add_station(conn, st.name, st.community, st.street)
            out.append((sid, auth.new_code(conn, sid)))
    return out


# -- one station -------------------------------------------------------------------------
def build_and_sync(
    st: PlannedStation,
    station_id: str,
    code: str,
    url: str,
    folder: Path,
    *,
    years: int,
    last_day: dt.date,
    max_syncs: int = 5,
) -> StationResult:
    """Write the station's folder with the desktop's code, enroll it and sync until fully
    synced. Runs on a worker thread; the Store is opened and closed here."""
    from linju_desktop.reports.figures import station_figures
    from linju_desktop.reports.period import Period
    from linju_desktop.services import demo
    from linju_desktop.services import sync as sync_service
    from linju_desktop.store.database import Store

    started = time.perf_counter()
    res = StationResult(st, station_id, folder)
    store = Store(folder)
    try:
        res.counts = demo.generate(
            store,
            profile=simulation_profile(demo),
            years=years,
            members=st.members,
            seed=st.seed,
            today=last_day,
            branch_name=st.name,
            compounds=st.compounds,
            community=st.community,
            street=st.street,
            id_seed=uuid.uuid4().hex,  # fresh ids every run: a shared server refuses repeats
        )
        res.rows = sum(res.counts.values())
        sync_service.enroll_station(store, url, code)
        while True:
            report = sync_service.run_sync(store)
            res.syncs += 1
            res.sent += report.sent
            res.requests += report.requests
            if report.error is not None:
                raise RuntimeError(f"sync failed: {report.error}")
            status = sync_service.status(store)
            done = report.fully_synced and not status.pending and not status.blobs_pending
            if done and not report.unchecked:
                # The last answer's per-table checksums matched every table.
                res.checksums_match = "the server sent no checksums" not in report.warnings
                break
            if report.mismatched:
                raise RuntimeError(f"checksums differ: {', '.join(report.mismatched)}")
            if report.attention:
                raise RuntimeError(f"{report.attention} item(s) need attention")
            if res.syncs >= max_syncs:
                raise RuntimeError(f"not fully synced after {res.syncs} syncs")
        res.figures = station_figures(store, Period.year(last_day.year))
    except Exception as exc:  # one station's failure is reported, the others go on
        res.error = f"{type(exc).__name__}: {exc}"
    finally:
        store.close()
        res.seconds = time.perf_counter() - started
    return res


# -- the command -------------------------------------------------------------------------
def _say(text: str) -> None:
    print(text, flush=True)


def _work_dir(args: argparse.Namespace) -> Path:
    if args.work:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
        if any(work.glob("station-*")):
            raise ValueError(f"{work} already holds stations; give an empty --work folder")
        return work
    return Path(tempfile.mkdtemp(prefix="linju-district-"))


def _usage(args: argparse.Namespace) -> str | None:
    if args.stations < 1:
        return "--stations must be at least 1"
    if args.years < 1:
        return "--years must be at least 1"
    if args.jobs < 1:
        return "--jobs must be at least 1"
    return None


def simulate_district(args: argparse.Namespace, open_server: Callable[..., Server]) -> int:
    """The command; `open_server(args)` is the CLI's own way to open the district."""
    if problem := _usage(args):
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        import linju_desktop  # noqa: F401  (the stations are built by the desktop's code)
    except ImportError:
        print(MISSING_DESKTOP, file=sys.stderr)
        return 2

    url = args.server.rstrip("/") if args.server else None
    if url and not _answers(url):
        print(f"error: no linju-server answers at {url}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    work = _work_dir(args)
    server = open_server(args)
    last_day = dt.date(dt.date.today().year - 1, 12, 31)
    first_year = last_day.year - args.years + 1
    planned = plan_district(args.stations, args.seed)
    n = len(planned)
    streets = len({s.street for s in planned})
    communities = len({s.community for s in planned})
    _say(
        f"district: {n} station(s) in {communities} community(ies) of {streets} street(s), "
        f"{first_year}-{last_day.year} (seed {args.seed}); station folders in {work}"
    )
    ids = register(server, planned)
    manifest = [
        {**dataclasses.asdict(st), "station_id": sid, "folder": f"station-{st.index:04d}"}
        for st, (sid, _) in zip(planned, ids, strict=True)
    ]
    _write_json(work / "stations.json", manifest)
    _say(f"registered {n} station(s) with enrollment codes in {server.db.url}")

    if url:
        results, sync_seconds = _run_all(planned, ids, url, work, args, last_day)
    else:
        try:
            with running_server(server, work / "server.log") as own:
                _say(f"server started at {own} (log: {work / 'server.log'})")
                results, sync_seconds = _run_all(planned, ids, own, work, args, last_day)
        except RuntimeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return _summary(results, work, args, last_day.year, sync_seconds, time.perf_counter() - t0)


def _run_all(
    planned: list[PlannedStation],
    ids: list[tuple[str, str]],
    url: str,
    work: Path,
    args: argparse.Namespace,
    last_day: dt.date,
) -> tuple[list[StationResult], float]:
    n = len(planned)
    step = max(1, n // 20)  # about twenty progress lines, whatever N
    t0 = time.perf_counter()
    results: list[StationResult] = []
    _say(f"building and syncing {n} station(s), {args.jobs} at a time, to {url}")
    with ThreadPoolExecutor(max_workers=args.jobs, thread_name_prefix="station") as pool:
        futures: list[Future[StationResult]] = [
            pool.submit(
                build_and_sync,
                st,
                sid,
                code,
                url,
                work / f"station-{st.index:04d}",
                years=args.years,
                last_day=last_day,
            )
            for st, (sid, code) in zip(planned, ids, strict=True)
        ]
        for fut in as_completed(futures):
            res = fut.result()
            results.append(res)
            done = len(results)
            elapsed = time.perf_counter() - t0
            if res.error:
                _say(f"  FAILED {res.station.name} ({res.folder.name}): {res.error}")
            if done % step == 0 or done == n:
                rows = sum(r.sent for r in results)
                _say(
                    f"  {done}/{n} stations synced, {rows:,} rows, {elapsed:.0f} s "
                    f"({done / elapsed * 60:.0f} stations/min)"
                )
    return sorted(results, key=lambda r: r.station.index), time.perf_counter() - t0


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _summary(
    results: list[StationResult],
    work: Path,
    args: argparse.Namespace,
    year: int,
    sync_seconds: float,
    total_seconds: float,
) -> int:
    n = len(results)
    ok = [r for r in results if not r.error]
    matched = sum(r.checksums_match for r in ok)
    rows = sum(r.sent for r in results)
    _say("")
    _say(
        f"stations: {n}, fully synced {len(ok)}, checksums matched {matched}, failed {n - len(ok)}"
    )
    _say(
        f"rows synced: {rows:,} in {sum(r.requests for r in results):,} HTTP requests "
        f"({rows / sync_seconds:,.0f} rows/s)"
    )
    _say(
        f"time: {total_seconds:.1f} s in all, {sync_seconds:.1f} s building and syncing "
        f"({sync_seconds / max(n, 1):.2f} s a station with {args.jobs} jobs)"
    )
    summary: dict[str, Any] = {
        "stations": n,
        "fully_synced": len(ok),
        "checksums_matched": matched,
        "rows_synced": rows,
        "seconds": round(total_seconds, 1),
        "sync_seconds": round(sync_seconds, 1),
        "jobs": args.jobs,
        "seed": args.seed,
        "years": args.years,
        "failed": [{"folder": r.folder.name, "error": r.error} for r in results if r.error],
    }
    parts = [r.figures for r in ok if r.figures is not None]
    if parts:
        combined = figures.combine(parts)
        summary["figures_year"] = year
        summary["figures"] = combined
        _say(_figures_table(combined, len(parts), year))
    _write_json(work / "summary.json", summary)
    _say(f"station folders and summary.json in {work}")
    return 0 if len(ok) == n and matched == n else 1


def _figures_table(combined: dict[str, Any], n: int, year: int) -> str:
    """The district's figures next to the source district's, scaled to n stations."""
    head = "source" if n == SOURCE_STATIONS else f"source x {n}/{SOURCE_STATIONS}"
    lines = [
        f"district figures for {year} ({n} stations) vs the source district (DOMAIN.md):",
        f"  {'figure':<26}{'simulated':>12}{head:>18}{'ratio':>8}",
    ]
    for key, label, source in SOURCE_FIGURES:
        want = source * n / SOURCE_STATIONS
        got = int(combined[key])
        lines.append(f"  {label:<26}{got:>12,}{want:>18,.0f}{got / want:>8.2f}")
    allocated = combined["funds"]["allocated_fen"] / 100 / n
    spent = combined["funds"]["spent_fen"] / 100 / n
    want = ALLOCATION_FEN / 100
    lines.append(
        f"  {'allocated a station (yuan)':<26}{allocated:>12,.0f}{want:>18,.0f}"
        f"{allocated / want:>8.2f}"
    )
    lines.append(f"  {'spent a station (yuan)':<26}{spent:>12,.0f}")
    rates = combined["rates"]
    lines.append(
        "  rates: "
        + ", ".join(
            f"{k} {rates[k]['value']:.1%}" if rates[k]["value"] is not None else f"{k} -"
            for k in ("response", "resolution", "satisfaction")
        )
    )
    return "\n".join(lines)
