"""Save a picture of every page and form (offscreen) so anyone can look without a display.

    python -m linju_desktop.gui.screenshots --out shots/ --text-scale 150 --screen 1366x768
        [--high-contrast] [--data-dir DIR] [--print-pages]

Without --data-dir a realistic demo station (this year and last, 40 members) is made in a
temporary folder. On Qt's offscreen platform --screen sets the size of the (only) screen, so
dialogs are fitted to it as on a real station; no picture is larger than the screen.
--print-pages adds the first page of every printed output (the PDF renderer's picture).
Chinese text needs a CJK font (fonts-noto-cjk on Debian/Ubuntu).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def _screen(text: str) -> tuple[int, int]:
    width, _x, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a screen size: {text} (e.g. 1366x768)") from None


def _scale(text: str) -> int:
    """A text size in percent (150) or as a factor (1.5); only the sizes Settings offers."""
    from linju_desktop.gui.appearance import TEXT_SCALES

    try:
        value = float(text)
    except ValueError:
        value = 0.0
    percent = round(value * 100) if 0 < value <= 4 else round(value)
    if percent not in TEXT_SCALES:
        sizes = ", ".join(str(s) for s in TEXT_SCALES)
        raise argparse.ArgumentTypeError(f"not a text size: {text} (one of {sizes})")
    return percent


def offscreen_screen(width: int, height: int, folder: Path) -> None:
    """Give Qt's offscreen platform one screen of this size (before the application starts)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if platform.split(":")[0] != "offscreen":
        return  # a real display: its own screen counts
    config = folder / "screen.json"
    screen = {"name": "station", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="linju-screenshots")
    p.add_argument("--out", default="screenshots")
    p.add_argument("--data-dir")
    p.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    p.add_argument("--text-scale", "--scale", dest="scale", type=_scale, default=125)
    p.add_argument("--screen", type=_screen, default=(1366, 768))
    p.add_argument("--high-contrast", action="store_true")
    p.add_argument("--no-dialogs", action="store_true", help="the pages only")
    p.add_argument("--print-pages", action="store_true")
    args = p.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="linju-shots-")
    offscreen_screen(*args.screen, Path(tmp.name))
    from PySide6.QtWidgets import QApplication

    from linju_desktop.gui import i18n
    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.gui.context import AppContext
    from linju_desktop.gui.forms import available
    from linju_desktop.gui.main_window import MainWindow
    from linju_desktop.gui.tour import tour
    from linju_desktop.store.database import Store

    if not args.data_dir:
        from linju_desktop.services import demo

        args.data_dir = str(Path(tmp.name) / "data")
        with Store(Path(args.data_dir)) as s:
            demo.generate(s, profile=demo.REALISTIC, seed=2)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    i18n.install(args.lang)
    apply_appearance(app, args.scale, args.high_contrast)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = Store(Path(args.data_dir))
    window = MainWindow(AppContext(store))
    area = available(window)
    window.setGeometry(area)
    window.show()
    too_big = []
    for i, (name, widget) in enumerate(tour(window, dialogs=not args.no_dialogs), 1):
        path = out / f"{i:02d}-{name}.png"
        picture = widget.grab()
        picture.save(str(path))
        if picture.width() > args.screen[0] or picture.height() > args.screen[1]:
            too_big.append(f"{path.name}: {picture.width()}×{picture.height()}")
        print(path)
    window.close()
    if args.print_pages:
        for path in print_pages(store, out):
            print(path)
    store.close()
    tmp.cleanup()
    if too_big:
        print("larger than the screen: " + ", ".join(too_big), file=sys.stderr)
        return 1
    return 0


def print_pages(store: Any, out: Path, dpi: int = 80) -> list[Path]:
    """The first page of every printed output, drawn by the same renderer as the PDF."""
    from linju_desktop.domain import clock
    from linju_desktop.reports import pdf
    from linju_desktop.reports.catalogue import KINDS, Order, build
    from linju_desktop.reports.period import Period
    from linju_desktop.store import report_queries as q

    today = clock.today()
    last_year = Period.year(today.year - 1)
    meetings = q.meetings_between(store, last_year.start.isoformat(), last_year.end.isoformat())
    assembly = next((m for m in meetings if m["type"] == "branch_assembly" and m["rolled"]), None)
    handled = [
        r
        for r in q.requests_registered(store, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z")
        if r["handling"] == "department"
    ]
    paths = []
    for kind in KINDS:
        ident = ""
        if kind == "meeting":
            if assembly is None:
                continue
            ident = assembly["id"]
        elif kind == "request":
            if not handled:
                continue
            ident = handled[-1]["number"]
        elif KINDS[kind][1]:  # another record's output (a service record, a 公示): not pictured
            continue
        lay = pdf.layout(build(store, Order(kind, ident=ident, period=last_year), today))
        path = out / f"print-{kind}.png"
        pdf.page_image(lay, 0, dpi).save(str(path))
        paths.append(path)
    return paths


if __name__ == "__main__":
    sys.exit(main())
