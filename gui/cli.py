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


def _fx_override(text: str) -> tuple[str, float]:
    code, _, rate = text.partition("=")
    try:
        return code.strip().upper(), float(rate.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected CUR=RATE such as KZT=505, got {text!r}") from None


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
    quote.add_argument("--fx", action="append", type=_fx_override, default=[], metavar="CUR=RATE",
                       help="use this rate (units per USD) instead of the table's for this quote, e.g. "
                            "--fx KZT=505; repeat for several currencies")
    quote.add_argument("--json", action="store_true", help="print one JSON object with all routes")
    quote.add_argument("--corridors", help="use this corridors workbook instead of the bundled one")
    quote.add_argument("--tariffs", help="use this tariffs workbook instead of the bundled one")
    quote.add_argument("--xlsx", help="also write the quote as an Excel workbook to this file")
    quote.add_argument("--pdf", help="also write the quote as an A4 PDF to this file")
    quote.add_argument("--valid-days", type=int, default=14, help="days the quote stays valid (default 14)")
    quote.add_argument("--buyer", default="", help="buyer's name, printed on the documents")
    quote.add_argument("--language", choices=("en", "ru", "kk", "ur"), default="en",
                       help="language of the --xlsx and --pdf documents (the terminal output stays English)")
    quote.add_argument("--bilingual", action="store_true",
                       help="with --language: put the English beside the other language in the documents")
    prices = commands.add_parser("pricelist", help="best route and price for each cargo, quantity and destination")
    prices.add_argument("--cargo", action="append", required=True, help="a cargo type; repeat for more")
    prices.add_argument("--quantity", action="append", required=True,
                        help="a quantity with its unit, e.g. '500 t' or '2 containers'; repeat for more")
    prices.add_argument("--from", dest="origin", required=True, help="origin place")
    prices.add_argument("--to", dest="destinations", action="append", required=True, help="destination; repeat")
    prices.add_argument("--date", type=_date, default=dt.date.today(), help="departure date YYYY-MM-DD")
    prices.add_argument("--currency", default="USD")
    prices.add_argument("--xlsx", required=True, help="the workbook to write")
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


def _qt_app():
    """PDFs and translations need Qt (no window): an offscreen QGuiApplication is enough."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def _write_pdf(document: dict, path: str, wording=None) -> None:
    from .qt.documents import write_quote_pdf

    _qt_app()
    write_quote_pdf(document, path, wording=wording)


def _document_wording(language: str, bilingual: bool, tables):
    """For documents in another language: a function giving the wording for "xlsx" or "pdf" (None for English)."""
    if language == "en":
        return None
    from .qt.i18n import LOCAL_TEXTS, install, wording

    install(_qt_app(), language)
    LOCAL_TEXTS.clear()
    LOCAL_TEXTS.update(tables.local_texts(language))
    return lambda kind: wording(bilingual=bilingual, stacked=kind == "pdf")


def _restore_english() -> None:
    """The terminal output after the documents keeps English figures and units (scripts parse it)."""
    from .core import formatting as fmt

    fmt.set_number_style()
    fmt.set_units(None)
    fmt.set_direction(False)


def run_pricelist(args: argparse.Namespace) -> int:
    from .core.export_xlsx import write_price_list
    from .core.quote import QuoteEngine
    from .core.request import QuoteRequest
    from .core.tables import load_tables

    engine = QuoteEngine(load_tables())
    rows = []
    for cargo in args.cargo:
        for quantity in args.quantity:
            amount, _, unit = quantity.strip().partition(" ")
            for destination in args.destinations:
                result = engine.quote(QuoteRequest(cargo, amount, unit or "t", args.origin, destination, args.date,
                                                   args.currency))
                best = next((r for r in result.routes if r.available and r.cost is not None), None)
                rows.append({
                    "cargo": result.cargo.name, "quantity": result.load.description, "from": result.origin.name,
                    "to": result.destination.name, "date": args.date.isoformat(),
                    "route": best.corridor if best else "—", "cost": round(best.cost) if best else None,
                    "currency": result.currency,
                    "per_tonne": round(best.cost_per_tonne, 2) if best else None,
                    "days": (f"{best.days_min:.0f}–{best.days_typical:.0f}–{best.days_max:.0f}" if best else ""),
                    "co2e_t": round(best.co2e_kg / 1000, 1) if best else None,
                    "note": "; ".join(best.warnings) if best else "no route available on this date"})
    path = write_price_list(rows, args.xlsx,
                            title=f"Price list from {rows[0]['from']}, departures {args.date.isoformat()}")
    print(f"wrote {path}: {len(rows)} prices")
    return 0


def run_quote(args: argparse.Namespace) -> int:
    from .core.quote import QuoteEngine
    from .core.report import result_to_dict, result_to_text
    from .core.request import QuoteRequest
    from .core.tables import load_tables

    tables = load_tables(args.corridors, args.tariffs)
    engine = QuoteEngine(tables)
    request = QuoteRequest(args.cargo, args.quantity, args.unit, args.origin, args.destination, args.date,
                           args.currency, tuple(args.fx))
    result = engine.quote(request)
    if args.xlsx or args.pdf:
        from .core.export_xlsx import write_quote_workbook
        from .core.report import quote_document

        today = dt.date.today()
        document = quote_document(result, tables, created=today.isoformat(),
                                  valid_until=(today + dt.timedelta(days=args.valid_days)).isoformat(),
                                  buyer={"name": args.buyer} if args.buyer else None)
        say = _document_wording(args.language, args.bilingual, tables)
        try:
            if args.xlsx:
                write_quote_workbook(document, args.xlsx, *(say("xlsx"),) if say else ())
            if args.pdf:
                _write_pdf(document, args.pdf, say("pdf") if say else None)
        finally:
            if say:
                _restore_english()
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
        if args.command == "pricelist":
            return run_pricelist(args)
    except TablesError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except CorridorQuoteError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    build_parser().print_help()
    return 2
