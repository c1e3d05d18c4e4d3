"""Save a screenshot of every page (offscreen) so anyone can look without a display.

    QT_QPA_PLATFORM=offscreen python -m linju_desktop.gui.screenshots --out shots/ [--data-dir DIR]

Without --data-dir a realistic demo station (this year and last, 40 members) is
made in a temporary folder.
Chinese text needs a CJK font (fonts-noto-cjk on Debian/Ubuntu).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="linju-screenshots")
    p.add_argument("--out", default="screenshots")
    p.add_argument("--data-dir")
    p.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    p.add_argument("--scale", type=int, default=125)
    p.add_argument("--high-contrast", action="store_true")
    args = p.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from linju_desktop.gui import i18n
    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.gui.context import AppContext
    from linju_desktop.gui.main_window import PAGES, MainWindow
    from linju_desktop.store.database import Store

    tmp = None
    if not args.data_dir:
        from linju_desktop.services import demo

        tmp = tempfile.TemporaryDirectory(prefix="linju-shots-")
        args.data_dir = tmp.name
        with Store(Path(tmp.name)) as s:
            demo.generate(s, profile=demo.REALISTIC, seed=2)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    i18n.install(args.lang)
    apply_appearance(app, args.scale, args.high_contrast)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = Store(Path(args.data_dir))
    window = MainWindow(AppContext(store))
    window.resize(1280, 820)
    window.show()
    for i, (key, _page) in enumerate(PAGES, 1):
        window.show_page(key)
        for _ in range(3):
            app.processEvents()
        path = out / f"{i:02d}-{key}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    for path in print_pages(store, out):
        print(path)
    store.close()
    if tmp:
        tmp.cleanup()
    return 0


def print_pages(store: Any, out: Path, dpi: int = 80) -> list[Path]:
    """The first page of every printed output, drawn by the same renderer as the PDF."""
    from linju_desktop.reports import pdf
    from linju_desktop.reports.catalogue import KINDS, Order, build
    from linju_desktop.reports.period import Period
    from linju_desktop.store import report_queries as q

    today = dt.date.today()
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
        lay = pdf.layout(build(store, Order(kind, ident=ident, period=last_year), today))
        path = out / f"print-{kind}.png"
        pdf.page_image(lay, 0, dpi).save(str(path))
        paths.append(path)
    return paths


if __name__ == "__main__":
    sys.exit(main())
