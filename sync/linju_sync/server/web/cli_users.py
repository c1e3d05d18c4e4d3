"""`linju-server add-user | users | disable-user | figures`: the console's accounts and the
district's figures from the command line (the same code as the web pages)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from linju_sync.server.web import accounts, labels
from linju_sync.server.web.i18n import t

Opener = Callable[[argparse.Namespace], Any]


def register_commands(sub: Any, opener: Opener) -> None:
    s = sub.add_parser("add-user", help="a console account; prints its one-time password last")
    s.add_argument("username")
    s.add_argument("--role", required=True, choices=accounts.ROLES)
    s.add_argument("--scope", default="", help="the street, community or department name")
    s.set_defaults(func=lambda a: cmd_add_user(a, opener))

    s = sub.add_parser("users", help="list the console accounts")
    s.set_defaults(func=lambda a: cmd_users(a, opener))

    s = sub.add_parser("disable-user", help="disable a console account and end its sessions")
    s.add_argument("username")
    s.set_defaults(func=lambda a: cmd_disable_user(a, opener))

    s = sub.add_parser("figures", help="the district's figures (the overview's numbers)")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--street", default="")
    s.add_argument("--community", default="")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=lambda a: cmd_figures(a, opener))


def cmd_add_user(args: argparse.Namespace, opener: Opener) -> int:
    server = opener(args)
    try:
        with server.db.write() as conn:
            initial = accounts.add_user(conn, args.username, args.role, args.scope)
    except accounts.AccountError as exc:
        print(f"error: {exc}")
        return 2
    print(f"account {args.username} ({args.role} {args.scope}); initial password, shown once,")
    print("to be changed at the first login:")
    print(initial)
    return 0


def cmd_users(args: argparse.Namespace, opener: Opener) -> int:
    server = opener(args)
    with server.db.read() as conn:
        for u in accounts.list_users(conn):
            state = f"disabled {u['disabled_at']}" if u["disabled_at"] else "active"
            print(f"{u['username']}\t{u['role']}\t{u['scope'] or '-'}\t{state}\t"
                  f"last login {u['last_login_at'] or 'never'}")  # fmt: skip
    return 0


def cmd_disable_user(args: argparse.Namespace, opener: Opener) -> int:
    server = opener(args)
    try:
        with server.db.write() as conn:
            accounts.disable_user(conn, args.username)
    except accounts.AccountError as exc:
        print(f"error: {exc}")
        return 2
    print(f"account {args.username} disabled; its sessions ended")
    return 0


def cmd_figures(args: argparse.Namespace, opener: Opener) -> int:
    from linju_sync.server import district_figures as dfig
    from linju_sync.server.web.scope import Scope

    server = opener(args)
    start, end = dfig.parse_period(args.year)
    with server.db.read() as conn:
        chosen = Scope("district", "").stations(conn, args.street, args.community)
    parts = dfig.per_station(server.db, [s.id for s in chosen], [(start, end)])
    total = dfig.total(parts[dfig.period_key(start, end)], start, end)
    if args.json:
        print(json.dumps(total, ensure_ascii=False, indent=2))
        return 0
    for key, label in labels.FIGURE_ROWS:
        print(f"{t(label)}: {total[key]}")
    for key, label in labels.RATES.items():
        print(f"{t(label)}: {labels.percent(total['rates'][key])}")
    funds = total["funds"]
    print(f"{t('Allocated')}: {labels.yuan(funds['allocated_fen'])}  {t('Spent')}: "
          f"{labels.yuan(funds['spent_fen'])}")  # fmt: skip
    return 0
