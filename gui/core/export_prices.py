"""The Excel quote's sheet of prices under commercial terms: the terms and where risk passes, every route's price
and landed cost, what the recommended route's price includes and what it does not, and every line of every
priced route, each in its own currency and converted (figures stay numbers)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from .buyer_copy import for_buyer
from .messages import ARABIC_SEPARATORS, QT_TRANSLATE_NOOP, RIGHT_TO_LEFT, Message, Wording
from .export_xlsx import MONEY, estimate_heading
from .report import said
from .price_report import priced_route, risk_text, shipment_port, terms_title
from .terms_block import included_block
from .xlsx_print import DATE

TEXTS = frozenset((
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Price"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Terms of sale"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Risk"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Route #"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Corridor"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Price per t"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Price"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Landed per t"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Landed cost"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Currency"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Why no price"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Warnings"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Included in the price of route {number}"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "included"), QT_TRANSLATE_NOOP("QuoteWorkbook", "not included"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Paid by"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Kind"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Line"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Amount"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Converted"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Row"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Sources"), QT_TRANSLATE_NOOP("QuoteWorkbook", "As of"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Estimate"), QT_TRANSLATE_NOOP("QuoteWorkbook", "seller"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Estimate: its working, in English as the tables' sources give it"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Estimate: its working; the tables' notes in English, as their sources "
                                       "give them; a what-if's in this workbook's language"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "buyer"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Customs value"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Lines of each priced route"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "goods"), QT_TRANSLATE_NOOP("QuoteWorkbook", "freight"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "insurance"), QT_TRANSLATE_NOOP("QuoteWorkbook", "duty"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "tax"), QT_TRANSLATE_NOOP("QuoteWorkbook", "fee"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "margin"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Port of shipment"),
))


def _said(part: dict, key: str, w: Wording, index: int | None = None) -> str:
    texts = part.get(key)
    data = (part.get("said") or {}).get(key)
    if index is not None:
        texts, data = texts[index], (data[index] if data else None)
    return w.say(for_buyer(Message.from_data(data, texts))) if data else str(texts or "")


def write_price_sheet(book, document: dict[str, Any], w: Wording, put, append, header, widths) -> None:
    """Add the sheet to ``book`` (an openpyxl workbook) where the quote has commercial terms; ``put``, ``append``,
    ``header`` and ``widths`` are the workbook writer's own helpers (text that would run as a formula stays text)."""
    from openpyxl.styles import Font

    incoterm = document.get("incoterm")
    if not incoterm:
        return

    def say(text: str) -> str:
        return w.label("QuoteWorkbook", _known(text))

    def local(text: str) -> str:
        return w.translate("QuoteWorkbook", _known(text))

    sheet = book.create_sheet(local("Price")[:31])
    currency = document["currency"]
    put(sheet, 1, 1, say("Terms of sale")).font = Font(bold=True, size=14)
    put(sheet, 1, 2, w.say(terms_title(document)))
    put(sheet, 2, 1, say("Risk")).font = Font(bold=True)
    put(sheet, 2, 2, w.say(risk_text(document, priced_route(document)[0])))
    row = 3
    for index in range(len(incoterm.get("warnings", []))):
        put(sheet, row, 2, _said(incoterm, "warnings", w, index))
        row += 1
    row += 1
    names = ["Route #", "Corridor", "Price per t", "Price", "Landed per t", "Landed cost", "Currency",
             "Why no price", "Warnings"]
    # CFR and CIF: each route's own port of shipment, where risk passes (the risk line names the recommended one's)
    ports = incoterm.get("sea_leg") == "to"
    for column, text in enumerate(names + (["Port of shipment"] if ports else []), start=1):
        put(sheet, row, column, say(text)).font = Font(bold=True)
    for number, route in enumerate(document["routes"], start=1):
        price, landed = route.get("seller_price") or {}, route.get("buyer_landed_cost") or {}
        row += 1
        port = shipment_port(document, route) if price.get("total") is not None else None
        cells = [number, w.name(route["corridor"]), price.get("per_tonne"), price.get("total"),
                 landed.get("per_tonne"), landed.get("total"), currency,
                 _said(price, "reason", w) if price.get("reason") else
                 "; ".join(_said(landed, "missing", w, i) for i in range(len(landed.get("missing") or []))),
                 "; ".join(_said(price, "warnings", w, i) for i in range(len(price.get("warnings") or []))),
                 *([w.name(port) if port else None] if ports else [])]
        for column, value in enumerate(cells, start=1):
            cell = put(sheet, row, column, value)
            if 3 <= column <= 6 and value is not None:
                cell.number_format = MONEY
    # the route the PDF and the summary sheet recommend; when none is (no route meets the goals), the first with a
    # price, as in the terminal: the heading names it by its number
    best, _ = priced_route(document)
    if best is not None:
        row += 2
        put(sheet, row, 1, w.translate("QuoteWorkbook", _known("Included in the price of route {number}")).format(
            number=document["routes"].index(best) + 1)).font = Font(bold=True)
        for item in included_block(document, best):
            row += 1
            put(sheet, row, 1, say("included") if item.included else say("not included"))
            put(sheet, row, 2, w.say(item.text))
            put(sheet, row, 4, item.amount).number_format = MONEY
            put(sheet, row, 7, currency if item.amount is not None else "")
    row += 2
    put(sheet, row, 1, say("Lines of each priced route")).font = Font(bold=True)
    row += 1
    names = ["Route #", "Paid by", "Kind", "Line", "Amount", "Currency", "Converted", "Currency", "Row", "Sources",
             "As of", estimate_heading(w, document)]
    for column, text in enumerate(names, start=1):
        put(sheet, row, column, say(text)).font = Font(bold=True)
    for number, route in enumerate(document["routes"], start=1):
        price, landed = route.get("seller_price") or {}, route.get("buyer_landed_cost") or {}
        if price.get("total") is None:
            continue
        customs = landed.get("customs_value")
        lines = [*price["lines"], *landed.get("lines", [])]
        for line in lines:
            row += 1
            label = w.say(Message.from_data(line["said"]["label"], line["label"])) if line.get("said") else \
                line["label"]
            as_of = dt.date.fromisoformat(line["as_of"]) if line.get("as_of") else None
            estimate = said(line, "estimate", w) or ""  # a what-if's note in the reader's words
            for column, value in enumerate([number, say(line["party"]), say(line["kind"]), label, line["amount"],
                                            line["currency"], line["converted"], currency, line["reference"] or "",
                                            ", ".join(line["sources"]), as_of, estimate], start=1):
                cell = put(sheet, row, column, value)
                if isinstance(value, dt.date):
                    cell.number_format = DATE
                elif column in (5, 7) and value is not None:
                    cell.number_format = MONEY
        if customs:
            row += 1
            put(sheet, row, 1, number)
            comma = ARABIC_SEPARATORS[", "] if w.language in RIGHT_TO_LEFT else ", "  # as the reader's lists
            put(sheet, row, 4, say("Customs value") + f": {w.name(customs['entry'])}{comma}{customs['hs_code']}")
            put(sheet, row, 5, customs["amount"]).number_format = MONEY
            put(sheet, row, 6, customs["currency"])
    widths(sheet, {"A": 16, "B": 44, "D": 70, "H": 40, "I": 40, "J": 30})


def _known(text: str) -> str:
    if text not in TEXTS:
        raise KeyError(f"workbook text not marked for translation: {text!r}")
    return text
