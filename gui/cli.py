"""Command line: `python -m gui quote ...` prints the same quote the window shows, as text or JSON."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from .core.errors import CorridorQuoteError, TablesError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line, like every other error here."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.exit(2, f"error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m gui", description="Corridor Quote: freight quotes Kazakhstan ⇄ Pakistan.")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    quote = commands.add_parser("quote", help="price every corridor for one consignment")
    quote.add_argument("--cargo", required=True, help="cargo type, e.g. wheat, potatoes, crude oil")
    quote.add_argument("--quantity", required=True, help="how much, in --unit (a number > 0)")
    quote.add_argument("--unit", default="t", help="t, m3, containers, wagons, trucks or an equipment id")
    quote.add_argument("--from", dest="origin", required=True, help="origin place, e.g. Kostanay")
    quote.add_argument("--to", dest="destination", required=True, help="destination place, e.g. Karachi")
    quote.add_argument("--date", type=_date, default=dt.date.today(), help="departure date YYYY-MM-DD")
    quote.add_argument("--currency", default="USD", help="currency of the totals, e.g. USD, KZT, PKR")
    quote.add_argument("--json", action="store_true", help="print one JSON object with all routes")
    quote.add_argument("--corridors", help="use this corridors workbook instead of the bundled one")
    quote.add_argument("--tariffs", help="use this tariffs workbook instead of the bundled one")
    check = commands.add_parser("check", help="check a workbook without using it; exit 0 only if usable")
    check.add_argument("workbook", help="a corridors or tariffs workbook (.xlsx)")
    check.add_argument("--with", dest="companion",
                       help="the other workbook to check it against (default: the bundled one)")
    check.add_argument("--changes", action="store_true",
                       help="also list what it changes against the bundled tables (rates old → new, …)")
    template = commands.add_parser("template", help="write empty workbooks to fill in, with drop-down lists")
    template.add_argument("folder", help="where to write corridors-template.xlsx and tariffs-template.xlsx")
    return parser


def run_check(args: argparse.Namespace) -> int:
    from .core.changes import compare_tables
    from .core.tables import check_workbook, load_tables

    report = check_workbook(args.workbook, args.companion)
    kind = report.kind or "unknown"
    for note in report.notes:
        print(f"note: {note}")
    if not report.usable:
        for problem in report.problems:
            print(f"problem: {problem}")
        print(f"{report.path.name} ({kind} workbook): {len(report.problems)} problem(s); not usable")
        return 2
    tables = report.tables
    print(f"{report.path.name} ({kind} workbook): usable — {len(tables.places)} places, {len(tables.legs)} legs, "
          f"{len(tables.leg_rates)} leg rates, exchange rates as of {tables.fx_as_of.isoformat()}")
    if args.changes:
        changes = compare_tables(load_tables(), tables)
        for change in changes:
            print(f"change: {change}")
        print(f"{len(changes)} change(s) against the bundled tables")
    return 0


def run_template(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .core.template import write_template

    folder = Path(args.folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for kind in ("corridors", "tariffs"):
            path = write_template(kind, folder / f"{kind}-template.xlsx")
            print(f"wrote {path}")
    except OSError as error:
        print(f"error: cannot write to {folder}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0


def run_quote(args: argparse.Namespace) -> int:
    from .core.quote import QuoteEngine
    from .core.report import result_to_dict, result_to_text
    from .core.request import QuoteRequest
    from .core.tables import load_tables

    tables = load_tables(args.corridors, args.tariffs)
    engine = QuoteEngine(tables)
    request = QuoteRequest(args.cargo, args.quantity, args.unit, args.origin, args.destination, args.date,
                           args.currency)
    result = engine.quote(request)
    if args.json:
        json.dump(result_to_dict(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(result_to_text(result))
    return 0


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "quote":
            return run_quote(args)
        if args.command == "check":
            return run_check(args)
        if args.command == "template":
            return run_template(args)
    except TablesError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except CorridorQuoteError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    build_parser().print_help()
    return 2
