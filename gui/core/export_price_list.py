"""The booth's price list as a workbook: one line per cargo, quantity and destination, in the buyer's language."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from . import formatting as fmt
from .messages import ARABIC_SEPARATORS, ENGLISH, QT_TRANSLATE_NOOP, RIGHT_TO_LEFT, Wording

# the price list's fixed texts: marked for pyside6-lupdate, said through a Wording (see write_price_list)
TEXTS = (
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Price list"), QT_TRANSLATE_NOOP("QuoteWorkbook", "About"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Price list from {origin}, departures {date}"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "The cheapest route open on the departure date for each line (for a "
                                       "perishable, the cheapest that arrives within its shelf life, where one "
                                       "does); see a full quote for the breakdown. Prices to the cent, as the "
                                       "quote's workbook gives them; per tonne: the price ÷ the tonnes, to the "
                                       "cent."),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Cargo"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Quantity"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "From"), QT_TRANSLATE_NOOP("QuoteWorkbook", "To"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Departure"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Best route"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Price"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Currency"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Per tonne"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Days typical (min–max)"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "CO2e t"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Note"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Made on"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Program"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Corridors workbook"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Tariffs workbook"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Exchange rate"),
)
EXPLAINED = TEXTS[3]
# a note prints whole up to this many lines (27 of 15 points: the tallest row Excel keeps, 409 points): it is all
# the price list says of a line's route (at the quote's five lines, wheat to Karachi's stopped at "a ×2.6 rise of
# KTZ's grain rail tariff, not in the rates here, proposed for")
NOTE_LINES = 27


def write_price_list(rows: list[dict[str, Any]], path: Path | str, title: str | None = None,
                     about: list[tuple[str, str]] = (), wording: Wording = ENGLISH, origin: str = "",
                     day: dt.date | None = None) -> Path:
    """One line per cargo, quantity and destination: the best available route and its price; ``about``: what
    the prices rest on (the day made, the tables' files and fingerprints, the exchange rates), on a sheet of
    its own, so that a price list filed or sent can be traced like a quote. In ``wording``'s language (the names
    of cargoes, places and routes, the quantities and the notes; a bilingual wording keeps the English beside
    them); its title ``title``, or "Price list from ``origin``, departures ``day``"."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from .export_xlsx import MONEY, _append, _date_cell, _header, _widths, iso_dates
    from .files import check_xlsx, save_workbook, write_atomically
    from .xlsx_print import DATE, print_setup, read_right_to_left

    w = iso_dates(wording)  # a date in a note as the Departure column's: 2026-12-10, never 10/12/2026

    def say(text: str) -> str:
        return w.label("QuoteWorkbook", text)

    def both(name: str) -> str:
        return w.both(w.name(name), name) if name else name

    def days(row: dict[str, Any]) -> str:  # in the list's figures: the row was made before its language was set
        span = row.get("days_span")
        return fmt.days_span(*span) if span else row["days"]

    def in_both(local: str, english: str) -> str:
        """A sentence in the reader's language, the English after it in a bilingual list (as its headings)."""
        return f"{local} / {english}" if w.bilingual and local != english else local

    if title is None and origin and day:
        # a bilingual list's title in both languages, as its headings and names (it was in the reader's alone)
        template = "Price list from {origin}, departures {date}"
        title = in_both(w.translate("QuoteWorkbook", template).format(origin=w.name(origin), date=day.isoformat()),
                        template.format(origin=origin, date=day.isoformat()))
    elif title is None:
        title = say("Price list")
    book = Workbook()
    sheet = book.active
    sheet.title = w.translate("QuoteWorkbook", "Price list")[:31]
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = in_both(w.translate("QuoteWorkbook", EXPLAINED), EXPLAINED)
    _header(sheet, [say(text) for text in ("Cargo", "Quantity", "From", "To", "Departure", "Best route", "Price",
                                            "Currency", "Per tonne", "Days typical (min–max)", "CO2e t", "Note")])
    for row in rows:
        notes = row.get("notes")
        # in Urdu the Arabic semicolon between the notes, as within each (a Latin one is a weak letter there)
        joint = ARABIC_SEPARATORS["; "] if w.language in RIGHT_TO_LEFT else "; "
        note = joint.join(w.say(n) for n in notes if n) if notes is not None else row["note"]
        route = row["route"] if row["route"] == "—" else both(row["route"])
        _append(sheet, [both(row["cargo"]), w.say(row.get("load") or row["quantity"]), both(row["from"]),
                        both(row["to"]), _date_cell(row["date"]), route, row["cost"], row["currency"],
                        row["per_tonne"], days(row), row["co2e_t"], note])
        line = sheet[sheet.max_row]
        # the price to the cent, as the per-tonne price beside it and the quote's workbook (a whole-dollar price
        # beside a per-tonne price in cents read 52,639 against 105.28 × 500 = 52,640)
        line[6].number_format, line[8].number_format, line[10].number_format = MONEY, MONEY, "0.0"
        if isinstance(line[4].value, dt.date):  # a date a spreadsheet sorts and filters, read one way everywhere
            line[4].number_format = DATE
    _widths(sheet, {"A": 26, "B": 30, "F": 48, "J": 22, "L": 50})
    if about:
        basis = book.create_sheet(w.translate("QuoteWorkbook", "About")[:31])
        for label, value in about:
            # the day made as a date cell, read year-month-day as the Departure column
            _append(basis, [say(label) if label in TEXTS else label,
                            _date_cell(value) if label == "Made on" else value])
            if isinstance(basis.cell(basis.max_row, 2).value, dt.date):
                basis.cell(basis.max_row, 2).number_format = DATE
            basis.cell(basis.max_row, 1).font = Font(bold=True)
        _widths(basis, {"A": 28, "B": 90})
    print_setup(book, title, most_lines=NOTE_LINES)
    if w.language in RIGHT_TO_LEFT:
        read_right_to_left(book)
    return write_atomically(path, lambda temporary: save_workbook(book, temporary), check_xlsx)
