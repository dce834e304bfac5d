"""The quote on paper as HTML that QTextDocument lays out on A4: two pages for a typical quote. Page one says what
is offered (who for, until when, the recommended route, its map beside the cost–time chart, every route
compared); page two shows how the price is made (the recommended route step by step, what the price includes and
what it does not, CO2e, exchange rates and the sources behind it: gui/qt/workings_document.py). In a right-to-left
language the tables read from the right."""
from __future__ import annotations

import datetime as dt
import functools
import re
import stat
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core import formatting as fmt
from ..core.messages import Wording
from ..core.buyer_copy import buyer_warnings
from ..core.report import offer_valid_until, said
from .map_document import map_html
from .cell_widths import longest_line as _longest_line
from .cell_widths import text_width as _text_width
from .price_document import lines_html

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts
NOWRAP = "style='white-space:nowrap'"  # a figure, a date or a unit never breaks inside itself
SIDE_BY_SIDE = (255, 122)  # points: the map and the cost–time chart share the width of the page
COMPACT_PICTURES = 0.8  # their scale in a quote that would run past two pages


# not before a bracket that opens words: "07.12.2026 (жөнелту күні)" held as one run was wider than the Kazakh
# valid-until cell, which Qt broke inside the word ("жөнелт" / "у күні")
_FIGURE_SPACE = re.compile(r"(?<=\d) (?=\S)(?!\([^\W\d_])")


# a run of text with no space is given a break opportunity (a zero-width space) every this many characters: Qt's
# layout of one run grows with its square, and a buyer's name of 300,000 letters in a saved quote sent by another
# froze the window 18-42 s for its preview, 112 s for its PDF (a source's address, the longest of the tables' own
# runs, is some 300 characters)
LONGEST_RUN = 1_000
_LONG_RUN = re.compile(r"\S{%d}(?=\S)" % LONGEST_RUN)


def _e(value: Any) -> str:
    # a figure keeps the word after it on its line ("77.0 t", "29/11/2026 03:40", "16.9 (11–45)"): the space
    # becomes a no-break space; a bilingual text comes as two lines: the reader's language, then English
    text = _FIGURE_SPACE.sub("\u00a0", str(value if value is not None else ""))
    if len(text) > LONGEST_RUN:
        text = _LONG_RUN.sub(lambda run: run.group(0) + "\u200b", text)
    return lines_html(text)


def _days(route: dict, finer: bool = False) -> str:
    """Typical days first, the range after: ``15 (9.5–43)``, one run that never wraps; ``finer``: to a tenth
    (fmt.days_told_apart)."""
    return fmt.days_span(route["days_min"], route["days_typical"], route["days_max"], finer)


def recommended_route(document: dict) -> dict | None:
    """The route the goals chose, else the cheapest on the cost–time frontier (the core lists available routes
    cheapest first): gui/core/decide_report.py, which the terminal and the Excel quote follow too."""
    from ..core.decide_report import recommended_route as recommended

    return recommended(document)


def price(route: dict, key: str, currency: str) -> str:
    """A route's money, or a dash for a route that cannot be used (closed means no price)."""
    usable = route["available"] and route["cost"] is not None
    return fmt.money(route[key], currency) if usable else "—"


def amount(route: dict, key: str) -> str:
    """As ``price``, without the currency (the column's heading names it)."""
    usable = route["available"] and route["cost"] is not None
    return fmt.number(route[key]) if usable else "—"


def labels(translate=translate) -> dict[str, str]:
    """The document's fixed texts in the interface language (literal calls, so pyside6-lupdate collects them);
    ``translate`` may give both languages, for a bilingual document."""
    return {
        "title": translate("QuoteDocument", "Freight quote {number}"),
        "date": translate("QuoteDocument", "Date"),
        "valid": translate("QuoteDocument", "Valid until"),
        "valid_departure": translate("QuoteDocument", "{date} (the departure day)"),
        "for": translate("QuoteDocument", "For"),
        "cargo": translate("QuoteDocument", "Cargo"),
        "between": translate("QuoteDocument", "From → to"),
        "departure": translate("QuoteDocument", "Departure"),
        "currency": translate("QuoteDocument", "Currency"),
        "recommended": translate("QuoteDocument", "Recommended: {corridor}"),
        "best": translate("QuoteDocument", "({per_tonne} per tonne), transit {days} days, {co2e} t CO2e"),
        "via": translate("QuoteDocument", "via {places}"),
        "via_place": translate("QuoteDocument", "via {place}"),
        "by_from": translate("QuoteDocument", "by {mode} from {place}"),
        "none": translate("QuoteDocument", "No route is available on this date"),
        "compared": translate("QuoteDocument", "Routes compared"),
        "corridor": translate("QuoteDocument", "Corridor"),
        "cost": translate("QuoteDocument", "Cost, {currency}"),
        "per_t": translate("QuoteDocument", "Per t"),
        "mode": translate("QuoteDocument", "By"),
        "days_range": translate("QuoteDocument", "Days"),
        "co2e_t": translate("QuoteDocument", "CO2e t"),
        "status": translate("QuoteDocument", "Status"),
        "available": translate("QuoteDocument", "open"),
        "at_risk": translate("QuoteDocument", "open ⚠"),
        "risk_note": translate("QuoteDocument", "⚠ a risk on the way (a closure or risk window, a proposed tariff): "
                                                "the recommended route's are under its name."),
        "unavailable": translate("QuoteDocument", "closed ({note})"),
        "planned": translate("QuoteDocument", "planned ({note})"),
        "no_tariff": translate("QuoteDocument", "no tariff ({note})"),
        "why": translate("QuoteDocument", "route {number}: {reason}"),
        "cause": translate("QuoteDocument", "Routes {routes}: {cause}"),
        "star": translate("QuoteDocument", "★ best trade-off: no other available route is both cheaper and faster. "
                                           "Days: typical (minimum–maximum), door to door."),
        "breakdown": translate("QuoteDocument", "How the price of route {number} is made"),
        "step": translate("QuoteDocument", "Step"),
        "km": translate("QuoteDocument", "km"),
        "days": translate("QuoteDocument", "Days"),
        "charge": translate("QuoteDocument", "Charges, in their own currency"),
        "in": translate("QuoteDocument", "In {currency}"),
        "at_node": translate("QuoteDocument", "at {place}: {event}"),
        "estimate": translate("QuoteDocument", "≈ an estimate (its working is in the Excel quote)"),
        "total": translate("QuoteDocument", "Total"),
        "included": translate("QuoteDocument", "The price includes"),
        "excluded": translate("QuoteDocument", "The price does not include"),
        "glec": translate("QuoteDocument", "Calculated following the GLEC Framework (well-to-wheel): "
                                           "tonnes × km × the factor of each mode, and the stops by their hub "
                                           "factors. Factors used:"),
        "factor": translate("QuoteDocument", "{mode} {factor} g CO2e per t·km"),
        "hub_kg_co2e_per_t": translate("QuoteDocument", "{event} {factor} kg CO2e per t"),
        "hub_kg_co2e_per_teu": translate("QuoteDocument", "{event} {factor} kg CO2e per TEU"),
        "hub_kg_co2e_per_unit_hour": translate("QuoteDocument", "{event} {factor} kg CO2e per vehicle and hour"),
        "rates": translate("QuoteDocument", "Exchange rates and tables"),
        "no_rates": translate("QuoteWorkbook", "none: every charge is in US dollars"),
        "rate_set": translate("QuoteDocument", "{currency}: {rate} per USD, set for this quote "
                                               "(table: {table} as of {date})"),
        "rate_what_if": translate("QuoteDocument", "{currency}: {rate} per USD, set by the what-if "
                                                   "(table: {table} as of {date})"),
        "rate_shifted": translate("QuoteDocument", "{currency}: {change} against the USD by the what-if, {rate} "
                                                   "per USD (table: {table} as of {date})"),
        "rate_shifted_from": translate("QuoteDocument", "{currency}: {change} against the USD by the what-if from "
                                                        "{start} set for this quote, {rate} per USD (table: {table} "
                                                        "as of {date})"),
        "rate": translate("QuoteDocument", "{currency}: {rate} per USD as of {date}"),
        # each rate's own date is said just before: one date for them all read as if all were that recent
        "tables": translate("QuoteDocument", "Tables: {corridors} and {tariffs} (content of the tariffs {digest})."),
        "sources": translate("QuoteDocument", "Sources of route {number}"),
        "sources_rates": translate("QuoteDocument", "Sources of the exchange rates"),
        "other_sources": translate("QuoteDocument", "The other routes compared rest on {count} more sources; all of "
                                                    "them, with their addresses, are in the Excel quote."),
        # a quote that would run past two pages counts its sources rather than listing them
        "sources_counted": translate("QuoteDocument", "{count} sources, and {others} more for the other routes "
                                                      "compared; all of them, with their titles, dates and "
                                                      "addresses, are in the Excel quote."),
        "sources_counted_alone": translate("QuoteDocument", "{count} sources; with their titles, dates and addresses "
                                                            "they are in the Excel quote."),
        "terms": translate("QuoteDocument", "Terms"),
        "footer": translate("QuoteDocument", "{number} · {buyer} · page {page} of {pages}"),
        "footer_no_buyer": translate("QuoteDocument", "{number} · page {page} of {pages}"),
    }


# a column's ``nowrap`` that also keeps its heading on one line: "Per t" and "CO2e t" over the routes' figures
# stood as "Per" over "t" and "CO2e" over "t" (Russian "За" / "т", Urdu "فی" / "ٹن"), each a unit cut from its
# figure; kept whole, each widens its column by a few points of the corridor's (4–16 pt, measured in English,
# Russian and Urdu), where "Cost, USD", 18–50 pt wider than its figures, still takes two lines. Not in a compact
# quote (one that counts its sources to save a page): there both widened cost Shymkent → Lahore its second page
WHOLE = "whole"


def column_widths(columns) -> list[str]:
    """Each column's width as laid out: a column that does not wrap (figures, dates, a word or two) is as wide as
    what it holds and no wider, whatever share it was given (Qt widens a column to its longest line, never
    narrows it), and the columns that wrap share the rest in the proportions given them. A share fixed in
    advance was wrong in one language or the other: "Amount" kept a fifth of the price's table for "40,000.00
    USD", and the line and its working, which wraps, ran to three lines in Russian where two would do."""
    given = {i: float(width.rstrip("%")) for i, (width, _, nowrap) in enumerate(columns) if not nowrap}
    rest = 100 - (len(columns) - len(given))  # a nowrap column's 1 %: Qt widens it to its content
    total = sum(given.values()) or 1
    return [f"{rest * given[i] / total:.1f}%" if i in given else "1%" for i in range(len(columns))]


class _Page:
    """The HTML being written, and the tables on it (for the page-break check in documents.paginated)."""

    def __init__(self, rtl: bool, breaks: dict[str, set[int]], rows: list, compact: bool = False):
        self.rtl, self.breaks, self.rows, self.parts = rtl, breaks, rows, []
        self.compact = compact  # sources counted (listed in the Excel quote), the pictures smaller
        # per table, the characters of the longest line in each column's cells: its heading's lines run to it
        self.widest: dict[str, list[float]] = {}

    def html(self) -> str:
        """The page written, each table's heading laid out now that its cells are known."""
        return "".join(part() if callable(part) else part for part in self.parts)

    def source_entry(self, source: dict, title_length: int) -> str:
        """``[CPMM22_KZ] CAREC CPMM Annual Report 2022… (2022)``."""
        found = re.search(r"(19|20)\d\d", source.get("date") or "")
        year = f" ({found.group(0)})" if found else ""
        return f"[{_e(source['id'])}] {_e(fmt.shorten(source['title'], title_length))}{year}"

    def add(self, text: str) -> None:
        self.parts.append(text)

    def cells(self, cells: list[str]) -> str:
        """A row's cells in reading order: a right-to-left table starts at the right."""
        return "".join(reversed(cells) if self.rtl else cells)

    def layout_table(self, cells: list[str], name: str | None = None) -> None:
        """A borderless table that only places things side by side. A ``name``d one is kept whole on a page: a
        page break through it (the map at the foot of page 1, the chart beside it on page 2; the headings of what
        the price includes at one page's foot, their lists on the next) starts it on the next page instead."""
        self.rows.append([(name, 0) if name else None])
        style = " style='page-break-before:always'" if 0 in self.breaks.get(name or "", ()) else ""
        self.add(f"<table{style} width='100%' cellspacing='0' cellpadding='2'><tr>{self.cells(cells)}</tr></table>")

    # tables whose columns are as wide as their content (column_widths): every column but one holds figures or a
    # few words (the steps' charges, which wrap beside the step's name, keep their shares)
    FITTED = frozenset({"routes", "price_lines"})

    def head(self, columns, continued: bool = False, table: str | None = None):
        """A table's opening and heading row: a function of the cells written after it (see ``heading_lines``)."""
        self.rows.append([None])
        # a <thead> row is repeated at the top of each page the table runs onto
        style = " style='page-break-before:always'" if continued else ""
        widths = column_widths(columns) if table in self.FITTED else [width for width, _, _ in columns]
        widest = self.widest.setdefault(table or f"#{len(self.rows)}", [0] * len(columns))  # shared by its pages

        def written() -> str:
            heads = [f"<th width='{width}' {NOWRAP if nowrap else ''}>"
                     + ("<br>".join(map(_e, self.heading_lines(text, room, self.whole(nowrap)))) if nowrap
                        else _e(text)) + "</th>" for width, (_, text, nowrap), room in zip(widths, columns, widest)]
            # tables in small print: one line a row for all but the longest names
            return (f"<table{style} border='1' cellspacing='0' cellpadding='1' width='100%' style='font-size:7pt'>"
                    f"<thead><tr style='background:#eee'>{self.cells(heads)}</tr></thead>")

        return written

    def whole(self, nowrap) -> bool:
        """Whether a heading stands on one line whatever its column's figures (WHOLE), but in a compact quote."""
        return nowrap == WHOLE and not self.compact

    def heading_lines(self, text: str, room: float, whole: bool = False) -> list[str]:
        """A heading over a column that does not wrap, on as few lines as its column's width leaves room for: its
        words (and, but in right-to-left text, the parts of a unit after a slash: "С доставкой/т") joined while a
        line is no wider than the column, which is as wide as the longest line of its cells (``room``) or the
        heading's longest word, else a word a line. A word a line always, "Стоимость, USD" and "С доставкой/т" on
        one line each had left the corridor's column a few letters wide in the Russian quote; but "Paid by" over
        "in the price", "In USD" over "≈ 4,662" and the Urdu "کون ادا کرے" took two and three lines where one
        fits, which stood as blank lines over the Urdu table. Not split after a slash in right-to-left text, where a
        slash at a line's end stands apart from its word."""
        if whole:  # a figure's name and its unit ("Per t", "CO2e t"): a line each language, the column widened
            return [part for part in text.split("\n") if part] or [text]
        said = [[word for word in re.split(" " if self.rtl else r"(?<=/) ?| ", part) if word]
                for part in text.split("\n")]  # a bilingual heading: each language's words on lines of their own
        room = max([room, *(_text_width(word, bold=True) for words in said for word in words)])
        lines: list[str] = []
        for words in said:
            first = len(lines)
            for word in words:
                joint = "" if lines[first:] and lines[-1].endswith("/") else " "
                if lines[first:] and _text_width(lines[-1] + joint + word, bold=True) <= room:
                    lines[-1] += joint + word
                else:
                    lines.append(word)
        return lines or [text]

    def row(self, table: str, number: int, columns, cells: list[str], style: str = "") -> None:
        """A row of a table; one that would run over a page break starts the rest of the table on a new page."""
        if number in self.breaks.get(table, ()):
            self.add("</table>")
            self.add(self.head(columns, continued=True, table=table))
        self.rows[-1].append((table, number))
        if len(cells) == len(columns):  # not a row across the table (the equipment, the customs value)
            widest = self.widest.setdefault(table, [0] * len(columns))
            for index, cell in enumerate(cells):
                widest[index] = max(widest[index], _longest_line(cell))
        self.add(f"<tr{style}>{self.cells(cells)}</tr>")


def quote_html(document: dict, letterhead: dict[str, str], wording: Wording | None = None,
               breaks: dict[str, set[int]] | None = None, rows: list | None = None, compact: bool = False,
               pictures: float | None = None) -> str:
    """The quote as HTML, in the interface language (English alongside in a bilingual document); names and
    messages, kept in English by the quote document, are said through ``wording``. A table continues on a new
    page before each row in ``breaks`` (by table and row number); ``rows`` receives, per table, the table and row
    number of each of its rows (None for a heading). ``compact``: the sources counted (each is listed in the Excel
    quote), the map and chart at four fifths and no warning about the search limits, to save a page. ``pictures``:
    the map's and the chart's scale, where it is set to fit the room left on their page."""
    from .i18n import RIGHT_TO_LEFT, bilingual_documents, current_language, local_date, saved_time
    from .i18n import wording as interface_wording

    w = wording or interface_wording(bilingual=bilingual_documents(), stacked=True)
    say = labels(w.label)
    local = w.one_language()
    rtl = (w.language or current_language()) in RIGHT_TO_LEFT
    page = _Page(rtl, breaks or {}, rows if rows is not None else [], compact)
    align_end = "left" if rtl else "right"  # figures line up at the end a reader finishes on

    def both(name: str) -> str:
        return w.both(w.name(name), name)

    def day(text: str) -> str:
        """An ISO date (or date and time, as saved quotes keep them) in the reader's order; anything else as is."""
        try:
            return local_date(dt.date.fromisoformat(text[:10])) + text[10:] if text else ""
        except ValueError:
            return text

    def figure(text: str) -> str:
        return f"<td align='{align_end}' {NOWRAP}>{_e(text)}</td>"

    request, quote, tables = document["request"], document["quote"], document["tables"]
    currency = document["currency"]
    best = recommended_route(document)
    best_number = document["routes"].index(best) + 1 if best else 0
    page.add(f"<html><body dir='{'rtl' if rtl else 'ltr'}' "
             "style=\"font-size:8pt; font-family:'DejaVu Sans','Noto Naskh Arabic'\">")
    _letterhead(page, letterhead)
    page.add(f"<h2>{_e(say['title'].format(number=quote.get('number', '')))}</h2>")
    buyer = quote.get("buyer", {})
    cargo = request["cargo_name"]
    valid, on_departure = offer_valid_until(document)  # never past the departure it is priced for
    valid = say["valid_departure"].format(date=day(valid)) if on_departure else day(valid)
    facts = [(say["date"], saved_time(quote.get("created", ""))), (say["valid"], valid),
             (say["for"], " — ".join(fmt.typed(v) for v in (buyer.get("name"), buyer.get("contact")) if v)),
             (say["cargo"], w.both(f"{local.name(cargo)}: {said(request, 'load', local)}",
                                   f"{cargo}: {request['load']}")),
             (say["between"], w.both(w.name(request['from']) + fmt.arrow() + w.name(request['to']),
                                     f"{request['from']} → {request['to']}")),
             (say["departure"], day(request["date"])), (say["currency"], currency)]
    # the cargo and its load across the page, under the facts in two halves: in a half, beside the longest label,
    # the Kazakh "3 × 40 футтық рефконтейнер (әрқайсысы 25,68 т)" ran to six lines, the Russian to four
    cargo_fact = facts.pop(3)
    from . import price_document as priced  # the price under commercial terms, where the quote has them

    facts.append(priced.terms_fact(document, w) or ("", ""))
    from . import decide_document as decided  # the what-if, the goals and the arrival date, where asked
    from . import routes_document as routes  # every route compared, and the recommended one's warnings
    from . import workings_document as made  # page two: how the price is made, the rates and the sources

    facts = [(label, value) for label, value in facts if value]
    half = (len(facts) + 1) // 2
    columns = [_facts_table(page, facts[:half]), _facts_table(page, facts[half:])]
    page.layout_table([f"<td width='50%' valign='top'>{column}</td>" for column in columns])
    # the what-if's changes and the goals run to several lines: across the page, not down a half-width column (in
    # Russian, where the labels are longer, that column took 12 lines and pushed the map onto page 2)
    wide = [cargo_fact, *((label, value) for label, value in decided.facts(document, w, day) if value)]
    if wide:
        page.layout_table([f"<td valign='top'>{_facts_table(page, wide)}</td>"])
    warnings = buyer_warnings(document, w)  # the whole quote's: back-dated, old rates
    if warnings:
        page.add("<p style='color:#8a4b00'>" + "<br>".join("⚠ " + _e(text) for text in warnings) + "</p>")
    # days that read the same but differ are given to a tenth, as in the window: route 5's 16.1 beside route 2's
    # 16.5 days is why route 5 is a best trade-off though it costs more
    finer = fmt.days_told_apart([route["days_typical"] for route in document["routes"]])
    if best:
        figures = say["best"].format(per_tonne=fmt.money(best["cost_per_tonne"], currency),
                                     days=_days(best, finer[best_number - 1]),  # as in the table of routes below
                                     co2e=fmt.ltr(fmt.co2e_tonnes_text(best["co2e_kg"])))
        via = say["via"].format(places=fmt.arrow().join(w.name(p) for p in best["path"]))
        # named apart from its corridor's other routes, as in the table: a route it was chosen over may share its name
        page.add(f"<h3>{_e(say['recommended'].format(corridor=f'{best_number}. ' + both(best['corridor'])))}"
                 f"{routes.told_apart(best, say, w)}</h3>"
                 f"<p style='font-size:9pt'><b>{_e(fmt.money(best['cost'], currency))}</b> {_e(figures)}"
                 f"<br><span style='font-size:8pt'>{_e(via)}</span></p>")
        page.add(decided.odds_line(document, best, w, day))
        page.add(routes.route_warnings(best, w))
        page.add(priced.price_summary(document, best, w))
    else:
        page.add(decided.none_heading(document, w) or f"<h3>{_e(say['none'])}</h3>")
    # a quote that would run past two pages draws its map and chart smaller, with its sources by id
    scale = pictures or (COMPACT_PICTURES if compact else 1)
    width, height = (round(size * scale) for size in SIDE_BY_SIDE)
    pictures = [f"<td width='50%' align='center'>{map_html(document, width, height)}</td>" if best else "",
                f"<td width='50%' align='center'><img src='chart:cost-time' width='{width}'></td>"]
    page.layout_table([cell for cell in pictures if cell], "pictures")
    routes.compared(page, document, say, w, both, figure, finer)
    if best:
        made.steps(page, best, best_number, document, say, w, figure, day, finer[best_number - 1])
        priced.price_lines(page, best, best_number, document, w, figure)
        made.included(page, best, say, w, document)
        priced.price_sources(page, document, best, w)
        made.co2e(page, best, say, w)
    made.rates_used(page, document, tables, say, day)
    made.sources(page, document, best, best_number, say)
    if letterhead.get("terms"):
        page.add(f"<h3>{_e(say['terms'])}</h3><p>{_e(letterhead['terms'])}</p>")
    page.add("</body></html>")
    return page.html()


LOGO_HEIGHT, LOGO_MOST_WIDTH = 40, 480  # in the page's units: a line of the heading high, within the text's width
LOGO_URL = "logo:letterhead"  # the logo as the document holds it, drawn from the file once and made small
LOGO_PIXELS_A_UNIT = 300 / 72  # the PDF is written at 300 dots an inch; the page's units are points


def logo_size(path: str) -> tuple[int, int] | None:
    """The width and height a logo is drawn at: ``LOGO_HEIGHT`` high, or narrower where that would be wider than
    ``LOGO_MOST_WIDTH`` (a banner of 1600 × 100 ran off the page); None for a file that is not a picture Qt can
    read whole (a text file named .png printed Qt's broken-picture icon, a truncated one a blank gap; one past Qt's
    256 MB of pixels is refused by its reader, not decoded)."""
    logo = _logo_now(path)
    return None if logo is None else logo[0]


def logo_picture(path: str):
    """The logo as the documents embed it: no more pixels than a 300 dpi page shows at its size (a 6000 × 4000
    photo was embedded whole, 9.6 MB in every PDF); None where ``logo_size`` is None."""
    logo = _logo_now(path)
    return None if logo is None else logo[1]


def logo_png(path: str) -> bytes | None:
    """``logo_picture`` as PNG bytes, for the Excel copy; None where there is no logo that can be read."""
    from .map_document import png_bytes

    picture = logo_picture(path)
    return None if picture is None else png_bytes(picture)


def _logo_now(path: str):
    import os

    try:
        kept = os.stat(path) if path else None
    except OSError:  # gone, or a folder that cannot be looked into
        return None
    if kept is None or not stat.S_ISREG(kept.st_mode):
        return None
    return _logo(path, kept.st_mtime_ns, kept.st_size)


@functools.lru_cache(maxsize=8)
def _logo(path: str, _changed: int, _size: int):
    """The size and picture of the logo in the file as it is now (read once for the several layouts of one
    document: a photo of 6000 × 4000 takes some 150 ms to read)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImageReader

    image = QImageReader(path).read()
    if image.isNull() or image.width() < 1 or image.height() < 1:
        return None
    width = max(1, round(LOGO_HEIGHT * image.width() / image.height()))
    size = (width, LOGO_HEIGHT) if width <= LOGO_MOST_WIDTH else (
        LOGO_MOST_WIDTH, max(1, round(LOGO_MOST_WIDTH * image.height() / image.width())))
    pixels = (max(1, round(size[0] * LOGO_PIXELS_A_UNIT)), max(1, round(size[1] * LOGO_PIXELS_A_UNIT)))
    if image.width() > pixels[0] or image.height() > pixels[1]:  # never made larger: a small logo stays as drawn
        image = image.scaled(*pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return size, image


def install_logo(text, letterhead: dict[str, str]) -> None:
    """Give the QTextDocument ``text`` the letterhead's logo that ``quote_html`` draws (see ``logo_picture``)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    picture = logo_picture(letterhead.get("logo", ""))
    if picture is not None:
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), picture)


def _letterhead(page: _Page, letterhead: dict[str, str]) -> None:
    size = logo_size(letterhead.get("logo", ""))
    if size is not None:  # the picture itself is the document's resource (``logo_picture``)
        page.add(f"<img src='{LOGO_URL}' width='{size[0]}' height='{size[1]}'><br>")
    if letterhead.get("name"):
        page.add(f"<div style='font-size:14pt; font-weight:bold'>{_e(letterhead['name'])}</div>")
    if letterhead.get("contacts"):
        page.add(f"<div style='color:#555'>{_e(letterhead['contacts'])}</div>")


def _facts_table(page: _Page, facts: list[tuple[str, str]]) -> str:
    """Label and value pairs; in Urdu the label stands on the right, where the row is begun."""
    # in Urdu at the right, where the row is begun (a short one, the cargo's, stood at the page's left)
    return (f"<table cellpadding='1'{' align=right' if page.rtl else ''}>"
            + "".join("<tr>" + page.cells([f"<td><b>{_e(label)}</b></td>", f"<td>{_e(value)}</td>"]) + "</tr>"
                      for label, value in facts) + "</table>")
