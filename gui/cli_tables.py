"""Command line: the commands on the workbooks themselves (`check`, `list`, `template`, `calibrate`) and the price
list; `quote` and what the commands share are in cli.py."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path

from . import __version__
from .cli_output import written_over


def add_table_commands(commands) -> None:
    """The sub-commands after `quote`, in the order `--help` lists them."""
    from .cli_arguments import _date, _file, _folder
    from .cli_output import document_file

    prices = commands.add_parser("pricelist", help="best route and price for each cargo, quantity and destination")
    prices.add_argument("--cargo", action="append", required=True, help="a cargo type; repeat for more")
    prices.add_argument("--quantity", action="append", required=True,
                        help="a quantity with its unit, e.g. '500 t' or '2 containers'; repeat for more")
    prices.add_argument("--from", dest="origin", required=True, help="origin place")
    prices.add_argument("--to", dest="destinations", action="append", required=True, help="destination; repeat")
    prices.add_argument("--date", type=_date, default=dt.date.today(), help="departure date YYYY-MM-DD")
    prices.add_argument("--currency", default="USD", help="currency of the prices, e.g. USD, KZT, PKR (default USD)")
    prices.add_argument("--xlsx", type=document_file("xlsx"), required=True, help="the workbook to write")
    prices.add_argument("--corridors", type=_file, help="use this corridors workbook instead of the bundled one")
    prices.add_argument("--tariffs", type=_file, help="use this tariffs workbook instead of the bundled one")
    prices.add_argument("--language", choices=("en", "ru", "kk", "ur"), default="en",
                        help="language of the price list (the terminal output stays English)")
    prices.add_argument("--bilingual", action="store_true",
                        help="with --language: put the English beside the other language in the price list")
    check = commands.add_parser("check", help="check a workbook without using it; exit 0 only if usable")
    check.add_argument("workbook", type=_file, help="a corridors or tariffs workbook (.xlsx, .ods or .xls)")
    check.add_argument("--with", dest="companion", type=_file,
                       help="the other workbook to check it against (default: the bundled one)")
    check.add_argument("--changes", action="store_true",
                       help="also list what it changes against the bundled tables (rates old → new, …)")
    calibrate = commands.add_parser("calibrate", help="the model's error on the shipments of the calibration sheet")
    calibrate.add_argument("--corridors", type=_file, help="use this corridors workbook (and its calibration sheet)")
    calibrate.add_argument("--tariffs", type=_file, help="use this tariffs workbook instead of the bundled one")
    calibrate.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    template = commands.add_parser("template", help="write empty workbooks to fill in, with drop-down lists")
    template.add_argument("folder", type=_folder,
                          help="where to write corridors-template.xlsx and tariffs-template.xlsx")
    listing = commands.add_parser("list", help="list the places, cargo types, units or currencies of the tables")
    listing.add_argument("what", choices=("places", "cargo", "units", "currencies"),
                         help="what to list: the places (with their country codes), the cargo types, the units "
                              "--quantity takes, or the currencies of the exchange-rate table")
    listing.add_argument("--corridors", type=_file, help="use this corridors workbook instead of the bundled one")
    listing.add_argument("--tariffs", type=_file, help="use this tariffs workbook instead of the bundled one")


def run_list(args: argparse.Namespace) -> int:
    from .core.request import GENERIC_UNITS
    from .core.tables import load_tables

    tables = load_tables(args.corridors, args.tariffs)
    if args.what == "places":
        rows = [f"{p.name} ({p.country}){' — endpoint' if p.endpoint else ''}"
                for p in sorted(tables.places.values(), key=lambda p: (p.country, p.name))]
    elif args.what == "cargo":
        rows = [f"{c.name} ({c.cargo_id}, {c.handling_class.replace('_', ' ')})"
                for c in sorted(tables.cargo_types.values(), key=lambda c: c.name)]
    elif args.what == "units":
        rows = [*GENERIC_UNITS, *(f"{e.equipment_id} ({e.name})" for e in tables.equipment.values())]
    else:
        rows = list(tables.currencies)
    print("\n".join(rows))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from datetime import date

    from .core.ages import oldest_figures
    from .core.changes import compare_tables
    from .core.tables import load_tables
    from .core.files import workbook_name
    from .core.workbook_check import check_workbook

    from .cli_arguments import _shown, program_name

    report = check_workbook(args.workbook, args.companion)
    kind = report.kind or "unknown"
    for note in report.notes:
        print(f"note: {note}")
    if not report.usable:
        for problem in report.problems:
            print(f"problem: {problem}")
        print(f"{workbook_name(report.path)} ({kind} workbook): {len(report.problems)} problem(s); not usable")
        if kind == "tariffs" and args.companion is None and names_other_legs_or_places(report.problems):
            print(f"hint: it was checked with the bundled corridors workbook; rates of legs and places of your own "
                  f"need yours: {program_name()} check {_shown(args.workbook)} --with YOUR-CORRIDORS.xlsx")
        return 2
    tables = report.tables
    # the rates in force today, as a quote departing today uses them (rows dated later are named in a note)
    in_force = max((rate.as_of for rate in tables.fx if rate.as_of <= date.today()), default=tables.fx_as_of)
    print(f"{workbook_name(report.path)} ({kind} workbook): usable — {len(tables.places)} places, "
          f"{len(tables.legs)} legs, {len(tables.leg_rates)} leg rates, exchange rates as of {in_force.isoformat()}")
    trade = tables.trade
    if trade is not None:
        lines = sum(map(len, trade.tariff_lines.values()))
        print(f"commercial sheets: {len(trade.incoterms)} Incoterms rules, {lines} tariff lines, "
              f"{len(trade.duties)} duties, {len(trade.taxes)} import taxes, {len(trade.fees)} fees, "
              f"customs value for {', '.join(sorted(trade.valuation)) or 'no country'}")
    for line in oldest_figures(tables):
        print(f"age: {line}")
    if args.changes:
        changes = compare_tables(load_tables(), tables)
        for change in changes:
            print(f"change: {change}")
        print(f"{len(changes)} change(s) against the bundled tables")
    return 0


def names_other_legs_or_places(problems) -> bool:
    """Whether a tariffs workbook's problems name legs or places the corridors workbook it was checked with lacks."""
    from .core import file_messages as fmsg

    unknown = {fmsg.UNKNOWN_LEG_ID, fmsg.UNKNOWN_PLACE_ID}
    return any(getattr(problem.problem, "template", None) in unknown for problem in problems)


def run_calibrate(args: argparse.Namespace) -> int:
    from .core.calibration import calibrate, read_observations, table_lines
    from .core.tables import load_tables

    tables = load_tables(args.corridors, args.tariffs)
    comparisons = calibrate(tables, read_observations(args.corridors, tables))
    print("\n".join(table_lines(comparisons, markdown=args.markdown)))
    return 0


def run_template(args: argparse.Namespace) -> int:
    from .cli import EXIT_CANNOT_WRITE
    from .core.template import write_template

    folder = Path(args.folder)
    if folder.exists() and not folder.is_dir():  # a file or a device: the system would say only "File exists"
        print(f"error: {folder} is not a folder: no template was written", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    targets = [folder / f"{kind}-template.xlsx" for kind in ("corridors", "tariffs")]
    there = next((path for path in targets if os.path.lexists(path)), None)
    if there is not None:  # a template filled in where it was written: run again, it was written over unsaid
        print(f"error: {there} already exists (it may be filled in): no template was written; move it away or give "
              "another folder", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for kind, target in zip(("corridors", "tariffs"), targets):
            path = write_template(kind, target)
            print(f"wrote {path}")
    except OSError as error:
        print(f"error: cannot write to {folder}: {error.strerror or error}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    return 0


def run_pricelist(args: argparse.Namespace) -> int:
    from .core.decide import Decider
    from .core.decide_report import price_list_row, unpriced_row
    from .core.errors import InputError
    from .core.export_xlsx import write_price_list
    from .core.request import QuoteRequest, find_cargo, find_place, parse_quantity
    from .core.tables import load_tables

    over = written_over(args, "price list")
    if over:  # before the tables load, as argparse's own usage errors
        from .cli_arguments import EXIT_USAGE, program_name

        print(f"error: {over} (see {program_name()} pricelist --help)", file=sys.stderr)
        return EXIT_USAGE
    from .core.files import check_target

    check_target(args.xlsx)  # a folder that cannot be written, said before every line is priced, as `quote` does
    tables = load_tables(args.corridors, args.tariffs)
    # a name or quantity no line can use ends the command, as in `quote`; a line its cargo, unit or places do not
    # fit (potatoes in grain wagons, a destination that is the origin) is listed with the reason, and the rest priced
    cargoes = [find_cargo(tables, cargo) for cargo in args.cargo]
    origin = find_place(tables, args.origin, field="origin")
    destinations = [find_place(tables, place, field="destination") for place in args.destinations]
    quantities = [_amount_and_unit(text) for text in args.quantity]
    for amount, _ in quantities:
        parse_quantity(amount)
    decider = Decider(tables)
    rows, rates = [], {}
    for cargo in cargoes:
        for (amount, unit), typed in zip(quantities, args.quantity):
            for destination in destinations:
                request = QuoteRequest(cargo.cargo_id, amount, unit, origin.place_id, destination.place_id,
                                       args.date, args.currency)
                try:
                    decision = decider.decide(request)
                except InputError as error:
                    rows.append(unpriced_row(cargo.name, typed.strip(), origin.name, destination.name, args.date,
                                             args.currency.strip().upper(), error.message))
                    continue
                rows.append(price_list_row(decision))
                rates.update({fx.currency: fx for fx in decision.result.fx if fx.currency != "USD"})
    # the lines without a price, each with why (its note), in the terminal too
    unpriced = [f"{row['cargo']}, {row['quantity']}, {row['from']} → {row['to']}: {row['note']}" for row in rows
                if row["cost"] is None]
    if len(unpriced) == len(rows):  # nothing to list: said as an error, and no file written
        from .cli_arguments import EXIT_USAGE

        for line in dict.fromkeys(unpriced):
            print(f"error: {line}", file=sys.stderr)
        return EXIT_USAGE
    from .cli import _document_wording, _restore_english

    say = _document_wording(args.language, args.bilingual, tables)
    try:
        path = write_price_list(rows, args.xlsx, about=_price_list_basis(tables, rates), origin=origin.name,
                                day=args.date, **({"wording": say("xlsx")} if say else {}))
    finally:
        if say:
            _restore_english()
    priced = len(rows) - len(unpriced)  # "1 price", not "1 prices"
    print(f"wrote {path}: {priced} price{'' if priced == 1 else 's'}"
          + (f", {len(unpriced)} line{'' if len(unpriced) == 1 else 's'} without one" if unpriced else ""))
    for line in unpriced:
        print(f"  no price: {line}", file=sys.stderr)
    return 0


# a number as typed: figures with points and commas (and the Arabic separators, ١٬٥٠٠ and ١٫٥), a space or an
# apostrophe only before a group of three, and a power of ten (1e3, as --quantity takes it)
_AMOUNT = r"\d[\d.,\u066b\u066c]*(?:[\s'\u2019]\d{3}(?!\d)[\d.,\u066b\u066c]*)*(?:[eE][+-]?\d+(?![^\W\d_]))?"


def _amount_and_unit(text: str) -> tuple[str, str]:
    """'500 t' → ('500', 't'); '1 234,5 t' → ('1 234,5', 't'); '500t' → ('500', 't'); '500' → ('500', 't'): the
    number as typed (grouped with spaces or commas) and the unit after it, tonnes if none is given. A unit may
    begin with figures after a space: '2 40\' reefer' → ('2', "40' reefer"), two boxes, not 240 of "' reefer"."""
    found = re.fullmatch(rf"\s*({_AMOUNT})(?:\s*([^\d\s.,].*?)|\s+(\d.*?))?\s*", text)
    if found is None:
        return text.strip(), "t"  # not a number first: parse_quantity names what is wrong with it
    return found.group(1), found.group(2) or found.group(3) or "t"


def _price_list_basis(tables, rates: dict) -> list[tuple[str, str]]:
    """What a price list rests on, as a quote's documents give it: the day made, the program, each workbook with its
    SHA-256, the exchange rates used."""
    basis = [("Made on", dt.date.today().isoformat()), ("Program", f"Corridor Quote {__version__}")]
    for label, info in (("Corridors workbook", tables.corridors_file), ("Tariffs workbook", tables.tariffs_file)):
        basis.append((label, f"{Path(info.path).name}, SHA-256 {info.sha256}"))
    from .core.report import fx_text

    basis += [("Exchange rate", fx_text(fx)) for _, fx in sorted(rates.items())]
    return basis
