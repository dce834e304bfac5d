"""Command line: `python -m gui quote ...` prints the same quote the window shows, as text or JSON; with no
command it starts the window."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys

from . import APP_NAME, __version__
from .cli_arguments import (EXIT_USAGE, _date, _file, _fx_override, _Parser, _shown, _stale_days, _valid_days,
                            free_text, program_name)
from .cli_output import OutputFailed, document_file, guarded_output, output_closed, output_failed
from .cli_tables import run_calibrate, run_check, run_list, run_pricelist, run_template
from .core.errors import CorridorQuoteError, OutputError, TablesError

log = logging.getLogger(__name__)
EXIT_CANNOT_WRITE = 73  # a document or the quote history could not be written (EX_CANTCREAT): not the input's fault
EXIT_FAULT = 70  # an unexpected fault (EX_SOFTWARE); the log has the details
EXIT_INTERRUPTED = 130  # Ctrl+C


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=program_name(), description=f"{APP_NAME}: freight quotes Kazakhstan ⇄ Pakistan. "
                     "With no command, the window starts.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation: load the tables, quote each corridor, paint the window, "
                             "load each language; exit 0 only if every check passes")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    quote = commands.add_parser("quote", help="price every corridor for one consignment")
    quote.add_argument("--cargo", required=True, help="cargo type, e.g. wheat, potatoes, crude oil")
    quote.add_argument("--quantity", required=True, help="how much, in --unit (a number > 0)")
    quote.add_argument("--unit", default="t",
                       help="t, kg, m3, bbl (crude oil), containers, wagons, trucks or an equipment id")
    quote.add_argument("--from", dest="origin", required=True, help="origin place, e.g. Kostanay")
    quote.add_argument("--to", dest="destination", required=True, help="destination place, e.g. Karachi")
    quote.add_argument("--date", type=_date, default=dt.date.today(), help="departure date YYYY-MM-DD")
    quote.add_argument("--currency", default="USD", help="currency of the totals, e.g. USD, KZT, PKR")
    quote.add_argument("--fx", action="append", type=_fx_override, default=[], metavar="CUR=RATE",
                       help="use this rate (units per USD) instead of the table's for this quote, e.g. "
                            "--fx KZT=505; repeat for several currencies")
    quote.add_argument("--json", action="store_true", help="print one JSON object with all routes")
    quote.add_argument("--corridors", type=_file, help="use this corridors workbook instead of the bundled one")
    quote.add_argument("--tariffs", type=_file, help="use this tariffs workbook instead of the bundled one")
    quote.add_argument("--xlsx", type=document_file("xlsx"), help="also write the quote as an Excel workbook to this "
                                                                    "file")
    quote.add_argument("--pdf", type=document_file("pdf"), help="also write the quote as an A4 PDF to this file")
    quote.add_argument("--valid-days", type=_valid_days, default=14, help="days the quote stays valid, 1 to 365 "
                                                                             "(default 14)")
    quote.add_argument("--stale-after", type=_stale_days, default=90, metavar="DAYS",
                       help="point out exchange rates and rates older than this many days (default 90)")
    quote.add_argument("--buyer", default="", type=free_text, help="buyer's name, printed on the documents")
    quote.add_argument("--history", type=_file, help="the quote history that numbers the --pdf and --xlsx "
                                                     "documents (default: the one the window uses)")
    quote.add_argument("--language", choices=("en", "ru", "kk", "ur"), default="en",
                       help="language of the --xlsx and --pdf documents (the terminal output stays English)")
    quote.add_argument("--bilingual", action="store_true",
                       help="with --language: put the English beside the other language in the documents")
    from .cli_terms import add_terms_arguments

    add_terms_arguments(quote)
    from .cli_decide import add_decide_arguments

    add_decide_arguments(quote)
    from .cli_tables import add_table_commands

    add_table_commands(commands)
    return parser


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


def _map_png(document: dict, wording=None) -> bytes | None:
    """The route map picture for the Excel quote (drawn by Qt, offscreen)."""
    from .qt.map_document import map_png

    _qt_app()
    return map_png(document, wording)


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


def _numbered(document: dict, args: argparse.Namespace, writers) -> dict:
    """A document that leaves as a file is a numbered quote, kept in the quote history like one saved in the
    window (``--history``: another history file; the user's own by default). Each of ``writers`` writes the
    numbered quote to one file; the quote is kept only if one of them could, so that the history keeps no number
    that no document carries, and the documents reach their places only once the history has kept the number
    (files.published_after): a history that cannot be written, or a stop half way, leaves no numbered document."""
    from .core.files import published_after
    from .core.history import QuoteHistory
    from .core.paths import default_history

    history = QuoteHistory(args.history or default_history())
    failure = None
    try:
        with published_after() as publish:
            with history.saving(document, valid_until=dt.date.today() + dt.timedelta(days=args.valid_days),
                                buyer_name=args.buyer) as saved:
                for written, write in enumerate(writers):
                    try:
                        write(saved)
                    except CorridorQuoteError as error:
                        if not written:
                            raise  # the number is taken back
                        failure = error  # a document carries the number: the quote stays
                        break
            publish()
    finally:
        history.close()
    print(f"quote {saved['quote']['number']} saved in the history ({_shown(str(history.path))})", file=sys.stderr)
    if failure is not None:
        raise failure
    return saved["quote"]


def run_quote(args: argparse.Namespace) -> int:
    from .cli_terms import unused_options

    unused = unused_options(args)
    if unused:  # before the tables load, as argparse's own usage errors
        print(f"error: {unused} (see {program_name()} quote --help)", file=sys.stderr)
        return EXIT_USAGE
    from .cli_decide import goals_from_args, scenario_from_args
    from .core.decide import Decider
    from .core.decide_report import add_decision
    from .core.decide_report import text_lines as decision_lines
    from .core.report import result_to_dict, result_to_text
    from .core.request import QuoteRequest
    from .core.tables import load_tables

    tables = load_tables(args.corridors, args.tariffs)
    decider = Decider(tables)
    engine = decider.engine
    request = QuoteRequest(args.cargo, args.quantity, args.unit, args.origin, args.destination, args.date,
                           args.currency, tuple(args.fx), stale_after_days=args.stale_after)
    from .cli_terms import need, terms_from_args
    from .core.landed import price_quote
    from .core.price_report import add_prices, route_price_lines, text_lines

    terms = terms_from_args(args)
    decision = decider.decide(request, scenario_from_args(args), goals_from_args(args), terms)
    result = decision.result
    price = price_quote(tables, engine.fx, result, terms)
    if price is None and terms.goods_value is not None:  # for the money in transit only: said, not left out
        from .core.terms import checked_goods_value

        checked_goods_value(tables, result, terms)
    uninsured = [flag for flag, value in (("--insurance-rate", args.insurance_rate), ("--insured", args.insured))
                 if value is not None]
    if price is not None and price.checked.insurance is None and uninsured:  # a cover the rule leaves to choose
        given_none = " ('none' insures nothing)" if args.insurance == "" else ""  # --insurance none, then a rate
        print(f"error: {need(uninsured)} a cover under "
              f"{price.checked.rule.rule}: --insurance A, B or C{given_none} (see {program_name()} quote --help)",
              file=sys.stderr)
        return EXIT_USAGE
    numbered = None
    if args.xlsx or args.pdf:
        from .core.export_xlsx import write_quote_workbook
        from .core.files import check_target
        from .core.messages import ENGLISH
        from .core.report import quote_document

        for target in (args.xlsx, args.pdf):
            if target:
                check_target(target)  # a folder that is not there, say, before a quote number is spent on it
        say = _document_wording(args.language, args.bilingual, tables)
        writers = []
        if args.xlsx:
            writers.append(lambda document: write_quote_workbook(
                document, args.xlsx, say("xlsx") if say else ENGLISH,
                map_png=_map_png(document, say("xlsx") if say else None)))
        if args.pdf:
            writers.append(lambda document: _write_pdf(document, args.pdf, say("pdf") if say else None))
        try:
            numbered = _numbered(add_decision(add_prices(quote_document(result, tables), price, tables), decision,
                                              tables), args, writers)
        finally:
            if say:
                _restore_english()
    if args.json:
        data = add_decision(add_prices(result_to_dict(result), price, tables), decision, tables)
        if numbered:  # the number, date and validity the --pdf and --xlsx carry, to file the quote by
            data["quote"] = numbered
        # every figure is finite (gui/core/validation.py): refuse to write a JSON no parser reads
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
        sys.stdout.write("\n")
    else:
        document = add_decision(add_prices(result_to_dict(result), price, tables), decision, tables)  # as the PDF's
        head, under, tail = decision_lines(decision)
        lines = route_price_lines(document)
        for index, extra in under.items():
            lines[index] = [*extra, *lines.get(index, [])]
        table = result_to_text(result, lines, price.fx if price else ())  # FX: a duty's currency too, as the PDF's
        print("\n".join([*head, *([""] if head else []), table, *tail]))
        if price is not None:
            print("\n".join(["", *text_lines(document)]))
    return 0


COMMANDS = {"quote": run_quote, "check": run_check, "template": run_template, "pricelist": run_pricelist,
            "list": run_list, "calibrate": run_calibrate}


def main(argv: list[str] | None = None) -> int:
    """Parse the command line (a usage error exits 2 before anything starts), then run a command or the window."""
    try:
        with guarded_output():
            args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    except OutputFailed as failed:
        return output_failed(failed)
    if args.self_test:
        from .selftest import run as self_test

        return self_test()
    if args.command is None:
        from .qt.app import run as run_window

        return run_window([])
    from .core.logs import debugging, log_path, start_logging

    start_logging()
    try:
        with guarded_output():
            code = COMMANDS[args.command](args)
            sys.stdout.flush()  # a closed pipe or a full disk shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        return output_closed()
    except OutputFailed as failed:
        return output_failed(failed)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except TablesError as error:
        for problem in error.problems:
            print(f"error: {_shown(str(problem))}", file=sys.stderr)
        from .cli_tables import names_other_legs_or_places

        if getattr(args, "tariffs", None) and not getattr(args, "corridors", None) \
                and names_other_legs_or_places(error.problems):
            print("hint: the tariffs were read with the bundled corridors workbook; rates of legs and places of your "
                  "own need yours: --corridors YOUR-CORRIDORS.xlsx", file=sys.stderr)
        return EXIT_USAGE
    except CorridorQuoteError as error:
        print(f"error: {_shown(str(error))}{_where_to_look(error)}", file=sys.stderr)
        return EXIT_CANNOT_WRITE if isinstance(error, OutputError) else EXIT_USAGE
    except BaseException as error:  # one line for the user, the traceback for the log
        from .core.errors import is_panic

        if not isinstance(error, Exception) and not is_panic(error):
            raise  # SystemExit
        log.exception("%s command failed", args.command)
        if debugging():
            raise
        where = log_path()
        print(f"error: an unexpected fault stopped the command ({type(error).__name__}: {_shown(str(error))})"
              + (f"; details are in {where}" if where else ""), file=sys.stderr)
        return EXIT_FAULT


LISTS = {"origin": "places", "destination": "places", "place": "places", "cargo": "cargo", "unit": "units"}


def _where_to_look(error: CorridorQuoteError) -> str:
    """For a name with nothing like it in the tables, the command that lists every known one."""
    from .core import quote_messages as qmsg

    listing = LISTS.get(getattr(error, "field", ""))
    if listing and getattr(error.message, "template", None) == qmsg.UNKNOWN_FAR:
        return f" (see {program_name()} list {listing})"
    return ""
