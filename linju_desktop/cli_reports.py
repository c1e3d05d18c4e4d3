"""`linju print KIND …` and `linju report figures`: the printed outputs from the command line.

Exit codes: 0 written; 1 written with a warning (drafts included, full ID numbers);
2 not made, with the reason in Chinese on stderr and no file left behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from typing import Any, NoReturn

from linju_desktop.domain import clock
from linju_desktop.domain.dates import parse_date
from linju_desktop.domain.i18n import tr
from linju_desktop.reports.catalogue import KINDS, Order, build, save
from linju_desktop.reports.period import Period, ReportError
from linju_desktop.reports.request_reports import LIST_CHOICES


def _print(text: str) -> None:
    print(text, flush=True)


def _fail(text: str) -> int:
    print(text, file=sys.stderr, flush=True)
    return 2


def _date(text: str, flag: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:  # DateError
        raise ReportError(tr("{flag}: “{text}” is not a date", flag=flag, text=text)) from exc


def period_of(args: argparse.Namespace) -> Period | None:
    if args.year is not None and (args.date_from or args.date_to):
        raise ReportError(tr("Give either --year or --from/--to, not both"))
    if args.year is not None:
        if not 1900 <= args.year <= 2999:
            raise ReportError(tr("--year: {year} is not a year", year=args.year))
        return Period.year(args.year)
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise ReportError(tr("Give both --from and --to"))
        start, end = _date(args.date_from, "--from"), _date(args.date_to, "--to")
        if end < start:
            raise ReportError(tr("--to is before --from"))
        return Period(start, end)
    return None


def cmd_print(args: argparse.Namespace) -> int:
    from linju_desktop.cli import open_store

    try:
        order = Order(
            kind=args.kind,
            ident=args.ident or "",
            period=period_of(args),
            list_name=args.list,
            full_ids=args.full_ids,
        )
        if args.ident and not KINDS[args.kind][1]:
            raise ReportError(tr("“{kind}” takes no record id", kind=args.kind))
        with open_store(args) as store:
            doc = build(store, order)
            save(doc, args.out)
    except ReportError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:  # Ctrl+C: save() has removed its unfinished file
        return _fail(tr("Cancelled: nothing was written"))
    _print(tr("Written: {path}", path=args.out))
    for warning in doc.warnings:
        print(tr("Note: {warning}", warning=warning), file=sys.stderr, flush=True)
    return 1 if doc.warnings else 0


def cmd_report_figures(args: argparse.Namespace) -> int:
    from linju_desktop.cli import open_store
    from linju_desktop.reports.figures import station_figures

    year = args.year or clock.today().year
    if not 1900 <= year <= 2999:
        return _fail(tr("--year: {year} is not a year", year=year))
    with open_store(args) as store:
        figures = station_figures(store, Period.year(year))
    if args.json:
        _print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    for line in _figure_lines(figures, year):
        _print(line)
    return 0


def _rate_text(rate: dict[str, Any]) -> str:
    value = rate["value"]
    shown = "—" if value is None else f"{value * 100:.1f}%"
    return f"{shown} ({rate['numerator']}/{rate['denominator']})"


def _figure_lines(f: dict[str, Any], year: int) -> list[str]:
    from linju_desktop.domain.meetings import MEETING_TYPE_BY_CODE
    from linju_desktop.domain.money import format_yuan

    funds = f["funds"]
    lines = [
        tr("Figures for {year}", year=year),
        tr("Members on the roll") + f": {f['members']}",
        tr("Party groups") + f": {f['party_groups']}",
        tr("Centre households") + f": {f['centre_households']}",
    ]
    for code, n in f["meetings_by_type"].items():
        lines.append(f"{tr(MEETING_TYPE_BY_CODE[code].name)}: {n}")
    lines += [
        tr("Residents attending them") + f": {f['neighbour_meeting_residents']}",
        tr("Requests received") + f": {f['requests_total']}",
        tr("Closed") + f": {f['requests_closed']}",
        tr("Response rate") + f": {_rate_text(f['rates']['response'])}",
        tr("Resolution rate") + f": {_rate_text(f['rates']['resolution'])}",
        tr("Satisfaction rate") + f": {_rate_text(f['rates']['satisfaction'])}",
        tr("Allocated") + f": {format_yuan(funds['allocated_fen'])}",
        tr("Spent") + f": {format_yuan(funds['spent_fen'])}",
        tr("Balance") + f": {format_yuan(funds['left_fen'])}",
    ]
    n = f.get("neighbourhood") or {}
    if n:
        from linju_desktop.domain.volunteering import hours_text

        lines += [
            tr("Activities carried out") + f": {n['activities']}",
            tr("Errands") + f": {n['errands']}",
            tr("Service hours") + f": {hours_text(n['service_minutes'])}",
            tr("People who served") + f": {n['participants']}",
            tr("Points issued") + f": {n['points_issued']}",
            tr("Points exchanged") + f": {n['points_exchanged']}",
            tr("Consultations held") + f": {n['consultations_held']}",
            tr("Consultations decided") + f": {n['consultations_decided']}",
            tr("Lifts approved") + f": {n['lifts_approved']}",
        ]
    return lines


def _say_in_chinese(parser: argparse.ArgumentParser) -> None:
    """argparse explains a wrong command in English; these commands promise the reason
    in Chinese (and exit 2, as argparse does)."""

    def error(message: str) -> NoReturn:
        if m := re.match(r"argument (\S+): invalid choice: '(.*?)' \(choose from (.*)\)", message):
            flag, value, choices = m.groups()
            choices = "、".join(c.strip(" '") for c in choices.split(","))
            if flag == "--list":
                reason = tr("Unknown list {name}: use problem, task, result or all", name=value)
            else:
                reason = tr("There is no output “{value}”; choose one of: {choices}",
                            value=value, choices=choices)  # fmt: skip
        elif m := re.match(r"argument (--year): invalid int value: '(.*)'", message):
            reason = tr("--year: {year} is not a year", year=m.group(2))
        elif m := re.match(r"the following arguments are required: (.*)", message):
            reason = tr("Missing on the command line: {names}", names=m.group(1))
        else:
            reason = tr("The command is not right: {reason}", reason=message)
        hint = tr("(see: linju {command} --help)", command=parser.prog.removeprefix("linju "))
        parser.exit(2, f"{reason}{hint}\n")

    parser.error = error  # type: ignore[method-assign]


def register_commands(sub: Any) -> None:
    pr = sub.add_parser(
        "print",
        help="print a record or a report to .pdf or .xlsx",
        description="KIND: " + ", ".join(KINDS) + ". meeting and request take the record's id "
        "(a request also by its number, e.g. 2025-00012); service a volunteer's id or name, "
        "consultation its id or title.",
    )
    pr.add_argument("kind", choices=list(KINDS), metavar="KIND")
    pr.add_argument("ident", nargs="?", metavar="ID", help="the meeting's id or request's number")
    pr.add_argument("--year", type=int, help="a calendar year (default: this year)")
    pr.add_argument("--from", dest="date_from", metavar="DATE", help="first day of the period")
    pr.add_argument("--to", dest="date_to", metavar="DATE", help="last day of the period")
    pr.add_argument(
        "--list",
        choices=[*LIST_CHOICES, "all"],
        default="all",
        help="with requests: which of the three lists",
    )
    pr.add_argument(
        "--full-ids", action="store_true", help="print ID numbers in full (masked by default)"
    )
    pr.add_argument("--out", required=True, metavar="FILE", help="a .pdf or .xlsx file")
    pr.set_defaults(func=cmd_print)
    _say_in_chinese(pr)

    rp = sub.add_parser("report", help="the station's own figures")
    rp_sub = rp.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    fi = rp_sub.add_parser("figures", help="the year's figures, as the district counts them")
    fi.add_argument("--year", type=int, help="a calendar year (default: this year)")
    fi.add_argument("--json", action="store_true", help="machine-readable JSON")
    fi.set_defaults(func=cmd_report_figures)
    _say_in_chinese(fi)
