"""Steps benchmark: the actions (clicks and key presses, free text not counted) three
everyday tasks take, driven through the real widgets with QTest, against their targets.

    python tests/benchmarks/bench_steps.py

- a 20-person members' meeting with 2 absentees, from the home page's reminder (target 8
  plus the minutes)
- a resident request (target 5)
- an expense with a receipt (target 6)

The tasks themselves are in tests/steps_support.py (tests/gui/test_steps.py asserts them).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: steps_support


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from steps_support import (
        EXPENSE_TARGET,
        MEETING_TARGET,
        REQUEST_TARGET,
        add_branch,
        expense_with_receipt,
        members_meeting,
        receipt_image,
        resident_request,
    )

    from linju_desktop.gui import i18n
    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.gui.context import AppContext
    from linju_desktop.gui.pages.funds import FundsPage
    from linju_desktop.gui.pages.home import HomePage
    from linju_desktop.gui.pages.requests import RequestsPage
    from linju_desktop.gui.worker import wait_all
    from linju_desktop.store.database import Store

    i18n.install("zh_CN")
    apply_appearance(app, 125, False)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ctx = AppContext(Store(folder / "data"))
        add_branch(ctx)
        home = HomePage(ctx)
        home.show()
        results.append(
            ("members' meeting, 20 people, 2 absent", members_meeting(ctx, home), MEETING_TARGET)
        )
        requests = RequestsPage(ctx)
        requests.show()
        results.append(("resident request", resident_request(ctx, requests), REQUEST_TARGET))
        funds = FundsPage(ctx)
        funds.show()
        receipt = receipt_image(folder)
        results.append(
            ("expense with a receipt", expense_with_receipt(ctx, funds, receipt), EXPENSE_TARGET)
        )
        wait_all()
        for page in (home, requests, funds):
            page.close()
        ctx.store.close()
    print(f"{'task':40} {'actions':>8} {'target':>7}  ratio")
    ok = True
    for name, actions, target in results:
        ok &= actions.count <= target
        print(f"{name:40} {actions.count:8} {target:7}  {actions.count / target:.2f}")
        print("    " + ", ".join(actions.log))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
