"""A quote as an Excel workbook (summary, routes compared, breakdown, sources), and the booth's price list."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from . import formatting as fmt
from .buyer_copy import buyer_warnings, said_to_buyer
from .files import check_xlsx, save_workbook, write_atomically
from .messages import ARABIC_SEPARATORS, ENGLISH, QT_TRANSLATE_NOOP, RIGHT_TO_LEFT, Message, Wording
from .money import WHAT_IF_RATE
from .report import offer_valid_until, said, shown_days, told_apart_parts
from .route_values import WAIT_EVENT, stop_where
from .xlsx_print import DATE, DATE_TIME, _width, print_setup, read_right_to_left

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAP_WIDTH_PX = 560  # the route map on the summary sheet
LOGO_HEIGHT_PX, LOGO_MOST_WIDTH_PX = 40, 480  # the seller's logo, as high as in the PDF's letterhead
# over the working where a what-if's notes are translated and the tables' are not
WHAT_IF_ESTIMATE = ("Estimate: its working; the tables' notes in English, as their sources give them; a what-if's in "
                    "this workbook's language")
LABEL_WIDTH, WIDEST_LABEL = 28, 46  # the summary's labels: the English fit 28; a longer one wraps past 46
BOLD = 1.1  # a bold label runs about a tenth wider than its letters' count
MONEY = "#,##0.00"  # sums of money, to the cent with thousands grouped, as the PDF gives them (275,359.50)


def _put(sheet, row: int, column: int, value: Any):
    """Write a cell; text that a spreadsheet would run as a formula is stored as plain text, and without the
    direction marks of right-to-left text (the sheet itself is right to left; search and filters must match) or
    the control characters a workbook cannot hold (made spaces)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = fmt.plain(value)
    if isinstance(value, str):  # a control character no workbook holds (a quote saved with one in its buyer's name)
        value = ILLEGAL_CHARACTERS_RE.sub(" ", value)
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # openpyxl would otherwise write "=..." as a formula
    return cell


def _append(sheet, values: Iterable[Any]) -> None:
    row = sheet.max_row + 1 if sheet.max_row > 1 or sheet.cell(1, 1).value is not None else 1
    for column, value in enumerate(values, start=1):
        _put(sheet, row, column, value)


def _header(sheet, names: list[str]) -> None:
    from openpyxl.styles import Font

    _append(sheet, names)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = f"A{sheet.max_row + 1}"  # a coordinate, not a cell: a cell would add an empty row


def _widths(sheet, widths: dict[str, int]) -> None:
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width


def iso_dates(wording: Wording) -> Wording:
    """``wording`` with its dates written year-month-day, as the workbook's date cells show theirs: a date in a
    sentence ("the cargo passes between 2026-12-12 and 2026-12-15") read in the reader's own order (23/1/2026 in
    Urdu, 23.01.2026 in Russian) beside a date cell reading 2026-01-23."""
    return replace(wording, date=dt.date.isoformat)


def _date_cell(text: str):
    """An ISO date, or date and time (the quote's own, ``2026-11-30 07:18:28``), as a real date or date and time
    (Excel shows it in the reader's own order); other text as it is. A time to the minute, as the PDF gives it:
    the cell showed 07:18 and its value, in the formula bar, 07:18:28."""
    try:
        if text and len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).replace(second=0, microsecond=0) if text and len(text) in (16, 19) \
            else text
    except ValueError:
        return text


# the workbook's fixed texts: marked for pyside6-lupdate, said through a Wording (see write_quote_workbook)
TEXTS = frozenset((
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Summary"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Routes"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Breakdown"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Sources"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Freight quote"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Quote number"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Date"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Valid until"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Buyer"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Contact"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Offered by"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Terms"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Cargo"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Quantity"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "From"), QT_TRANSLATE_NOOP("QuoteWorkbook", "To"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Departure"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Currency"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Corridors table"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Tariffs table"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Oldest exchange rate used"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "the departure day"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Recommended route"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "{corridor}: {cost}, {days} days"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "via {place}"), QT_TRANSLATE_NOOP("QuoteWorkbook", "by {mode} from {place}"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Exchange rates used"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "none: every charge is in US dollars"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "{rate} per USD as of {date}"), QT_TRANSLATE_NOOP("QuoteWorkbook", "yes"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "no"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Corridor"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Path"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Available"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Why not"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Cost"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Cost per t"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Days min"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Days typical"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Days max"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "km"), QT_TRANSLATE_NOOP("QuoteWorkbook", "CO2e kg"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Best trade-off"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Borders"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Warnings"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Route #"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Warning"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Cost if it reopened"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Step"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Mode or event"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Equipment"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Units"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Charge"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Basis"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Rate"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Amount"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Converted"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Quote currency"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Sources"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Estimate"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Estimate: its working, in English as the tables' sources give it"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Estimate: its working; the tables' notes in English, as their sources "
                                       "give them; a what-if's in this workbook's language"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "at {place}"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Id"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Title"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Publisher"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Reliability"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Address"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "{rate} per USD, set for this quote (table: {table} as of {date})"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "{rate} per USD, set by the what-if (table: {table} as of {date})"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "{change} against the USD by the what-if, {rate} per USD "
                                       "(table: {table} as of {date})"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "{change} against the USD by the what-if from {start} set for this quote, "
                                       "{rate} per USD (table: {table} as of {date})"),
))


def _known(text: str) -> str:
    if text not in TEXTS and text != "#":
        raise KeyError(f"workbook text not marked for translation: {text!r}")
    return text


def estimate_heading(w: Wording, document: dict[str, Any] | None = None) -> str:
    """The heading over the estimates' working. The working is the tables' own note, in English, quoting its
    sources (``'around $12' a tonne``), and no catalogue translates it: in another language the heading says so,
    rather than leave an English column under a heading in the reader's language unexplained. A what-if's note
    (``freight × 1.3: KZ rail rates × 1.3, in the what-if …``) is said in the reader's language: where the
    ``document`` has one, the heading says which part is in English."""
    if w.english:
        return "Estimate"
    if document is not None and _says_a_note(document):
        return WHAT_IF_ESTIMATE
    return "Estimate: its working, in English as the tables' sources give it"


def _says_a_note(value: Any) -> bool:
    """Whether any line of a quote document carries its estimate note as a Message (a what-if's, translated)."""
    if isinstance(value, dict):
        said_ = value.get("said")
        if isinstance(said_, dict) and said_.get("estimate"):
            return True
        return any(_says_a_note(item) for item in value.values() if isinstance(item, (dict, list)))
    if isinstance(value, list):
        return any(_says_a_note(item) for item in value if isinstance(item, (dict, list)))
    return False


def write_quote_workbook(document: dict[str, Any], path: Path | str, wording: Wording = ENGLISH,
                         map_png: bytes | None = None, letterhead: dict[str, str] | None = None,
                         logo_png: bytes | None = None) -> Path:
    """Write the quote document (see report.quote_document) to ``path``, atomically, in ``wording``'s language
    (English by default); figures stay numbers and dates stay dates, so Excel formats them for its reader.
    ``map_png``: a picture of the recommended route on the map, placed on the summary sheet. ``letterhead``: who
    offers the quote (``name``, ``contacts``) and on what ``terms``, as the PDF prints them; ``logo_png`` its logo,
    drawn ``LOGO_HEIGHT_PX`` high beside the heading."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    w = iso_dates(wording)
    letterhead = letterhead or {}

    def say(text: str) -> str:
        """A heading or label: in both languages when the wording is bilingual."""
        return w.label("QuoteWorkbook", _known(text))

    def local(text: str) -> str:
        """A sheet name or a sentence with figures: in the reader's language only."""
        return w.translate("QuoteWorkbook", _known(text))

    def both(name: str) -> str:
        return w.both(w.name(name), name)

    arrow = " ← " if w.language in RIGHT_TO_LEFT else " → "  # pointing the way the sheet's text reads
    # lists and notes joined as within a message: in Urdu the Arabic comma and semicolon (the Latin ones, weak
    # letters there, let a list of names run left to right)
    comma, semicolon = (ARABIC_SEPARATORS[", "], ARABIC_SEPARATORS["; "]) if w.language in RIGHT_TO_LEFT \
        else (", ", "; ")

    book = Workbook()
    summary = book.active
    # sheet names in one language only: Excel forbids '/' in them and allows 31 characters
    summary.title = local("Summary")[:31]
    request, quote, tables = document["request"], document["quote"], document["tables"]
    offered_by = fmt.one_line(" · ".join(text for text in (letterhead.get("name", "").strip(),
                                                           letterhead.get("contacts", "").strip()) if text))
    summary["A1"] = say("Freight quote")
    summary["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Quote number", quote.get("number", "")),
        ("Date", _date_cell(quote.get("created", ""))),
        ("Valid until", _date_cell(offer_valid_until(document)[0])),  # never past the departure priced
        ("Buyer", quote.get("buyer", {}).get("name", "")),
        ("Contact", quote.get("buyer", {}).get("contact", "")),
        # who offers it, as the PDF's letterhead says: the copy a buyer keeps in Excel named no seller
        *([("Offered by", offered_by)] if offered_by else []),
        ("Cargo", both(request["cargo_name"])),
        ("Quantity", said(request, "load", w)),
        ("From", both(request["from"])), ("To", both(request["to"])),
        ("Departure", _date_cell(request["date"])),
        ("Currency", document["currency"]),
        ("Corridors table",
         f"{tables['corridors']['file']} (sha256 {tables['corridors']['sha256'][:12]})"),
        ("Tariffs table", f"{tables['tariffs']['file']} (sha256 {tables['tariffs']['sha256'][:12]})"),
        # each rate's own date is in the rows below; a quote is only as fresh as its oldest
        ("Oldest exchange rate used", _date_cell(tables.get("fx_oldest") or tables.get("fx_as_of") or "")),
    ]
    from .decide_report import recommended_route
    from .export_decide import route_columns, summary_rows, write_what_if_sheet  # the booth's questions, if asked

    rows = [(say(label), value) for label, value in rows] + summary_rows(document, w)
    for offset, (label, value) in enumerate(rows, start=3):
        _put(summary, offset, 1, label).font = Font(bold=True)
        cell = _put(summary, offset, 2, value)
        if isinstance(value, dt.datetime):
            cell.number_format = DATE_TIME  # year-month-day, as the PDF: Excel's own shows the system's order
            cell.alignment = Alignment(horizontal="left")
        elif isinstance(value, dt.date):
            cell.number_format = DATE
            cell.alignment = Alignment(horizontal="left")
        elif isinstance(value, float) and 0 < value <= 1:  # the certainty asked: 99.5 % read "100%" whole
            cell.number_format = "0%" if round(value * 100, 6).is_integer() else "0.0#%"
            cell.alignment = Alignment(horizontal="left")
    if offer_valid_until(document)[1]:  # why the offer ends before its validity would, beside the date
        _put(summary, 5, 3, local("the departure day"))
    if map_png:
        from .xlsx_picture import place_picture

        place_picture(summary, map_png, "D3", MAP_WIDTH_PX)
    if logo_png:
        from .xlsx_picture import place_picture, png_size

        width, height = png_size(logo_png)
        summary.row_dimensions[1].height = LOGO_HEIGHT_PX * 0.75 + 4  # points: the row as high as the logo
        place_picture(summary, logo_png, "D1", min(LOGO_MOST_WIDTH_PX, round(LOGO_HEIGHT_PX * width / height)))
    best = recommended_route(document)  # the route the goals chose, else the cheapest on the frontier
    row = len(rows) + 4
    for warning in buyer_warnings(document, w):  # the whole quote's (back-dated, old rates), as the PDF says them
        _put(summary, row, 1, say("Warning")).font = Font(bold=True, color="9A5B00")
        _put(summary, row, 2, warning)
        row += 1
    if best:
        # numbered as on the Routes sheet and the PDF: two or three routes of a quote may share a corridor's name
        number = document["routes"].index(best) + 1
        # days as the Routes sheet, the PDF and the window give them: "11.7 (6.1–27)", not "6.1–12–27"
        finer = fmt.days_told_apart([route["days_typical"] for route in document["routes"]])[number - 1]
        _put(summary, row, 1, say("Recommended route")).font = Font(bold=True)
        # which of its corridor's routes, as the PDF's heading says ("· via Saryagash")
        parts = told_apart_parts(best, w, local("via {place}"), local("by {mode} from {place}"), comma)
        _put(summary, row, 2, local("{corridor}: {cost}, {days} days").format(
            corridor=" · ".join([f"{number}. {both(best['corridor'])}", *parts]),
            cost=fmt.money(best["cost"], best["currency"]),
            days=fmt.days_span(best["days_min"], best["days_typical"], best["days_max"], finer)))
        row += 1
    row += 1
    _put(summary, row, 1, say("Exchange rates used")).font = Font(bold=True)
    for fx in document["fx"]:
        if fx["currency"] == "USD":  # the base of the table: 1 per USD is no rate (as the window's FX line says)
            continue
        row += 1
        _put(summary, row, 1, fx["currency"])
        table = fx.get("table_units_per_usd")
        figures = {"rate": fmt.rate(fx["units_per_usd"]), "date": w.date(dt.date.fromisoformat(fx["as_of"]))}
        shift = fx.get("what_if_change_pct") if fx.get("estimate") == WHAT_IF_RATE else None
        if table and shift is not None and fx.get("what_if_from") is not None:  # the rate shifted is the user's
            text = local("{change} against the USD by the what-if from {start} set for this quote, {rate} per USD "
                         "(table: {table} as of {date})")
            _put(summary, row, 2, text.format(change=fmt.shift(shift), start=fmt.rate(fx["what_if_from"]),
                                              table=fmt.rate(table), **figures))
        elif table and shift is not None:  # how the what-if worked the rate out, not only its figure
            text = local("{change} against the USD by the what-if, {rate} per USD (table: {table} as of {date})")
            _put(summary, row, 2, text.format(change=fmt.shift(shift), table=fmt.rate(table), **figures))
        elif table:
            text = local("{rate} per USD, set by the what-if (table: {table} as of {date})"
                         if fx.get("estimate") == WHAT_IF_RATE else
                         "{rate} per USD, set for this quote (table: {table} as of {date})")
            _put(summary, row, 2, text.format(table=fmt.rate(table), **figures))
        else:
            text = local("{rate} per USD as of {date}")
            _put(summary, row, 2, text.format(**figures))
    if all(fx["currency"] == "USD" for fx in document["fx"]):
        row += 1
        _put(summary, row, 1, say("none: every charge is in US dollars"))
    if letterhead.get("terms", "").strip():  # the seller's terms, where the PDF ends with them
        row += 2
        _put(summary, row, 1, say("Terms")).font = Font(bold=True)
        terms = _put(summary, row, 2, letterhead["terms"].strip())
        terms.alignment = Alignment(wrap_text=True, vertical="top")
    # the column beside the values as wide as the note it may hold, or the map, placed after it, covers the note
    # ("the departure d")
    # the labels' column as wide as its longest bold label (to a bound, past which it wraps): the Russian "Самый
    # старый из использованных курсов валют" ran under its value in a column 28 wide
    labels = [cell.value for (cell,) in summary.iter_rows(min_row=2, min_col=1, max_col=1)
              if isinstance(cell.value, str) and cell.font.b and summary.cell(cell.row, 2).value is not None]
    label_width = min(max([LABEL_WIDTH, *(math.ceil(BOLD * _width(label)) for label in labels)]), WIDEST_LABEL)
    _widths(summary, {"A": label_width, "B": 80, "C": max(13, len(local("the departure day")) + 2)})

    yes, no = say("yes"), say("no")
    routes = book.create_sheet(local("Routes")[:31])
    _header(routes, [say(text) for text in (
        "#", "Corridor", "Path", "Available",
        "Why not", "Cost", "Currency",
        "Cost per t", "Days min", "Days typical",
        "Days max", "km", "CO2e kg",
        "Best trade-off", "Borders", "Warnings", "Cost if it reopened")])
    for number, route in enumerate(document["routes"], start=1):
        usable = route["available"] and route["cost"] is not None  # a closed route has no price, only what-if
        _append(routes, [number, both(route["corridor"]), arrow.join(w.name(p) for p in route["path"]),
                         yes if route["available"] else no, said(route, "unavailable_reason", w),
                         route["cost"] if usable else None, route["currency"],
                         route["cost_per_tonne"] if usable else None,
                         route["days_min"], route["days_typical"], route["days_max"], route["km"], route["co2e_kg"],
                         yes if route["pareto"] else "", comma.join(w.name(p) for p in route["border_crossings"]),
                         semicolon.join(said_to_buyer(route, "warnings", w)),
                         None if usable else route["cost"]])
        for cell in routes[routes.max_row][8:11]:  # the days, kept unrounded, shown to a tenth
            cell.number_format = "0.0"
        for index in (5, 7, 16):  # the cost, the cost per t and the cost if it reopened, as money
            routes[routes.max_row][index].number_format = MONEY
    for column, (heading, values, number_format) in enumerate(route_columns(document, w), start=18):
        _put(routes, 1, column, heading).font = Font(bold=True)
        for row_number, value in enumerate(values, start=2):
            cell = _put(routes, row_number, column, value)
            if number_format and value is not None:
                cell.number_format = number_format(value) if callable(number_format) else number_format
    _widths(routes, {"B": 44, "C": 70, "E": 50, "P": 60})

    breakdown = book.create_sheet(local("Breakdown")[:31])
    _header(breakdown, [say(text) for text in (
        "Route #", "Step", "Mode or event",
        "Equipment", "Units", "km",
        "Days typical", "Charge", "Basis",
        "Rate", "Quantity", "Amount",
        "Currency", "Converted", "Quote currency",
        "Sources", estimate_heading(w, document))])
    at_place = local("at {place}")
    for number, route in enumerate(document["routes"], start=1):
        steps = _in_travel_order(route)
        for kind, line in steps:
            if kind == "leg":
                name = w.name(line["from"]) + arrow + w.name(line["to"])
                what = w.mode(line["mode"])
                equipment = w.name(line.get("equipment_name") or line["equipment"])
            else:
                name = (w.say(stop_where(line["place"], line["km_on"])) if line.get("km_on") else
                        at_place.format(place=w.name(line["place"])))
                what = w.event(line["event"])
                equipment = ""
            first = [number, name, what, equipment, line.get("units", ""), line.get("km", ""), shown_days(line)]
            if not line["charges"]:
                _append(breakdown, first + ["", "", "", "", "", "", line["cost"], document["currency"],
                                            ", ".join(line["sources"]), said(line, "estimate", w) or ""])
            # a wait's fees: its first says where and until when the cargo waits, then the fees' notes, as the PDF
            # says under the place (the Excel quote gave the fees' notes alone: "a shipping line's box: …")
            waits = kind == "node" and line["event"] == WAIT_EVENT and line.get("estimate")
            wait_note = said(line, "estimate", w) if waits else None
            for index, charge in enumerate(line["charges"]):
                own = said(charge, "estimate", w)
                # the wait's note holds each fee's own: a later fee's row does not say it a second time
                note = wait_note if waits and not index else ("" if waits and own and own in wait_note else own)
                _append(breakdown, first + [w.name(charge["charge"]),
                                            w.basis(charge["basis"]), charge["rate"],
                                            charge["quantity"], charge["amount"], charge["currency"],
                                            charge["converted"], document["currency"], ", ".join(charge["sources"]),
                                            note or ""])
            flow = line.get("throughput") if kind == "node" else None
            if flow:  # the least wait at the stop's whole throughput, already in its days above
                _append(breakdown, first[:6] + ["", w.say(Message.from_data(flow["said"], flow["text"])), "",
                                                flow["per_day"], flow["count"], "", "", "", "",
                                                ", ".join(flow["sources"]),
                                                "; ".join(filter(None, (flow["what"], flow["estimate"])))])
    for (cell,) in breakdown.iter_rows(min_row=2, min_col=7, max_col=7):  # the days, as on the Routes sheet
        if isinstance(cell.value, (int, float)):
            cell.number_format = "0.0"
    for row in breakdown.iter_rows(min_row=2):  # the amount and the converted amount, as money
        for cell in (row[11], row[13]):
            if isinstance(cell.value, (int, float)):
                cell.number_format = MONEY
    _widths(breakdown, {"B": 40, "C": 16, "D": 30, "H": 26, "P": 30, "Q": 60})

    from .export_prices import write_price_sheet  # under commercial terms: the price, line by line

    write_price_sheet(book, document, w, _put, _append, _header, _widths)
    write_what_if_sheet(book, document, w, _put, _append, _header, _widths)
    sources = book.create_sheet(local("Sources")[:31])
    _header(sources, [say(text) for text in (
        "Id", "Title", "Publisher",
        "Date", "Reliability", "Address")])
    for source in document.get("sources", []):
        # a source's day as a date cell, as the quote's own (a month, a year or "c. 2018" stays as written)
        day = _date_cell(source["date"]) if len(source["date"] or "") == 10 else source["date"]
        _append(sources, [source["id"], source["title"], source["publisher"], day, source["reliability"],
                          source["url"]])
        if isinstance(day, dt.date):
            sources.cell(sources.max_row, 4).number_format = DATE
    _widths(sources, {"A": 28, "B": 70, "C": 30, "F": 60})
    print_setup(book, quote.get("number") or "")
    if w.language in RIGHT_TO_LEFT:
        read_right_to_left(book)
    return write_atomically(path, lambda temporary: save_workbook(book, temporary), check_xlsx)


def _in_travel_order(route: dict) -> list[tuple[str, dict]]:
    after: dict[int, list] = {}
    for node in route["nodes"]:
        after.setdefault(node["after_leg"], []).append(node)
    steps = [("node", node) for node in after.get(-1, [])]
    for index, leg in enumerate(route["legs"]):
        steps.append(("leg", leg))
        steps += [("node", node) for node in after.get(index, [])]
    return steps


def write_price_list(*args, **kwargs) -> Path:
    """The booth's price list (gui/core/export_price_list.py)."""
    from .export_price_list import write_price_list as write

    return write(*args, **kwargs)
